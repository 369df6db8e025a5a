import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { DocWriter, GROUP_BYTES, groupRecords } from './docWriter';
import { memoryLog } from './updateLog';

const record = (key: number, bytes: number) => ({ key, update: new Uint8Array(bytes) });

describe('grouping records for folding', () => {
  it('merges consecutive records up to the limit, and leaves a big one alone', () => {
    const groups = groupRecords([record(1, 400), record(2, 400), record(3, 400), record(4, 2000), record(5, 10)], 1000);
    expect(groups.map((g) => g.map((r) => r.key))).toEqual([[1, 2], [3], [4], [5]]);
  });
});

describe('folding a document’s log', () => {
  it('keeps every edit and leaves no record much over the group size', async () => {
    const log = memoryLog();
    const doc = new Y.Doc();
    const writer = new DocWriter(log, 'ws:w1', doc, [], () => {});
    doc.on('update', (u: Uint8Array) => void writer.write(u));
    const list = doc.getArray<string>('items');
    // 300 edits of about 20 KB each: 6 MB in all, more than the fold threshold of records.
    for (let i = 0; i < 300; i++) list.push([`${i}:${'x'.repeat(20_000)}`]);
    await writer.compact();
    const records = log.records.filter((r) => r.doc === 'ws:w1');
    expect(records.length).toBeLessThan(20);
    for (const r of records) expect(r.update.byteLength).toBeLessThan(GROUP_BYTES + 25_000);
    const again = new Y.Doc();
    for (const r of records) Y.applyUpdate(again, r.update);
    expect(again.getArray<string>('items').toArray()).toEqual(list.toArray());
  });
});

describe('what the log does not hold yet', () => {
  const writerOn = (log = memoryLog()) => {
    const doc = new Y.Doc();
    const writer = new DocWriter(log, 'ws:w1', doc, [], () => {});
    doc.on('update', (u: Uint8Array) => void writer.write(u));
    return { doc, writer, log, text: doc.getText('notes') };
  };
  const read = (update: Uint8Array | null): string => {
    const doc = new Y.Doc();
    if (update) Y.applyUpdate(doc, update);
    return doc.getText('notes').toJSON();
  };

  it('is the edits not yet appended, nothing once they are, and nothing past the size kept', async () => {
    const { writer, text } = writerOn();
    text.insert(0, 'one');
    text.insert(3, ' two');
    expect(read(writer.pending())).toBe('one two');
    await writer.retry();
    expect(writer.pending()).toBeNull();
    text.insert(7, ' three');
    expect(writer.pending(4)).toBeNull();
  });

  it('after a failed write, is the whole state, edits made since included', async () => {
    const { writer, text, log } = writerOn();
    text.insert(0, 'one');
    await writer.retry();
    log.failWith = 'full';
    text.insert(3, ' two');
    await writer.retry();
    text.insert(7, ' three');
    expect(read(writer.pending())).toBe('one two three');
  });

  it('keeps an edit made while the whole state is being stored', async () => {
    const { writer, text, log } = writerOn();
    text.insert(0, 'one');
    await writer.retry();
    const replace = log.replace;
    let release: (() => void) | undefined;
    log.replace = (...args) => new Promise<number>((done) => (release = () => done(replace(...args))));
    const storing = writer.storeWhole();
    for (let i = 0; i < 20 && !release; i++) await Promise.resolve();
    text.insert(3, ' two');
    release?.();
    await storing;
    expect(writer.pending()).not.toBeNull();
  });
});
