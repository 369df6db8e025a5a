import type { StoreApi } from 'zustand/vanilla';
import { newId, nowIso } from '../lib/ids';
import type { KeyValueStore } from '../persistence/storage';
import type { AppState } from './appState';

/** Workspaces with bad fields open right after start-up, repaired; the repair code loads only then. */
export async function openRepaired(store: StoreApi<AppState>, kv: KeyValueStore, wasActive: string | null): Promise<void> {
  const { repairDocument } = await import('../persistence/repair');
  const setAside = store.getState().setAside.map((entry) => {
    if (entry.kind !== 'repairable') return entry;
    const repaired = repairDocument(kv.getItem(entry.keptAs) ?? '', newId, nowIso());
    if (!repaired) return { ...entry, kind: 'unreadable' as const };
    const { workspace, fixes } = repaired;
    store.setState((s) => ({ workspaces: { ...s.workspaces, [workspace.id]: workspace } }));
    if (workspace.id === wasActive) showInstead(store, workspace.id);
    const list = fixes.map((f) => `${f.path} (was ${f.was}) ${f.action === 'reset' ? 'set to its default' : 'removed'}`).join('; ');
    return { ...entry, reason: `“${workspace.name}” opened with ${fixes.length === 1 ? 'one field' : `${fixes.length} fields`} repaired: ${list}.` };
  });
  store.setState({ setAside });
}


/**
 * The repaired workspace was the one open before: show it again, and drop the blank workspace that
 * stood in for it at start-up if nothing was done with it.
 */
function showInstead(store: StoreApi<AppState>, id: string): void {
  const s = store.getState();
  const standIn = s.workspaces[s.activeId];
  s.openWorkspace(id);
  if (standIn && standIn.id !== id && standIn.createdAt === standIn.updatedAt && !standIn.pipeline && !standIn.notes) {
    const { [standIn.id]: _blank, ...rest } = store.getState().workspaces;
    store.setState({ workspaces: rest });
  }
}
