import { Handle, Position, type NodeProps } from '@xyflow/react';
import { SEAMS } from '../domain/seams';
import { appStore } from '../store/appStore';
import type { BandFlowNode } from './flowTypes';
import { SeamChip } from './SeamChip';

/** Orchestration is no stage of its own: a band under the pipeline whose seam touches them all. */
export function OrchestrationBand({ data }: NodeProps<BandFlowNode>) {
  return (
    <div
      data-testid="stage-orchestration"
      className={`flex h-full items-center justify-between gap-4 rounded-xl border border-dashed border-violet-400 bg-violet-50/80 px-4 dark:border-violet-500/70 dark:bg-violet-950/50 ${data.dimmed ? 'opacity-35' : ''}`}
      style={{ width: data.width }}
    >
      {/* The links draw themselves from their own coordinates; React Flow only needs an anchor. */}
      <Handle type="source" position={Position.Top} className="!border-0 !bg-transparent" isConnectable={false} />
      <div className="min-w-0">
        <button
          type="button"
          title="What orchestration does: open its lesson"
          aria-label="Orchestration: open its lesson"
          className="nodrag nopan pointer-events-auto rounded text-base font-semibold text-violet-900 underline decoration-violet-400 decoration-dotted underline-offset-4 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-violet-200"
          onClick={() => appStore.getState().openLesson({ kind: 'seam', seam: 'orchestration' })}
        >
          Orchestration
        </button>
        <div className="truncate text-xs text-violet-800/80 dark:text-violet-300/80">
          {SEAMS.orchestration.dimensions.join(' · ')}
        </div>
      </div>
      <SeamChip seam="orchestration" verdict={data.verdict} selected={data.selected} dimmed={false} />
    </div>
  );
}
