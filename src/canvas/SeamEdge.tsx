import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { VERDICT_TONE } from '../components/ui/verdictStyle';
import type { SeamFlowEdge } from './flowTypes';
import { SeamChip } from './SeamChip';

/** The handoff line between two stages, with a stub down to the chip that names it. */
export function SeamEdge({ id, sourceX, sourceY, targetX, targetY, data }: EdgeProps<SeamFlowEdge>) {
  if (!data) return null;
  const midX = (sourceX + targetX) / 2;
  const midY = (sourceY + targetY) / 2;
  const broken = data.verdict === 'broken';
  const tone = VERDICT_TONE[data.verdict].stroke;
  const line = broken
    ? `M ${sourceX},${sourceY} L ${midX - 5},${midY} M ${midX + 5},${midY} L ${targetX},${targetY}`
    : `M ${sourceX},${sourceY} L ${targetX},${targetY}`;
  return (
    <g className={data.dimmed ? 'opacity-35' : ''}>
      <BaseEdge id={id} path={line} className={`${tone} !stroke-[2.5]`} />
      <path d={`M ${midX},${midY} L ${midX},${data.chipY + (data.chipY > midY ? -25 : 25)}`} className={`${tone} fill-none`} strokeWidth={1.5} strokeDasharray="3 3" />
      <EdgeLabelRenderer>
        <div
          className="pointer-events-auto absolute"
          style={{ transform: `translate(-50%, -50%) translate(${midX}px, ${data.chipY}px)` }}
        >
          <SeamChip seam={data.seam} verdict={data.verdict} selected={data.selected} dimmed={data.dimmed} />
        </div>
      </EdgeLabelRenderer>
    </g>
  );
}
