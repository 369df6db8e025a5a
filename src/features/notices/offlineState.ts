import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** What the service worker has to tell the user, if anything. */
export type OfflineNotice =
  | { readonly kind: 'none' }
  | { readonly kind: 'ready' }
  /** A new version is installed and waiting; `update` activates it, and the page reloads. */
  | { readonly kind: 'update'; readonly update: () => Promise<void> };

// Apart from the app store: the service worker reports before and after the app's own state
// exists, and this is all the first load carries of offline support.
export const offlineStore = createStore<{ notice: OfflineNotice }>()(() => ({ notice: { kind: 'none' } }));

export const useOfflineNotice = (): OfflineNotice => useStore(offlineStore, (s) => s.notice);

export function showOfflineNotice(notice: OfflineNotice) {
  offlineStore.setState({ notice });
}
