import type { Answer } from '../diagnosis/types';

/**
 * How a triager who read each preset's evidence would answer the walkthrough's questions.
 * Anything the evidence does not say is "not sure". Used to check that honest answers lead to
 * the seam the source names, in unit tests and in the browser.
 */
export const HONEST_ANSWERS: Readonly<Record<string, Readonly<Record<string, Answer>>>> = {
  // timestamp: client-side clock, not UTC; currency: USD assumed, unstated; event_id not globally unique.
  'unstated-source-assumptions': {
    'misbehaved-source': 'yes',
    'raw-already-wrong': 'yes',
    'schema-documents-semantics': 'no',
    'shift-whole-hours-tz': 'yes',
    'off-by-factor': 'yes',
    'staging-right-model-wrong': 'no',
    'only-one-consumer': 'no',
    'grain-key-duplicated': 'yes',
    'dupes-share-id': 'yes',
    'dupes-differ-in-values': 'yes',
    'task-or-load-failed': 'no',
  },
  // 8821 buffered, acked, crash before commit, producer retries, duplicate row written.
  'ack-before-commit': {
    'misbehaved-moving-in': 'yes',
    'raw-already-wrong': 'yes',
    'grain-key-duplicated': 'yes',
    'dupes-share-id': 'yes',
    'dupes-differ-in-values': 'no',
    'dupes-identical-incl-load-time': 'no',
    'producer-retried': 'yes',
    'sink-idempotent': 'no',
    'task-retried': 'no',
    'dupes-whole-run': 'no',
    'backfill-ran': 'no',
    'started-after-change': 'no',
    'only-one-consumer': 'no',
    'staging-right-model-wrong': 'no',
  },
  // Partitioned by ingestion_date, queries filter on event_date, no pruning: $340 a run instead of $12.
  'partition-mismatch': {
    'misbehaved-storage': 'yes',
    'pruning-in-plan': 'no',
    'filters-on-partition-col': 'no',
    'raw-already-wrong': 'no',
    'task-or-load-failed': 'no',
    'only-one-consumer': 'no',
    'staging-right-model-wrong': 'no',
  },
  // 1001 | A | 45.00 twice, SUM(revenue) = 90.00, pipeline: SUCCESS, grain never declared.
  'undeclared-grain': {
    'misbehaved-transform': 'yes',
    'grain-enforced': 'no',
    'grain-key-duplicated': 'yes',
    'dupes-share-id': 'yes',
    'dupes-differ-in-values': 'no',
    'task-or-load-failed': 'no',
    'only-one-consumer': 'no',
  },
  // Refreshes every 4 hours; batch dashboard fine at 4 h stale; real-time fraud model 4 h late.
  'unwritten-freshness-sla': {
    'misbehaved-serving': 'yes',
    'only-one-consumer': 'yes',
    'consumer-needs-fresher': 'yes',
    'raw-already-wrong': 'no',
    'task-or-load-failed': 'no',
    'upstream-after-downstream': 'no',
    'rerun-fixes': 'no',
    'reads-internal-table': 'no',
  },
  // Scheduled 03:00 UTC; upstream still writing until 03:07; load_raw started 03:00; no dependency declared.
  'undeclared-dependency': {
    'misbehaved-timing': 'yes',
    'upstream-after-downstream': 'yes',
    'waits-on-upstream': 'no',
    'rerun-fixes': 'yes',
    'task-or-load-failed': 'no',
    'missing-at-period-end': 'yes',
    'date-from-wall-clock': 'no',
    'missing-are-late-events': 'no',
    'round-row-count': 'no',
    'logs-show-errors-in-green-run': 'no',
    'only-one-consumer': 'no',
  },
};
