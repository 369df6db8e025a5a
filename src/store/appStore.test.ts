import { describe, expect, it } from 'vitest';
import { templateById } from '../domain/catalog';
import { seamVerdict } from '../domain/clause';
import { memoryStore } from '../persistence/memoryStore';
import { createAppStore } from './appStore';
import { selectActive } from './selectors';

describe('the app store', () => {
  it('starts with one blank workspace and saves it', () => {
    const kv = memoryStore();
    const store = createAppStore(kv);
    const ws = selectActive(store.getState());
    expect(ws.name).toBe('Untitled pipeline');
    expect(createAppStore(kv).getState().activeId).toBe(ws.id);
  });

  it('keeps every edit across a reload', () => {
    const kv = memoryStore();
    const store = createAppStore(kv);
    const s = store.getState();
    const id = s.addClause('ingest-store', templateById('is-ack-before-commit'));
    s.updateClause('ingest-store', id, { actual: 'ack before commit' });
    s.setNotes('pager went off at 03:10');
    const reloaded = selectActive(createAppStore(kv).getState());
    expect(reloaded.notes).toBe('pager went off at 03:10');
    expect(reloaded.seams['ingest-store'].clauses[0]?.actual).toBe('ack before commit');
    expect(reloaded.seams['ingest-store'].clauses[0]?.templateId).toBe('is-ack-before-commit');
  });

  it('opens a preset as a new workspace without touching the current one', () => {
    const kv = memoryStore();
    const store = createAppStore(kv);
    const before = selectActive(store.getState());
    store.getState().openPreset('partition-mismatch');
    const s = store.getState();
    expect(Object.keys(s.workspaces)).toHaveLength(2);
    expect(s.workspaces[before.id]).toBe(before);
    expect(seamVerdict(selectActive(s).seams['store-process'].clauses)).toBe('broken');
    expect(s.selectedSeam).toBe('store-process');
  });

  it('deletes with undo, and never leaves the user without a workspace', () => {
    const kv = memoryStore();
    const store = createAppStore(kv);
    const only = store.getState().activeId;
    store.getState().deleteWorkspace(only);
    const s = store.getState();
    expect(s.workspaces[only]).toBeUndefined();
    expect(Object.keys(s.workspaces)).toHaveLength(1);
    expect(s.recentlyDeleted?.id).toBe(only);
    s.undoDelete();
    expect(store.getState().workspaces[only]).toBeDefined();
    expect(createAppStore(kv).getState().workspaces[only]).toBeDefined();
  });

  it('keeps working in memory when storage fills up, and says so', () => {
    const kv = memoryStore(4000);
    const store = createAppStore(kv);
    expect(store.getState().storageStatus).toBe('saved');
    store.getState().setNotes('x'.repeat(5000));
    expect(store.getState().storageStatus).toBe('full');
    expect(selectActive(store.getState()).notes).toHaveLength(5000);
    store.getState().setNotes('short again');
    expect(store.getState().storageStatus).toBe('saved');
  });

  it('runs in memory when there is no storage at all', () => {
    const store = createAppStore(null);
    expect(store.getState().storageStatus).toBe('unavailable');
    store.getState().createBlank();
    expect(Object.keys(store.getState().workspaces)).toHaveLength(2);
  });
});
