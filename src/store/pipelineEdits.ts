import type { StoreApi } from 'zustand/vanilla';
import * as edits from '../domain/graphEdits';
import type { EdgeRef, GraphEdit, GraphEditError } from '../domain/graphEdits';
import { graphFromTyped, mergeComponents, mergeGraphs } from '../domain/graphMerge';
import { PLACEMENT_LABEL, type PipelineGraph, type Placement } from '../domain/pipeline';
import { nowIso } from '../lib/ids';
import type { ParseWarning } from '../parse/types';
import type { AppState } from './appState';
import { warningNotes, withGraph } from './workspaceSlice';

export type AddResult = { readonly ok: true; readonly id: string } | { readonly ok: false; readonly error: GraphEditError };

const NO_PIPELINE: GraphEditError = { kind: 'noComponent', id: '' };

/**
 * Hand edits of the active workspace's imported pipeline; each is one undo step, saved and shared
 * like any edit. Only the panels and the canvas that edit import this, so the edit functions
 * load with them.
 */
export function pipelineEdits(store: StoreApi<AppState>) {
  const get = store.getState;
  const current = () => get().workspaces[get().activeId];
  const nameOf = (id: string) => current()?.pipeline?.components.find((c) => c.id === id)?.name ?? id;
  /** Runs a pure edit on the active pipeline; a refusal changes nothing and is returned. */
  const apply = (edit: (g: PipelineGraph) => GraphEdit, say: () => string, extra: Partial<AppState> = {}): GraphEditError | null => {
    const ws = current();
    if (!ws?.pipeline) return NO_PIPELINE;
    const r = edit(ws.pipeline);
    if (!r.ok) return r.error;
    const text = say();
    store.setState((s) => ({ workspaces: { ...s.workspaces, [ws.id]: withGraph(ws, nowIso(), () => r.graph) }, graphNotice: { text, at: Date.now() }, ...extra }));
    return null;
  };
  const edgeWords = (ref: EdgeRef) => `${nameOf(ref.from)} → ${nameOf(ref.to)}`;

  return {
    renameComponent: (id: string, name: string): GraphEditError | null => {
      const old = nameOf(id);
      return apply((g) => edits.renameComponent(g, id, name), () => `Renamed “${old}” to “${name.trim()}”.`);
    },
    deleteComponent: (id: string): GraphEditError | null => {
      const name = nameOf(id);
      const links = current()?.pipeline?.edges.filter((e) => e.from === id || e.to === id).length ?? 0;
      const unselect = get().selectedComponent === id ? { selectedComponent: null } : {};
      return apply((g) => edits.deleteComponent(g, id), () => `Deleted “${name}”${links ? ` and its ${links} ${links === 1 ? 'edge' : 'edges'}` : ''}. Ctrl+Z brings it back.`, unselect);
    },
    /** `fromId` goes; `intoId` stays, with both's edges, and is shown. */
    mergeComponents: (fromId: string, intoId: string): GraphEditError | null => {
      const from = nameOf(fromId);
      const into = nameOf(intoId);
      return apply((g) => mergeComponents(g, fromId, intoId), () => `Merged “${from}” into “${into}”. Ctrl+Z undoes it.`, { selectedComponent: intoId });
    },
    addComponent: (name: string, placement: Placement): AddResult => {
      const ws = current();
      const id = ws?.pipeline ? edits.freshComponentId(ws.pipeline, name) : '';
      const error = apply((g) => edits.addComponent(g, name, placement, id), () => `Added “${name.trim()}” to ${PLACEMENT_LABEL[placement]}.`);
      return error ? { ok: false, error } : { ok: true, id };
    },
    addEdge: (ref: EdgeRef): GraphEditError | null => apply((g) => edits.addEdge(g, ref), () => `Added the edge ${edgeWords(ref)}.`),
    deleteEdge: (ref: EdgeRef): GraphEditError | null => {
      const words = edgeWords(ref);
      return apply((g) => edits.deleteEdge(g, ref), () => `Deleted the edge ${words}. Ctrl+Z brings it back.`);
    },
    reverseEdge: (ref: EdgeRef): GraphEditError | null =>
      apply((g) => edits.reverseEdge(g, ref), () => `Reversed: now ${edgeWords({ from: ref.to, to: ref.from })}.`),
    /** Adds an import to the workspace on screen: matching names merge, the rest is added. */
    importIntoActive: (graph: PipelineGraph, warnings: readonly ParseWarning[] = []): void => {
      const ws = current();
      if (!ws) return;
      const base = ws.pipeline ?? graphFromTyped(ws.components, graph.format);
      const r = mergeGraphs(base, graph);
      const notes = warnings.length ? [ws.notes, warningNotes(warnings)].filter(Boolean).join('\n\n') : ws.notes;
      const text = `Added to “${ws.name || 'Untitled'}”: ${r.added} new ${r.added === 1 ? 'component' : 'components'}, ${r.matched} matched by name, ${r.edgesAdded} new ${r.edgesAdded === 1 ? 'edge' : 'edges'}. Ctrl+Z undoes it.`;
      store.setState((s) => ({
        workspaces: { ...s.workspaces, [ws.id]: withGraph({ ...ws, notes, pipeline: base }, nowIso(), () => r.graph) },
        graphNotice: { text, at: Date.now() },
        flash: { tone: 'done', message: text },
      }));
    },
  };
}

export type PipelineEdits = ReturnType<typeof pipelineEdits>;
