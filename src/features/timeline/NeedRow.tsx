import { duration } from '../../domain/timeline/clock';
import type { FreshnessNeed, TimedTask } from '../../domain/timeline/types';
import { freshnessWindows } from '../../domain/timeline/whatIf';
import { xOf, type Scale } from './chartGeometry';

/** A consumer's row: when the task's output is fresh enough for it (green) and when it is stale (red). */
export function NeedRow({ need, task, top, scale }: { need: FreshnessNeed; task: TimedTask | undefined; top: number; scale: Scale }) {
  const y = top + 10;
  const right = scale.left + scale.width;
  const clip = (a: number, b: number): [number, number] | null => {
    const x1 = Math.max(scale.left, xOf(scale, a));
    const x2 = Math.min(right, xOf(scale, b));
    return x2 > x1 ? [x1, x2] : null;
  };
  const windows = task ? freshnessWindows(task, need, scale) : [];
  return (
    <g data-need={need.consumer}>
      <text x={4} y={y + 12} className="fill-slate-900 text-[13px] font-semibold dark:fill-slate-100">{need.consumer}</text>
      <text x={4} y={y + 28} className="fill-slate-600 text-[11px] dark:fill-slate-400">{`needs ${task?.name ?? need.task} ≤ ${duration(need.maxAgeMinutes)} old`}</text>
      {windows.map((w, i) => {
        const fresh = clip(...w.fresh);
        const stale = w.stale ? clip(...w.stale) : null;
        return (
          <g key={i}>
            {fresh && <rect x={fresh[0]} y={y} width={fresh[1] - fresh[0]} height={14} className="fill-emerald-300/70 dark:fill-emerald-700/70" />}
            {stale && <rect x={stale[0]} y={y} width={stale[1] - stale[0]} height={14} className="fill-rose-400/50 dark:fill-rose-500/50" />}
          </g>
        );
      })}
      {need.by !== undefined && xOf(scale, need.by) >= scale.left && xOf(scale, need.by) <= right && (
        <line x1={xOf(scale, need.by)} x2={xOf(scale, need.by)} y1={y - 6} y2={y + 20} className="stroke-violet-700 stroke-2 dark:stroke-violet-300" />
      )}
    </g>
  );
}
