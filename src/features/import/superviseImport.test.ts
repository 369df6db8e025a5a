import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Imported } from '../../parse/importPipeline';
import { PART_SIZE, resultMessages, type ImportReply } from './workerProtocol';
import { idleLimitFor, superviseImport, type WorkerLike } from './superviseImport';

/** A worker the test drives by hand: it says, fails or stays silent when told to. */
function fakeWorker() {
  const w: WorkerLike & { terminated: boolean; posted: unknown[] } = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    terminated: false,
    posted: [],
    postMessage(m) {
      this.posted.push(m);
    },
    terminate() {
      this.terminated = true;
    },
  };
  return w;
}
const say = (w: WorkerLike, data: unknown) => w.onmessage?.(new MessageEvent('message', { data }));
const DONE = { type: 'done', result: { format: 'arrows', graph: { format: 'arrows', components: [], edges: [] }, warnings: [] } };

describe('a supervised import', () => {
  let replies: ImportReply[];
  beforeEach(() => {
    vi.useFakeTimers();
    replies = [];
  });
  afterEach(() => vi.useRealTimers());

  it('passes progress through and ends with the worker’s own result', () => {
    const w = fakeWorker();
    superviseImport(() => w, { text: 'a -> b' }, (r) => replies.push(r), 1000);
    expect(w.posted).toEqual([{ text: 'a -> b' }]);
    say(w, { type: 'progress', step: 'Reading', done: 0.3 });
    say(w, DONE);
    expect(replies.map((r) => r.type)).toEqual(['progress', 'done']);
    expect(w.terminated).toBe(true);
  });

  it('gives up on a worker that goes silent, and says so once', () => {
    const w = fakeWorker();
    superviseImport(() => w, {}, (r) => replies.push(r), 1000);
    vi.advanceTimersByTime(900);
    say(w, { type: 'progress', step: 'Reading', done: 0.3 });
    vi.advanceTimersByTime(900);
    expect(replies).toHaveLength(1);
    vi.advanceTimersByTime(200);
    expect(replies[1]).toMatchObject({ type: 'failed', message: expect.stringMatching(/stopped answering after 1 s/) as string });
    expect(w.terminated).toBe(true);
    say(w, DONE);
    expect(replies).toHaveLength(2);
  });

  it('reports a worker that dies without a message', () => {
    const w = fakeWorker();
    superviseImport(() => w, {}, (r) => replies.push(r), 1000);
    // What a dead worker reports: an error event with no message (Node has no ErrorEvent).
    w.onerror?.({ message: '', preventDefault: () => undefined } as unknown as ErrorEvent);
    expect(replies).toEqual([expect.objectContaining({ type: 'failed', message: expect.stringMatching(/stopped unexpectedly \(it may have run out of memory\)/) as string })]);
    expect(replies[0]?.type === 'failed' && replies[0].message).not.toMatch(/undefined/);
  });

  it('does not trust an answer it cannot read', () => {
    for (const junk of [null, 'done', { type: 'done' }, { type: 'done', result: { graph: { components: 'x' } } }, { type: 'launch' }]) {
      const w = fakeWorker();
      const got: ImportReply[] = [];
      superviseImport(() => w, {}, (r) => got.push(r), 1000);
      say(w, junk);
      expect(got).toEqual([expect.objectContaining({ type: 'failed', message: expect.stringMatching(/cannot read/) as string })]);
    }
  });

  it('says when the worker cannot start at all', () => {
    superviseImport(() => { throw new Error('Workers are disabled'); }, {}, (r) => replies.push(r), 1000);
    expect(replies).toEqual([expect.objectContaining({ type: 'failed', message: expect.stringMatching(/could not start in this browser \(Workers are disabled\)/) as string })]);
  });

  it('stays quiet after the user cancels', () => {
    const w = fakeWorker();
    const cancel = superviseImport(() => w, {}, (r) => replies.push(r), 1000);
    cancel();
    vi.advanceTimersByTime(5000);
    say(w, DONE);
    expect(replies).toEqual([]);
    expect(w.terminated).toBe(true);
  });
});

describe('how long a silent importer is waited for', () => {
  it('is a minute for a short text and grows by 4 s a megabyte', () => {
    expect(idleLimitFor(200)).toBe(60_001);
    expect(idleLimitFor(20_000_000)).toBe(140_000);
  });
});

describe('a big result in parts', () => {
  const component = (i: number) => ({ id: `c${i}`, name: `C ${i}`, placement: 'store', confidence: 0.5, uncertain: true, reason: 'test' });
  const big = { format: 'arrows' as const, graph: { format: 'arrows', components: Array.from({ length: PART_SIZE * 2 + 7 }, (_, i) => component(i)), edges: [{ from: 'c0', to: 'c1' }] }, warnings: [] };

  it('is sent as short messages and received whole', () => {
    const messages = resultMessages(big as Imported);
    expect(messages.map((m) => m.type)).toEqual(['part', 'part', 'part', 'part', 'done']);
    const replies: ImportReply[] = [];
    const w = fakeWorker();
    superviseImport(() => w, {}, (r) => replies.push(r), 1000);
    for (const m of messages) say(w, m);
    expect(replies).toEqual([{ type: 'done', result: big }]);
  });

  it('that arrives incomplete is a fault, not a smaller pipeline', () => {
    const messages = resultMessages(big as Imported);
    const replies: ImportReply[] = [];
    const w = fakeWorker();
    superviseImport(() => w, {}, (r) => replies.push(r), 1000);
    for (const m of messages.filter((_, i) => i !== 1)) say(w, m);
    expect(replies).toEqual([expect.objectContaining({ type: 'failed', message: expect.stringMatching(/arrived incomplete/) as string })]);
  });

  it('a small result is one message', () => {
    expect(resultMessages(DONE.result as Imported)).toEqual([DONE]);
  });
});
