import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { blankWorkspace } from '../domain/workspace';
import { newId, nowIso } from '../lib/ids';
import { loadAll, openBrowserStorage, type KeyValueStore } from '../persistence/storage';
import type { AppState } from './appState';
import { connectStorage, loadTheme } from './persist';
import { createShareSlice } from './shareSlice';
import { createUiSlice } from './uiSlice';
import { createWalkthroughSlice } from './walkthroughSlice';
import { createWorkspaceSlice } from './workspaceSlice';

/** Builds the store from what storage holds; with no storage the app runs in memory and says so. */
export function createAppStore(kv: KeyValueStore | null): StoreApi<AppState> {
  const store = createStore<AppState>()((...a) => ({
    ...createWorkspaceSlice(...a),
    ...createUiSlice(...a),
    ...createWalkthroughSlice(...a),
    ...createShareSlice(...a),
  }));
  const loaded = kv ? loadAll(kv, nowIso) : { workspaces: [], setAside: [], activeId: null };
  const workspaces = Object.fromEntries(loaded.workspaces.map((w) => [w.id, w]));
  const first = loaded.workspaces[0] ?? blankWorkspace(newId(), 'Untitled pipeline', nowIso());
  workspaces[first.id] = first;
  const activeId = loaded.activeId && workspaces[loaded.activeId] ? loaded.activeId : first.id;
  store.setState({
    workspaces,
    activeId,
    setAside: loaded.setAside,
    storageStatus: kv ? 'saved' : 'unavailable',
    theme: kv ? loadTheme(kv) : 'system',
  });
  if (kv) connectStorage(store, kv, typeof window === 'undefined' ? undefined : window);
  // Workspaces with bad fields open repaired right after start-up; that code loads only then.
  if (kv && loaded.setAside.some((s) => s.kind === 'repairable')) void import('./openRepaired').then((m) => m.openRepaired(store, kv, loaded.activeId));
  return store;
}

/** The text kept for an entry that could not be read as it was, for the user to download. */
export function keptText(keptAs: string): string | null {
  return browserStorage?.getItem(keptAs) ?? null;
}

const browserStorage = openBrowserStorage();
export const appStore = createAppStore(browserStorage);

export function useApp<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, selector);
}
