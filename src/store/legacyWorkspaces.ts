import type { Workspace } from '../domain/workspace';
import { removeWorkspace, type KeyValueStore } from '../persistence/storage';
import type { Library } from '../persistence/yjs/library';

/**
 * Workspaces that earlier versions kept in localStorage move into the shared documents. A copy
 * edited more recently in localStorage (after going back to an older version) wins over the stored one.
 */
export function migrateLegacy(lib: Library, workspaces: readonly Workspace[]): string[] {
  const live = new Set(lib.liveIds());
  for (const ws of workspaces) {
    if (lib.isDeleted(ws.id)) continue;
    if (!live.has(ws.id)) lib.create(ws);
    else {
      const stored = lib.read(ws.id);
      if (stored.kind === 'ok' && ws.updatedAt > stored.workspace.updatedAt) lib.write(ws.id, undefined, ws);
    }
  }
  return workspaces.map((w) => w.id);
}

/** Each localStorage copy goes only once everything is saved, so a failed move loses nothing. */
export async function keepLegacyUntilSaved(lib: Library, kv: KeyValueStore, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await lib.settled();
  if (lib.failure() !== null) return;
  for (const id of ids) removeWorkspace(kv, id);
}
