import { Handle, Position, type NodeProps } from '@xyflow/react';
import { appStore } from '../store/appStore';
import type { ComponentFlowNode } from './flowTypes';
import { CONTROL_IN, CONTROL_OUT } from './toPipelineFlow';

/** One component of an imported pipeline; a question mark asks the user to confirm its stage. */
export function ComponentNode({ data }: NodeProps<ComponentFlowNode>) {
  const orchestrator = data.placement === 'orchestrate';
  return (
    <button
      type="button"
      data-testid={`component-${data.id}`}
      data-placement={data.placement}
      data-uncertain={data.uncertain}
      aria-pressed={data.selected}
      aria-label={`${data.name}${data.uncertain ? ', stage unconfirmed' : ''}. Show details.`}
      title={data.name}
      onClick={() => appStore.getState().selectComponent(data.id)}
      className={`nodrag nopan pointer-events-auto flex h-full w-full items-center gap-2 rounded-lg border px-2.5 text-left text-sm shadow-xs transition focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-sky-600 ${
        orchestrator
          ? 'border-dashed border-violet-400 bg-violet-50 dark:border-violet-500 dark:bg-violet-950'
          : 'border-slate-300 bg-white hover:border-slate-400 dark:border-slate-600 dark:bg-slate-800'
      } ${data.selected ? 'ring-4 ring-sky-500/40' : ''} ${data.match ? 'ring-4 ring-amber-400' : ''} ${data.dimmed ? 'opacity-35' : ''}`}
    >
      <Handle type="target" position={Position.Left} className="!border-0 !bg-transparent" isConnectable={false} />
      {/* Two lines before anything is cut: "dbt mart fct_orders_daily" stays readable; the full name is the title. */}
      <span className="line-clamp-2 min-w-0 flex-1 text-[13px] leading-4 font-medium break-words">{data.name}</span>
      {data.uncertain && (
        <span className="shrink-0 rounded-full bg-amber-100 px-1.5 text-xs font-bold text-amber-900 dark:bg-amber-900 dark:text-amber-100" aria-hidden>
          ?
        </span>
      )}
      <Handle type="source" position={Position.Right} className="!border-0 !bg-transparent" isConnectable={false} />
      {/* After the data handles: an edge that names no handle takes the first of its type. */}
      {data.control.out && <Handle id={CONTROL_OUT} type="source" position={Position.Top} className="!border-0 !bg-transparent" isConnectable={false} />}
      {data.control.in && <Handle id={CONTROL_IN} type="target" position={Position.Bottom} className="!border-0 !bg-transparent" isConnectable={false} />}
    </button>
  );
}
