import type { StateCreator } from 'zustand';
import { emptyClause, type Clause } from '../domain/clause';
import type { ClauseTemplate } from '../domain/catalog/types';
import * as edit from '../domain/contractEdits';
import { SEAMS, type SeamId } from '../domain/seams';
import type { Stage } from '../domain/stages';
import { confirmComponent, namesByStage, placeComponent, type Placement, type PipelineGraph } from '../domain/pipeline';
import { blankWorkspace, type Workspace } from '../domain/workspace';
import { DEFAULT_WORKSPACE_NAME } from '../domain/workspaceName';
import { newId, nowIso } from '../lib/ids';
import { isNote } from '../parse/notes';
import type { ParseWarning } from '../parse/types';
import type { AppState } from './appState';
import { storagePort } from './storagePort';

export interface WorkspaceSlice {
  workspaces: Record<string, Workspace>;
  activeId: string;
  /** False until saved workspaces have been read: nothing is shown or made before that. */
  ready: boolean;
  /** Whether the workspace on screen has an edit to undo or redo. */
  history: { canUndo: boolean; canRedo: boolean };
  undo: () => void;
  redo: () => void;
  /** The last deleted workspace, kept so the delete can be undone exactly. */
  recentlyDeleted: { workspace: Workspace; wasActive: boolean; standIn: string | null } | null;
  createBlank: () => void;
  /** Opens a worked example as a new workspace; its data loads on first use. */
  openPreset: (presetId: string) => Promise<void>;
  openWorkspace: (id: string) => void;
  renameWorkspace: (id: string, name: string) => void;
  duplicateWorkspace: (id: string) => void;
  deleteWorkspace: (id: string) => void;
  undoDelete: () => void;
  setNotes: (notes: string) => void;
  setComponents: (stage: Stage, line: string) => void;
  addClause: (seam: SeamId, template?: ClauseTemplate) => string;
  updateClause: (seam: SeamId, id: string, patch: edit.ClausePatch) => void;
  moveClause: (seam: SeamId, id: string, by: -1 | 1) => void;
  removeClause: (seam: SeamId, id: string) => void;
  /** Opens an imported pipeline as a new workspace; the current one is untouched. */
  importPipeline: (graph: PipelineGraph, name: string, warnings?: readonly ParseWarning[]) => void;
  placeComponent: (id: string, placement: Placement) => void;
  confirmComponent: (id: string) => void;
}

/** The catalog stays out of the first load: callers hand in the template they picked. */
function clauseFromTemplate(seam: SeamId, t: ClauseTemplate | undefined): Clause {
  if (!t) return emptyClause(newId(), SEAMS[seam].dimensions[0] ?? '');
  return { ...emptyClause(newId(), t.dimension), subject: t.subject, assumed: t.assumed, templateId: t.id };
}

/** Applies a graph edit and keeps the per-stage component names in step with it. */
export function withGraph(ws: Workspace, now: string, fn: (g: PipelineGraph) => PipelineGraph): Workspace {
  if (!ws.pipeline) return ws;
  const pipeline = fn(ws.pipeline);
  return { ...ws, updatedAt: now, pipeline, components: namesByStage(pipeline) };
}

/**
 * Warnings travel with the workspace as notes, so a partial import says what it skipped; notes on how
 * the text was read (a sequence diagram's messages as flow) are said as such, not counted as warnings.
 */
export function warningNotes(warnings: readonly ParseWarning[]): string {
  const where = (w: ParseWarning): string => `line ${w.line}, column ${w.column}: ${w.message}`;
  const [notes, problems] = [warnings.filter(isNote), warnings.filter((w) => !isNote(w))];
  return [
    ...(notes.length ? [`How the import read it:\n${[...new Set(notes.map((w) => w.message))].join('\n')}`] : []),
    ...(problems.length ? [`Imported with ${problems.length} warning(s):\n${problems.map(where).join('\n')}`] : []),
  ].join('\n\n');
}

/** What belongs to the workspace on screen: switching workspace puts all of it down. */
const VIEW_RESET = {
  selectedSeam: null,
  selectedComponent: null,
  search: '',
  walkthroughOpen: false,
  walkView: 'symptoms',
  replayAt: null,
  walkSuggestions: null,
} as const;

