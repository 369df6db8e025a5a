import type { Timeline } from './types';

/** A what-if on one task: move its scheduled start, or say when it finishes. */
export function moveTask(timeline: Timeline, id: string, change: { start?: number; finish?: number }): Timeline {
  return { ...timeline, tasks: timeline.tasks.map((t) => (t.id === id ? { ...t, ...change } : t)) };
}

/** A what-if on one dependency: the orchestrator is told to wait for it (a sensor), or not. */
export function declareWait(timeline: Timeline, task: string, upstream: string, declared: boolean): Timeline {
  return {
    ...timeline,
    tasks: timeline.tasks.map((t) =>
      t.id === task ? { ...t, upstream: t.upstream.map((d) => (d.task === upstream ? { ...d, declared } : d)) } : t,
    ),
  };
}

/** Every dependency nothing waits for or that a what-if declared, for a checkbox each. */
export function dependencies(timeline: Timeline): { task: string; upstream: string; declared: boolean }[] {
  return timeline.tasks.flatMap((t) => t.upstream.filter((d) => timeline.tasks.some((u) => u.id === d.task)).map((d) => ({ task: t.id, upstream: d.task, declared: d.declared })));
}

const STEP = 15;
const PAD = 45;
const MIN_SPAN = 90;

/**
 * The stretch of clock the chart shows: every stated time with room either side to drag into,
 * on quarter-hour lines, short enough that a few minutes' race is wide enough to see. Fixed when the chart opens, so the axis does not slide under a drag.
 */
export function clockRange(timeline: Timeline): { from: number; to: number } {
  const times = timeline.tasks.flatMap((t) => [t.start, t.finish]).filter((m): m is number => m !== undefined);
  const ages = timeline.needs.map((n) => n.maxAgeMinutes);
  if (times.length === 0) return { from: 0, to: 24 * 60 };
  const lo = Math.min(...times);
  const hi = Math.max(...times, ...times.map((t) => t + Math.min(Math.max(0, ...ages), 12 * 60)));
  const from = Math.max(0, Math.floor((lo - PAD) / STEP) * STEP);
  return { from, to: Math.max(from + MIN_SPAN, Math.ceil((hi + PAD) / STEP) * STEP) };
}
