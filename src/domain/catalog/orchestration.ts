import type { ClauseTemplate } from './types';

/**
 * Clauses for orchestration, which touches every seam: when tasks run, what they wait for, and
 * what a retry or backfill does to data. Retries and backfills live here, not at the seam whose
 * table they damage, because the fix is in the orchestrator and the task's write pattern.
 */
export const ORCHESTRATION_TEMPLATES: readonly ClauseTemplate[] = [
  {
    id: 'or-schedule-vs-upstream',
    seam: 'orchestration',
    dimension: 'timing',
    title: 'Schedule races the upstream writer',
    subject: 'scheduled start',
    assumed: 'When the job starts at its scheduled time, upstream has finished writing the data for the period',
    explanation:
      'A cron schedule encodes a guess about upstream: it is usually done by 03:00, so load at 03:00. The guess holds until upstream runs long, volumes grow or a retry delays it; then the load starts at 03:00 while upstream writes until 03:07. The load reads whatever exists and succeeds, and the rows written in those 7 minutes are never loaded because the next run reads the next period. Nothing fails; the gap surfaces days later. Time-based triggers have to become data-based ones that wait for upstream completion, not for the clock.',
    howToCheck:
      'Compare the run start time in the scheduler with SELECT MAX(<loaded_at>) FROM <upstream_table> WHERE <partition_col> = <ds>; any upstream write after the downstream start means the schedule raced it.',
  },
  {
    id: 'or-sensor-completion',
    seam: 'orchestration',
    dimension: 'timing',
    title: 'Sensor waits on the wrong signal',
    subject: 'upstream sensor',
    assumed:
      'The sensor waits for an explicit completion signal (a _SUCCESS marker, a dataset or asset event, an audit row), not for the first file or the partition to exist',
    explanation:
      'Replacing a schedule with a sensor helps only if the sensor tests for completion. Sensors that poke for any file under a prefix, for a partition that exists or for a row count above zero succeed the moment upstream writes its first file, so downstream starts while the writer is still running: the same race as a fixed schedule, just shorter. Completion needs a signal the writer emits last: a _SUCCESS file, a row in a load-audit table, a dataset or asset update from the producing task, or a committed table-format snapshot.',
    howToCheck:
      'Read the sensor config (S3KeySensor bucket_key and wildcard_match, SqlSensor sql) and confirm it matches <partition_path>/_SUCCESS or an audit row, not any key or a non-empty partition.',
  },
  {
    id: 'or-logical-date',
    seam: 'orchestration',
    dimension: 'timing',
    title: 'Run reads the wrong period',
    subject: 'data interval',
    assumed:
      'Each run processes exactly the data interval the scheduler gives it (data_interval_start to data_interval_end), never a period derived from the wall clock',
    explanation:
      'Schedulers name runs by the period they cover, not by when they start: with interval-based schedules in Airflow, the daily run that starts on the 2nd covers the 1st. Tasks that compute their period from now(), CURRENT_DATE or datetime.utcnow() process the wrong day whenever a run is late, retried or backfilled, and catching up ten missed runs loads today ten times. Off-by-one days between logical date and run date, and UTC versus local dates, are the usual symptoms.',
    howToCheck:
      'Grep task code for now(), CURRENT_DATE, GETDATE() and datetime.utcnow(); the period must come from {{ data_interval_start }} / {{ ds }}; check the partition written matches the run logical date.',
  },
  {
    id: 'or-undeclared-dependency',
    seam: 'orchestration',
    dimension: 'dependency',
    title: 'Dependency not declared',
    subject: 'upstream dependency',
    assumed:
      'Every table a task reads is produced by a task it declares as upstream, or waits for through a sensor or dataset, so it cannot start before its input is complete',
    explanation:
      'A dependency that lives only in SQL, a FROM clause naming a table another team loads, is invisible to the scheduler. The task runs on its own clock, works while timing happens to be favourable, and silently reads partial or previous-day data when it is not. The same happens in dbt when models use hard-coded table names instead of ref() or source(), and in pipelines split across DAGs with no cross-DAG wait. Declaring the edge lets the orchestrator hold the task, alert on the upstream, and rerun the right things after a fix.',
    howToCheck:
      'For each table in the task SQL (FROM/JOIN), find the task that writes it and confirm it is upstream in the DAG graph view; in dbt, grep models for schema-qualified names not wrapped in ref() or source().',
  },
  {
    id: 'or-cross-dag-dependency',
    seam: 'orchestration',
    dimension: 'dependency',
    title: 'Cross-pipeline wait on the wrong run',
    subject: 'cross-DAG dependency',
    assumed:
      'A pipeline that depends on another waits for the upstream run covering the same data interval, and fails loudly if it never completes',
    explanation:
      'Dependencies between pipelines owned by different teams are wired with an ExternalTaskSensor, a dataset or asset trigger, or a polling check. When schedules differ (hourly upstream, daily downstream; 02:00 against 03:00), the sensor has to be told which upstream run counts, through execution_delta or execution_date_fn. Get it wrong and the sensor either waits for a run that never exists until it times out, or matches an older run that already succeeded and lets downstream read incomplete data. Upstream changing its schedule breaks the link without any change downstream.',
    howToCheck:
      'Airflow: check ExternalTaskSensor external_dag_id, external_task_id and execution_delta / execution_date_fn resolve to the upstream run for the same interval (Browse > DAG Runs); prefer datasets/assets where available.',
  },
  {
    id: 'or-partial-success',
    seam: 'orchestration',
    dimension: 'dependency',
    title: 'Timeout or partial success marked as success',
    subject: 'task success status',
    assumed:
      'A task reports success only when all of its work completed; a timeout, a skipped partition or a partial extract fails the run',
    explanation:
      'Downstream tasks depend on a status, not on data. Shell wrappers without set -e or with pipes that hide exit codes, scripts that catch every exception and log it, API extracts that stop at a timeout and write what they have, jobs that skip bad partitions, and trigger rules such as all_done or none_failed all produce a green task with incomplete output. Everything downstream then runs on partial data, and retries never fire because nothing failed. Success has to be defined by output: expected partitions present, row counts within range.',
    howToCheck:
      'Read logs of green runs for timeout, skipped or error lines; check shell tasks use set -euo pipefail and downstream trigger_rule is all_success; compare rows written per run in <load_audit_table> with the expected range.',
  },
  {
    id: 'or-retry-idempotency',
    seam: 'orchestration',
    dimension: 'retry across every seam',
    title: 'Retries are idempotent',
    subject: 'task retry',
    assumed:
      'Re-running a task for the same data interval gives the same result: it overwrites its partition or merges on a key, never appends',
    explanation:
      'Orchestrators retry by default (retries, retry_delay) and operators rerun failed tasks by hand. A task that appends (INSERT INTO, write mode append, a POST to an API) and fails after writing part or all of its output writes it again on retry: a duplicate day, a double-sent email, a second charge. The retry policy lives in the orchestrator, but the damage lands at whichever seam the task writes to. Idempotence comes from the write pattern: delete-and-insert or overwrite of the run partition in one transaction, MERGE on a key, or idempotency keys on external calls.',
    howToCheck:
      "Run the task twice for one <ds> in a test environment and compare SELECT COUNT(*), SUM(<measure>) FROM <table> WHERE <partition_col> = '<ds>' after each run; grep the task for INSERT INTO or mode('append') without a preceding delete or overwrite.",
  },
  {
    id: 'or-backfill-overwrite',
    seam: 'orchestration',
    dimension: 'retry across every seam',
    title: 'Backfill double-loads or overwrites too much',
    subject: 'backfill run',
    assumed: 'A backfill replaces exactly the partitions in its date range and leaves every other partition untouched',
    explanation:
      "Backfills run the same task many times, often in parallel and next to the live schedule, which is where write patterns that were tolerable for one daily run break. Append-mode tasks double-load every backfilled day. Spark's default spark.sql.sources.partitionOverwriteMode=static makes an overwrite without a full partition spec wipe every partition of the table, not just the ones being written. A backfill and the regular run for the same day can race each other. And a backfill applies today's code to old data, which consumers of historical numbers may not expect. Range, write mode and code version have to be decided before it starts.",
    howToCheck:
      'SELECT <partition_col>, COUNT(*) FROM <table> GROUP BY 1 ORDER BY 1 before and after, compared with the source; check spark.sql.sources.partitionOverwriteMode=dynamic and that max_active_runs and catchup are set deliberately.',
  },
  {
    id: 'or-schedule-timezone',
    seam: 'orchestration',
    dimension: 'timing',
    title: 'Schedule time zone and daylight saving',
    subject: 'schedule time zone',
    assumed:
      'Every schedule states the zone its cron is evaluated in (UTC unless stated), fires exactly once per period across daylight-saving changes, and keeps its offset to upstream schedules in other zones',
    explanation:
      "A cron expression carries no time zone: it runs in whatever zone the host, container or scheduler defaults to, so a job moved from a server on local time to a UTC container shifts by hours without a code change. A schedule set in a zone with daylight saving moves an hour against UTC upstreams twice a year, skips its run in the missing spring hour and runs twice in the repeated autumn hour. A daily run meant to close a market's day starts before that day has ended in the market's zone. Schedules belong in UTC, or in an explicit zone whose daylight-saving behaviour was chosen on purpose.",
    howToCheck:
      "Read the DAG's timezone or start_date tzinfo and the scheduler's default_timezone (Airflow), the CronJob timeZone field (Kubernetes) or CRON_TZ/TZ on the host; list run start times in UTC across the last clock change and compare them with upstream finish times.",
  },
  {
    id: 'or-run-never-scheduled',
    seam: 'orchestration',
    dimension: 'timing',
    title: 'Every scheduled run starts, or someone is told',
    subject: 'run creation and queueing',
    assumed:
      'Every scheduled interval gets a run that starts within an agreed delay; a paused pipeline, a full pool, a stopped scheduler or a wait that never ends raises an alert instead of leaving the interval unprocessed',
    explanation:
      'Orchestrator monitoring usually alerts on failed tasks, and a run that never exists never fails. A DAG left paused after maintenance, catchup disabled so missed intervals are never created, a start_date in the future, a pool or max_active_runs limit held by stuck tasks, a scheduler or worker that is down or wedged, or a sensor waiting for an upstream run that will never exist: each leaves the interval without output while every status stays green. Consumers see stale data; the run history shows a gap or tasks queued for hours. The orchestrator has to be watched for what did not happen: intervals without a run, tasks queued or sensing past a limit, and the age of each output.',
    howToCheck:
      'Compare expected intervals with the run list (airflow dags list-runs -d <dag_id>); check is_paused, catchup and start_date, pool slots and max_active_runs, the scheduler heartbeat, and task instances in queued or up_for_reschedule state older than <max_wait>.',
  },
  {
    id: 'or-overlapping-runs',
    seam: 'orchestration',
    dimension: 'timing',
    title: 'One run at a time per job and target',
    subject: 'concurrent runs',
    assumed:
      'At most one run of a job writes its target at a time: a run still in progress holds back the next schedule, and manual runs and other hosts take the same lock',
    explanation:
      "A job that usually finishes well inside its interval will one day run longer than it, and the scheduler then starts the next run beside it unless told not to (max_active_runs, a concurrency limit, a lock). The same happens when a cron entry is deployed on two machines, when someone starts a manual run while the scheduled one is still going, or when a restarted worker leaves a second copy running. Two runs that append, delete-and-insert or merge into one table interleave: rows are duplicated, one run deletes what the other wrote, or a merge sees half of the other run's writes. Runs have to be serialised per target, or each run must replace only its own interval atomically.",
    howToCheck:
      "List runs of <job> with start time, end time and host (the orchestrator's run history, or scheduler logs on each machine) and look for overlaps; check max_active_runs or concurrency settings and the table's commit history for two writers in one window.",
  },
];
