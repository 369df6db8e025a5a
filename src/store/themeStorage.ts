import type { StoreApi } from 'zustand/vanilla';
import type { KeyValueStore } from '../persistence/browserStorage';
import type { AppState } from './appState';
import type { Theme } from './uiSlice';

const THEME_KEY = 'pipeline-seams:theme';

export function loadTheme(kv: KeyValueStore): Theme {
  const t = kv.getItem(THEME_KEY);
  return t === 'light' || t === 'dark' ? t : 'system';
}

/** The theme is a preference of this browser, kept in localStorage whatever holds the workspaces. */
export function persistTheme(store: StoreApi<AppState>, kv: KeyValueStore): void {
  store.subscribe((s, prev) => {
    if (s.theme === prev.theme) return;
    try {
      kv.setItem(THEME_KEY, s.theme);
    } catch {
      // Failing to keep a preference is not worth a warning.
    }
  });
}
