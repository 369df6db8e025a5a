import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { HeaderFlowNode } from './flowTypes';

/** The title of one stage column, with how many components it holds. */
export function HeaderNode({ data }: NodeProps<HeaderFlowNode>) {
  return (
    <div
      className={`flex h-full items-center justify-between rounded-lg border px-3 ${data.apart ? 'border-dashed border-slate-300 bg-slate-100/60 text-slate-600 dark:border-slate-600 dark:bg-slate-800/40 dark:text-slate-300' : 'border-slate-300 bg-white dark:border-slate-600 dark:bg-slate-800'}`}
      style={{ width: data.width }}
    >
      <Handle type="target" position={Position.Left} className="!border-0 !bg-transparent" isConnectable={false} />
      <span className="font-semibold">{data.label}</span>
      <span className="text-xs tabular-nums text-slate-500 dark:text-slate-400">{data.count}</span>
      <Handle type="source" position={Position.Right} className="!border-0 !bg-transparent" isConnectable={false} />
    </div>
  );
}
