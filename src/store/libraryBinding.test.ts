import { describe, expect, it, vi } from 'vitest';
import { blankWorkspace } from '../domain/workspace';
import { memoryStore } from '../persistence/memoryStore';
import { toDocument } from '../persistence/document';
import type { Library } from '../persistence/yjs/library';
import { channelHub } from '../persistence/yjs/tabChannel';
import { memoryLog } from '../persistence/yjs/updateLog';
import { selectActive } from './selectors';
import { createAppStore } from './appStore';
import { bindLibrary } from './libraryBinding';

const noTimers = { setInterval: (() => 0) as unknown as typeof setInterval, clearInterval: () => {} };

async function tab(log = memoryLog(), kv = memoryStore(), channel: ReturnType<ReturnType<typeof channelHub>> | null = null) {
  const store = createAppStore();
  const lib = await bindLibrary(store, log, kv, { channel, timers: noTimers });
  return { store, lib, log, kv };
}

const settle = async (...libs: Library[]) => {
  for (let i = 0; i < 3; i++) await Promise.all(libs.map((l) => l.settled()));
};

describe('the store bound to the shared documents', () => {
  it('starts with one blank workspace, and what is typed is there after a reload', async () => {
    const { store, lib, log, kv } = await tab();
    expect(store.getState().ready).toBe(true);
    store.getState().setNotes('Orders doubled at 09:10.');
    await settle(lib);
    const again = await tab(log, kv);
    expect(selectActive(again.store.getState()).notes).toBe('Orders doubled at 09:10.');
  });

  it('moves workspaces an earlier version kept in localStorage, and removes each copy once saved', async () => {
    const kv = memoryStore();
    const old = { ...blankWorkspace('old-1', 'From before', '2026-11-01T00:00:00.000Z'), notes: 'kept' };
    kv.setItem('pipeline-seams:workspace:old-1', toDocument(old));
    const { store, lib, log } = await tab(undefined, kv);
    expect(store.getState().workspaces['old-1']?.notes).toBe('kept');
    await settle(lib);
    await vi.waitFor(() => expect(kv.getItem('pipeline-seams:workspace:old-1')).toBeNull());
    const again = await tab(log, memoryStore());
    expect(again.store.getState().workspaces['old-1']?.notes).toBe('kept');
  });

  it('undo and redo reach the store, and the buttons know when they can', async () => {
    const { store } = await tab();
    store.getState().setNotes('first');
    expect(store.getState().history.canUndo).toBe(true);
    store.getState().undo();
    expect(selectActive(store.getState()).notes).toBe('');
    expect(store.getState().history).toEqual({ canUndo: false, canRedo: true });
    store.getState().redo();
    expect(selectActive(store.getState()).notes).toBe('first');
  });

  it('an edit in one tab shows in the other, and a delete in one removes it from the other', async () => {
    const hub = channelHub();
    const log = memoryLog();
    const a = await tab(log, memoryStore(), hub());
    a.store.getState().createBlank();
    const id = a.store.getState().activeId;
    const b = await tab(log, memoryStore(), hub());
    await settle(a.lib, b.lib);
    expect(b.store.getState().workspaces[id]).toBeDefined();
    a.store.getState().renameWorkspace(id, 'Renamed in A');
    await settle(a.lib, b.lib);
    expect(b.store.getState().workspaces[id]?.name).toBe('Renamed in A');
    a.store.getState().deleteWorkspace(id);
    await settle(a.lib, b.lib);
    expect(b.store.getState().workspaces[id]).toBeUndefined();
    expect(b.store.getState().flash?.message).toContain('was deleted in another tab');
  });

  it('undo reaches back past an import to the workspace before it, and redo opens the import again', async () => {
    const { store } = await tab();
    const before = store.getState().activeId;
    store.getState().importPipeline({ format: 'arrows', components: [{ id: 'k', name: 'Kafka', placement: 'ingest', confidence: 1, uncertain: false, reason: '' }], edges: [] }, 'Orders');
    const imported = store.getState().activeId;
    store.getState().placeComponent('k', 'store');
    store.getState().undo();
    expect(selectActive(store.getState()).pipeline?.components[0]?.placement).toBe('ingest');
    store.getState().undo();
    expect(store.getState().activeId).toBe(before);
    expect(store.getState().workspaces[imported]).toBeUndefined();
    expect(store.getState().history.canRedo).toBe(true);
    store.getState().redo();
    expect(store.getState().activeId).toBe(imported);
    expect(selectActive(store.getState()).name).toBe('Orders');
  });
});
