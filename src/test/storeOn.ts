import type { StoreApi } from 'zustand/vanilla';
import type { KeyValueStore } from '../persistence/storage';
import type { AppState } from '../store/appState';
import { createAppStore } from '../store/appStore';
import { loadTheme, persistTheme } from '../store/themeStorage';
import { useLocalStorage } from '../store/localStorageSync';

/** A store started as a browser without IndexedDB starts it: on localStorage, or in memory with none. */
export function storeOn(kv: KeyValueStore | null): StoreApi<AppState> {
  const store = createAppStore();
  if (kv) {
    store.setState({ theme: loadTheme(kv) });
    persistTheme(store, kv);
  }
  useLocalStorage(store, kv);
  return store;
}
