import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { memoryStore } from '../persistence/memoryStore';
import { UNWRITTEN_KEY, forget, keepAside, keptAside } from './unwrittenStash';

function update(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

describe('updates kept aside by a closing page', () => {
  it('keeps each page its own entry, replaced on the next keep, and gone once forgotten or empty', () => {
    const kv = memoryStore();
    keepAside(kv, 'a', [['ws:1', update('first')]]);
    keepAside(kv, 'a', [['ws:1', update('second')]]);
    keepAside(kv, 'b', [['index', update('list')]]);
    const kept = keptAside(kv);
    expect(Object.keys(kept.pages)).toEqual(['a', 'b']);
    const doc = new Y.Doc();
    for (const [name, u] of kept.updates) if (name === 'ws:1') Y.applyUpdate(doc, u);
    expect(doc.getText('t').toJSON()).toBe('second');
    keepAside(kv, 'b', []);
    forget(kv, { a: kept.pages.a ?? '' });
    expect(kv.getItem(UNWRITTEN_KEY)).toBeNull();
  });

  it('forgets only what was read: a page that kept more meanwhile keeps its newer entry', () => {
    const kv = memoryStore();
    keepAside(kv, 'hidden', [['ws:1', update('before')]]);
    keepAside(kv, 'closed', [['ws:2', update('gone')]]);
    const read = keptAside(kv);
    // The hidden tab is hidden again after this start read the stash, with more not yet written.
    keepAside(kv, 'hidden', [['ws:1', update('after')]]);
    forget(kv, read.pages);
    const left = keptAside(kv);
    expect(Object.keys(left.pages)).toEqual(['hidden']);
    const doc = new Y.Doc();
    for (const [, u] of left.updates) Y.applyUpdate(doc, u);
    expect(doc.getText('t').toJSON()).toBe('after');
  });

  it('leaves out what no longer reads as an update, and a stash that is not JSON', () => {
    const kv = memoryStore();
    kv.setItem(UNWRITTEN_KEY, JSON.stringify({ a: [['ws:1', 'not-base64!'], ['ws:2', 'AAAA'], [3, 'x'], 'junk'], b: 'junk' }));
    expect(keptAside(kv).updates.map(([name]) => name)).not.toContain('ws:1');
    kv.setItem(UNWRITTEN_KEY, '{not json');
    expect(keptAside(kv)).toEqual({ updates: [], pages: {} });
  });
});
