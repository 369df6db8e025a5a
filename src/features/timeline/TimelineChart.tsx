import { useRef } from 'react';
import { clockTime, duration } from '../../domain/timeline/clock';
import type { TimedTask, Timeline, TimelineFlag } from '../../domain/timeline/types';
import { TID } from '../../testIds';
import { ticks, xOf, type Scale } from './chartGeometry';
import { ClockHandle } from './ClockHandle';
import { NeedRow } from './NeedRow';
import { useWidth } from './useWidth';

const AXIS = 28;
const ROW = 64;
const BAR = 20;
const BAR_TOP = 10;
const NEED_ROW = 44;
/** About how wide "45 minutes never loaded" is at 11 px. */
const RACE_LABEL = 150;

type Move = (task: string, change: { start?: number; finish?: number }) => void;

const cadence = (t: TimedTask): string =>
  [
    t.schedule,
    t.everyMinutes === undefined ? undefined : `every ${duration(t.everyMinutes)}`,
    t.durationMinutes === undefined ? undefined : `takes ${duration(t.durationMinutes)}`,
  ]
    .filter(Boolean)
    .join(' · ');

/** One task's row: its bar as far as its figures go, its race with what it reads, and its handles. */
function TaskRow({ task, index, scale, byId, flags, onMove }: {
  task: TimedTask;
  index: number;
  scale: Scale;
  byId: ReadonlyMap<string, TimedTask>;
  flags: readonly TimelineFlag[];
  onMove: Move;
}) {
  const top = AXIS + index * ROW;
  const y = top + BAR_TOP;
  const { start, finish } = task;
  const left = scale.left;
  const right = scale.left + scale.width;
  const races = flags.filter((f): f is Extract<TimelineFlag, { kind: 'race' }> => f.kind === 'race' && f.task === task.id);
  return (
    <g data-task={task.id}>
      <text x={4} y={y + 14} className="fill-slate-900 text-[13px] font-semibold dark:fill-slate-100">{task.name}</text>
      <text x={4} y={y + 32} className="fill-slate-600 text-[11px] dark:fill-slate-400">{cadence(task)}</text>
      {start !== undefined && finish !== undefined && (
        <rect x={xOf(scale, start)} y={y} width={Math.max(2, xOf(scale, finish) - xOf(scale, start))} height={BAR} rx={3} className="fill-sky-200 dark:fill-sky-900" />
      )}
      {start !== undefined && finish === undefined && (
        <>
          <line x1={xOf(scale, start)} x2={right} y1={y + BAR / 2} y2={y + BAR / 2} strokeDasharray="4 4" className="stroke-sky-600 stroke-2 dark:stroke-sky-400" />
          {right - xOf(scale, start) > 120 && (
            <text x={right} y={y - 2} textAnchor="end" className="fill-slate-600 text-[11px] dark:fill-slate-400">finish not given</text>
          )}
        </>
      )}
      {start === undefined && finish !== undefined && (
        <>
          <rect x={left} y={y} width={Math.max(0, xOf(scale, finish) - left)} height={BAR} className="fill-amber-100 dark:fill-amber-950" />
          <text x={Math.max(left + 4, xOf(scale, finish) - 84)} y={y + 14} className="fill-amber-900 text-[11px] dark:fill-amber-200">still writing</text>
        </>
      )}
      {task.upstream.map((d) => {
        const up = byId.get(d.task);
        if (up?.finish === undefined) return null;
        const x = xOf(scale, up.finish);
        return <line key={d.task} x1={x} x2={x} y1={y - 6} y2={y + BAR + 6} strokeDasharray="3 3" className="stroke-amber-600 stroke-2 dark:stroke-amber-300" />;
      })}
      {races.map((r) => (
        <g key={r.upstream} data-race={r.upstream}>
          <rect x={xOf(scale, r.start)} y={y} width={xOf(scale, r.upstreamFinish) - xOf(scale, r.start)} height={BAR} className="fill-rose-500/40 stroke-rose-700 dark:fill-rose-400/40 dark:stroke-rose-300" />
          {/* Near the right edge the words run back from it rather than off the chart. */}
          <text
            x={xOf(scale, r.start) + RACE_LABEL > right ? right : xOf(scale, r.start)}
            textAnchor={xOf(scale, r.start) + RACE_LABEL > right ? 'end' : 'start'}
            y={y + BAR + 30}
            className="fill-rose-800 text-[11px] font-semibold dark:fill-rose-200"
          >
            {`${duration(r.missedMinutes)} never loaded`}
          </text>
        </g>
      ))}
      {start !== undefined && (
        <ClockHandle label={`${task.name} scheduled start`} value={start} scale={scale} y={y - 4} height={BAR + 8} tone="start" testId={`timeline-start-${task.id}`} onChange={(m) => onMove(task.id, { start: m })} />
      )}
      {finish !== undefined && (
        <ClockHandle label={`${task.name} finish`} value={finish} scale={scale} y={y - 4} height={BAR + 8} tone="finish" testId={`timeline-finish-${task.id}`} onChange={(m) => onMove(task.id, { finish: m })} />
      )}
    </g>
  );
}

/** A Gantt of the timeline: one row per task on a clock in UTC. */
export function TimelineChart({ timeline, range, flags, onMove }: {
  timeline: Timeline;
  range: { from: number; to: number };
  flags: readonly TimelineFlag[];
  onMove: Move;
}) {
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box, 640);
  const labels = width < 480 ? 92 : 140;
  const scale: Scale = { ...range, left: labels, width: width - labels - 16 };
  const byId = new Map(timeline.tasks.map((t) => [t.id, t]));
  const height = AXIS + timeline.tasks.length * ROW + timeline.needs.length * NEED_ROW + 8;
  return (
    <div ref={box} className="w-full">
      <svg
        data-testid={TID.timelineChart}
        data-from={range.from}
        data-to={range.to}
        data-plot-left={scale.left}
        data-plot-width={scale.width}
        width={width}
        height={height}
        role="group"
        aria-label="Timeline, in UTC"
        className="block overflow-visible select-none"
      >
        {ticks(scale).map((m) => (
          <g key={m} aria-hidden="true">
            <line x1={xOf(scale, m)} x2={xOf(scale, m)} y1={AXIS - 6} y2={height} className="stroke-slate-200 dark:stroke-slate-700" />
            <text x={xOf(scale, m)} y={AXIS - 10} textAnchor="middle" className="fill-slate-600 text-[11px] dark:fill-slate-400">{clockTime(m)}</text>
          </g>
        ))}
        {timeline.tasks.map((t, i) => (
          <TaskRow key={t.id} task={t} index={i} scale={scale} byId={byId} flags={flags} onMove={onMove} />
        ))}
        {timeline.needs.map((n, i) => (
          <NeedRow key={`${n.consumer}:${i}`} need={n} task={byId.get(n.task)} top={AXIS + timeline.tasks.length * ROW + i * NEED_ROW} scale={scale} />
        ))}
      </svg>
    </div>
  );
}
