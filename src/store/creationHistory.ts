import type { StoreApi } from 'zustand/vanilla';
import type { Library } from '../persistence/yjs/library';
import type { AppState } from './appState';

/**
 * Undo reaches back past a workspace's first edit to the moment it was opened (an import, an
 * example, a new blank, a shared link): one more Ctrl/⌘+Z closes it and returns to the workspace
 * before, with the usual Undo bar; redo opens it again.
 */
export function creationHistory(store: StoreApi<AppState>, lib: Library) {
  const opened = new Set<string>();
  let closed: string | null = null;
  const canReopen = () => closed !== null && store.getState().recentlyDeleted?.workspace.id === closed;
  return {
    opened: (id: string) => opened.add(id),
    canUndo: (id: string) => lib.canUndo(id) || opened.has(id),
    canRedo: (id: string) => lib.canRedo(id) || canReopen(),
    undo(id: string): void {
      if (lib.canUndo(id)) return lib.undo(id);
      if (!opened.delete(id)) return;
      closed = id;
      store.getState().deleteWorkspace(id);
    },
    redo(id: string): void {
      if (lib.canRedo(id)) return lib.redo(id);
      if (!canReopen()) return;
      closed = null;
      store.getState().undoDelete();
    },
  };
}
