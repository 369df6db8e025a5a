import { describe, expect, it } from 'vitest';
import { blankWorkspace } from '../domain/workspace';
import { memoryStore } from './memoryStore';
import { loadAll, saveWorkspace, workspaceKey } from './storage';

const T0 = '2026-01-01T00:00:00.000Z';
const now = () => '2026-01-05T00:00:00.000Z';

describe('workspace storage', () => {
  it('loads every readable workspace, newest first', () => {
    const kv = memoryStore();
    saveWorkspace(kv, blankWorkspace('a', 'A', T0));
    saveWorkspace(kv, { ...blankWorkspace('b', 'B', T0), updatedAt: '2026-01-03T00:00:00.000Z' });
    expect(loadAll(kv, now).workspaces.map((w) => w.name)).toEqual(['B', 'A']);
  });

  it('keeps a corrupt entry aside, reports it, and loads the rest', () => {
    const kv = memoryStore();
    saveWorkspace(kv, blankWorkspace('good', 'Good', T0));
    kv.setItem(workspaceKey('bad'), '{"type": "pipeline-seams/workspace", "version": 2, "workspace": {}}');
    kv.setItem(workspaceKey('garbage'), 'not json at all');
    const loaded = loadAll(kv, now);
    expect(loaded.workspaces.map((w) => w.id)).toEqual(['good']);
    expect(loaded.setAside).toHaveLength(2);
    for (const s of loaded.setAside) {
      expect(kv.getItem(s.key)).toBeNull();
      expect(kv.getItem(s.keptAs)).not.toBeNull();
    }
    expect(loaded.setAside.map((s) => s.reason).join(' ')).toMatch(/not valid JSON/);
    // The next load does not report the same entry again, and the kept text is still there.
    expect(loadAll(kv, now).setAside).toEqual([]);
    expect(Object.values(kv.dump())).toContain('not json at all');
  });

  it('leaves a workspace made by a newer version under its own key, for that version to find', () => {
    const kv = memoryStore();
    const newer = JSON.stringify({ type: 'pipeline-seams/workspace', version: 99, workspace: { id: 'future' } });
    kv.setItem(workspaceKey('future'), newer);
    const loaded = loadAll(kv, now);
    expect(loaded.setAside).toEqual([{ key: workspaceKey('future'), keptAs: workspaceKey('future'), kind: 'newer', reason: expect.stringMatching(/newer version/) as string }]);
    expect(kv.getItem(workspaceKey('future'))).toBe(newer);
  });

  it('marks a workspace document with bad fields as one to repair, and not-a-document as unreadable', () => {
    const kv = memoryStore();
    kv.setItem(workspaceKey('bad'), JSON.stringify({ type: 'pipeline-seams/workspace', version: 2, workspace: { ...blankWorkspace('bad', 'Bad', T0), createdAt: 'soon' } }));
    kv.setItem(workspaceKey('junk'), 'junk');
    const kinds = Object.fromEntries(loadAll(kv, now).setAside.map((s) => [s.key, s.kind]));
    expect(kinds).toEqual({ [workspaceKey('bad')]: 'repairable', [workspaceKey('junk')]: 'unreadable' });
  });

  it('says when storage is full instead of throwing', () => {
    const kv = memoryStore(200);
    expect(saveWorkspace(kv, { ...blankWorkspace('a', 'x'.repeat(500), T0) })).toBe('full');
  });
});
