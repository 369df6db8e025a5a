import type { Cause } from '../types';

/**
 * Orchestration: when tasks run, what they wait for, and what a retry or backfill writes. The
 * damage lands at whichever seam the task touches; the fix is in the scheduler and the write pattern.
 */
export const ORCHESTRATION_CAUSES: readonly Cause[] = [
  {
    id: 'or-schedule-vs-upstream',
    seam: 'orchestration',
    templateId: 'or-schedule-vs-upstream',
    title: 'Schedule started before upstream finished',
    prevalence: 5,
    symptoms: ['rows-missing', 'success-but-empty'],
    answers: {
      'only-one-consumer': 'no',
      'upstream-after-downstream': 'yes',
      'missing-at-period-end': 'yes',
      'waits-on-upstream': 'no',
      'upstream-same-orchestrator': 'no',
      'rerun-fixes': 'yes',
      'raw-already-wrong': 'yes',
      'task-or-load-failed': 'no',
      'date-from-wall-clock': 'no',
      'round-row-count': 'no',
      'logs-show-errors-in-green-run': 'no',
    },
    assumed: 'When load_raw starts at its scheduled 03:00 UTC, upstream has finished writing the period',
    actual:
      'Upstream was still writing until 03:07; load_raw started at 03:00, read what existed and succeeded, and the rows written in those 7 minutes were never loaded',
    confirm:
      "Compare the run's start time with SELECT MAX(<loaded_at>) FROM <upstream_table> WHERE <partition_col> = '<ds>'; any upstream write after the downstream start is the race.",
    fixNow:
      'Rerun load_raw for the affected periods, then replace the fixed start time with a wait on upstream completion (a sensor on a _SUCCESS marker or audit row, or a dataset trigger).',
    contractClause: 'load_raw starts only after upstream signals completion for the period (a _SUCCESS marker or an audit row), never at a fixed time.',
  },
  {
    id: 'or-undeclared-dependency',
    seam: 'orchestration',
    templateId: 'or-undeclared-dependency',
    title: 'Dependency not declared',
    prevalence: 5,
    symptoms: ['rows-missing', 'success-but-empty', 'data-stale'],
    answers: {
      'only-one-consumer': 'no',
      'waits-on-upstream': 'no',
      'upstream-same-orchestrator': 'yes',
      'upstream-after-downstream': 'yes',
      'missing-at-period-end': 'yes',
      'rerun-fixes': 'yes',
      'task-or-load-failed': 'no',
      'date-from-wall-clock': 'no',
      'logs-show-errors-in-green-run': 'no',
    },
    assumed: 'Every table a task reads is produced by a task it declares as upstream, so it cannot start before its input is complete',
    actual:
      "The dependency lived only in SQL (a FROM on a table another task loads); the orchestrator ran the reader on its own clock, before the writer finished, and the reader silently took partial or previous-day data",
    confirm:
      "For each table in the task's FROM and JOIN clauses, find the task that writes it and check it is upstream in the DAG's graph view; in dbt, grep models for schema-qualified names not wrapped in ref() or source().",
    fixNow: 'Rerun the reader for the affected intervals, then declare the edge (writer >> reader, a dataset/asset, or ref()/source() in dbt).',
    contractClause: 'Every input of a task is declared as an upstream dependency in the orchestrator; a task that reads a table without a declared producer fails review.',
  },
  {
    id: 'or-sensor-completion',
    seam: 'orchestration',
    templateId: 'or-sensor-completion',
    title: 'Sensor fires on the first file, not on completion',
    prevalence: 4,
    symptoms: ['rows-missing', 'success-but-empty'],
    answers: {
      'waits-on-upstream': 'yes',
      'waits-on-completion-signal': 'no',
      'upstream-after-downstream': 'yes',
      'missing-at-period-end': 'yes',
      'rerun-fixes': 'yes',
      'task-or-load-failed': 'no',
      'logs-show-errors-in-green-run': 'no',
    },
    assumed: 'The sensor waits for an explicit completion signal from upstream (a _SUCCESS marker, an audit row, a dataset event)',
    actual:
      'The sensor poked for any file under the prefix (or a non-empty partition) and fired when upstream wrote its first file, so downstream read a partial partition',
    confirm:
      "Read the sensor's config (bucket_key, wildcard_match, sql) and compare the time the sensor succeeded with the upstream writer's last file time for the partition.",
    fixNow: 'Rerun downstream for the affected intervals and point the sensor at <partition_path>/_SUCCESS or an audit row that upstream writes last.',
    contractClause: 'Upstream writes a completion marker last; downstream sensors wait for that marker, never for the first file.',
  },
  {
    id: 'or-cross-dag-dependency',
    seam: 'orchestration',
    templateId: 'or-cross-dag-dependency',
    title: 'Cross-pipeline wait matched the wrong run',
    prevalence: 3,
    symptoms: ['rows-missing', 'success-but-empty', 'data-stale'],
    answers: {
      'waits-on-upstream': 'yes',
      'waits-on-completion-signal': 'yes',
      'upstream-same-orchestrator': 'yes',
      'upstream-after-downstream': 'yes',
      'rerun-fixes': 'yes',
      'task-or-load-failed': 'no',
      'date-from-wall-clock': 'no',
    },
    assumed: 'A pipeline that depends on another waits for the upstream run covering the same data interval',
    actual:
      "The ExternalTaskSensor's execution_delta (or execution_date_fn) matched an older upstream run that had already succeeded, so downstream ran before the run it actually needed",
    confirm:
      "Check the sensor's external_dag_id, external_task_id and execution_delta against Browse > DAG Runs: the upstream run it matched covers a different interval.",
    fixNow: 'Correct execution_delta / execution_date_fn (or switch to a dataset/asset trigger), then rerun downstream for the affected intervals.',
    contractClause:
      'Cross-pipeline dependencies name the upstream run by data interval (or use dataset/asset events); changing an upstream schedule is a breaking change for its dependents.',
  },
  {
    id: 'or-logical-date',
    seam: 'orchestration',
    templateId: 'or-logical-date',
    title: 'Run processed the wrong period',
    prevalence: 4,
    symptoms: ['rows-missing', 'timestamps-shifted', 'totals-doubled'],
    answers: {
      'date-from-wall-clock': 'yes',
      'shift-whole-hours-tz': 'no',
      'upstream-after-downstream': 'no',
      'rerun-fixes': 'no',
      'task-or-load-failed': 'no',
      'missing-at-period-end': 'no',
      'producer-changed': 'no',
    },
    assumed: 'Each run processes exactly the data interval the scheduler gives it (data_interval_start to data_interval_end)',
    actual:
      'The task derived its day from now() or CURRENT_DATE; a late, retried or catch-up run processed the wrong day, skipping one and loading another (or today) more than once',
    confirm:
      'grep the task for now(), CURRENT_DATE, GETDATE() and utcnow(), and compare the partition each run wrote with its logical date in the run list.',
    fixNow: 'Take the period from {{ data_interval_start }} / {{ ds }}, then rerun the affected intervals, overwriting each partition.',
    contractClause: "Tasks take their period only from the scheduler's data interval; wall-clock dates are never used to select data.",
  },
  {
    id: 'or-partial-success',
    seam: 'orchestration',
    templateId: 'or-partial-success',
    title: 'Timeout or partial run marked success',
    prevalence: 4,
    symptoms: ['success-but-empty', 'rows-missing'],
    answers: {
      'logs-show-errors-in-green-run': 'yes',
      'task-or-load-failed': 'no',
      'round-row-count': 'no',
      'upstream-after-downstream': 'no',
      'date-from-wall-clock': 'no',
      'missing-are-late-events': 'no',
    },
    assumed: 'A task reports success only when all of its work completed; a timeout, a skipped partition or a partial extract fails the run',
    actual:
      'The task timed out, skipped partitions or caught an exception, wrote what it had and exited 0; downstream ran on partial data and no retry fired',
    confirm:
      'Read the logs of the green run for timeout, skipped or error lines; check shell tasks for set -euo pipefail and downstream trigger_rule; compare rows written with the expected range.',
    fixNow: 'Rerun the task for the affected intervals; make failures fail (set -euo pipefail, re-raise exceptions) and add a row-count check that fails the run.',
    contractClause:
      'A task succeeds only if its output passes completeness checks (expected partitions present, row count within range); a timeout or a skipped partition fails the run.',
  },
  {
    id: 'or-retry-idempotency',
    seam: 'orchestration',
    templateId: 'or-retry-idempotency',
    title: 'Retry appended the same output twice',
    prevalence: 5,
    symptoms: ['duplicates-after-retry', 'totals-doubled'],
    answers: {
      'task-retried': 'yes',
      'dupes-whole-run': 'yes',
      'grain-key-duplicated': 'yes',
      'dupes-share-id': 'yes',
      'dupes-differ-in-values': 'no',
      'dupes-identical-incl-load-time': 'no',
      'sink-idempotent': 'no',
      'backfill-ran': 'no',
      'rerun-fixes': 'no',
      'consumer-rebalanced': 'no',
    },
    assumed: 'Re-running a task for the same data interval gives the same result: it overwrites its partition or merges on a key, never appends',
    actual: 'The task failed after writing, the orchestrator retried it (or someone cleared it), and the append wrote the interval a second time',
    confirm:
      "The task history shows try_number > 1 for the interval, and SELECT COUNT(*), COUNT(DISTINCT <key>) FROM <table> WHERE <partition_col> = '<ds>' shows every row twice.",
    fixNow: 'Delete and rewrite the affected partitions in one transaction, and change the write to overwrite the run partition or MERGE on the key.',
    contractClause: 'Every task is idempotent per data interval: it overwrites its partition or merges on a key, so retries and reruns never add rows.',
  },
  {
    id: 'or-backfill-overwrite',
    seam: 'orchestration',
    templateId: 'or-backfill-overwrite',
    title: 'Backfill double-loaded its range',
    prevalence: 4,
    symptoms: ['totals-doubled', 'duplicates-after-retry'],
    answers: {
      'backfill-ran': 'yes',
      'dupes-whole-run': 'yes',
      'grain-key-duplicated': 'yes',
      'dupes-far-apart': 'yes',
      'dupes-identical-incl-load-time': 'no',
      'sink-idempotent': 'no',
      'task-retried': 'no',
      'consumer-rebalanced': 'no',
    },
    assumed: 'A backfill replaces exactly the partitions in its date range',
    actual: 'The backfill ran an append-mode task over days that were already loaded, so every backfilled day is in the table twice',
    confirm:
      'SELECT <partition_col>, COUNT(*), COUNT(DISTINCT <key>) FROM <table> GROUP BY 1 ORDER BY 1 — double counts on exactly the backfilled dates.',
    fixNow: 'Rewrite the backfilled partitions from the source with an overwrite, then rerun downstream for those dates.',
    contractClause:
      'Backfills overwrite exactly the partitions in their range (dynamic partition overwrite or delete-and-insert) and are announced with their range and code version.',
  },
  {
    id: 'or-backfill-overwrite--wipe',
    seam: 'orchestration',
    templateId: 'or-backfill-overwrite',
    title: 'Backfill overwrite wiped other partitions',
    prevalence: 2,
    symptoms: ['rows-missing', 'success-but-empty'],
    answers: {
      'backfill-ran': 'yes',
      'missing-at-period-end': 'no',
      'upstream-after-downstream': 'no',
      'task-or-load-failed': 'no',
      'round-row-count': 'no',
      'logs-show-errors-in-green-run': 'no',
    },
    assumed: 'A backfill leaves every partition outside its date range untouched',
    actual:
      'An overwrite without a full partition spec, under Spark’s default spark.sql.sources.partitionOverwriteMode=static, replaced the whole table, so partitions outside the backfill range are now empty',
    confirm:
      'SELECT <partition_col>, COUNT(*) FROM <table> GROUP BY 1 ORDER BY 1 now and before the backfill (time travel or a snapshot), and check spark.sql.sources.partitionOverwriteMode in the job config.',
    fixNow:
      'Restore the table from time travel or a snapshot (RESTORE TABLE <table> TO VERSION AS OF <version>), set partitionOverwriteMode=dynamic, and rerun the backfill.',
    contractClause: 'Backfills run with dynamic partition overwrite (or explicit partition specs) and touch only the partitions in their announced range.',
  },
];
