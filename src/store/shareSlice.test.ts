import { describe, expect, it } from 'vitest';
import { emptyClause } from '../domain/clause';
import { PRESETS, presetWorkspace } from '../domain/presets';
import { memoryStore } from '../persistence/memoryStore';
import { storeOn } from '../test/storeOn';
import { selectActive } from './selectors';

const T0 = '2026-01-01T00:00:00.000Z';
const shared = () => presetWorkspace(PRESETS[0]!, () => 'x', T0);

describe('opening what others share', () => {
  it('opens a shared workspace as a new one, leaving the user’s own untouched, and says so', () => {
    const store = storeOn(memoryStore());
    const mine = selectActive(store.getState());
    store.getState().openShared(shared(), 'fp-1');
    const s = store.getState();
    expect(Object.keys(s.workspaces)).toHaveLength(2);
    expect(s.workspaces[mine.id]).toBe(mine);
    const opened = selectActive(s);
    expect(opened.id).not.toBe(mine.id);
    expect(opened.name).toBe(shared().name);
    expect(opened.sharedFrom).toBe('fp-1');
    expect(s.flash?.message).toMatch(/from a shared link/);
  });

  it('asks before opening the same link a second time, and opens the earlier copy if asked', () => {
    const store = storeOn(memoryStore());
    store.getState().openShared(shared(), 'fp-1');
    const first = store.getState().activeId;
    store.getState().createBlank();
    store.getState().openShared(shared(), 'fp-1');
    expect(store.getState().sharedAgain?.existingId).toBe(first);
    expect(Object.keys(store.getState().workspaces)).toHaveLength(3);
    store.getState().resolveSharedAgain('existing');
    expect(store.getState().activeId).toBe(first);
    expect(store.getState().sharedAgain).toBeNull();
    expect(Object.keys(store.getState().workspaces)).toHaveLength(3);
  });

  it('makes another copy of a link opened before only when the user chooses it', () => {
    const store = storeOn(memoryStore());
    store.getState().openShared(shared(), 'fp-1');
    store.getState().openShared(shared(), 'fp-1');
    store.getState().resolveSharedAgain('copy');
    expect(Object.values(store.getState().workspaces).filter((w) => w.sharedFrom === 'fp-1')).toHaveLength(2);
  });

  it('opens a workspace file under a new id, even the user’s own export of the open workspace', () => {
    const store = storeOn(memoryStore());
    const mine = selectActive(store.getState());
    store.getState().openWorkspaceFile(mine, 'mine.seams.json');
    expect(Object.keys(store.getState().workspaces)).toHaveLength(2);
    expect(store.getState().activeId).not.toBe(mine.id);
    expect(store.getState().workspaces[mine.id]).toBe(mine);
  });

  it('adds a contract’s clauses after the seam’s own, with fresh ids, and shows the seam', () => {
    const store = storeOn(memoryStore());
    const own = store.getState().addClause('ingest-store');
    const incoming = [{ ...emptyClause('dup', 'ordering'), subject: 'orders.id' }];
    store.getState().addContractClauses('ingest-store', incoming, 'orders.odcs.yaml');
    const clauses = selectActive(store.getState()).seams['ingest-store'].clauses;
    expect(clauses.map((c) => c.subject)).toEqual(['', 'orders.id']);
    expect(clauses[0]?.id).toBe(own);
    expect(clauses[1]?.id).not.toBe('dup');
    expect(store.getState().selectedSeam).toBe('ingest-store');
  });
});
