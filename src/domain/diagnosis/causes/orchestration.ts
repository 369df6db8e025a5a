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
    sometimes: ['data-stale', 'numbers-change-on-rerun', 'data-test-failed', 'run-mistimed'],
    answers: { 'ingest-read-fewer': 'yes?',
      'raw-already-wrong': 'yes?', 'source-correct': 'yes', 'only-one-consumer': 'no', 'started-after-change': 'no?',
      'stream-job': 'no', 'intermittent': 'yes?', 'around-clock-change': 'no?', 'task-or-load-failed': 'no', 'rerun-fixes': 'yes',
      'grain-key-duplicated': 'no', 'missing-at-period-end': 'yes?', 'upstream-after-downstream': 'yes', 'waits-on-upstream': 'no',
      // checks
      'upstream-same-orchestrator': 'no', 'round-row-count': 'no', 'logs-show-errors-in-green-run': 'no',
    },
    assumed: 'When the task starts at its scheduled time, upstream has finished writing the data for the period',
    mechanism:
      'The start time is a guess about when upstream is done; when upstream runs longer than usual (more volume, a slow source, a retry), the task starts on the clock and reads whatever has landed so far, and the rows written after its start are never picked up because the next run reads the next period',
    confirm:
      "Compare the run's start time in the scheduler with SELECT MAX(<loaded_at>) FROM <upstream_table> WHERE <partition_col> = '<ds>'; any upstream write after the downstream start is the race.",
    fixNow:
      'Rerun the task for the affected periods, then replace the fixed start time with a wait on upstream completion (a sensor on a completion marker or audit row, or a dataset/asset trigger).',
    contractClause: 'The task starts only after upstream signals completion for the period (a completion marker or an audit row written last), never at a fixed time.',
  },
  {
    id: 'or-undeclared-dependency',
    seam: 'orchestration',
    templateId: 'or-undeclared-dependency',
    title: 'Dependency not declared',
    prevalence: 5,
    symptoms: ['rows-missing', 'success-but-empty', 'data-stale'],
    sometimes: ['found-in-review', 'reports-disagree', 'numbers-change-on-rerun', 'data-test-failed'],
    answers: { 'ingest-read-fewer': 'yes?',
      'raw-already-wrong': 'no?', 'source-correct': 'yes', 'only-one-consumer': 'no', 'stream-job': 'no',
      'intermittent': 'yes?', 'task-or-load-failed': 'no', 'rerun-fixes': 'yes', 'grain-key-duplicated': 'no',
      'missing-at-period-end': 'yes?', 'upstream-after-downstream': 'yes', 'waits-on-upstream': 'no', 'consumer-needs-fresher': 'no?',
      // checks
      'upstream-same-orchestrator': 'yes', 'round-row-count': 'no', 'logs-show-errors-in-green-run': 'no',
    },
    assumed: 'Every table a task reads is produced by a task it declares as upstream, so it cannot start before its input is complete',
    mechanism:
      "The dependency lives only in the task's SQL (a FROM or JOIN on a table another task loads), so the orchestrator runs the reader on its own clock; whenever the writer finishes late, the reader takes partial or previous-period data as if it were complete",
    confirm:
      "For each table in the task's FROM and JOIN clauses, find the task that writes it and check it is upstream in the DAG's graph view; in dbt, grep models for schema-qualified names not wrapped in ref() or source().",
    fixNow:
      'Rerun the reader for the affected intervals, then declare the edge (<writer_task> >> <reader_task>, a dataset/asset, or ref()/source() in dbt).',
    contractClause: 'Every input of a task is declared as an upstream dependency in the orchestrator; a task that reads a table without a declared producer fails review.',
  },
  {
    id: 'or-sensor-completion',
    seam: 'orchestration',
    templateId: 'or-sensor-completion',
    title: 'Sensor fires on the first file, not on completion',
    prevalence: 4,
    symptoms: ['success-but-empty', 'rows-missing'],
    sometimes: ['numbers-change-on-rerun', 'data-test-failed', 'task-stuck'],
    answers: { 'ingest-read-fewer': 'yes?',
      'raw-already-wrong': 'yes?', 'source-correct': 'yes', 'only-one-consumer': 'no', 'affected-by-zone': 'no?',
      'stream-job': 'no', 'intermittent': 'no?', 'task-or-load-failed': 'no', 'rerun-fixes': 'yes',
      'grain-key-duplicated': 'no', 'missing-at-period-end': 'yes?', 'upstream-after-downstream': 'yes', 'schedule-changed': 'yes?',
      // checks
      'waits-on-completion-signal': 'no', 'round-row-count': 'no', 'logs-show-errors-in-green-run': 'no',
    },
    assumed: 'The sensor waits for an explicit completion signal from upstream (a _SUCCESS marker, an audit row, a dataset event)',
    mechanism:
      'The sensor tests for any file under the prefix, an existing partition or a non-zero row count, so it fires as soon as upstream writes its first output, and downstream reads the partition while the writer is still filling it',
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
    symptoms: ['rows-missing', 'data-stale', 'success-but-empty'],
    sometimes: ['reports-disagree', 'numbers-change-on-rerun', 'data-test-failed', 'task-stuck'],
    answers: { 'ingest-read-fewer': 'yes?',
      'raw-already-wrong': 'no?', 'source-correct': 'yes', 'only-one-consumer': 'no', 'stream-job': 'no',
      'started-after-change': 'yes?', 'schedule-changed': 'yes', 'producer-changed': 'no?', 'pipeline-code-changed': 'no?', 'storage-changed': 'no?',
      'task-or-load-failed': 'no', 'rerun-fixes': 'yes', 'grain-key-duplicated': 'no', 'upstream-after-downstream': 'yes',
      'consumer-needs-fresher': 'no?',
      // checks
      'upstream-same-orchestrator': 'yes', 'logs-show-errors-in-green-run': 'no',
    },
    assumed: 'A pipeline that depends on another waits for the upstream run covering the same data interval',
    mechanism:
      "The cross-pipeline sensor's offset (execution_delta or execution_date_fn) resolves to an upstream run other than the one for the same interval, typically an older run that already succeeded, so downstream starts without waiting for the run it needs and reads incomplete or previous-interval data",
    confirm:
      "Check the sensor's external_dag_id, external_task_id and execution_delta against the upstream's run list: the upstream run it matched covers a different interval than the downstream run.",
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
    symptoms: ['rows-missing', 'totals-doubled'],
    sometimes: ['timestamps-shifted', 'data-stale', 'duplicates-after-retry', 'data-test-failed', 'success-but-empty', 'run-mistimed'],
    answers: { 'ingest-read-fewer': 'yes?',
      'source-correct': 'yes', 'only-one-consumer': 'no', 'affected-some-sources': 'no?', 'affected-by-zone': 'no?',
      'stream-job': 'no', 'task-or-load-failed': 'no', 'backfill-ran': 'yes?', 'written-twice': 'yes?',
      'dupes-whole-run': 'yes', 'missing-are-late-events': 'no?',
      // checks
      'date-from-wall-clock': 'yes', 'round-row-count': 'no', 'logs-show-errors-in-green-run': 'no?',
      'dupes-share-id': 'yes', 'dupes-differ-in-values': 'no?',
    },
    assumed: 'Each run processes exactly the data interval the scheduler gives it (data_interval_start to data_interval_end)',
    mechanism:
      'The task derives its period from now(), CURRENT_DATE or its start time instead of the data interval, so a run that starts late, is retried or catches up processes the wrong period: one period is skipped and another (often the current one) is loaded or overwritten more than once',
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
    sometimes: ['data-test-failed', 'data-stale'],
    answers: { 'ingest-read-fewer': 'yes?',
      'source-correct': 'yes', 'only-one-consumer': 'no', 'affected-by-zone': 'no?', 'started-after-change': 'no?',
      'stream-job': 'no', 'intermittent': 'yes?', 'task-or-load-failed': 'no', 'rerun-fixes': 'yes?',
      'grain-key-duplicated': 'no', 'missing-are-late-events': 'no?',
      // checks
      'logs-show-errors-in-green-run': 'yes', 'round-row-count': 'no?',
    },
    assumed: 'A task reports success only when all of its work completed; a timeout, a skipped partition or a partial extract fails the run',
    mechanism:
      'The task turns a timeout, a skipped partition or a caught exception into a zero exit code (a shell wrapper without pipefail, a catch-all handler, a lenient trigger rule), so it is marked successful with incomplete output, downstream runs on it and no retry fires',
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
    sometimes: ['file-written-twice', 'data-test-failed', 'found-in-review', 'run-mistimed'],
    answers: {
      'source-correct': 'yes', 'only-one-consumer': 'no', 'started-after-change': 'no?', 'stream-job': 'no',
      'task-or-load-failed': 'yes?', 'intermittent': 'yes', 'grain-key-duplicated': 'yes', 'concurrent-writers': 'no?',
      'dupes-whole-run': 'yes', 'task-retried': 'yes', 'written-twice': 'yes', 'off-by-factor': 'yes?',
      // checks
      'dupes-share-id': 'yes', 'dupes-identical-incl-load-time': 'no', 'dupes-differ-in-values': 'no', 'dupes-far-apart': 'no?',
      'sink-idempotent': 'no', 'consumer-rebalanced': 'no?',
    },
    assumed: 'Re-running a task for the same data interval gives the same result: it overwrites its partition or merges on a key, never appends',
    mechanism:
      'The task appends its output (INSERT INTO, append mode, a POST) instead of replacing its interval, so when it is retried after it has written, or cleared and re-run by hand, the next attempt writes the same interval again on top of the first',
    confirm:
      "The task history shows a try number above one (or a manual clear) for the interval, and SELECT COUNT(*), COUNT(DISTINCT <key>) FROM <table> WHERE <partition_col> = '<ds>' shows the interval's rows repeated.",
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
    sometimes: ['file-written-twice', 'reports-disagree', 'data-test-failed', 'run-mistimed'],
    answers: {
      'source-correct': 'yes', 'only-one-consumer': 'no', 'affected-some-sources': 'no?', 'stream-job': 'no',
      'task-or-load-failed': 'no', 'intermittent': 'yes?', 'grain-key-duplicated': 'yes', 'dupes-whole-run': 'yes',
      'backfill-ran': 'yes', 'written-twice': 'yes', 'off-by-factor': 'yes?',
      // checks
      'dupes-share-id': 'yes', 'dupes-far-apart': 'yes', 'dupes-identical-incl-load-time': 'no', 'dupes-differ-in-values': 'no?',
      'sink-idempotent': 'no', 'consumer-rebalanced': 'no?',
    },
    assumed: 'A backfill replaces exactly the partitions in its date range',
    mechanism:
      'The backfill runs an append-mode task over periods that are already loaded, so every backfilled period gets a second copy of its rows next to the first',
    confirm:
      'SELECT <partition_col>, COUNT(*), COUNT(DISTINCT <key>) FROM <table> GROUP BY 1 ORDER BY 1 — row counts above distinct counts on exactly the backfilled dates.',
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
    symptoms: ['rows-missing', 'file-written-twice'],
    sometimes: ['success-but-empty', 'data-lost-permanently', 'data-test-failed'],
    answers: { 'ingest-read-fewer': 'no?',
      'source-correct': 'yes', 'only-one-consumer': 'no', 'affected-some-sources': 'no?', 'affected-by-zone': 'no?',
      'stream-job': 'no', 'task-or-load-failed': 'no', 'grain-key-duplicated': 'no', 'backfill-ran': 'yes',
      'written-twice': 'yes', 'missing-are-late-events': 'no',
      // checks
      'round-row-count': 'no', 'logs-show-errors-in-green-run': 'no?',
    },
    assumed: 'A backfill leaves every partition outside its date range untouched',
    mechanism:
      "An overwrite without a full partition spec runs under static partition-overwrite mode (Spark's default), so it replaces the whole table rather than the backfilled partitions, and every partition outside the range is emptied",
    confirm:
      'SELECT <partition_col>, COUNT(*) FROM <table> GROUP BY 1 ORDER BY 1 now and before the backfill (time travel or a snapshot), and check spark.sql.sources.partitionOverwriteMode in the job config.',
    fixNow:
      'Restore the table from time travel or a snapshot (RESTORE TABLE <table> TO VERSION AS OF <version>), set partitionOverwriteMode=dynamic, and rerun the backfill.',
    contractClause: 'Backfills run with dynamic partition overwrite (or explicit partition specs) and touch only the partitions in their announced range.',
  },
  {
    id: 'or-schedule-timezone',
    seam: 'orchestration',
    templateId: 'or-schedule-timezone',
    title: 'Schedule in a local zone shifted around a clock change',
    prevalence: 3,
    symptoms: ['rows-missing', 'data-stale', 'timestamps-shifted', 'run-mistimed'],
    sometimes: ['duplicates-after-retry', 'task-stuck', 'loss-by-zone-region', 'data-test-failed', 'success-but-empty'],
    answers: { 'ingest-read-fewer': 'yes?',
      'around-clock-change': 'yes', 'affected-by-zone': 'yes?', 'shift-whole-hours-tz': 'yes', 'intermittent': 'yes',
      'stream-job': 'no', 'source-correct': 'yes', 'only-one-consumer': 'no?', 'task-or-load-failed': 'no?', 'rerun-fixes': 'yes?',
      'schedule-changed': 'yes?', 'missing-at-period-end': 'yes?', 'under-load': 'no?',
      // checks
      'logs-show-errors-in-green-run': 'no', 'round-row-count': 'no?',
    },
    assumed: 'The schedule fires once per period at a fixed instant relative to upstream and to the day boundaries of every zone it serves',
    mechanism:
      'The cron expression is evaluated in a local zone (or whatever zone the host or scheduler defaults to), so across a daylight-saving change the run moves by an hour against UTC upstreams, is skipped in the missing hour or repeated in the doubled one, and a daily run cut in one zone closes the day early or late for markets in other zones',
    confirm:
      "List the run start times in UTC across the last clock change (or around the affected zone's day boundary) and read the schedule's zone: the DAG's timezone or start_date tzinfo, the scheduler's default_timezone, the CronJob timeZone or the host's TZ.",
    fixNow: "Rerun the affected intervals, then define the schedule in UTC (or an explicit zone chosen on purpose) and express per-market cut-offs as data intervals in that market's zone.",
    contractClause: "Every schedule states its time zone (UTC by default); runs serving a market cut their period in that market's zone, and a daylight-saving change neither skips nor repeats a run.",
  },
  {
    id: 'or-run-never-scheduled',
    seam: 'orchestration',
    templateId: 'or-run-never-scheduled',
    title: 'Run never created or never left the queue',
    prevalence: 4,
    symptoms: ['task-stuck', 'data-stale'],
    // A scheduler or worker pool that is down or full also fails the runs it does start.
    sometimes: ['rows-missing', 'reports-disagree', 'data-test-failed', 'job-failed', 'run-mistimed'],
    answers: { 'ingest-read-fewer': 'yes?',
      'task-stuck': 'yes', 'task-or-load-failed': 'no?', 'rerun-fixes': 'yes', 'stream-job': 'no', 'source-correct': 'yes',
      'only-one-consumer': 'no', 'consumer-needs-fresher': 'no', 'grain-key-duplicated': 'no', 'schedule-changed': 'yes?',
      'affected-by-zone': 'no?',
      // checks
      'round-row-count': 'no?',
    },
    assumed: 'Every scheduled interval gets a run that starts within an agreed delay, or someone is alerted',
    mechanism:
      'Nothing ever starts the work for the interval: the pipeline is paused, catchup is off so missed intervals are never created, a pool or concurrency limit stays full, the scheduler or its workers are down or wedged, or a sensor waits for an upstream run that will never exist; no task fails, so failure alerts stay quiet while the outputs stop moving',
    confirm:
      "Compare the expected intervals with the run list (airflow dags list-runs -d <dag_id>) and check the pipeline's paused flag, catchup and start_date, pool and max_active_runs usage, the scheduler heartbeat, and task instances sitting in queued, scheduled or sensing state.",
    fixNow: 'Unblock the pipeline (unpause it, free the pool, restart the scheduler, fix the sensor target), trigger runs for the missing intervals, and alert on intervals without a run and on data age.',
    contractClause: 'Every interval of <pipeline> gets a run that starts within <max_start_delay>; a paused pipeline, a task queued or sensing past <max_wait>, or output older than <max_age> pages the owner.',
  },
  {
    id: 'or-overlapping-runs',
    seam: 'orchestration',
    templateId: 'or-overlapping-runs',
    title: 'Two runs of the same job wrote at the same time',
    prevalence: 3,
    symptoms: ['duplicates-after-retry', 'file-written-twice', 'run-mistimed'],
    // The run that loses the race often fails on a lock or an "already exists" error.
    sometimes: ['totals-doubled', 'rows-missing', 'old-value-overwrote-new', 'data-test-failed', 'job-failed'],
    answers: { 'ingest-read-fewer': 'no?',
      'concurrent-writers': 'yes', 'intermittent': 'yes', 'stream-job': 'no', 'source-correct': 'yes', 'only-one-consumer': 'no',
      'grain-key-duplicated': 'yes?', 'dupes-whole-run': 'yes?', 'written-twice': 'yes', 'task-or-load-failed': 'no?',
      'rerun-fixes': 'yes?', 'schedule-changed': 'yes?', 'affected-by-zone': 'no?',
      // checks
      'dupes-share-id': 'yes', 'dupes-far-apart': 'no', 'dupes-identical-incl-load-time': 'no?', 'sink-idempotent': 'no?',
    },
    assumed: 'At most one run of the job writes its target at a time',
    mechanism:
      "Nothing serialises runs of the job: a slow run overlaps the next scheduled one, the same job is started from two machines or schedulers, or a manual run starts during a scheduled one, so two runs append, delete-and-insert or merge into the same table at once and duplicate, remove or mix each other's rows",
    confirm:
      "List the job's runs with start time, end time and host, and the target's commit or write history (DESCRIBE HISTORY <table>, or <query_history> for writes to <table>): two runs writing in overlapping windows.",
    fixNow: 'Rebuild the affected partitions with a single run, then limit the job to one active run (max_active_runs or a lock per target), remove the duplicate schedule, and make manual runs take the same lock.',
    contractClause: 'At most one run writes <table> at a time (one active run or a lock per target); each run replaces only its own interval atomically, and manual runs take the same lock.',
  },
];