export const createWorkspaceSlice: StateCreator<AppState, [], [], WorkspaceSlice> = (set, get) => {
  /** Applies a pure edit to the active workspace. */
  const editActive = (fn: (ws: Workspace, now: string) => Workspace) =>
    set((s) => {
      const ws = s.workspaces[s.activeId];
      return ws ? { workspaces: { ...s.workspaces, [ws.id]: fn(ws, nowIso()) } } : {};
    });
  const add = (ws: Workspace) => set((s) => ({ workspaces: { ...s.workspaces, [ws.id]: ws }, activeId: ws.id, ...VIEW_RESET }));

  return {
    workspaces: {},
    activeId: '',
    ready: false,
    history: { canUndo: false, canRedo: false },
    undo: () => storagePort()?.undo(get().activeId),
    redo: () => storagePort()?.redo(get().activeId),
    recentlyDeleted: null,
    createBlank: () => add(blankWorkspace(newId(), DEFAULT_WORKSPACE_NAME, nowIso())),
    openPreset: async (presetId) => {
      const { presetById, presetWorkspace } = await import('../domain/presets');
      const preset = presetById(presetId);
      if (!preset) return;
      add(presetWorkspace(preset, newId, nowIso()));
      set({ selectedSeam: preset.brokenSeam });
    },
    openWorkspace: (id) => {
      if (get().workspaces[id]) set({ activeId: id, ...VIEW_RESET });
    },
    renameWorkspace: (id, name) =>
      set((s) => {
        const ws = s.workspaces[id];
        return ws ? { workspaces: { ...s.workspaces, [id]: edit.renameWorkspace(ws, name, nowIso()) } } : {};
      }),
    duplicateWorkspace: (id) => {
      const ws = get().workspaces[id];
      if (ws) add(edit.duplicateWorkspace(ws, newId, nowIso()));
    },
    deleteWorkspace: (id) =>
      set((s) => {
        const doomed = s.workspaces[id];
        if (!doomed) return {};
        const rest = Object.fromEntries(Object.entries(s.workspaces).filter(([k]) => k !== id));
        // There is always a workspace to show: fall back to the most recent, or a new blank one.
        const next =
          Object.values(rest).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0] ??
          blankWorkspace(newId(), DEFAULT_WORKSPACE_NAME, nowIso());
        const wasActive = s.activeId === id;
        const standIn = rest[next.id] ? null : next.id;
        return {
          workspaces: { ...rest, [next.id]: next },
          activeId: wasActive ? next.id : s.activeId,
          recentlyDeleted: { workspace: doomed, wasActive, standIn },
          ...(wasActive ? VIEW_RESET : {}),
        };
      }),
    undoDelete: () =>
      set((s) => {
        const d = s.recentlyDeleted;
        if (!d) return {};
        const workspaces = { ...s.workspaces, [d.workspace.id]: d.workspace };
        // The blank stand-in made so the app was never empty goes again, unless it was used.
        const standIn = d.standIn ? workspaces[d.standIn] : undefined;
        if (standIn && standIn.updatedAt === standIn.createdAt) delete workspaces[standIn.id];
        return {
          workspaces,
          recentlyDeleted: null,
          ...(d.wasActive ? { activeId: d.workspace.id, ...VIEW_RESET } : {}),
        };
      }),
    setNotes: (notes) => editActive((ws, now) => edit.setNotes(ws, notes, now)),
    setComponents: (stage, line) => editActive((ws, now) => edit.setComponents(ws, stage, line, now)),
    addClause: (seam, template) => {
      const clause = clauseFromTemplate(seam, template);
      editActive((ws, now) => edit.addClause(ws, seam, clause, now));
      return clause.id;
    },
    updateClause: (seam, id, patch) => editActive((ws, now) => edit.updateClause(ws, seam, id, patch, now)),
    moveClause: (seam, id, by) => editActive((ws, now) => edit.moveClause(ws, seam, id, by, now)),
    removeClause: (seam, id) => editActive((ws, now) => edit.removeClause(ws, seam, id, now)),
    importPipeline: (graph, name, warnings = []) => {
      const ws = blankWorkspace(newId(), name, nowIso());
      const notes = warnings.length ? warningNotes(warnings) : '';
      add({ ...ws, notes, pipeline: graph, components: namesByStage(graph) });
    },
    placeComponent: (id, placement) =>
      editActive((ws, now) => withGraph(ws, now, (g) => placeComponent(g, id, placement))),
    confirmComponent: (id) => editActive((ws, now) => withGraph(ws, now, (g) => confirmComponent(g, id))),
  };
};
