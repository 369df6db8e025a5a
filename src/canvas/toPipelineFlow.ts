import { PLACEMENT_LABEL } from '../domain/pipeline';
import { SEAM_LIST, SEAMS, type SeamId } from '../domain/seams';
import type { Verdict } from '../domain/verdict';
import { Position, type NodeHandle } from '@xyflow/react';
import type { FlowNode, HeaderFlowNode, LinkEdge, SeamFlowEdge } from './flowTypes';
import { CHIP_ROW_Y, COL_WIDTH, HEADER_HEIGHT, HEADER_Y, columnX } from './pipelineGeometry';
import { headerNodeId, type PipelineLayout, type PlacedBox } from './pipelineLayout';

export { layoutPipeline, openingNodes, openingRect, wholeRect, TALL, type PipelineLayout } from './pipelineLayout';

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
const out = (): NodeHandle => ({ id: CONTROL_OUT, type: 'source', position: Position.Top, x: COL_WIDTH / 2, y: 0, width: 1, height: 1 });
const into = (height: number): NodeHandle => ({ id: CONTROL_IN, type: 'target', position: Position.Bottom, x: COL_WIDTH / 2, y: height - 1, width: 1, height: 1 });
// Each handle costs a store subscription, so only nodes on a scheduling link get the extra ones.
const handleSets = new Map<string, NodeHandle[]>();
function handlesFor(height: number, control: { out: boolean; in: boolean }): NodeHandle[] {
  const key = `${height}:${control.out}:${control.in}`;
  let set = handleSets.get(key);
  if (!set) {
    set = [...sideHandles(height), ...(control.out ? [out()] : []), ...(control.in ? [into(height)] : [])];
    handleSets.set(key, set);
  }
  return set;
}

export interface PipelineView {
  readonly selectedSeam: SeamId | null;
  readonly selectedComponent: string | null;
  readonly focus: SeamId | null;
  /** Lower-case search text; matching components are marked. */
  readonly search: string;
}

function headerNodes(layout: PipelineLayout): HeaderFlowNode[] {
  return layout.headers.map((h) => ({
    id: headerNodeId(h.column),
    type: 'header',
    position: { x: columnX(h.column), y: HEADER_Y },
    width: COL_WIDTH,
    height: HEADER_HEIGHT,
    handles: HEADER_HANDLES,
    draggable: false,
    selectable: false,
    focusable: false,
    data: { label: h.label, count: h.count, width: COL_WIDTH, apart: h.placement === 'none', placement: h.placement, ...(h.toggle ? { toggle: h.toggle } : {}) },
  }));
}

/** Every drawn box for the current view; selecting a seam does not touch them. */
export function componentNodes(layout: PipelineLayout, view: Omit<PipelineView, 'selectedSeam'>): FlowNode[] {
  const inFocus = new Set<string>();
  if (view.focus) for (const e of layout.edges) if (e.seam === view.focus) inFocus.add(e.source).add(e.target);
  const schedules = new Set<string>();
  const scheduled = new Set<string>();
  for (const e of layout.edges) {
    if (e.kind !== 'control') continue;
    schedules.add(e.source);
    scheduled.add(e.target);
  }
  const nodes: FlowNode[] = headerNodes(layout);
  for (const b of layout.boxes) {
    const control = { out: schedules.has(b.nodeId), in: scheduled.has(b.nodeId) };
    const dimmed = view.focus !== null && !inFocus.has(b.nodeId);
    const common = {
      id: b.nodeId,
      position: { x: b.x, y: b.y },
      width: COL_WIDTH,
      height: b.height,
      handles: handlesFor(b.height, control),
      draggable: false,
      selectable: false,
      focusable: false,
    };
    nodes.push(boxNode(b, common, { control, dimmed, view }));
  }
  return nodes;
}

type Common = Pick<FlowNode, 'id' | 'position' | 'width' | 'height' | 'handles' | 'draggable' | 'selectable' | 'focusable'>;

function boxNode(b: PlacedBox, common: Common, { control, dimmed, view }: { control: { out: boolean; in: boolean }; dimmed: boolean; view: Omit<PipelineView, 'selectedSeam'> }): FlowNode {
  const label = PLACEMENT_LABEL[b.placement];
  if (b.kind === 'stage') return { ...common, type: 'summary', data: { placement: b.placement, label, count: b.summary.count, unconfirmed: b.summary.unconfirmed, top: b.summary.top, dimmed } };
  if (b.kind === 'more') return { ...common, type: 'more', data: { placement: b.placement, label, count: b.count } };
  return {
    ...common,
    type: 'component',
    data: {
      id: b.id,
      name: b.name,
      placement: b.placement,
      uncertain: b.uncertain,
      control,
      selected: view.selectedComponent === b.id,
      dimmed,
      match: view.search !== '' && b.name.toLowerCase().includes(view.search),
    },
  };
}

/** What a drawn box is called on an edge's hover text. */
function boxLabel(b: PlacedBox): string {
  if (b.kind === 'component') return b.name;
  return b.kind === 'stage' ? `${PLACEMENT_LABEL[b.placement]} (${b.summary.count.toLocaleString('en-US')})` : `${b.count.toLocaleString('en-US')} more in ${PLACEMENT_LABEL[b.placement]}`;
}

/**
 * Every drawn edge, coloured by the verdict of the seam it crosses; a bundle carries its count.
 * Scheduling links come first, so they are drawn beneath the data.
 */
export function linkEdges(layout: PipelineLayout, verdicts: Readonly<Record<SeamId, Verdict>>, focus: SeamId | null): LinkEdge[] {
  const wide = layout.edges.length <= WIDE_HIT_AREAS_UP_TO;
  const names = new Map(layout.boxes.map((b) => [b.nodeId, boxLabel(b)]));
  const ordered = [...layout.edges.filter((e) => e.kind === 'control'), ...layout.edges.filter((e) => e.kind !== 'control')];
  return ordered.map((e) => ({
    id: e.id,
    type: 'flow',
    source: e.source,
    target: e.target,
    ...(e.kind === 'control' ? { sourceHandle: CONTROL_OUT, targetHandle: CONTROL_IN } : {}),
    selectable: false,
    focusable: false,
    data: {
      seam: e.seam,
      verdict: e.seam ? verdicts[e.seam] : 'unknown',
      kind: e.kind,
      dimmed: focus !== null && e.seam !== focus,
      wide,
      count: e.count,
      title: `${names.get(e.source) ?? '?'} → ${names.get(e.target) ?? '?'}${e.count > 1 ? ` (${e.count.toLocaleString('en-US')} edges)` : ''}${e.seam ? ` · ${SEAMS[e.seam].name}` : ''}`,
    },
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
