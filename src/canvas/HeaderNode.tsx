import { Handle, Position, type NodeProps } from '@xyflow/react';
import { appStore } from '../store/appStore';
import type { HeaderFlowNode } from './flowTypes';

/** The title of one stage column, with how many components it holds; on a big pipeline, a fold toggle. */
export function HeaderNode({ data }: NodeProps<HeaderFlowNode>) {
  return (
    <div
      className={`flex h-full items-center justify-between gap-2 rounded-lg border px-3 ${data.apart ? 'border-dashed border-slate-300 bg-slate-100/60 text-slate-600 dark:border-slate-600 dark:bg-slate-800/40 dark:text-slate-300' : 'border-slate-300 bg-white dark:border-slate-600 dark:bg-slate-800'}`}
      style={{ width: data.width }}
    >
      <Handle type="target" position={Position.Left} className="!border-0 !bg-transparent" isConnectable={false} />
      <span className="truncate font-semibold">{data.label}</span>
      <span className="flex items-center gap-1 text-xs tabular-nums text-slate-600 dark:text-slate-300">
        {data.count.toLocaleString('en-US')}
        {data.toggle && (
          <button
            type="button"
            className="nodrag nopan pointer-events-auto rounded px-1 text-base leading-none text-slate-700 hover:bg-slate-200 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-slate-200 dark:hover:bg-slate-700"
            aria-expanded={data.toggle === 'collapse'}
            aria-label={`${data.toggle === 'collapse' ? 'Collapse' : 'Expand'} ${data.label}`}
            title={data.toggle === 'collapse' ? 'Show as a summary' : 'Show its components'}
            onClick={() => appStore.getState().toggleStage(data.placement)}
          >
            {data.toggle === 'collapse' ? '▾' : '▸'}
          </button>
        )}
      </span>
      <Handle type="source" position={Position.Right} className="!border-0 !bg-transparent" isConnectable={false} />
    </div>
  );
}
