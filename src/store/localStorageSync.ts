import type { StoreApi } from 'zustand/vanilla';
import { nowIso } from '../lib/ids';
import { fromDocument } from '../persistence/document';
import {
  loadAll,
  removeWorkspace,
  saveActiveId,
  saveWorkspace,
  workspaceIdOfKey,
  workspaceKey,
  type KeyValueStore,
  type SaveOutcome,
} from '../persistence/storage';
import type { AppState } from './appState';
import { openingWorkspaces } from './openingWorkspaces';

/** How often workspaces that did not fit are tried again while any remain unsaved. */
const RETRY_MS = 5_000;

/**
 * Writes each workspace as it changes. A write that fails leaves the workspace in memory, marked;
 * the status says why until every marked workspace has been written.
 */
export function connectStorage(
  store: StoreApi<AppState>,
  kv: KeyValueStore,
  events?: Pick<Window, 'addEventListener'>,
  timers: Pick<typeof globalThis, 'setInterval' | 'clearInterval'> = globalThis,
): void {
  const unsaved = new Map<string, SaveOutcome>();
  let retrying: ReturnType<typeof setInterval> | null = null;
  // While anything is unsaved, try again every few seconds: space freed elsewhere (another tab, the
  // browser's settings) must save the pending edit without waiting for the user's next keystroke.
  const retryUnsaved = () => {
    const s = store.getState();
    for (const id of [...unsaved.keys()]) {
      const ws = s.workspaces[id];
      if (ws) write(id, saveWorkspace(kv, ws));
      else unsaved.delete(id);
    }
    const next = status();
    if (next !== s.storageStatus) s.setStorageStatus(next);
  };
  const write = (id: string, outcome: SaveOutcome) => {
    if (outcome === 'saved') unsaved.delete(id);
    else unsaved.set(id, outcome);
    if (unsaved.size > 0 && retrying === null) retrying = timers.setInterval(retryUnsaved, RETRY_MS);
    if (unsaved.size === 0 && retrying !== null) {
      timers.clearInterval(retrying);
      retrying = null;
    }
  };
  const status = (): SaveOutcome =>
    [...unsaved.values()].includes('unavailable') ? 'unavailable' : unsaved.size > 0 ? 'full' : 'saved';

  // Only what storage does not hold yet (a first blank workspace) is written at boot; stored
  // entries stay byte for byte as they are until the user changes them.
  for (const ws of Object.values(store.getState().workspaces)) {
    if (kv.getItem(workspaceKey(ws.id)) === null) write(ws.id, saveWorkspace(kv, ws));
  }
  saveActiveId(kv, store.getState().activeId);
  if (status() !== 'saved') store.getState().setStorageStatus(status());

  store.subscribe((s, prev) => {
    if (s.workspaces !== prev.workspaces) {
      for (const ws of Object.values(s.workspaces)) {
        if (prev.workspaces[ws.id] !== ws) write(ws.id, saveWorkspace(kv, ws));
      }
      for (const id of Object.keys(prev.workspaces)) {
        if (!s.workspaces[id]) {
          removeWorkspace(kv, id);
          unsaved.delete(id);
        }
      }
    }
    if (s.activeId !== prev.activeId) saveActiveId(kv, s.activeId);
    const next = status();
    if (next !== s.storageStatus) s.setStorageStatus(next);
  });

  // Another tab saved or deleted a workspace: take the newer copy, so neither tab writes over the other.
  events?.addEventListener('storage', (e: StorageEvent) => {
    const id = e.key ? workspaceIdOfKey(e.key) : null;
    if (!id) return;
    const s = store.getState();
    const mine = s.workspaces[id];
    if (e.newValue === null) {
      if (mine && id !== s.activeId) {
        const { [id]: _gone, ...rest } = s.workspaces;
        store.setState({ workspaces: rest });
      }
      return;
    }
    const theirs = fromDocument(e.newValue);
    if (theirs.ok && (!mine || theirs.value.updatedAt > mine.updatedAt)) {
      store.setState({ workspaces: { ...s.workspaces, [id]: theirs.value } });
    }
  });
}

/** What earlier versions did: every workspace a localStorage entry. */
export function useLocalStorage(store: StoreApi<AppState>, kv: KeyValueStore | null): void {
  const loaded = kv ? loadAll(kv, nowIso) : { workspaces: [], setAside: [], activeId: null };
  const { workspaces, activeId } = openingWorkspaces(loaded.workspaces, loaded.activeId);
  store.setState({ workspaces, activeId, setAside: loaded.setAside, storageStatus: kv ? 'saved' : 'unavailable', ready: true });
  if (!kv) return;
  connectStorage(store, kv, typeof window === 'undefined' ? undefined : window);
  // Workspaces with bad fields open repaired right after start-up; that code loads only then.
  if (loaded.setAside.some((s) => s.kind === 'repairable')) void import('./openRepaired').then((m) => m.openRepaired(store, kv, loaded.activeId));
}
