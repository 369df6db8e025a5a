import { describe, expect, it } from 'vitest';
import type { Placement, PipelineGraph } from '../domain/pipeline';
import { COL_WIDTH, COMPONENT_HEIGHT, columnX, rowY } from './pipelineGeometry';
import { componentNodes, layoutPipeline, openingNodes, openingRect, TALL } from './toPipelineFlow';

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
    for (const c of layout.components) expect(c.x).toBe(columnX(STAGE_ORDER.indexOf(c.placement)));
  });

  it('declares each node’s handles, so React Flow need not mount a node to know where its edges end', () => {
    const nodes = componentNodes(layoutPipeline(pipeline(2)), view);
    for (const node of nodes) {
      const handles = node.handles ?? [];
      expect(handles.map((h) => h.type).sort()).toEqual(['source', 'target']);
      const source = handles.find((h) => h.type === 'source')!;
      const target = handles.find((h) => h.type === 'target')!;
      expect(target.x).toBe(0);
      expect(source.x + (source.width ?? 0)).toBe(COL_WIDTH);
      expect(source.y).toBe(target.y);
    }
  });
});

describe('the opening view', () => {
  it('shows a pipeline that fits whole', () => {
    const layout = layoutPipeline(pipeline(4));
    expect(openingNodes(layout)).toHaveLength(layout.headers.length + layout.components.length);
    const rect = openingRect(layout);
    expect(rect.x).toBe(0);
    expect(rect.width).toBe(columnX(5) + COL_WIDTH);
    expect(rect.y + rect.height).toBe(rowY(3) + COMPONENT_HEIGHT);
  });

  it('opens a tall pipeline on its headers and first ten rows', () => {
    const perStage = Math.ceil((TALL + 1) / STAGE_ORDER.length) + 5;
    const layout = layoutPipeline(pipeline(perStage));
    const ids = new Set(openingNodes(layout).map((n) => n.id));
    expect(ids.size).toBe(layout.headers.length + 10 * STAGE_ORDER.length);
    for (const h of layout.headers) expect(ids.has(h.id)).toBe(true);
    const rect = openingRect(layout);
    expect(rect.y + rect.height).toBe(rowY(9) + COMPONENT_HEIGHT);
    expect(rect.width).toBe(columnX(5) + COL_WIDTH);
  });
});
