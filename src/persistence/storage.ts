import type { Workspace } from '../domain/workspace';
import { isQuotaError, type KeyValueStore } from './browserStorage';
import { describeLoadError, fromDocument, toDocument } from './document';

export type { KeyValueStore } from './browserStorage';

const PREFIX = 'pipeline-seams:';
const WORKSPACE = `${PREFIX}workspace:`;
const SET_ASIDE = `${PREFIX}set-aside:`;
export const ACTIVE_KEY = `${PREFIX}active`;

/** A stored entry that could not be read as it is; its text is kept under `keptAs` so nothing is lost. */
export interface SetAside {
  readonly key: string;
  readonly keptAs: string;
  readonly reason: string;
  /**
   * unreadable: not a workspace at all; repairable: a workspace with bad fields, opened with them
   * reset; newer: made by a newer version of the app, left exactly where it is for that version.
   */
  readonly kind: 'unreadable' | 'repairable' | 'newer';
}

export interface LoadedWorkspaces {
  readonly workspaces: readonly Workspace[];
  readonly setAside: readonly SetAside[];
  readonly activeId: string | null;
}

export type SaveOutcome = 'saved' | 'full' | 'unavailable';

function keysWithPrefix(store: KeyValueStore, prefix: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const k = store.key(i);
    if (k?.startsWith(prefix)) keys.push(k);
  }
  return keys;
}

/**
 * Reads every saved workspace. An entry that fails to parse, migrate or validate is moved
 * aside under its own key (never deleted) and reported; the rest load.
 */
export function loadAll(store: KeyValueStore, now: () => string): LoadedWorkspaces {
  const workspaces: Workspace[] = [];
  const setAside: SetAside[] = [];
  for (const key of keysWithPrefix(store, WORKSPACE)) {
    const text = store.getItem(key) ?? '';
    const result = fromDocument(text);
    if (result.ok) {
      workspaces.push(result.value);
      continue;
    }
    // After a rollback the newer app must still find it under its own key.
    if (result.error.kind === 'tooNew') {
      setAside.push({ key, keptAs: key, reason: describeLoadError(result.error), kind: 'newer' });
      continue;
    }
    let keptAs = `${SET_ASIDE}${key.slice(WORKSPACE.length)}:${now()}`;
    try {
      store.setItem(keptAs, text);
      store.removeItem(key);
    } catch {
      // Storage is full: the entry stays where it is, still kept, and is reported under that key.
      keptAs = key;
    }
    setAside.push({ key, keptAs, reason: describeLoadError(result.error), kind: result.error.kind === 'invalid' ? 'repairable' : 'unreadable' });
  }
  workspaces.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return { workspaces, setAside, activeId: store.getItem(ACTIVE_KEY) };
}

export function saveWorkspace(store: KeyValueStore, ws: Workspace): SaveOutcome {
  try {
    store.setItem(WORKSPACE + ws.id, toDocument(ws));
    return 'saved';
  } catch (e) {
    return isQuotaError(e) ? 'full' : 'unavailable';
  }
}

export function removeWorkspace(store: KeyValueStore, id: string): SaveOutcome {
  try {
    store.removeItem(WORKSPACE + id);
    return 'saved';
  } catch {
    return 'unavailable';
  }
}

export function saveActiveId(store: KeyValueStore, id: string): SaveOutcome {
  try {
    store.setItem(ACTIVE_KEY, id);
    return 'saved';
  } catch (e) {
    return isQuotaError(e) ? 'full' : 'unavailable';
  }
}

export function workspaceKey(id: string): string {
  return WORKSPACE + id;
}

/** The workspace id a storage key holds, or null for any other key. */
export function workspaceIdOfKey(key: string): string | null {
  return key.startsWith(WORKSPACE) ? key.slice(WORKSPACE.length) : null;
}
