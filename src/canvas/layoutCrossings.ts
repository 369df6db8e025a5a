import { crossingsPerEdge, type Segment } from '../layout/crossings';
import { COL_WIDTH } from './pipelineGeometry';
import type { PipelineLayout } from './pipelineLayout';

/**
 * The data edges of a laid-out pipeline as the canvas draws them: from the right side of the box in
 * the left column to the left side of the other, each at its box's middle (an edge pointing back
 * is drawn between the same two sides, its arrow pointing left). Scheduling links run in their own
 * lane and edges within one column curve beside it, so neither is counted.
 */
export function dataSegments(layout: PipelineLayout): Segment[] {
  const boxes = new Map(layout.boxes.map((b) => [b.nodeId, b]));
  const segments: Segment[] = [];
  for (const e of layout.edges) {
    if (e.kind === 'control' || e.kind === 'within') continue;
    const from = boxes.get(e.source);
    const to = boxes.get(e.target);
    if (!from || !to) continue;
    const [a, b] = from.x <= to.x ? [from, to] : [to, from];
    segments.push({ x1: a.x + COL_WIDTH, y1: a.y + a.height / 2, x2: b.x, y2: b.y + b.height / 2 });
  }
  return segments;
}

/** Crossings between drawn data edges, and per edge. */
export const layoutCrossings = (layout: PipelineLayout) => crossingsPerEdge(dataSegments(layout));
