import { handoffKind, seamOfEdge, type HandoffKind, type Placement, type PipelineGraph } from '../domain/pipeline';
import { SEAM_LIST, type SeamId } from '../domain/seams';
import { STAGES, STAGE_INFO } from '../domain/stages';
import type { Verdict } from '../domain/verdict';
import { orderColumns } from '../layout/columns';
import { Position, type NodeHandle } from '@xyflow/react';
import type { ComponentFlowNode, FlowNode, HeaderFlowNode, LinkEdge, SeamFlowEdge } from './flowTypes';
import { CHIP_ROW_Y, COL_WIDTH, HEADER_HEIGHT, HEADER_Y, COMPONENT_HEIGHT, columnX, rowY } from './pipelineGeometry';

const WIDE_HIT_AREAS_UP_TO = 300;

/**
 * Where each node's two handles sit, stated up front. React Flow renders every node whose handles
 * it has not measured, even with `onlyRenderVisibleElements`; declared handles let a 500-component
 * pipeline mount only what is on screen.
 */
function sideHandles(height: number): NodeHandle[] {
  return [
    { type: 'target', position: Position.Left, x: 0, y: height / 2, width: 1, height: 1 },
    { type: 'source', position: Position.Right, x: COL_WIDTH - 1, y: height / 2, width: 1, height: 1 },
  ];
}
/** Scheduling links leave the orchestrator's top and reach a component from below, apart from its data edges. */
export const CONTROL_OUT = 'control-out';
export const CONTROL_IN = 'control-in';
const HEADER_HANDLES = sideHandles(HEADER_HEIGHT);
const DATA_HANDLES = sideHandles(COMPONENT_HEIGHT);
const OUT: NodeHandle = { id: CONTROL_OUT, type: 'source', position: Position.Top, x: COL_WIDTH / 2, y: 0, width: 1, height: 1 };
const IN: NodeHandle = { id: CONTROL_IN, type: 'target', position: Position.Bottom, x: COL_WIDTH / 2, y: COMPONENT_HEIGHT - 1, width: 1, height: 1 };
// Each handle costs a store subscription, so only nodes on a scheduling link get the extra ones.
const OUT_HANDLES = [...DATA_HANDLES, OUT];
const IN_HANDLES = [...DATA_HANDLES, IN];
const BOTH_HANDLES = [...DATA_HANDLES, OUT, IN];
const handlesFor = (control: { out: boolean; in: boolean }): NodeHandle[] =>
  control.out ? (control.in ? BOTH_HANDLES : OUT_HANDLES) : control.in ? IN_HANDLES : DATA_HANDLES;

/** Node ids by kind, so a component named "header-0" never collides with a column header. */
const componentNodeId = (id: string) => `c:${id}`;
const headerNodeId = (col: number) => `h:${col}`;

/** Columns 0–5 are the stages; components that are no stage stand apart in a seventh. */
const COLUMN: Readonly<Record<Placement, number>> = {
  generate: 0,
  ingest: 1,
  store: 2,
  process: 3,
  model: 4,
  serve: 5,
  none: 6,
  orchestrate: -1,
};

interface PlacedComponent {
  readonly id: string;
  readonly name: string;
  readonly placement: Placement;
  readonly uncertain: boolean;
  readonly x: number;
  readonly y: number;
}

interface PlacedEdge {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly seam: SeamId | null;
  readonly kind: HandoffKind;
}

/** Positions and edge kinds: the expensive part, which depends on the graph alone. */
export interface PipelineLayout {
  readonly components: readonly PlacedComponent[];
  readonly headers: readonly HeaderFlowNode[];
  readonly edges: readonly PlacedEdge[];
}

export function layoutPipeline(graph: PipelineGraph): PipelineLayout {
  const place = new Map(graph.components.map((c) => [c.id, c.placement]));
  const byId = new Map(graph.components.map((c) => [c.id, c]));
  const order = orderColumns({
    nodes: graph.components.filter((c) => c.placement !== 'orchestrate').map((c) => ({ id: c.id, column: COLUMN[c.placement] })),
    edges: graph.edges.filter((e) => !e.control),
  });
  const deepest = Math.max(1, ...order.map((col) => col.length));
  const components: PlacedComponent[] = [];
  const put = (id: string, x: number, y: number) => {
    const c = byId.get(id);
    if (c) components.push({ id, name: c.name, placement: c.placement, uncertain: c.uncertain, x, y });
  };
  order.forEach((col, c) => col.forEach((id, row) => put(id, columnX(c), rowY(row))));
  // The orchestrator runs under every column: a row of its own below the deepest one.
  graph.components.filter((c) => c.placement === 'orchestrate').forEach((c, i) => put(c.id, columnX(i), rowY(deepest) + 40));

  const hasApart = order.length > 6 && (order[6]?.length ?? 0) > 0;
  const headers: HeaderFlowNode[] = [];
  for (let col = 0; col < (hasApart ? 7 : 6); col++) {
    const stage = STAGES[col];
    headers.push({
      id: headerNodeId(col),
      type: 'header',
      position: { x: columnX(col), y: HEADER_Y },
      width: COL_WIDTH,
      height: HEADER_HEIGHT,
      handles: HEADER_HANDLES,
      draggable: false,
      selectable: false,
      focusable: false,
      data: { label: stage ? STAGE_INFO[stage].label : 'Not a pipeline stage', count: order[col]?.length ?? 0, width: COL_WIDTH, apart: !stage },
    });
  }
  const edges: PlacedEdge[] = [];
  graph.edges.forEach((e, i) => {
    const from = place.get(e.from);
    const to = place.get(e.to);
    if (!from || !to) return;
    const control = e.control === true;
    edges.push({ id: `e${i}`, from: e.from, to: e.to, seam: seamOfEdge(from, to, control), kind: handoffKind(from, to, control) });
  });
  return { components, headers, edges };
}

