import type { StoreApi } from 'zustand/vanilla';
import type { Workspace } from '../domain/workspace';
import { nowIso } from '../lib/ids';
import { describeLoadError } from '../persistence/document';
import { loadAll, saveActiveId, type KeyValueStore, type SetAside } from '../persistence/storage';
import { Library, type LibraryListener } from '../persistence/yjs/library';
import { openTabChannel, type TabChannel } from '../persistence/yjs/tabChannel';
import type { UpdateLog } from '../persistence/yjs/updateLog';
import type { AppState } from './appState';
import { openingWorkspaces } from './openingWorkspaces';
import { creationHistory } from './creationHistory';
import { editSignature } from './editSignature';
import { setStoragePort } from './storagePort';
import { keepLegacyUntilSaved, migrateLegacy } from './legacyWorkspaces';
import { forget, keepAside, keptAside } from './unwrittenStash';

export interface BindingOptions {
  readonly channel?: TabChannel | null;
  readonly timers?: Pick<typeof globalThis, 'setInterval' | 'clearInterval'>;
}

/**
 * Opens the shared documents and keeps the store and them in step, both ways: the store's edits
 * are written into the documents; changes from other tabs, undo and redo are read back into it.
 */
export async function bindLibrary(store: StoreApi<AppState>, log: UpdateLog, kv: KeyValueStore | null, options: BindingOptions = {}): Promise<Library> {
  // Set while the store is being updated from the documents, so those changes are not written back.
  let applying = false;
  const apply = (fn: () => void) => {
    applying = true;
    try {
      fn();
    } finally {
      applying = false;
    }
    adoptUnlisted();
  };
  // Messages that arrive while the documents are first read are in what is read: nothing to do yet.
  let opened: Library | null = null;
  const listener: LibraryListener = {
    changed: (id, fields) => {
      const lib = opened;
      if (!lib?.liveIds().includes(id)) return;
      const mine = store.getState().workspaces[id];
      const next = mine && fields ? lib.readFields(id, mine, fields) : readable(lib, id);
      if (next && next !== mine) apply(() => store.setState((s) => ({ workspaces: { ...s.workspaces, [id]: next } })));
    },
    listChanged: () => {
      const lib = opened;
      if (!lib) return;
      const live = new Set(lib.liveIds());
      const s = store.getState();
      for (const id of Object.keys(s.workspaces)) {
        if (live.has(id)) continue;
        const name = s.workspaces[id]?.name ?? '';
        // The undo for it is in the tab that deleted it.
        apply(() => {
          s.deleteWorkspace(id);
          store.setState({ recentlyDeleted: null });
        });
        s.showFlash({ tone: 'info', message: `“${name || 'Untitled'}” was deleted in another tab.` });
      }
      for (const id of live) {
        const ws = store.getState().workspaces[id] ? null : readable(lib, id);
        if (ws) apply(() => store.setState((st) => ({ workspaces: { ...st.workspaces, [id]: ws } })));
      }
    },
    status: () => store.getState().setStorageStatus(opened?.failure() ?? 'saved'),
    history: (id) => {
      if (id === store.getState().activeId) showHistory();
    },
  };
  let history: ReturnType<typeof creationHistory> | null = null;
  const showHistory = () => {
    const id = store.getState().activeId;
    store.setState({ history: { canUndo: history?.canUndo(id) ?? false, canRedo: history?.canRedo(id) ?? false } });
  };
  /** A workspace the store has and the documents do not (a stand-in made after a delete) is written. */
  const adoptUnlisted = () => {
    if (!opened) return;
    const live = new Set(opened.liveIds());
    for (const ws of Object.values(store.getState().workspaces)) if (!live.has(ws.id)) opened.create(ws);
  };

  // What a page closed before writing is written now, then forgotten.
  const kept = kv ? keptAside(kv) : { updates: [], pages: {} };
  const lib = await Library.open(log, options.channel === undefined ? openTabChannel() : options.channel, listener, { timers: options.timers, unwritten: kept.updates });
  if (kv && Object.keys(kept.pages).length > 0) void lib.settled().then(() => lib.failure() === null && forget(kv, kept.pages));
  opened = lib;
  history = creationHistory(store, lib);
  const legacy = kv ? loadAll(kv, nowIso) : { workspaces: [], setAside: [], activeId: null };
  const migrated = migrateLegacy(lib, legacy.workspaces);

  const saved: Workspace[] = [];
  const setAside: SetAside[] = [...legacy.setAside];
  for (const id of lib.liveIds()) {
    // Each workspace is read in tasks of its own: a big import is a long read.
    await lib.nextTask();
    const r = await lib.readInSteps(id);
    if (r.kind === 'ok') saved.push(r.workspace);
    else if (r.kind === 'newer') setAside.push({ key: id, keptAs: id, kind: 'newer', reason: `It was saved by a newer version of the app (format ${r.version}); this one cannot open it, and leaves it as it is.` });
    else if (r.kind === 'invalid') setAside.push({ key: id, keptAs: id, kind: 'unreadable', reason: describeLoadError(r.error) });
  }
  await lib.nextTask();
  const { workspaces, activeId, made } = openingWorkspaces(saved, legacy.activeId);
  if (made) lib.create(made);
  store.setState((s) => ({
    workspaces: { ...workspaces, ...s.workspaces },
    activeId: s.activeId && s.workspaces[s.activeId] ? s.activeId : activeId,
    setAside,
    storageStatus: lib.failure() ?? 'saved',
    ready: true,
  }));
  adoptUnlisted();
  if (kv) void keepLegacyUntilSaved(lib, kv, migrated);
  // Workspaces with bad fields open repaired right after start-up; that code loads only then.
  if (kv && legacy.setAside.some((e) => e.kind === 'repairable')) void import('./openRepaired').then((m) => m.openRepaired(store, kv, legacy.activeId));

  const lastEdit = new Map<string, string>();
  store.subscribe((s, prev) => {
    if (s.activeId !== prev.activeId && kv) saveActiveId(kv, s.activeId);
    if (s.activeId !== prev.activeId || s.recentlyDeleted !== prev.recentlyDeleted) showHistory();
    if (applying || s.workspaces === prev.workspaces) return;
    askToKeep();
    for (const ws of Object.values(s.workspaces)) {
      const before = prev.workspaces[ws.id];
      if (before === ws) continue;
      if (!before) {
        lib.create(ws);
        history.opened(ws.id);
        continue;
      }
      const signature = editSignature(before, ws);
      // A hand edit of the pipeline is always a step of its own, however fast the next one follows.
      if (signature !== lastEdit.get(ws.id) || before.pipeline !== ws.pipeline) lib.endUndoStep(ws.id);
      lastEdit.set(ws.id, signature);
      lib.write(ws.id, before, ws);
    }
    for (const id of Object.keys(prev.workspaces)) if (!s.workspaces[id]) lib.remove(id);
  });
  // A big import is written a block per task; a tab being hidden or closed writes the rest now, and
  // keeps aside what its log has not taken yet: the page may be gone before it does.
  if (typeof document !== 'undefined') {
    const page = Math.random().toString(36).slice(2);
    const finish = () => {
      // Settling first writes any blocks still waiting into the documents, so they are kept aside too.
      void lib.settled();
      if (kv) keepAside(kv, page, lib.unwritten());
    };
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && finish());
    window.addEventListener('pagehide', finish);
  }
  setStoragePort({
    undo: (id) => history?.undo(id),
    redo: (id) => history?.redo(id),
    keptText: (keptAs) => kv?.getItem(keptAs) ?? lib.snapshot(keptAs),
    sizes: () => lib.sizes(),
  });
  return lib;
}

let asked = false;
/**
 * Asks the browser once, at the first edit, not to evict this site's storage when the disk runs
 * low: incident notes must survive. Some browsers ask the user, so not at start-up.
 */
function askToKeep(): void {
  if (asked || typeof navigator === 'undefined') return;
  asked = true;
  navigator.storage?.persist?.().catch(() => undefined);
}

function readable(lib: Library, id: string): Workspace | null {
  const r = lib.read(id);
  return r.kind === 'ok' ? r.workspace : null;
}
