import { resolveFinishes } from './finish';
import type { FreshnessNeed, TimedTask, Timeline, TimelineFlag } from './types';

/**
 * A task that starts before what it reads has finished, with nothing telling it to wait, reads a
 * partial input: whatever the upstream writes after the start never reaches it.
 */
function raceFlags(task: TimedTask, byId: ReadonlyMap<string, TimedTask>): TimelineFlag[] {
  if (task.start === undefined) return [];
  const start = task.start;
  return task.upstream.flatMap((dep): TimelineFlag[] => {
    const up = byId.get(dep.task);
    if (!up || dep.declared) return [];
    if (up.finish === undefined) return [{ kind: 'unknownFinish', task: task.id, upstream: up.id, start }];
    if (start >= up.finish) return [];
    return [{ kind: 'race', task: task.id, upstream: up.id, start, upstreamFinish: up.finish, missedMinutes: up.finish - start }];
  });
}

/** A refresh slower than the consumer's tolerance leaves it on stale data for part of every cycle; a finish past its deadline, late. */
function freshnessFlags(need: FreshnessNeed, byId: ReadonlyMap<string, TimedTask>): TimelineFlag[] {
  const task = byId.get(need.task);
  if (!task) return [];
  const flags: TimelineFlag[] = [];
  if (task.everyMinutes !== undefined && task.everyMinutes > need.maxAgeMinutes) {
    flags.push({ kind: 'refreshTooSlow', task: task.id, consumer: need.consumer, everyMinutes: task.everyMinutes, maxAgeMinutes: need.maxAgeMinutes });
  }
  if (need.by !== undefined && task.finish !== undefined && task.finish > need.by) {
    flags.push({ kind: 'lateFinish', task: task.id, consumer: need.consumer, finish: task.finish, by: need.by });
  }
  return flags;
}

/** Every race and freshness miss in a timeline, tasks in their given order, then needs in theirs; a finish may come from a duration. */
export function detectFlags(timeline: Timeline): TimelineFlag[] {
  const resolved = resolveFinishes(timeline);
  const byId = new Map(resolved.tasks.map((t) => [t.id, t]));
  return [...resolved.tasks.flatMap((t) => raceFlags(t, byId)), ...resolved.needs.flatMap((n) => freshnessFlags(n, byId))];
}

/** The rows never loaded by races, in minutes of upstream writing: the figure the timeline headlines. */
export function missedMinutes(flags: readonly TimelineFlag[]): number {
  return flags.reduce((sum, f) => (f.kind === 'race' ? sum + f.missedMinutes : sum), 0);
}
