import { seamVerdict } from '../domain/clause';
import { handoffKind, seamOfEdge, type Placement } from '../domain/pipeline';
import { SEAM_LIST, type SeamId } from '../domain/seams';
import { STAGES, STAGE_INFO } from '../domain/stages';
import type { Workspace } from '../domain/workspace';
import { orderColumns } from '../layout/columns';
import type { FlowEdge, FlowNode } from './flowTypes';
import { CHIP_ROW_Y, COL_WIDTH, HEADER_HEIGHT, HEADER_Y, columnX, rowY } from './pipelineGeometry';

export interface PipelineView {
  readonly selectedSeam: SeamId | null;
  readonly selectedComponent: string | null;
  readonly focus: SeamId | null;
  /** Lower-case search text; matching components are marked. */
  readonly search: string;
}

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

/** Domain → React Flow for an imported pipeline, laid out in fixed stage columns. */
export function toPipelineFlow(ws: Workspace, view: PipelineView): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const graph = ws.pipeline;
  if (!graph) return { nodes: [], edges: [] };
  const place = new Map(graph.components.map((c) => [c.id, c.placement]));
  const columnar = graph.components.filter((c) => c.placement !== 'orchestrate');
  const order = orderColumns({
    nodes: columnar.map((c) => ({ id: c.id, column: COLUMN[c.placement] })),
    edges: graph.edges.filter((e) => !e.control),
  });
  const hasApart = columnar.some((c) => c.placement === 'none');
  const deepest = Math.max(1, ...order.map((col) => col.length));
  const verdicts = Object.fromEntries(SEAM_LIST.map((s) => [s.id, seamVerdict(ws.seams[s.id].clauses)])) as Record<SeamId, ReturnType<typeof seamVerdict>>;
  const byId = new Map(graph.components.map((c) => [c.id, c]));

  const nodes: FlowNode[] = [];
  const columnsShown = hasApart ? 7 : 6;
  for (let col = 0; col < columnsShown; col++) {
    const stage = STAGES[col];
    nodes.push({
      id: `header-${col}`,
      type: 'header',
      position: { x: columnX(col), y: HEADER_Y },
      width: COL_WIDTH,
      height: HEADER_HEIGHT,
      draggable: false,
      selectable: false,
      focusable: false,
      data: { label: stage ? STAGE_INFO[stage].label : 'Not a pipeline stage', count: order[col]?.length ?? 0, width: COL_WIDTH, apart: !stage },
    });
  }
  const inFocus = new Set<string>();
  if (view.focus) {
    for (const e of graph.edges) {
      const from = place.get(e.from);
      const to = place.get(e.to);
      if (from && to && seamOfEdge(from, to, e.control === true) === view.focus) inFocus.add(e.from).add(e.to);
    }
  }
  const component = (id: string, x: number, y: number): FlowNode | null => {
    const c = byId.get(id);
    if (!c) return null;
    const touchesFocus = view.focus === null || inFocus.has(id);
    return {
      id,
      type: 'component',
      position: { x, y },
      width: COL_WIDTH,
      height: 40,
      draggable: false,
      selectable: false,
      focusable: false,
      data: {
        id,
        name: c.name,
        placement: c.placement,
        uncertain: c.uncertain,
        selected: view.selectedComponent === id,
        dimmed: !touchesFocus,
        match: view.search !== '' && c.name.toLowerCase().includes(view.search),
      },
    };
  };
  order.forEach((col, c) => col.forEach((id, row) => {
    const n = component(id, columnX(c), rowY(row));
    if (n) nodes.push(n);
  }));
  // The orchestrator runs under every column: a row of its own below the deepest one.
  graph.components
    .filter((c) => c.placement === 'orchestrate')
    .forEach((c, i) => {
      const n = component(c.id, columnX(i), rowY(deepest) + 40);
      if (n) nodes.push(n);
    });

  const edges: FlowEdge[] = [];
  // The six seams stay one click away, as chips above the handoff between two column headers.
  SEAM_LIST.forEach((s, i) => {
    if (s.id === 'orchestration') return;
    edges.push({
      id: `seam-${s.id}`,
      type: 'seam',
      source: `header-${i}`,
      target: `header-${i + 1}`,
      selectable: false,
      focusable: false,
      data: { seam: s.id, name: s.name, verdict: verdicts[s.id], selected: view.selectedSeam === s.id, dimmed: view.focus !== null && view.focus !== s.id, chipY: CHIP_ROW_Y },
    });
  });
  graph.edges.forEach((e, i) => {
    const from = place.get(e.from);
    const to = place.get(e.to);
    if (!from || !to) return;
    const control = e.control === true;
    const seam = seamOfEdge(from, to, control);
    edges.push({
      id: `e${i}`,
      type: 'flow',
      source: e.from,
      target: e.to,
      selectable: false,
      focusable: false,
      data: { seam, verdict: seam ? verdicts[seam] : 'unknown', kind: handoffKind(from, to, control), dimmed: view.focus !== null && seam !== view.focus },
    });
  });
  return { nodes, edges };
}
