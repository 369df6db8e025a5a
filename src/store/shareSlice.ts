import type { StateCreator } from 'zustand';
import type { Clause } from '../domain/clause';
import { appendClauses } from '../domain/contractEdits';
import type { SeamId } from '../domain/seams';
import { adoptWorkspace, type Workspace } from '../domain/workspace';
import { newId, nowIso } from '../lib/ids';
import type { AppState } from './appState';

/** A one-line report of what a share or export action did, or why it could not. */
export interface Flash {
  readonly tone: 'done' | 'info' | 'problem';
  readonly message: string;
}

/** A link opened before: the user chooses between their copy and another one. */
export interface SharedAgain {
  readonly workspace: Workspace;
  readonly fingerprint: string;
  readonly existingId: string;
}

/** A write-up laid out for paper: its HTML (built from escaped Markdown) and an image of the whole graph. */
export interface PrintJob {
  readonly html: string;
  readonly image: string | null;
}

export type ShareDialog = 'link' | 'odcs' | null;

export interface ShareSlice {
  flash: Flash | null;
  sharedAgain: SharedAgain | null;
  shareDialog: ShareDialog;
  /** While an image is taken, large graphs draw every node, not only those on screen. */
  renderAll: boolean;
  printJob: PrintJob | null;
  setPrintJob: (job: PrintJob | null) => void;
  setRenderAll: (on: boolean) => void;
  showFlash: (flash: Flash | null) => void;
  openShareDialog: (dialog: ShareDialog) => void;
  /** Opens a shared link's workspace, unless this link was opened before: then it asks first. */
  openShared: (ws: Workspace, fingerprint: string) => void;
  /** The user's answer when the link was opened before: their copy, or another one. */
  resolveSharedAgain: (choice: 'existing' | 'copy' | 'cancel') => void;
  openWorkspaceFile: (ws: Workspace, fileName: string) => void;
  addContractClauses: (seam: SeamId, clauses: readonly Clause[], source: string) => void;
}

export const createShareSlice: StateCreator<AppState, [], [], ShareSlice> = (set, get) => {
  const openCopy = (ws: Workspace, fingerprint: string) => {
    const copy = adoptWorkspace(ws, newId(), { sharedFrom: fingerprint });
    set((s) => ({ workspaces: { ...s.workspaces, [copy.id]: copy }, sharedAgain: null }));
    get().openWorkspace(copy.id);
    set({ flash: { tone: 'info', message: `Opened “${copy.name || 'Untitled'}” from a shared link, as a new workspace. Your other workspaces are unchanged.` } });
  };

  return {
    flash: null,
    sharedAgain: null,
    shareDialog: null,
    renderAll: false,
    printJob: null,
    setPrintJob: (printJob) => {
      // The graph image lives as long as its print job: replaced or done, its memory is freed.
      const old = get().printJob?.image;
      if (old && old !== printJob?.image) URL.revokeObjectURL(old);
      set({ printJob });
    },
    setRenderAll: (renderAll) => set({ renderAll }),
    showFlash: (flash) => set({ flash }),
    openShareDialog: (shareDialog) => set({ shareDialog }),
    openShared: (ws, fingerprint) => {
      const existing = Object.values(get().workspaces).find((w) => w.sharedFrom === fingerprint);
      if (existing) set({ sharedAgain: { workspace: ws, fingerprint, existingId: existing.id } });
      else openCopy(ws, fingerprint);
    },
    resolveSharedAgain: (choice) => {
      const pending = get().sharedAgain;
      if (!pending) return;
      if (choice === 'copy') return openCopy(pending.workspace, pending.fingerprint);
      set({ sharedAgain: null });
      if (choice === 'existing') get().openWorkspace(pending.existingId);
    },
    openWorkspaceFile: (ws, fileName) => {
      const copy = adoptWorkspace(ws, newId());
      set((s) => ({ workspaces: { ...s.workspaces, [copy.id]: copy } }));
      get().openWorkspace(copy.id);
      set({ flash: { tone: 'done', message: `Opened ${fileName} as a new workspace.` } });
    },
    addContractClauses: (seam, clauses, source) => {
      set((s) => {
        const ws = s.workspaces[s.activeId];
        return ws ? { workspaces: { ...s.workspaces, [ws.id]: appendClauses(ws, seam, clauses, newId, nowIso()) } } : {};
      });
      set({ selectedSeam: seam, walkthroughOpen: false, flash: { tone: 'done', message: `Added ${clauses.length} clause${clauses.length === 1 ? '' : 's'} from ${source}.` } });
    },
  };
};