/** Rows shown when a large pipeline opens: readable at once; the minimap, search and fit view reach the rest. */
const OPENING_ROWS = 10;
/** Beyond this many components a pipeline opens on its first rows rather than fitted whole. */
export const TALL = 120;

const openingRows = (layout: PipelineLayout): number => (layout.components.length > TALL ? OPENING_ROWS : Infinity);

/** The nodes a pipeline opens on: all of them, or for a tall one every column header and the first rows beneath. */
export function openingNodes(layout: PipelineLayout): { id: string }[] {
  const limit = rowY(openingRows(layout) - 1);
  return [
    ...layout.headers.map((h) => ({ id: h.id })),
    ...layout.components.filter((c) => c.y <= limit).map((c) => ({ id: componentNodeId(c.id) })),
  ];
}

/** The area the first `rows` rows of components and the column headers cover, from the layout alone. */
function boundsOf(layout: PipelineLayout, rows: number): { x: number; y: number; width: number; height: number } {
  const limit = rowY(rows - 1);
  let right = 0;
  let bottom = HEADER_Y + HEADER_HEIGHT;
  for (const h of layout.headers) right = Math.max(right, h.position.x + COL_WIDTH);
  for (const c of layout.components) {
    if (c.y > limit) continue;
    right = Math.max(right, c.x + COL_WIDTH);
    bottom = Math.max(bottom, c.y + COMPONENT_HEIGHT);
  }
  return { x: 0, y: HEADER_Y, width: right, height: bottom - HEADER_Y };
}

/** What `openingNodes` cover, known before anything mounts, so the first frame can already show it. */
export function openingRect(layout: PipelineLayout): { x: number; y: number; width: number; height: number } {
  return boundsOf(layout, openingRows(layout));
}

/** The whole pipeline. */
export function wholeRect(layout: PipelineLayout): { x: number; y: number; width: number; height: number } {
  return boundsOf(layout, Infinity);
}

export interface PipelineView {
  readonly selectedSeam: SeamId | null;
  readonly selectedComponent: string | null;
  readonly focus: SeamId | null;
  /** Lower-case search text; matching components are marked. */
  readonly search: string;
}

/** Component nodes for the current view; selecting a seam does not touch them. */
export function componentNodes(layout: PipelineLayout, view: Omit<PipelineView, 'selectedSeam'>): FlowNode[] {
  const inFocus = new Set<string>();
  if (view.focus) for (const e of layout.edges) if (e.seam === view.focus) inFocus.add(e.from).add(e.to);
  const nodes: FlowNode[] = [...layout.headers];
  const schedules = new Set<string>();
  const scheduled = new Set<string>();
  for (const e of layout.edges) {
    if (e.kind !== 'control') continue;
    schedules.add(e.from);
    scheduled.add(e.to);
  }
  for (const c of layout.components) {
    const control = { out: schedules.has(c.id), in: scheduled.has(c.id) };
    const node: ComponentFlowNode = {
      id: componentNodeId(c.id),
      type: 'component',
      position: { x: c.x, y: c.y },
      width: COL_WIDTH,
      height: COMPONENT_HEIGHT,
      handles: handlesFor(control),
      draggable: false,
      selectable: false,
      focusable: false,
      data: {
        id: c.id,
        name: c.name,
        placement: c.placement,
        uncertain: c.uncertain,
        control,
        selected: view.selectedComponent === c.id,
        dimmed: view.focus !== null && !inFocus.has(c.id),
        match: view.search !== '' && c.name.toLowerCase().includes(view.search),
      },
    };
    nodes.push(node);
  }
  return nodes;
}

/** Every data edge, coloured by the verdict of the seam it crosses. */
export function linkEdges(layout: PipelineLayout, verdicts: Readonly<Record<SeamId, Verdict>>, focus: SeamId | null): LinkEdge[] {
  const wide = layout.edges.length <= WIDE_HIT_AREAS_UP_TO;
  return layout.edges.map((e) => ({
    id: e.id,
    type: 'flow',
    source: componentNodeId(e.from),
    target: componentNodeId(e.to),
    ...(e.kind === 'control' ? { sourceHandle: CONTROL_OUT, targetHandle: CONTROL_IN } : {}),
    selectable: false,
    focusable: false,
    data: { seam: e.seam, verdict: e.seam ? verdicts[e.seam] : 'unknown', kind: e.kind, dimmed: focus !== null && e.seam !== focus, wide },
  }));
}

/** The six seams stay one click away, as chips above the handoff between two column headers. */
export function seamChips(verdicts: Readonly<Record<SeamId, Verdict>>, selected: SeamId | null, focus: SeamId | null): SeamFlowEdge[] {
  const chips: SeamFlowEdge[] = [];
  SEAM_LIST.forEach((s, i) => {
    if (s.id === 'orchestration') return;
    chips.push({
      id: `seam-${s.id}`,
      type: 'seam',
      source: headerNodeId(i),
      target: headerNodeId(i + 1),
      selectable: false,
      focusable: false,
      data: { seam: s.id, name: s.name, verdict: verdicts[s.id], selected: selected === s.id, dimmed: focus !== null && focus !== s.id, chipY: CHIP_ROW_Y },
    });
  });
  return chips;
}

