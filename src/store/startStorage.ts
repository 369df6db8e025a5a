import type { StoreApi } from 'zustand/vanilla';
import type { KeyValueStore } from '../persistence/browserStorage';
import type { AppState } from './appState';

/**
 * Workspaces live in IndexedDB as shared documents; that code loads right after the first paint.
 * A browser without IndexedDB keeps them in localStorage, as earlier versions did; one with neither
 * keeps them in memory and says so.
 */
export async function startStorage(store: StoreApi<AppState>, kv: KeyValueStore | null): Promise<void> {
  if (typeof indexedDB === 'undefined') return onLocalStorage(store, kv);
  let binding: typeof import('./libraryBinding');
  try {
    // Fetched a second time before giving up: one failed request after a redeploy is common.
    binding = await import('./libraryBinding').catch(() => import('./libraryBinding'));
  } catch {
    // The code did not arrive (offline after a new release): the data is safe where it is.
    store.setState({ bootProblem: 'code' });
    return;
  }
  try {
    const { openIndexedDbLog } = await import('../persistence/yjs/updateLog');
    await binding.bindLibrary(store, await openIndexedDbLog(), kv);
  } catch (e) {
    console.warn('IndexedDB cannot be used; workspaces are kept in localStorage.', e);
    await onLocalStorage(store, kv);
  }
}

async function onLocalStorage(store: StoreApi<AppState>, kv: KeyValueStore | null): Promise<void> {
  try {
    (await import('./localStorageSync')).useLocalStorage(store, kv);
  } catch {
    store.setState({ bootProblem: 'code' });
  }
}
