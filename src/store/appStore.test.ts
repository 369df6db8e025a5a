import { describe, expect, it, vi } from 'vitest';
import { templateById } from '../domain/catalog';
import { seamVerdict } from '../domain/clause';
import { blankWorkspace } from '../domain/workspace';
import { memoryStore } from '../persistence/memoryStore';
import { storeOn } from '../test/storeOn';
import { connectStorage } from './localStorageSync';
import { selectActive } from './selectors';

describe('the app store', () => {
  it('starts with one blank workspace and saves it', () => {
    const kv = memoryStore();
    const store = storeOn(kv);
    const ws = selectActive(store.getState());
    expect(ws.name).toBe('Untitled pipeline');
    expect(storeOn(kv).getState().activeId).toBe(ws.id);
  });

  it('keeps every edit across a reload', () => {
    const kv = memoryStore();
    const store = storeOn(kv);
    const s = store.getState();
    const id = s.addClause('ingest-store', templateById('is-ack-before-commit'));
    s.updateClause('ingest-store', id, { actual: 'ack before commit' });
    s.setNotes('pager went off at 03:10');
    const reloaded = selectActive(storeOn(kv).getState());
    expect(reloaded.notes).toBe('pager went off at 03:10');
    expect(reloaded.seams['ingest-store'].clauses[0]?.actual).toBe('ack before commit');
    expect(reloaded.seams['ingest-store'].clauses[0]?.templateId).toBe('is-ack-before-commit');
  });

  it('opens a preset as a new workspace without touching the current one', async () => {
    const kv = memoryStore();
    const store = storeOn(kv);
    const before = selectActive(store.getState());
    await store.getState().openPreset('partition-mismatch');
    const s = store.getState();
    expect(Object.keys(s.workspaces)).toHaveLength(2);
    expect(s.workspaces[before.id]).toBe(before);
    expect(seamVerdict(selectActive(s).seams['store-process'].clauses)).toBe('broken');
    expect(s.selectedSeam).toBe('store-process');
  });

  it('deletes with undo, and never leaves the user without a workspace', () => {
    const kv = memoryStore();
    const store = storeOn(kv);
    const only = store.getState().activeId;
    store.getState().deleteWorkspace(only);
    const s = store.getState();
    expect(s.workspaces[only]).toBeUndefined();
    expect(Object.keys(s.workspaces)).toHaveLength(1);
    expect(s.recentlyDeleted?.workspace.id).toBe(only);
    s.undoDelete();
    expect(store.getState().workspaces[only]).toBeDefined();
    // The blank stand-in made while it was gone goes again.
    expect(Object.keys(store.getState().workspaces)).toEqual([only]);
    expect(store.getState().activeId).toBe(only);
    expect(storeOn(kv).getState().workspaces[only]).toBeDefined();
  });

  it('keeps working in memory when storage fills up, and says so', () => {
    const kv = memoryStore(4000);
    const store = storeOn(kv);
    expect(store.getState().storageStatus).toBe('saved');
    store.getState().setNotes('x'.repeat(5000));
    expect(store.getState().storageStatus).toBe('full');
    expect(selectActive(store.getState()).notes).toHaveLength(5000);
    store.getState().setNotes('short again');
    expect(store.getState().storageStatus).toBe('saved');
  });

  it('saves the pending edit on its own once space is freed, without another change', () => {
    vi.useFakeTimers();
    try {
      const kv = memoryStore(6000);
      kv.setItem('someone-else', 'y'.repeat(3000));
      const store = storeOn(kv);
      store.getState().setNotes('x'.repeat(3500));
      expect(store.getState().storageStatus).toBe('full');
      kv.removeItem('someone-else');
      vi.advanceTimersByTime(5_000);
      expect(store.getState().storageStatus).toBe('saved');
      expect(selectActive(storeOn(kv).getState()).notes).toHaveLength(3500);
    } finally {
      vi.useRealTimers();
    }
  });

  it('opens a saved workspace with a bad field repaired, says which field, and keeps the original', async () => {
    const kv = memoryStore();
    const ws = { ...blankWorkspace('broken', 'Checkout outage', '2026-01-01T00:00:00.000Z'), notes: 'kept notes' };
    const original = JSON.stringify({ type: 'pipeline-seams/workspace', version: 2, workspace: { ...ws, createdAt: 'soon' } });
    kv.setItem('pipeline-seams:workspace:broken', original);
    const store = storeOn(kv);
    await vi.waitFor(() => expect(store.getState().workspaces.broken).toBeDefined());
    expect(store.getState().workspaces.broken?.notes).toBe('kept notes');
    const [entry] = store.getState().setAside;
    expect(entry?.reason).toMatch(/“Checkout outage” opened with one field repaired: workspace\.createdAt \(was "soon"\) set to its default/);
    expect(kv.getItem(entry!.keptAs)).toBe(original);
    // Saved again under its key, so the next start opens it without repair.
    expect(storeOn(kv).getState().workspaces.broken?.name).toBe('Checkout outage');
  });

  it('undoing the delete of another workspace keeps the one on screen', () => {
    const store = storeOn(memoryStore());
    const first = store.getState().activeId;
    store.getState().createBlank();
    const second = store.getState().activeId;
    store.getState().deleteWorkspace(first);
    store.getState().undoDelete();
    expect(store.getState().activeId).toBe(second);
    expect(Object.keys(store.getState().workspaces).sort()).toEqual([first, second].sort());
  });

  it('puts the walkthrough, selection and search down when the workspace changes', async () => {
    const store = storeOn(memoryStore());
    await store.getState().openWalkthrough();
    store.getState().setSearch('kafka');
    store.getState().setReplayAt(2);
    store.getState().createBlank();
    const s = store.getState();
    expect([s.walkthroughOpen, s.replayAt, s.search, s.selectedComponent, s.selectedSeam]).toEqual([false, null, '', null, null]);
  });

  it('takes the newer copy another tab saved, and never writes an older one over it', () => {
    const kv = memoryStore();
    const listeners: ((e: StorageEvent) => void)[] = [];
    const events = { addEventListener: (_: string, fn: (e: StorageEvent) => void) => void listeners.push(fn) } as unknown as Window;
    // Edits in two tabs happen at different moments; the clock is set so the order is certain.
    vi.useFakeTimers({ now: Date.parse('2026-03-01T09:00:00Z') });
    const tabA = storeOn(kv);
    connectStorage(tabA, kv, events);
    const id = tabA.getState().activeId;
    const tabB = storeOn(kv);
    vi.setSystemTime(Date.parse('2026-03-01T09:01:00Z'));
    tabB.getState().setNotes('written in tab B');
    const key = `pipeline-seams:workspace:${id}`;
    for (const fn of listeners) fn({ key, newValue: kv.getItem(key) } as StorageEvent);
    expect(selectActive(tabA.getState()).notes).toBe('written in tab B');
    vi.setSystemTime(Date.parse('2026-03-01T09:02:00Z'));
    tabA.getState().renameWorkspace(id, 'Renamed in tab A');
    vi.useRealTimers();
    const stored = storeOn(kv).getState().workspaces[id];
    expect([stored?.name, stored?.notes]).toEqual(['Renamed in tab A', 'written in tab B']);
  });

  it('keeps fields it does not know when it loads and saves a workspace', () => {
    const kv = memoryStore();
    const id = storeOn(kv).getState().activeId;
    const key = `pipeline-seams:workspace:${id}`;
    const doc = JSON.parse(kv.getItem(key)!) as { workspace: Record<string, unknown> };
    doc.workspace.sharedWith = ['ops'];
    kv.setItem(key, JSON.stringify(doc));
    const store = storeOn(kv);
    store.getState().setNotes('edited');
    expect((JSON.parse(kv.getItem(key)!) as { workspace: Record<string, unknown> }).workspace.sharedWith).toEqual(['ops']);
  });

  it('runs in memory when there is no storage at all', () => {
    const store = storeOn(null);
    expect(store.getState().storageStatus).toBe('unavailable');
    store.getState().createBlank();
    expect(Object.keys(store.getState().workspaces)).toHaveLength(2);
  });
});
