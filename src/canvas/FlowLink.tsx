import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import { VERDICT_TONE } from '../components/ui/verdictStyle';
import type { LinkEdge } from './flowTypes';
import { COL_WIDTH } from './pipelineGeometry';

/**
 * Two components of one stage sit in one column, so the usual right-to-left curve would knot
 * between them. This arc leaves one's right side and returns to the other's, beside the column.
 */
function withinPath(x1: number, y1: number, x2: number, y2: number): string {
  const bulge = 18 + Math.min(42, Math.abs(y2 - y1) / 4);
  return `M ${x1} ${y1} C ${x1 + bulge} ${y1}, ${x2 + bulge} ${y2}, ${x2} ${y2}`;
}

/** A data edge between components, coloured by the verdict of the seam it crosses. */
export function FlowLink({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data }: EdgeProps<LinkEdge>) {
  if (!data) return null;
  const path = data.kind === 'within' ? withinPath(sourceX, sourceY, targetX + COL_WIDTH, targetY) : getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition })[0];
  const style =
    data.kind === 'control'
      ? 'stroke-violet-400 dark:stroke-violet-500 [stroke-dasharray:4_4]'
      : data.kind === 'handoff' || data.kind === 'skip'
        ? VERDICT_TONE[data.verdict].stroke
        : 'stroke-slate-400 [stroke-dasharray:2_3]';
  return (
    <g className={data.dimmed ? 'opacity-25' : ''} data-kind={data.kind}>
      <BaseEdge id={id} path={path} className={`${style} ${data.kind === 'skip' ? '!stroke-[3]' : '!stroke-2'}`} interactionWidth={data.wide ? 12 : 0} />
    </g>
  );
}
