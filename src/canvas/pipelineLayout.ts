import { handoffKind, seamOfEdge, type HandoffKind, type Placement, type PipelineGraph } from '../domain/pipeline';
import type { SeamId } from '../domain/seams';
import { STAGES, STAGE_INFO } from '../domain/stages';
import { orderColumns } from '../layout/columns';
import { detailView, isExpanded, OPEN_COLLAPSED_ABOVE, type End, type Expanded, type StageSummary } from '../layout/levelOfDetail';
import { COL_WIDTH, COMPONENT_HEIGHT, HEADER_HEIGHT, HEADER_Y, ROW_PITCH, columnX, rowY } from './pipelineGeometry';

/** A collapsed stage's box: its name, count and best-connected components. */
export const SUMMARY_HEIGHT = 140;
export const MORE_HEIGHT = COMPONENT_HEIGHT;
const SUMMARY_ROWS = Math.ceil(SUMMARY_HEIGHT / ROW_PITCH);

/** Columns 0–5 are the stages; components that are no stage stand apart in a seventh. */
export const COLUMN: Readonly<Record<Placement, number>> = {
  generate: 0,
  ingest: 1,
  store: 2,
  process: 3,
  model: 4,
  serve: 5,
  none: 6,
  orchestrate: -1,
};

/** Node ids by kind, so a component named "h:0" never collides with a column header. */
export const componentNodeId = (id: string) => `c:${id}`;
export const headerNodeId = (col: number) => `h:${col}`;
const endNodeId = (end: End): string => (end.kind === 'component' ? componentNodeId(end.id) : `${end.kind === 'stage' ? 's' : 'm'}:${end.placement}`);

interface Placed {
  readonly nodeId: string;
  readonly placement: Placement;
  readonly x: number;
  readonly y: number;
  readonly height: number;
}
export type PlacedBox =
  | (Placed & { readonly kind: 'component'; readonly id: string; readonly name: string; readonly uncertain: boolean })
  | (Placed & { readonly kind: 'stage'; readonly summary: StageSummary })
  | (Placed & { readonly kind: 'more'; readonly count: number });

export interface PlacedEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly seam: SeamId | null;
  readonly kind: HandoffKind;
  /** How many of the pipeline's edges this drawn edge stands for. */
  readonly count: number;
}

export interface PlacedHeader {
  readonly nodeId: string;
  readonly column: number;
  readonly placement: Placement;
  readonly label: string;
  readonly count: number;
  /** Whether the header offers to expand or collapse its stage; absent on small pipelines. */
  readonly toggle?: 'expand' | 'collapse';
}

/** Positions and edge kinds: the expensive part, which depends on the graph and what is expanded. */
export interface PipelineLayout {
  readonly boxes: readonly PlacedBox[];
  readonly headers: readonly PlacedHeader[];
  readonly edges: readonly PlacedEdge[];
  /** Components in the pipeline, drawn or not. */
  readonly total: number;
}

