import { PLACEMENTS, type Placement, type PipelineGraph } from '../domain/pipeline';

/**
 * What of a pipeline is drawn. A few hundred boxes in six columns are already a tangle, and tens of
 * thousands cannot even be handed to the canvas without freezing the page. So a big pipeline opens
 * as one summary per stage; a stage expands on demand, and even expanded it draws its best-connected
 * components only (plus whatever the search finds), the rest counted in one "more" box.
 */

/** Above this many components a pipeline opens with every stage collapsed. */
export const OPEN_COLLAPSED_ABOVE = 120;
/** An expanded stage draws at most this many components. */
export const SHOWN_PER_STAGE = 400;
/** Search matches drawn per stage beyond the cap, so the one asked for is always there. */
const MATCHES_PER_STAGE = 25;
const TOP_NAMES = 3;

/** Which stages are expanded: all of them, or the ones listed. */
export type Expanded = 'all' | readonly Placement[];

/** One frozen value, so a store selector returning it is stable from render to render. */
const NONE: Expanded = Object.freeze([]);

export const defaultExpanded = (graph: PipelineGraph): Expanded => (graph.components.length > OPEN_COLLAPSED_ABOVE ? NONE : 'all');

export const isExpanded = (expanded: Expanded, placement: Placement): boolean => expanded === 'all' || expanded.includes(placement);

/** Expands or collapses one stage, keeping the others as they are. */
export function toggleStage(expanded: Expanded, placement: Placement): Expanded {
  const now = expanded === 'all' ? [...PLACEMENTS] : [...expanded];
  const next = now.includes(placement) ? now.filter((p) => p !== placement) : [...now, placement];
  return next.length === PLACEMENTS.length ? 'all' : next;
}

export interface StageSummary {
  readonly placement: Placement;
  readonly count: number;
  readonly unconfirmed: number;
  /** The best-connected components, by name. */
  readonly top: readonly string[];
}

/** One end of a drawn edge: a component box, a collapsed stage, or an expanded stage's "more" box. */
export type End =
  | { readonly kind: 'component'; readonly id: string }
  | { readonly kind: 'stage'; readonly placement: Placement }
  | { readonly kind: 'more'; readonly placement: Placement };

/** Edges between the same two drawn ends, of the same control-ness, drawn as one with a count. */
export interface BundledEdge {
  readonly from: End;
  readonly to: End;
  /** Placements of the two ends, which decide the seam and the kind of handoff. */
  readonly fromPlacement: Placement;
  readonly toPlacement: Placement;
  readonly control: boolean;
  readonly count: number;
}

export interface DetailView {
  /** Components drawn as boxes, by stage, best-connected first. */
  readonly shown: ReadonlyMap<Placement, readonly string[]>;
  /** Stages drawn as one summary box. */
  readonly collapsed: readonly StageSummary[];
  /** Components of an expanded stage left out of the drawing, by stage. */
  readonly more: ReadonlyMap<Placement, number>;
  readonly edges: readonly BundledEdge[];
}

const endKey = (end: End): string => (end.kind === 'component' ? `c:${end.id}` : `${end.kind}:${end.placement}`);

/** Decides what is drawn: linear in components and edges, plus one sort per stage. */
export function detailView(graph: PipelineGraph, expanded: Expanded, search = ''): DetailView {
  const degree = new Map<string, number>();
  for (const e of graph.edges) {
    degree.set(e.from, (degree.get(e.from) ?? 0) + 1);
    degree.set(e.to, (degree.get(e.to) ?? 0) + 1);
  }
  const byStage = new Map<Placement, { id: string; name: string; uncertain: boolean; order: number }[]>();
  graph.components.forEach((c, order) => {
    const list = byStage.get(c.placement) ?? [];
    list.push({ id: c.id, name: c.name, uncertain: c.uncertain, order });
    byStage.set(c.placement, list);
  });
  const query = search.trim().toLowerCase();
  const shown = new Map<Placement, string[]>();
  const more = new Map<Placement, number>();
  const collapsed: StageSummary[] = [];
  const rep = new Map<string, End>();
  for (const placement of PLACEMENTS) {
    const members = byStage.get(placement);
    if (!members) continue;
    // Input order breaks ties, so the same pipeline always draws the same boxes.
    const ranked = [...members].sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.order - b.order);
    if (!isExpanded(expanded, placement)) {
      collapsed.push({
        placement,
        count: members.length,
        unconfirmed: members.filter((m) => m.uncertain).length,
        top: ranked.slice(0, TOP_NAMES).map((m) => m.name),
      });
      for (const m of members) rep.set(m.id, { kind: 'stage', placement });
      continue;
    }
    const picked = ranked.slice(0, SHOWN_PER_STAGE);
    if (query && ranked.length > SHOWN_PER_STAGE) {
      const matches = ranked.slice(SHOWN_PER_STAGE).filter((m) => m.name.toLowerCase().includes(query));
      picked.push(...matches.slice(0, MATCHES_PER_STAGE));
    }
    const ids = new Set(picked.map((m) => m.id));
    shown.set(placement, [...ids]);
    if (members.length > ids.size) more.set(placement, members.length - ids.size);
    for (const m of members) rep.set(m.id, ids.has(m.id) ? { kind: 'component', id: m.id } : { kind: 'more', placement });
  }
  return { shown, collapsed, more, edges: bundle(graph, rep) };
}

function bundle(graph: PipelineGraph, rep: ReadonlyMap<string, End>): BundledEdge[] {
  const place = new Map(graph.components.map((c) => [c.id, c.placement]));
  const bundles = new Map<string, { edge: Omit<BundledEdge, 'count'>; count: number }>();
  for (const e of graph.edges) {
    const from = rep.get(e.from);
    const to = rep.get(e.to);
    const fromPlacement = place.get(e.from);
    const toPlacement = place.get(e.to);
    if (!from || !to || !fromPlacement || !toPlacement) continue;
    const control = e.control === true;
    // Two hidden components of one stage linked to each other: nothing to draw between boxes.
    if (from.kind !== 'component' && endKey(from) === endKey(to)) continue;
    const key = `${endKey(from)}>${endKey(to)}>${control ? 'c' : 'd'}`;
    const found = bundles.get(key);
    if (found) found.count++;
    else bundles.set(key, { edge: { from, to, fromPlacement, toPlacement, control }, count: 1 });
  }
  return [...bundles.values()].map(({ edge, count }) => ({ ...edge, count }));
}
