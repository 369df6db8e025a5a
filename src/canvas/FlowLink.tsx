import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import { VERDICT_TONE } from '../components/ui/verdictStyle';
import type { LinkEdge } from './flowTypes';

/** A data edge between components, coloured by the verdict of the seam it crosses. */
export function FlowLink({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data }: EdgeProps<LinkEdge>) {
  if (!data) return null;
  const [path] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
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
