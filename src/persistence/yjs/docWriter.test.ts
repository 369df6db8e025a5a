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
