import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { openBrowserStorage, type KeyValueStore } from '../persistence/browserStorage';
import type { AppState } from './appState';
import { loadTheme, persistTheme } from './themeStorage';
import { createLearnSlice } from './learnSlice';
import { createPipelineSlice } from './pipelineSlice';
import { createShareSlice } from './shareSlice';
import { createTeachSlice } from './teachSlice';
import { startStorage } from './startStorage';
import { storagePort } from './storagePort';
import { firstVisit, persistTourSeen } from './tourStorage';
import { createUiSlice } from './uiSlice';
import { createWalkthroughSlice } from './walkthroughSlice';
import { createWorkspaceSlice } from './workspaceSlice';

/** The store with nothing loaded yet: `ready` turns true once storage has been read. */
export function createAppStore(): StoreApi<AppState> {
  return createStore<AppState>()((...a) => ({
    ...createWorkspaceSlice(...a),
    ...createUiSlice(...a),
    ...createWalkthroughSlice(...a),
    ...createShareSlice(...a),
    ...createTeachSlice(...a),
    ...createLearnSlice(...a),
    ...createPipelineSlice(...a),
  }));
}

const browserStorage: KeyValueStore | null = openBrowserStorage();

/** The text kept for an entry that could not be read as it was, for the user to download. */
export function keptText(keptAs: string): string | null {
  return storagePort()?.keptText(keptAs) ?? browserStorage?.getItem(keptAs) ?? null;
}

export const appStore = createAppStore();
if (browserStorage) {
  appStore.setState({ theme: loadTheme(browserStorage) });
  persistTheme(appStore, browserStorage);
  appStore.setState({ tourOpen: firstVisit(browserStorage, window.location.hash) });
  persistTourSeen(appStore, browserStorage);
}
void startStorage(appStore, browserStorage);

export function useApp<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, selector);
}
