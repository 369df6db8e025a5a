import type { FreshnessNeed, TimedTask, Timeline } from './types';

/**
 * A what-if on one task: move its scheduled start, or say when it finishes. A task known by its
 * duration keeps it when its start moves (its finish moves along), and takes a new one when its
 * finish is moved.
 */
export function moveTask(timeline: Timeline, id: string, change: { start?: number; finish?: number }): Timeline {
  return {
    ...timeline,
    tasks: timeline.tasks.map((t): TimedTask => {
      if (t.id !== id) return t;
      const start = change.start ?? t.start;
      if (change.finish !== undefined && t.finish === undefined && t.durationMinutes !== undefined && start !== undefined) {
        return { ...t, ...(change.start === undefined ? {} : { start }), durationMinutes: Math.max(0, change.finish - start) };
      }
      return { ...t, ...change };
    }),
  };
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

/** A what-if consumer: how fresh it needs one task's output. */
export function addNeed(timeline: Timeline, need: FreshnessNeed): Timeline {
  return { ...timeline, needs: [...timeline.needs, need] };
}

export function removeNeed(timeline: Timeline, index: number): Timeline {
  return { ...timeline, needs: timeline.needs.filter((_, i) => i !== index) };
}

/** Tasks something reads from without a finish time: the ones worth asking "what if it finished at…". */
export function unfinishedUpstreams(timeline: Timeline): TimedTask[] {
  const read = new Set(timeline.tasks.flatMap((t) => t.upstream.map((d) => d.task)));
  return timeline.tasks.filter((t) => t.finish === undefined && read.has(t.id));
}

/**
 * When a task's output is fresh enough for a need and when it is stale, run by run across a stretch
 * of clock. A run's data is counted from its finish, or from its start when no finish is given.
 */
export function freshnessWindows(task: TimedTask, need: FreshnessNeed, range: { from: number; to: number }): { fresh: [number, number]; stale?: [number, number] }[] {
  const first = task.finish ?? task.start;
  if (first === undefined) return [];
  const every = task.everyMinutes;
  const windows: { fresh: [number, number]; stale?: [number, number] }[] = [];
  // The run whose data is current when the chart begins, however many cycles back it was.
  let ready = every === undefined ? first : first + Math.floor((range.from - first) / every) * every;
  for (let n = 0; ready <= range.to && n < 500; n++, ready += every ?? Infinity) {
    const freshUntil = ready + need.maxAgeMinutes;
    const next = every === undefined ? undefined : ready + every;
    const stale: [number, number] | undefined = next !== undefined && next > freshUntil ? [freshUntil, next] : undefined;
    windows.push(stale ? { fresh: [ready, freshUntil], stale } : { fresh: [ready, freshUntil] });
    if (every === undefined) break;
  }
  return windows;
}

/** The chart's stretch of clock grown to show a time the learner typed, with the same room around it. */
export function widenRange(range: { from: number; to: number }, minute: number): { from: number; to: number } {
  return {
    from: Math.min(range.from, Math.max(0, Math.floor((minute - PAD) / STEP) * STEP)),
    to: Math.max(range.to, Math.ceil((minute + PAD) / STEP) * STEP),
  };
}
