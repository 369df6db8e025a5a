import { crossingsPerEdge, type Segment } from '../layout/crossings';
import { COL_WIDTH } from './pipelineGeometry';
import type { PipelineLayout } from './pipelineLayout';

/**
 * The data edges of a laid-out pipeline as the canvas draws them: from the right side of the source
 * box to the left side of the target, each at its box's middle. Scheduling links run in their own
 * lane and edges within one column curve beside it, so neither is counted.
 */
export function dataSegments(layout: PipelineLayout): Segment[] {
  const boxes = new Map(layout.boxes.map((b) => [b.nodeId, b]));
  const segments: Segment[] = [];
  for (const e of layout.edges) {
    if (e.kind === 'control' || e.kind === 'within') continue;
    const from = boxes.get(e.source);
    const to = boxes.get(e.target);
    if (from && to) segments.push({ x1: from.x + COL_WIDTH, y1: from.y + from.height / 2, x2: to.x, y2: to.y + to.height / 2 });
  }
  return segments;
}

/** Crossings between drawn data edges, and per edge. */
export const layoutCrossings = (layout: PipelineLayout) => crossingsPerEdge(dataSegments(layout));
