import { describe, expect, it } from 'vitest';
import type { Placement, PipelineGraph } from '../domain/pipeline';
import { COL_WIDTH, COMPONENT_HEIGHT, columnX, rowY } from './pipelineGeometry';
import { SEAM_IDS, type SeamId } from '../domain/seams';
import type { Verdict } from '../domain/verdict';
import { componentNodes, CONTROL_IN, CONTROL_OUT, layoutPipeline, linkEdges, openingNodes, openingRect, TALL } from './toPipelineFlow';

const STAGE_ORDER: readonly Placement[] = ['generate', 'ingest', 'store', 'process', 'model', 'serve'];

/** `perStage` components in each of the six stages, each feeding the one beside it in the next. */
function pipeline(perStage: number): PipelineGraph {
  const components = STAGE_ORDER.flatMap((placement) =>
    Array.from({ length: perStage }, (_, i) => ({ id: `${placement}-${i}`, name: `${placement} ${i}`, placement, confidence: 0.9, uncertain: false, reason: 'test' })),
  );
  const edges = STAGE_ORDER.slice(0, -1).flatMap((from, s) => Array.from({ length: perStage }, (_, i) => ({ from: `${from}-${i}`, to: `${STAGE_ORDER[s + 1]}-${i}` })));
  return { format: 'test', components, edges };
}

const view = { selectedComponent: null, focus: null, search: '' };

describe('layoutPipeline', () => {
  it('puts every component in its stage column', () => {
    const layout = layoutPipeline(pipeline(3));
    expect(layout.boxes).toHaveLength(18);
    for (const c of layout.boxes) expect([c.kind, c.x]).toEqual(['component', columnX(STAGE_ORDER.indexOf(c.placement))]);
  });

  it('declares each node’s handles, so React Flow need not mount a node to know where its edges end', () => {
    const nodes = componentNodes(layoutPipeline(pipeline(2)), view);
    for (const node of nodes) {
      const handles = node.handles ?? [];
      // Data edges name no handle and take the first of each type: the sides.
      const source = handles.find((h) => h.type === 'source')!;
      const target = handles.find((h) => h.type === 'target')!;
      expect([target.x, target.id]).toEqual([0, undefined]);
      expect([source.x + (source.width ?? 0), source.id]).toEqual([COL_WIDTH, undefined]);
      expect(source.y).toBe(target.y);
      // No scheduling links here: no handles for them either.
      expect(handles).toHaveLength(2);
    }
  });

  it('draws scheduling links from the orchestrator’s top to a component’s bottom, data edges side to side', () => {
    const graph = pipeline(1);
    const withAirflow: PipelineGraph = {
      ...graph,
      components: [...graph.components, { id: 'airflow', name: 'Airflow', placement: 'orchestrate', confidence: 1, uncertain: false, reason: 'test' }],
      edges: [...graph.edges, { from: 'airflow', to: 'process-0', control: true }],
    };
    const edges = linkEdges(layoutPipeline(withAirflow), Object.fromEntries(SEAM_IDS.map((id) => [id, 'unknown'])) as Record<SeamId, Verdict>, null);
    const nodes = componentNodes(layoutPipeline(withAirflow), view);
    const handleIds = (id: string) => (nodes.find((n) => n.id === id)?.handles ?? []).map((h) => h.id ?? '-');
    expect(handleIds('c:airflow')).toEqual(['-', '-', CONTROL_OUT]);
    expect(handleIds('c:process-0')).toEqual(['-', '-', CONTROL_IN]);
    expect(handleIds('c:store-0')).toEqual(['-', '-']);
    const control = edges.find((e) => e.source === 'c:airflow')!;
    expect([control.sourceHandle, control.targetHandle, control.data?.kind]).toEqual([CONTROL_OUT, CONTROL_IN, 'control']);
    const data = edges.find((e) => e.source === 'c:store-0')!;
    expect([data.sourceHandle, data.targetHandle]).toEqual([undefined, undefined]);
    // Drawn first, so beneath every data edge.
    expect(edges[0]?.data?.kind).toBe('control');
    expect(data.data?.title).toBe('store 0 → process 0 · Store → Process');
  });
});

describe('the opening view', () => {
  it('shows a pipeline that fits whole', () => {
    const layout = layoutPipeline(pipeline(4));
    expect(openingNodes(layout)).toHaveLength(layout.headers.length + layout.boxes.length);
    const rect = openingRect(layout);
    expect(rect.x).toBe(0);
    expect(rect.width).toBe(columnX(5) + COL_WIDTH);
    expect(rect.y + rect.height).toBe(rowY(3) + COMPONENT_HEIGHT);
  });

  it('opens a tall pipeline on its headers and first ten rows', () => {
    const perStage = Math.ceil((TALL + 1) / STAGE_ORDER.length) + 5;
    // Drawn in full, as the level-of-detail switch does.
    const layout = layoutPipeline(pipeline(perStage), 'all');
    const ids = new Set(openingNodes(layout).map((n) => n.id));
    expect(ids.size).toBe(layout.headers.length + 10 * STAGE_ORDER.length);
    for (const h of layout.headers) expect(ids.has(h.nodeId)).toBe(true);
    const rect = openingRect(layout);
    expect(rect.y + rect.height).toBe(rowY(9) + COMPONENT_HEIGHT);
    expect(rect.width).toBe(columnX(5) + COL_WIDTH);
  });
});
