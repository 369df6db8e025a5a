import type { EdgeProps } from '@xyflow/react';
import type { LinkFlowEdge } from './flowTypes';

/** A dashed link from the orchestration band up to one seam: the scheduler touches every handoff. */
export function OrchestrationLink({ data }: EdgeProps<LinkFlowEdge>) {
  if (!data) return null;
  return (
    <path
      d={`M ${data.x},${data.bottom} L ${data.x},${data.top}`}
      className={`fill-none stroke-violet-400 dark:stroke-violet-500 ${data.dimmed ? 'opacity-35' : ''}`}
      strokeWidth={1.5}
      strokeDasharray="4 4"
    />
  );
}
