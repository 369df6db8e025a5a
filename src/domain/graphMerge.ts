import { freshId, nameKey, type GraphEdit } from './graphEdits';
import type { PipelineComponent, PipelineEdge, PipelineGraph } from './pipeline';
import { STAGES, type Stage } from './stages';

const pairKey = (e: PipelineEdge) => `${e.from}\u0000${e.to}`;

/**
 * Joins `fromId` into `intoId`: its edges move over, and those that would now join the component to
 * itself or repeat an edge it already has go. The component kept keeps its name and stage (the one
 * the user chose to keep); the other's name stays in its reason, so the merge can be read later.
 */
export function mergeComponents(g: PipelineGraph, fromId: string, intoId: string): GraphEdit {
  const from = g.components.find((c) => c.id === fromId);
  const into = g.components.find((c) => c.id === intoId);
  if (!from) return { ok: false, error: { kind: 'noComponent', id: fromId } };
  if (!into) return { ok: false, error: { kind: 'noComponent', id: intoId } };
  if (fromId === intoId) return { ok: false, error: { kind: 'sameComponent' } };
  const kept: PipelineComponent = { ...into, reason: `${into.reason}; merged with “${from.name}”` };
  const components = g.components.flatMap((c) => (c.id === fromId ? [] : c.id === intoId ? [kept] : [c]));
  const seen = new Set<string>();
  const edges: PipelineEdge[] = [];
  for (const e of g.edges) {
    const moved = { ...e, from: e.from === fromId ? intoId : e.from, to: e.to === fromId ? intoId : e.to };
    const touches = moved.from === intoId || moved.to === intoId;
    if (!touches) {
      edges.push(e);
      continue;
    }
    if (moved.from === moved.to || seen.has(pairKey(moved))) continue;
    seen.add(pairKey(moved));
    edges.push(moved.from === e.from && moved.to === e.to ? e : moved);
  }
  return { ok: true, graph: { ...g, components, edges } };
}

/** What an import into an open workspace did, for the user to hear. */
export interface MergeReport {
  readonly graph: PipelineGraph;
  /** Components of the import that matched one already there by name. */
  readonly matched: number;
  readonly added: number;
  readonly edgesAdded: number;
}

/**
 * An import added to a workspace: a component whose name is already there is that component (it
 * keeps its stage and whether the user confirmed it); the others are added; edges are unioned.
 */
export function mergeGraphs(base: PipelineGraph, incoming: PipelineGraph): MergeReport {
  const byName = new Map(base.components.map((c) => [nameKey(c.name), c.id]));
  const ids = new Map<string, string>();
  const taken = new Set(base.components.map((c) => c.id));
  let matched = 0;
  const added: PipelineComponent[] = [];
  for (const c of incoming.components) {
    const existing = byName.get(nameKey(c.name));
    if (existing !== undefined) {
      ids.set(c.id, existing);
      matched++;
      continue;
    }
    const id = taken.has(c.id) ? freshId(c.name, taken) : c.id;
    added.push(id === c.id ? c : { ...c, id });
    taken.add(id);
    byName.set(nameKey(c.name), id);
    ids.set(c.id, id);
  }
  const seen = new Set(base.edges.map(pairKey));
  const edges = [...base.edges];
  for (const e of incoming.edges) {
    const from = ids.get(e.from);
    const to = ids.get(e.to);
    if (from === undefined || to === undefined || from === to) continue;
    const moved: PipelineEdge = { ...e, from, to };
    if (seen.has(pairKey(moved))) continue;
    seen.add(pairKey(moved));
    edges.push(moved);
  }
  return { graph: { ...base, components: [...base.components, ...added], edges }, matched, added: added.length, edgesAdded: edges.length - base.edges.length };
}

/**
 * A workspace's typed component names as a pipeline with no edges, so an import can be added to
 * it. Each was typed by a person at its stage: confirmed.
 */
export function graphFromTyped(components: Readonly<Record<Stage, readonly string[]>>, format: string): PipelineGraph {
  const list: PipelineComponent[] = [];
  const taken = new Set<string>();
  const seen = new Set<string>();
  for (const stage of STAGES) {
    for (const name of components[stage]) {
      const trimmed = name.trim();
      if (!trimmed || seen.has(nameKey(trimmed))) continue;
      seen.add(nameKey(trimmed));
      const id = freshId(trimmed, taken);
      taken.add(id);
      list.push({ id, name: trimmed, placement: stage, confidence: 1, uncertain: false, confirmed: true, reason: 'typed by you' });
    }
  }
  const graph: PipelineGraph = { format, components: list, edges: [] };
  return graph;
}
