import { Handle, Position, type NodeProps } from '@xyflow/react';
import { appStore } from '../store/appStore';
import { TID } from '../testIds';
import type { StageFlowNode } from './flowTypes';
import { NAMES_SHOWN } from './geometry';

export function StageNode({ data }: NodeProps<StageFlowNode>) {
  return (
    <div
      data-testid={TID.stage(data.stage)}
      className={`flex h-full w-full flex-col rounded-xl border border-slate-300 bg-white px-3 py-2 shadow-sm transition-opacity dark:border-slate-600 dark:bg-slate-800 ${data.dimmed ? 'opacity-35' : ''}`}
    >
      <Handle type="target" position={Position.Left} className="!border-0 !bg-transparent" isConnectable={false} />
      <span className="text-[11px] font-medium tabular-nums text-slate-500 dark:text-slate-400">{data.index + 1}</span>
      <button
        type="button"
        title={`What ${data.label} does: open its lesson`}
        aria-label={`${data.label}: open its lesson`}
        className="nodrag nopan pointer-events-auto self-start rounded text-left text-base font-semibold leading-tight underline decoration-slate-400 decoration-dotted underline-offset-4 hover:decoration-sky-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:decoration-slate-500"
        onClick={() => appStore.getState().openLesson({ kind: 'stage', stage: data.stage })}
      >
        {data.label}
      </button>
      {/* Every name whole, wrapped: the box is sized for them (see stageHeight). */}
      <ul className="mt-1 flex flex-col items-start gap-1" aria-label={`Components at ${data.label}`}>
        {data.components.slice(0, NAMES_SHOWN).map((c, i) => (
          <li key={`${i}-${c}`} className="max-w-full rounded bg-slate-100 px-1.5 py-0.5 text-[11px] leading-[14px] break-words text-slate-700 dark:bg-slate-700 dark:text-slate-200">
            {c}
          </li>
        ))}
        {data.components.length > NAMES_SHOWN && (
          <li className="text-[11px] leading-[14px] text-slate-600 dark:text-slate-300" title={data.components.slice(NAMES_SHOWN).join(', ')}>
            +{data.components.length - NAMES_SHOWN} more
          </li>
        )}
      </ul>
      <Handle type="source" position={Position.Right} className="!border-0 !bg-transparent" isConnectable={false} />
    </div>
  );
}