export function layoutPipeline(graph: PipelineGraph, expanded: Expanded = 'all', search = ''): PipelineLayout {
  const view = detailView(graph, expanded, search);
  const byId = new Map(graph.components.map((c) => [c.id, c]));
  const summaries = new Map(view.collapsed.map((s) => [s.placement, s]));
  const summaryId = (p: Placement) => endNodeId({ kind: 'stage', placement: p });
  const columnNodes: { id: string; column: number }[] = [];
  for (const [placement, ids] of view.shown) if (placement !== 'orchestrate') for (const id of ids) columnNodes.push({ id: componentNodeId(id), column: COLUMN[placement] });
  for (const s of view.collapsed) if (s.placement !== 'orchestrate') columnNodes.push({ id: summaryId(s.placement), column: COLUMN[s.placement] });
  const drawn = view.edges.map((e) => ({ from: endNodeId(e.from), to: endNodeId(e.to), e }));
  const order = orderColumns({ nodes: columnNodes, edges: drawn.filter((d) => !d.e.control && d.e.from.kind !== 'more' && d.e.to.kind !== 'more') });

  const boxes: PlacedBox[] = [];
  const rowsOf: number[] = [];
  const place = (placement: Placement, nodeId: string, x: number, y: number): void => {
    const summary = summaries.get(placement);
    if (summary && nodeId === summaryId(placement)) {
      boxes.push({ kind: 'stage', nodeId, placement, x, y, height: SUMMARY_HEIGHT, summary });
      return;
    }
    const c = byId.get(nodeId.slice(2));
    if (c) boxes.push({ kind: 'component', nodeId, id: c.id, name: c.name, placement, uncertain: c.uncertain, x, y, height: COMPONENT_HEIGHT });
  };
  order.forEach((col, column) => {
    const placement = placementOfColumn(column);
    col.forEach((nodeId, row) => place(placement, nodeId, columnX(column), rowY(row)));
    const moreCount = view.more.get(placement);
    if (moreCount) boxes.push({ kind: 'more', nodeId: `m:${placement}`, placement, count: moreCount, x: columnX(column), y: rowY(col.length), height: MORE_HEIGHT });
    rowsOf[column] = col.length + (moreCount ? 1 : 0) + (summaries.has(placement) ? SUMMARY_ROWS - 1 : 0);
  });
  // The orchestrator runs under every column: a row of its own below the deepest one.
  const orchestrationY = rowY(Math.max(1, ...rowsOf.map((r) => r ?? 0))) + 40;
  const orchestrators = view.shown.get('orchestrate') ?? [];
  orchestrators.forEach((id, i) => place('orchestrate', componentNodeId(id), columnX(i), orchestrationY));
  if (summaries.has('orchestrate')) place('orchestrate', summaryId('orchestrate'), columnX(0), orchestrationY);
  const orchestrationMore = view.more.get('orchestrate');
  if (orchestrationMore) boxes.push({ kind: 'more', nodeId: 'm:orchestrate', placement: 'orchestrate', count: orchestrationMore, x: columnX(orchestrators.length), y: orchestrationY, height: MORE_HEIGHT });

  const edges: PlacedEdge[] = drawn.map(({ from, to, e }, i) => ({
    id: `e${i}`,
    source: from,
    target: to,
    seam: seamOfEdge(e.fromPlacement, e.toPlacement, e.control),
    kind: handoffKind(e.fromPlacement, e.toPlacement, e.control),
    count: e.count,
  }));
  return { boxes, headers: headersFor(graph, order.length, expanded), edges, total: graph.components.length };
}

function placementOfColumn(column: number): Placement {
  return (Object.keys(COLUMN) as Placement[]).find((p) => COLUMN[p] === column) ?? 'none';
}

function headersFor(graph: PipelineGraph, columns: number, expanded: Expanded): PlacedHeader[] {
  const counts = new Map<Placement, number>();
  for (const c of graph.components) counts.set(c.placement, (counts.get(c.placement) ?? 0) + 1);
  const big = graph.components.length > OPEN_COLLAPSED_ABOVE;
  const hasApart = columns > 6 && (counts.get('none') ?? 0) > 0;
  const headers: PlacedHeader[] = [];
  for (let column = 0; column < (hasApart ? 7 : 6); column++) {
    const stage = STAGES[column];
    const placement = placementOfColumn(column);
    const count = counts.get(placement) ?? 0;
    const toggle = !big || count === 0 ? undefined : isExpanded(expanded, placement) ? 'collapse' : 'expand';
    headers.push({ nodeId: headerNodeId(column), column, placement, label: stage ? STAGE_INFO[stage].label : 'Not a pipeline stage', count, ...(toggle ? { toggle } : {}) });
  }
  return headers;
}

/** Rows shown when a large pipeline opens: readable at once; the minimap, search and fit view reach the rest. */
const OPENING_ROWS = 10;
/** Beyond this many drawn boxes a pipeline opens on its first rows rather than fitted whole. */
export const TALL = 120;

const openingLimit = (layout: PipelineLayout): number => (layout.boxes.length > TALL ? rowY(OPENING_ROWS - 1) : Infinity);

/** The nodes a pipeline opens on: all of them, or for a tall one every column header and the first rows beneath. */
export function openingNodes(layout: PipelineLayout): { id: string }[] {
  const limit = openingLimit(layout);
  return [...layout.headers.map((h) => ({ id: h.nodeId })), ...layout.boxes.filter((b) => b.y <= limit).map((b) => ({ id: b.nodeId }))];
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The area the boxes starting above `limit` and the column headers cover, from the layout alone. */
function boundsOf(layout: PipelineLayout, limit: number): Rect {
  let right = 0;
  let bottom = HEADER_Y + HEADER_HEIGHT;
  for (const h of layout.headers) right = Math.max(right, columnX(h.column) + COL_WIDTH);
  for (const b of layout.boxes) {
    if (b.y > limit) continue;
    right = Math.max(right, b.x + COL_WIDTH);
    bottom = Math.max(bottom, b.y + b.height);
  }
  return { x: 0, y: HEADER_Y, width: right, height: bottom - HEADER_Y };
}

/** What `openingNodes` cover, known before anything mounts, so the first frame can already show it. */
export const openingRect = (layout: PipelineLayout): Rect => boundsOf(layout, openingLimit(layout));

/** The whole pipeline as drawn. */
export const wholeRect = (layout: PipelineLayout): Rect => boundsOf(layout, Infinity);
