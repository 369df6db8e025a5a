/**
 * A run of scheduled tasks on one clock, in minutes after midnight UTC. Every figure is one the user
 * (or a worked example) gave: a finish nobody stated stays undefined rather than guessed.
 */

/** One task's link to a task it reads from. */
export interface Dependency {
  readonly task: string;
  /** The orchestrator was told to wait (a sensor, a declared dependency); false when it just runs on its clock. */
  readonly declared: boolean;
}

export interface TimedTask {
  readonly id: string;
  readonly name: string;
  /** Scheduled start, minutes after midnight UTC; undefined when only its finish is known. */
  readonly start?: number;
  /** When it has finished writing, minutes after midnight UTC; undefined when nobody said. */
  readonly finish?: number;
  /** How long a run is expected to take: with a start and no stated finish, it gives the finish. */
  readonly durationMinutes?: number;
  /** How often it runs again, in minutes; undefined for a single run or an unknown cadence. */
  readonly everyMinutes?: number;
  /** The schedule as written (a cron string, `@daily`), shown beside the bar. */
  readonly schedule?: string;
  readonly upstream: readonly Dependency[];
}

/** What a consumer of one task's output needs: data no older than `maxAgeMinutes`, and optionally ready by a time. */
export interface FreshnessNeed {
  readonly consumer: string;
  readonly task: string;
  readonly maxAgeMinutes: number;
  /** Minutes after midnight UTC by which the run must have finished. */
  readonly by?: number;
}

export interface Timeline {
  readonly tasks: readonly TimedTask[];
  readonly needs: readonly FreshnessNeed[];
}

/** What the detector finds; each kind is explained in words by `describeFlag`. */
export type TimelineFlag =
  | {
      readonly kind: 'race';
      readonly task: string;
      readonly upstream: string;
      readonly start: number;
      readonly upstreamFinish: number;
      /** Minutes of upstream writing the task started before: rows that were never loaded. */
      readonly missedMinutes: number;
    }
  | { readonly kind: 'unknownFinish'; readonly task: string; readonly upstream: string; readonly start: number }
  | {
      readonly kind: 'refreshTooSlow';
      readonly task: string;
      readonly consumer: string;
      readonly everyMinutes: number;
      readonly maxAgeMinutes: number;
    }
  | {
      readonly kind: 'lateFinish';
      readonly task: string;
      readonly consumer: string;
      readonly finish: number;
      readonly by: number;
    };

export type TimelineFlagKind = TimelineFlag['kind'];
