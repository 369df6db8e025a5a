import { assertNever } from '../../lib/assertNever';
import { clockTime, duration } from './clock';
import type { Timeline, TimelineFlag } from './types';

/** Each flag in a sentence built from the timeline's own names and figures. */
export function describeFlag(flag: TimelineFlag, timeline: Timeline): string {
  const name = (id: string) => timeline.tasks.find((t) => t.id === id)?.name ?? id;
  switch (flag.kind) {
    case 'race':
      return `${name(flag.task)} starts at ${clockTime(flag.start)} UTC, but ${name(flag.upstream)} is still writing until ${clockTime(flag.upstreamFinish)} and nothing tells ${name(flag.task)} to wait: ${duration(flag.missedMinutes)} of rows never loaded.`;
    case 'unknownFinish':
      return `${name(flag.task)} starts at ${clockTime(flag.start)} UTC and reads ${name(flag.upstream)} without waiting for it, and when ${name(flag.upstream)} finishes is not known: nothing stops a start before it is done.`;
    case 'refreshTooSlow':
      return `${name(flag.task)} refreshes every ${duration(flag.everyMinutes)}, but ${flag.consumer} needs data no older than ${duration(flag.maxAgeMinutes)}: for up to ${duration(flag.everyMinutes - flag.maxAgeMinutes)} of every cycle it reads stale data.`;
    case 'lateFinish':
      return `${name(flag.task)} finishes at ${clockTime(flag.finish)} UTC, but ${flag.consumer} needs it by ${clockTime(flag.by)}: ${duration(flag.finish - flag.by)} late.`;
    default:
      return assertNever(flag);
  }
}

/** A short title for a flag's kind, as a badge. */
export function flagTitle(flag: TimelineFlag): string {
  switch (flag.kind) {
    case 'race':
      return 'Race';
    case 'unknownFinish':
      return 'Undeclared wait';
    case 'refreshTooSlow':
      return 'Freshness SLA miss';
    case 'lateFinish':
      return 'Late for its consumer';
    default:
      return assertNever(flag);
  }
}
