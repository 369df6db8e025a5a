import type { StoreApi } from 'zustand/vanilla';
import {
  removeWorkspace,
  saveActiveId,
  saveWorkspace,
  type KeyValueStore,
  type SaveOutcome,
} from '../persistence/storage';
import type { AppState } from './appState';
import type { Theme } from './uiSlice';

const THEME_KEY = 'pipeline-seams:theme';

export function loadTheme(kv: KeyValueStore): Theme {
  const t = kv.getItem(THEME_KEY);
  return t === 'light' || t === 'dark' ? t : 'system';
}

/**
 * Writes every changed workspace as it changes. When a write fails the state stays in memory
 * and the status says why; the next successful write clears it.
 */
export function connectStorage(store: StoreApi<AppState>, kv: KeyValueStore): void {
  const worst = (outcomes: SaveOutcome[]): SaveOutcome =>
    outcomes.includes('unavailable') ? 'unavailable' : outcomes.includes('full') ? 'full' : 'saved';

  const persistAll = (s: AppState) => {
    const outcomes = Object.values(s.workspaces).map((ws) => saveWorkspace(kv, ws));
    outcomes.push(saveActiveId(kv, s.activeId));
    s.setStorageStatus(worst(outcomes));
  };
  persistAll(store.getState());

  store.subscribe((s, prev) => {
    const outcomes: SaveOutcome[] = [];
    if (s.workspaces !== prev.workspaces) {
      for (const ws of Object.values(s.workspaces)) {
        if (prev.workspaces[ws.id] !== ws) outcomes.push(saveWorkspace(kv, ws));
      }
      for (const id of Object.keys(prev.workspaces)) {
        if (!s.workspaces[id]) outcomes.push(removeWorkspace(kv, id));
      }
    }
    if (s.activeId !== prev.activeId) outcomes.push(saveActiveId(kv, s.activeId));
    if (s.theme !== prev.theme) {
      try {
        kv.setItem(THEME_KEY, s.theme);
      } catch {
        outcomes.push('full');
      }
    }
    if (outcomes.length === 0) return;
    const status = worst(outcomes);
    // A failed write may have left other workspaces unsaved; once storage recovers, write everything.
    if (status === 'saved' && s.storageStatus !== 'saved') persistAll(s);
    else if (status !== s.storageStatus) s.setStorageStatus(status);
  });
}
