import { Handle, Position, type NodeProps } from '@xyflow/react';
import { appStore } from '../store/appStore';
import type { MoreFlowNode, SummaryFlowNode } from './flowTypes';
import { CONTROL_IN, CONTROL_OUT } from './toPipelineFlow';

const count = (n: number) => n.toLocaleString('en-US');

function Sides() {
  return (
    <>
      <Handle type="target" position={Position.Left} className="!border-0 !bg-transparent" isConnectable={false} />
      <Handle type="source" position={Position.Right} className="!border-0 !bg-transparent" isConnectable={false} />
      <Handle id={CONTROL_OUT} type="source" position={Position.Top} className="!border-0 !bg-transparent" isConnectable={false} />
      <Handle id={CONTROL_IN} type="target" position={Position.Bottom} className="!border-0 !bg-transparent" isConnectable={false} />
    </>
  );
}

/** A collapsed stage: what it holds at a glance; a click draws its components. */
export function SummaryNode({ data }: NodeProps<SummaryFlowNode>) {
  return (
    <button
      type="button"
      data-testid={`stage-summary-${data.placement}`}
      aria-label={`${data.label}: ${count(data.count)} components${data.unconfirmed ? `, ${count(data.unconfirmed)} unconfirmed` : ''}. Show them.`}
      onClick={() => appStore.getState().toggleStage(data.placement)}
      className={`nodrag nopan pointer-events-auto flex h-full w-full flex-col gap-1 rounded-lg border border-slate-300 bg-white p-2.5 text-left text-sm shadow-xs transition hover:border-sky-500 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:bg-slate-800 ${data.dimmed ? 'opacity-35' : ''}`}
    >
      <Sides />
      <span className="text-lg leading-tight font-semibold tabular-nums">
        {count(data.count)} <span className="text-sm font-normal text-slate-600 dark:text-slate-300">{data.count === 1 ? 'component' : 'components'}</span>
      </span>
      {data.unconfirmed > 0 && <span className="text-xs text-amber-800 dark:text-amber-300">{count(data.unconfirmed)} unconfirmed</span>}
      <span className="min-w-0 text-xs leading-snug text-slate-600 dark:text-slate-300">
        {data.top.map((name) => (
          <span key={name} className="block truncate" title={name}>
            {name}
          </span>
        ))}
      </span>
      <span className="mt-auto text-xs font-medium text-sky-700 dark:text-sky-300">Show components ▸</span>
    </button>
  );
}

/** The components of an expanded stage that are not drawn: found by search. */
export function MoreNode({ data }: NodeProps<MoreFlowNode>) {
  return (
    <div
      data-testid={`stage-more-${data.placement}`}
      className="flex h-full w-full items-center rounded-lg border border-dashed border-slate-300 px-2.5 text-xs text-slate-600 dark:border-slate-600 dark:text-slate-300"
      title="Find one by name with the search box"
    >
      <Sides />+{count(data.count)} more · search to find one
    </div>
  );
}
