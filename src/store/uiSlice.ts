import type { StateCreator } from 'zustand';
import type { Placement } from '../domain/pipeline';
import type { SeamId } from '../domain/seams';
import { defaultExpanded, toggleStage, type Expanded } from '../layout/levelOfDetail';
import type { SetAside } from '../persistence/storage';
import type { AppState } from './appState';

/** What the import dialog opens with; `problem` when a dropped file could not be read. */
export interface ImportDraft {
  readonly text: string;
  readonly name: string;
  readonly auto: boolean;
  readonly problem?: string;
}

export type Theme = 'system' | 'light' | 'dark';
/** Where edits go: browser storage, or memory only because storage is full or unavailable. */
export type StorageStatus = 'saved' | 'full' | 'unavailable';

export interface UiSlice {
  selectedSeam: SeamId | null;
  /** A component of an imported pipeline, shown in the side panel. */
  selectedComponent: string | null;
  /** Text of the canvas search box. */
  search: string;
  /** The side panel can fold away so a large pipeline gets the whole width. */
  panelOpen: boolean;
  togglePanel: () => void;
  /** The import dialog: open with this text (from a paste, a drop, or typed), run at once if `auto`. */
  importDraft: ImportDraft | null;
  theme: Theme;
  storageStatus: StorageStatus;
  setAside: readonly SetAside[];
  /** The workspace list, opened from the header or from the storage-full notice. */
  workspacesOpen: boolean;
  showWorkspaces: (open: boolean) => void;
  /** Which stages of the workspace's imported pipeline are drawn in full; null: as its size suggests. */
  stageDetail: { readonly workspaceId: string; readonly expanded: Expanded } | null;
  toggleStage: (placement: Placement) => void;
  setExpanded: (expanded: Expanded) => void;
  /** Start-up could not finish: the storage code did not load. Nothing stored is touched. */
  bootProblem: 'code' | null;
  selectSeam: (seam: SeamId | null) => void;
  selectComponent: (id: string | null) => void;
  setSearch: (text: string) => void;
  openImport: (draft?: ImportDraft) => void;
  closeImport: () => void;
  setTheme: (theme: Theme) => void;
  setStorageStatus: (status: StorageStatus) => void;
  dismissSetAside: () => void;
}

/** What the active workspace's canvas draws in full. */
export function expandedOf(s: AppState): Expanded {
  const graph = s.workspaces[s.activeId]?.pipeline;
  if (s.stageDetail?.workspaceId === s.activeId) return s.stageDetail.expanded;
  return graph ? defaultExpanded(graph) : 'all';
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => ({
  selectedSeam: null,
  selectedComponent: null,
  search: '',
  panelOpen: true,
  togglePanel: () => set((s) => ({ panelOpen: !s.panelOpen })),
  importDraft: null,
  theme: 'system',
  storageStatus: 'saved',
  setAside: [],
  bootProblem: null,
  stageDetail: null,
  toggleStage: (placement) => set({ stageDetail: { workspaceId: get().activeId, expanded: toggleStage(expandedOf(get()), placement) } }),
  setExpanded: (expanded) => set({ stageDetail: { workspaceId: get().activeId, expanded } }),
  workspacesOpen: false,
  showWorkspaces: (workspacesOpen) => set({ workspacesOpen }),
  // Opening a seam puts the walkthrough aside; its trail stays in the workspace.
  selectSeam: (selectedSeam) => set({ selectedSeam, selectedComponent: null, walkthroughOpen: false, panelOpen: true }),
  selectComponent: (selectedComponent) => set({ selectedComponent, selectedSeam: null, walkthroughOpen: false, panelOpen: true }),
  setSearch: (search) => set({ search }),
  openImport: (draft) => set({ importDraft: draft ?? { text: '', name: '', auto: false } }),
  closeImport: () => set({ importDraft: null }),
  setTheme: (theme) => set({ theme }),
  setStorageStatus: (storageStatus) => set({ storageStatus }),
  dismissSetAside: () => set({ setAside: [] }),
});
