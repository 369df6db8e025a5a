import { assertNever } from '../lib/assertNever';
import { PLACEMENT_LABEL, type PipelineComponent, type PipelineEdge, type PipelineGraph, type Placement } from './pipeline';

/** Why a hand edit of a pipeline could not be made; the UI says each in words. */
export type GraphEditError =
  | { readonly kind: 'emptyName' }
  | { readonly kind: 'nameTaken'; readonly name: string }
  | { readonly kind: 'noComponent'; readonly id: string }
  | { readonly kind: 'sameComponent' }
  | { readonly kind: 'edgeExists'; readonly from: string; readonly to: string }
  | { readonly kind: 'noEdge'; readonly from: string; readonly to: string };

export type GraphEdit = { readonly ok: true; readonly graph: PipelineGraph } | { readonly ok: false; readonly error: GraphEditError };

/** An edge as the user points at it: by its two ends. */
export interface EdgeRef {
  readonly from: string;
  readonly to: string;
}

const done = (graph: PipelineGraph): GraphEdit => ({ ok: true, graph });
const fail = (error: GraphEditError): GraphEdit => ({ ok: false, error });

/** Names compare as a person reads them: case and surrounding spaces do not make a new component. */
export const nameKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

export function describeGraphEditError(e: GraphEditError, names: (id: string) => string = (id) => id): string {
  switch (e.kind) {
    case 'emptyName':
      return 'A component needs a name.';
    case 'nameTaken':
      return `There is already a component called “${e.name}”. Merge the two instead?`;
    case 'noComponent':
      return `That component is no longer in the pipeline (it may have been changed in another tab).`;
    case 'sameComponent':
      return 'Pick another component: this one cannot be joined to itself.';
    case 'edgeExists':
      return `${names(e.from)} → ${names(e.to)} is already there.`;
    case 'noEdge':
      return `${names(e.from)} → ${names(e.to)} is no longer in the pipeline.`;
    default:
      return assertNever(e);
  }
}

const has = (g: PipelineGraph, id: string) => g.components.some((c) => c.id === id);
const nameTaken = (g: PipelineGraph, name: string, except?: string) => g.components.some((c) => c.id !== except && nameKey(c.name) === nameKey(name));
const sameEdge = (e: PipelineEdge, ref: EdgeRef) => e.from === ref.from && e.to === ref.to;

/** A new id from a name, `Kafka Connect` → `kafka-connect`, never one the pipeline already uses. */
export function freshComponentId(g: PipelineGraph, name: string): string {
  return freshId(name, new Set(g.components.map((c) => c.id)));
}

/** `freshComponentId` against a set of ids in use, for callers adding many at once. */
export function freshId(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'component';
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

export function renameComponent(g: PipelineGraph, id: string, name: string): GraphEdit {
  const trimmed = name.trim();
  const c = g.components.find((x) => x.id === id);
  if (!c) return fail({ kind: 'noComponent', id });
  if (!trimmed) return fail({ kind: 'emptyName' });
  if (nameTaken(g, trimmed, id)) return fail({ kind: 'nameTaken', name: trimmed });
  if (trimmed === c.name) return done(g);
  return done({ ...g, components: g.components.map((x) => (x.id === id ? { ...x, name: trimmed } : x)) });
}

/** A component typed in by the user: its stage is their word, so it is confirmed. */
export function addComponent(g: PipelineGraph, name: string, placement: Placement, id = freshComponentId(g, name)): GraphEdit {
  const trimmed = name.trim();
  if (!trimmed) return fail({ kind: 'emptyName' });
  if (nameTaken(g, trimmed)) return fail({ kind: 'nameTaken', name: trimmed });
  const c: PipelineComponent = { id, name: trimmed, placement, confidence: 1, uncertain: false, confirmed: true, reason: `added by you to ${PLACEMENT_LABEL[placement]}` };
  return done({ ...g, components: [...g.components, c] });
}

/** Removes a component and every edge to or from it, so no edge is left pointing at nothing. */
export function deleteComponent(g: PipelineGraph, id: string): GraphEdit {
  if (!has(g, id)) return fail({ kind: 'noComponent', id });
  return done({ ...g, components: g.components.filter((c) => c.id !== id), edges: g.edges.filter((e) => e.from !== id && e.to !== id) });
}

export function addEdge(g: PipelineGraph, ref: EdgeRef): GraphEdit {
  for (const id of [ref.from, ref.to]) if (!has(g, id)) return fail({ kind: 'noComponent', id });
  if (ref.from === ref.to) return fail({ kind: 'sameComponent' });
  if (g.edges.some((e) => sameEdge(e, ref))) return fail({ kind: 'edgeExists', ...ref });
  return done({ ...g, edges: [...g.edges, { from: ref.from, to: ref.to }] });
}

export function deleteEdge(g: PipelineGraph, ref: EdgeRef): GraphEdit {
  if (!g.edges.some((e) => sameEdge(e, ref))) return fail({ kind: 'noEdge', ...ref });
  return done({ ...g, edges: g.edges.filter((e) => !sameEdge(e, ref)) });
}

/** Turns an edge round in place (it keeps its place in the list, and whether it schedules). */
export function reverseEdge(g: PipelineGraph, ref: EdgeRef): GraphEdit {
  if (!g.edges.some((e) => sameEdge(e, ref))) return fail({ kind: 'noEdge', ...ref });
  const back = { from: ref.to, to: ref.from };
  if (g.edges.some((e) => sameEdge(e, back))) return fail({ kind: 'edgeExists', ...back });
  return done({ ...g, edges: g.edges.map((e) => (sameEdge(e, ref) ? { ...e, ...back } : e)) });
}
