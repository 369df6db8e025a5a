import type { Question } from './types';

/**
 * Yes/no questions a triager can answer from data, logs, configs or the orchestrator UI.
 * The first group splits seams from each other; the rest tell causes apart within a family
 * (duplicates, missing rows, time, values and nulls, layout, modeling, serving).
 */
export const QUESTIONS: readonly Question[] = [
  // ── Where in the chain: questions that split seams ────────────────────────────────────────
  {
    id: 'raw-already-wrong',
    text: 'Is the data already wrong in the raw/landing table, before any transformation?',
    why: 'Yes puts the break at or before landing: the source, the delivery into storage, or a load that ran too early. No means the raw data is right and processing, modeling or serving made it wrong.',
    howToFind:
      'Run the same count, distinct count and sum for the affected window on the first table the ingestor writes, and compare it with the source system or with what the bad report shows.',
    check:
      "SELECT COUNT(*), COUNT(DISTINCT <event_id>), SUM(<measure>), MIN(<event_ts>), MAX(<event_ts>) FROM <raw_table> WHERE <event_ts> >= '<start>' AND <event_ts> < '<end>'",
  },
  {
    id: 'staging-right-model-wrong',
    text: 'Is the processed/staging table right while the model built from it is wrong?',
    why: "Yes isolates the model's own SQL (a join or a re-aggregation) at Process → Model. No means the rows were already wrong when they reached the model layer.",
    howToFind: 'Compute the metric on the staging table that feeds the model and on the model itself, for the same period, and compare row counts and sums.',
    check:
      "SELECT (SELECT COUNT(*) FROM <staging_table> WHERE <date_col> = '<day>') AS staging_rows, (SELECT COUNT(*) FROM <model_table> WHERE <date_col> = '<day>') AS model_rows, (SELECT SUM(<measure>) FROM <staging_table> WHERE <date_col> = '<day>') AS staging_sum, (SELECT SUM(<measure>) FROM <model_table> WHERE <date_col> = '<day>') AS model_sum",
  },
  {
    id: 'only-one-consumer',
    text: 'Is the problem limited to one consumer (a dashboard, report, API or ML model), while a direct query on the served table looks right?',
    why: 'Yes points at Model → Serve: a cache, a report with its own metric SQL, or a consumer that needs fresher data than the model promises. No means the served table itself is wrong, so the break is further upstream.',
    howToFind:
      "Run the consumer's query (from the BI tool's SQL view, the API's query log or the feature pipeline) directly against the served table and compare with what the consumer shows; ask whether other consumers of the same table see the problem.",
    check: "SELECT <metric_expression> FROM <served_table> WHERE <date_col> = '<day>' -- compare with the value the consumer displays for <day>",
  },
  {
    id: 'started-after-change',
    text: 'Did the problem start right after a deploy, schema change or connector/SDK upgrade?',
    why: 'Yes favours change-driven causes: a schema change, a renamed or retyped column, a query rewrite that lost pruning, a model whose meaning changed. No favours chronic causes (delivery semantics, races, layout) that surface with volume or timing.',
    howToFind:
      'Find the first bad date or hour, then line it up with the deploy log, the Git/dbt history of the affected jobs and models, connector version history and schema-registry versions.',
    check:
      "SELECT <date_col>, <metric_expression> FROM <table> GROUP BY 1 ORDER BY 1 -- first bad date; then: git log --since='<first_bad_day> -2 days' --until='<first_bad_day> +1 day' --oneline -- <repo_paths>",
  },
  {
    id: 'producer-changed',
    text: 'Did the producer side change when it started: a new app or SDK version, a new service, market or region sending this event?',
    why: 'Yes points at Generate → Ingest: the source changed what its records look like or mean and the pipeline accepted it. No keeps the source out of it.',
    howToFind: 'Group the affected rows by client/SDK version, producer service and market, and see whether the bad rows come from something that first appeared around the start.',
    check:
      'SELECT <sdk_version>, <producer_id>, MIN(<received_at>) AS first_seen, COUNT(*) FROM <raw_table> GROUP BY 1, 2 ORDER BY first_seen DESC LIMIT 20',
  },
  {
    id: 'task-or-load-failed',
    text: 'Did any task or load fail, or reject records to a dead-letter/rejected table, for the affected data?',
    why: 'Yes points at loud breaks: a schema change that stops parsing, a refresh that failed and left old data in place. No means the pipeline reported success while the data was wrong, which rules out most schema breaks and points at silent ones.',
    howToFind:
      "Check the orchestrator's task history for the affected runs, the ingestor's parse-error and dead-letter counts, and the warehouse's load history for rejected rows.",
    check:
      "airflow tasks states-for-dag-run <dag_id> <run_id>; SELECT COUNT(*) FROM <dead_letter_table> WHERE <received_at> >= '<start>'",
  },
  {
    id: 'rerun-fixes',
    text: 'Does re-running the job for the affected period now give the right result, without any code change?',
    why: 'Yes means the input was complete later than the job read it: a race with upstream, late-arriving rows, a half-written partition. No means the logic or the data itself is wrong, or the rerun makes it worse (a non-idempotent task appends again).',
    howToFind: 'Rerun the task for the affected interval into a dev or scratch target and compare its output with the production partition.',
    check:
      "dbt build -s <model> --target dev --vars '{ds: <ds>}' (or airflow tasks test <dag_id> <task_id> <ds> against a scratch schema), then compare COUNT(*), SUM(<measure>) with production",
  },

  // ── Duplicates ────────────────────────────────────────────────────────────────────────────
  {
    id: 'grain-key-duplicated',
    text: 'Does the table have more than one row for a key that should be unique (event id, order id)?',
    why: "Yes means rows repeat: a delivery or rerun wrote them twice, ids collide, or the table's grain is finer than assumed. No rules duplicates out, so an inflated total comes from units, re-aggregation or definitions.",
    howToFind: 'Count rows per key in the table where the total is wrong, then in the tables that feed it.',
    check: 'SELECT <key>, COUNT(*) FROM <table> GROUP BY 1 HAVING COUNT(*) > 1 ORDER BY 2 DESC LIMIT 20',
  },
  {
    id: 'dupes-share-id',
    text: 'Do the duplicate rows share one event id?',
    why: 'Yes: the same record was written twice (redelivery, retry, rerun). No: the producer minted a new id for the same real event, so no id-based dedup could catch it, which points at Generate → Ingest.',
    howToFind: 'Look for duplicates on the business fields (user, amount, event time) and check whether their event ids are equal.',
    check:
      'SELECT <user_id>, <event_ts>, <amount>, COUNT(*), COUNT(DISTINCT <event_id>) AS ids FROM <raw_table> GROUP BY 1, 2, 3 HAVING COUNT(*) > 1 LIMIT 20',
  },
  {
    id: 'dupes-identical-incl-load-time',
    text: 'Are the duplicate rows identical in every column, including their ingestion/load time?',
    why: 'Yes means the copies were created inside one write, typically by a join, not delivered twice. No (different ingested_at or _loaded_at) means the record was written twice at different moments: a retry, redelivery, rerun or backfill.',
    howToFind: 'Pick a few duplicated keys and compare all columns, including metadata columns such as ingested_at, _loaded_at, _batch_id or the source offset.',
    check: 'SELECT <key>, COUNT(*), COUNT(DISTINCT <ingested_at>) AS load_times, COUNT(DISTINCT <batch_id>) AS batches FROM <table> GROUP BY 1 HAVING COUNT(*) > 1 LIMIT 20',
  },
  {
    id: 'dupes-differ-in-values',
    text: 'Do rows that share a key differ in some business column (amount, status, timestamp, producer)?',
    why: 'Yes means they are not copies: colliding ids, several versions of one entity, rows at a finer grain than assumed, or a join that attached several dimension rows. No means exact copies of one record.',
    howToFind: 'For duplicated keys, count distinct values of the business columns.',
    check:
      'SELECT <key>, COUNT(*), COUNT(DISTINCT <amount>), COUNT(DISTINCT <status>), COUNT(DISTINCT <producer_id>) FROM <table> GROUP BY 1 HAVING COUNT(*) > 1 LIMIT 20',
  },
  {
    id: 'dupes-far-apart',
    text: 'Did the copies of a duplicated record land more than an hour apart?',
    why: 'Yes points at redelivery after a long delay (offline clients, replays, re-sent files, backfills) or an id reused much later. No (seconds to minutes apart) points at retries, crashes and rebalances.',
    howToFind: 'For duplicated ids, compare the earliest and latest ingestion time.',
    check: 'SELECT <event_id>, MAX(<ingested_at>) - MIN(<ingested_at>) AS spread FROM <table> GROUP BY 1 HAVING COUNT(*) > 1 ORDER BY 2 DESC LIMIT 20',
  },
  {
    id: 'dupes-whole-run',
    text: "Is a whole run's output duplicated (every row of the affected day or partition twice), rather than scattered records?",
    why: 'Yes: a task ran twice over the same interval and appended (retry, manual rerun, backfill), which is an orchestration problem. No: scattered bursts of duplicates come from delivery (acks, rebalances, redelivery) at Ingest → Store.',
    howToFind: 'Compare rows with distinct keys per partition; a ratio of exactly 2.0 over a whole partition is a double load.',
    check:
      'SELECT <partition_col>, COUNT(*), COUNT(DISTINCT <key>), COUNT(*) * 1.0 / NULLIF(COUNT(DISTINCT <key>), 0) AS ratio FROM <table> GROUP BY 1 ORDER BY 1',
  },
  {
    id: 'consumer-rebalanced',
    text: 'Did the consumer group rebalance, or an ingest worker crash or restart, around when the problem landed?',
    why: 'Yes points at the delivery boundary: a crash between ack and commit, or redelivery of everything since the last committed offset. No makes those unlikely.',
    howToFind: 'Check consumer logs for rebalance lines, pod restarts and deploys of the ingestor or sink around the first bad record.',
    check:
      "kubectl get pods -l app=<consumer> (RESTARTS); grep -nE 'Revoke previously assigned partitions|rebalanc' <consumer_log>; kafka-consumer-groups --bootstrap-server <broker> --describe --group <group>",
  },
  {
    id: 'producer-retried',
    text: 'Do producer or ingestor logs show send timeouts or retries for the affected records?',
    why: 'Yes points at producer retries: an ack that came before the commit, or an SDK that mints a new id per attempt. No, with duplicates, points at consumer-side redelivery or an orchestrator rerun.',
    howToFind: "Search the producer's or ingestor's logs and retry metrics for the window of the duplicated ids.",
    check: "grep -nE 'retry|retrying|TimeoutException|NETWORK_EXCEPTION' <producer_log> | grep <event_id>; or the producer metric record-retry-total for <topic>",
  },
  {
    id: 'sink-idempotent',
    text: 'Does the sink write idempotently (MERGE/upsert or an enforced unique key on the event id) rather than appending?',
    why: 'Yes means a redelivery cannot add a row, so duplicates need different ids, and an upsert can still apply versions in the wrong order. No means every at-least-once path ends as a duplicate row.',
    howToFind: 'Read the sink or loader code and the connector config; note that BigQuery, Snowflake and Redshift do not enforce declared primary keys.',
    check: "grep -nE 'INSERT INTO|mode\\(.append.\\)|MERGE INTO|ON CONFLICT|insert.mode|write_disposition' <sink_code_or_connector_config>",
  },
  {
    id: 'task-retried',
    text: 'Did an orchestrator task for the affected interval retry, or was it re-run by hand?',
    why: 'Yes with duplicates points at a non-idempotent task (Orchestration). No rules that out and keeps the duplicates at the delivery boundary or the source.',
    howToFind: "Open the task instances for the affected run in the orchestrator UI and look at the try number and the clear/rerun history.",
    check: "SELECT task_id, try_number, start_date, end_date FROM task_instance WHERE dag_id = '<dag_id>' AND run_id = '<run_id>' ORDER BY start_date",
  },
  {
    id: 'backfill-ran',
    text: 'Was a backfill or catch-up over a date range run shortly before the problem appeared?',
    why: 'Yes points at the backfill: append-mode tasks double-load, static overwrites wipe other partitions, catch-up runs that read the wall clock load the wrong day. No rules those out.',
    howToFind: "List the DAG's recent runs and look for backfill or catch-up run types, or ask in the team channel.",
    check: "airflow dags list-runs -d <dag_id> (run_id starting with backfill__), or SELECT run_id, run_type, start_date FROM dag_run WHERE dag_id = '<dag_id>' ORDER BY start_date DESC LIMIT 50",
  },

  // ── Missing or partial data, timing ───────────────────────────────────────────────────────
  {
    id: 'round-row-count',
    text: 'Is a loaded row count a round number or a known limit (1,000, 10,000, 1,048,576, page size × pages)?',
    why: 'Yes is the fingerprint of truncation: an API row or page limit, a spreadsheet cap, a size limit. No points at other kinds of loss.',
    howToFind: 'Count rows per load, batch or file and look for suspiciously round numbers, then compare with the source count for the same window.',
    check: 'SELECT <load_id>, COUNT(*) FROM <raw_table> GROUP BY 1 ORDER BY 2 DESC LIMIT 20',
  },
  {
    id: 'missing-at-period-end',
    text: 'Does the missing data fall at the end of a period (the last minutes or hour of the day or batch)?',
    why: 'Yes: the reader started before the writer finished (a schedule or sensor race, an undeclared dependency). No (gaps spread through the period) points at truncation, dropped late events, failed joins or lost writes.',
    howToFind: 'Compare hourly counts for the affected day between the table and the source.',
    check:
      "SELECT DATE_TRUNC('hour', <event_ts>) AS h, COUNT(*) FROM <table> WHERE <date_col> = '<day>' GROUP BY 1 ORDER BY 1 -- run the same on <source_table> and compare",
  },
  {
    id: 'upstream-after-downstream',
    text: 'Did the upstream job finish (write its last rows) after the downstream job started reading?',
    why: 'Yes is a race: downstream read an incomplete input. No rules races out and points at what the data or the job itself did.',
    howToFind: "Compare the upstream table's last write time for the period with the downstream task's start time in the orchestrator.",
    check: "SELECT MAX(<loaded_at>) FROM <upstream_table> WHERE <partition_col> = '<ds>' -- compare with the downstream task's start_date for <ds>",
  },
  {
    id: 'waits-on-upstream',
    text: 'Does the downstream task wait on its upstream (a task edge, a sensor or a dataset/asset trigger), not just on the clock?',
    why: 'No means the start time is a guess about upstream (a schedule race or an undeclared dependency). Yes means a wait exists, so if it still raced, the wait is on the wrong signal or the wrong run.',
    howToFind: "Open the DAG's graph view and the task's definition: look for an upstream edge, a sensor, or a dataset/asset schedule.",
    check: "grep -nE 'Sensor|schedule=|Dataset\\(|Asset\\(|>>|<<|set_upstream' <dag_file>",
  },
  {
    id: 'waits-on-completion-signal',
    text: 'Is what it waits for emitted only after upstream has finished (task success, a _SUCCESS marker, an audit row, a dataset event), rather than the first file or a non-empty partition?',
    why: 'No means the wait fires as soon as upstream starts writing, so downstream reads a partial input. Yes means the wait itself is sound, so a race comes from waiting on the wrong run or from a non-atomic write.',
    howToFind: "Read the sensor's arguments: the key or wildcard it pokes for, the SQL it runs, the external task and run it targets.",
    check: "grep -nE 'bucket_key|wildcard_match|sql=|external_task_id|execution_delta|execution_date_fn' <dag_file>",
  },
  {
    id: 'upstream-same-orchestrator',
    text: 'Is the upstream table written by a task in the same orchestrator (any DAG or dbt project), so a dependency could be declared on it?',
    why: 'Yes with no declared wait means an undeclared dependency (or a cross-DAG sensor pointed at the wrong run). No means an external team or system writes it and the schedule only guesses when it is done.',
    howToFind: 'Find which job writes the table: catalog lineage, the orchestrator’s dataset/asset view, or the warehouse query history for writes.',
    check:
      "SELECT user_name, query_type, start_time FROM <query_history> WHERE query_type IN ('INSERT', 'MERGE', 'COPY') AND query_text ILIKE '%<table>%' ORDER BY start_time DESC LIMIT 20",
  },
  {
    id: 'date-from-wall-clock',
    text: "Does the task compute its period from now()/CURRENT_DATE instead of the scheduler's data interval?",
    why: 'Yes: a late, retried or catch-up run processes the wrong day. No rules out wrong-period runs.',
    howToFind: "Read the task's SQL and code for wall-clock dates; the period should come from the run's data interval ({{ ds }}, data_interval_start).",
    check: "grep -nE 'now\\(\\)|CURRENT_DATE|GETDATE\\(\\)|SYSDATE|utcnow\\(\\)|date\\.today\\(\\)' <task_code>",
  },
  {
    id: 'logs-show-errors-in-green-run',
    text: 'Do the logs of the green run contain timeouts, skipped partitions or caught exceptions?',
    why: 'Yes: the task hid a failure and reported success on partial output. No makes a partial-success cause unlikely.',
    howToFind: 'Open the logs of the successful task instance for the affected run and search for error-like lines; check whether shell tasks use set -euo pipefail.',
    check: "grep -niE 'timeout|timed out|skipp|exception|error|partial|retrying' <task_log>",
  },
  {
    id: 'missing-are-late-events',
    text: 'Are the missing events ones that arrived long (hours or days) after their event time?',
    why: 'Yes points at late-data handling: a watermark that dropped them, a job that never revisits closed days, or a skewed clock that makes events look late. No points at loss unrelated to lateness.',
    howToFind: 'Find the events present in raw but missing downstream and compare their event time with their ingestion time.',
    check: 'SELECT <event_date>, DATE(<ingested_at>) - <event_date> AS days_late, COUNT(*) FROM <raw_table> GROUP BY 1, 2 ORDER BY 1, 2',
  },

  // ── Time ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'shift-whole-hours-tz',
    text: 'Is the time shift a whole number of hours that matches a time-zone offset (e.g. -5, +1, +8)?',
    why: 'Yes means a time-zone mistake: local time treated as UTC at the source, or a day cut in the wrong zone. No (odd minutes, drifting or huge offsets) points at clock skew; a whole day points at a wrong logical date.',
    howToFind: 'Compare event time with a trusted server time such as received_at or the source database timestamp, and look at the distribution of the difference.',
    check: 'SELECT ROUND(EXTRACT(EPOCH FROM <received_at> - <event_ts>) / 3600) AS offset_h, COUNT(*) FROM <table> GROUP BY 1 ORDER BY 2 DESC',
  },

  // ── Values, types and nulls ───────────────────────────────────────────────────────────────
  {
    id: 'off-by-factor',
    text: 'Are the wrong values off by a constant factor such as 100, 1000 or an exchange rate?',
    why: 'Yes means a unit or currency was assumed: cents vs major units, EUR summed as USD, ms vs s. No (doubling, random gaps) points at duplicates, joins or definitions.',
    howToFind: 'Compare averages or medians of the value by source, producer and currency, and with the source system for the same records.',
    check:
      'SELECT <source_col>, <currency_col>, COUNT(*), AVG(<amount>), PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY <amount>) AS median FROM <table> GROUP BY 1, 2',
  },
  {
    id: 'garbled-or-parse-errors',
    text: 'Are there replacement characters (�), numbers sent as strings, or parse warnings in the ingestor logs?',
    why: "Yes means the payload's format or encoding is not what the parser assumes (Generate → Ingest). No rules out format problems.",
    howToFind: "Search raw payloads for U+FFFD and type mismatches, and the ingestor's logs and dead-letter queue for parse errors.",
    check: "SELECT COUNT(*) FROM <raw_table> WHERE <payload> LIKE '%' || CHR(65533) || '%'; grep -ciE 'parse|deserializ|malformed' <ingestor_log>",
  },
  {
    id: 'column-null-from-date',
    text: 'Did a column go (almost) 100% null from one date or release onward?',
    why: 'Yes means the field stopped arriving or is read under the wrong name: a producer dropped or retyped it, or storage renamed it. No (scattered nulls) points at parsing, casting or joins in processing.',
    howToFind: 'Chart the share of nulls in the column per day.',
    check: 'SELECT <date_col>, COUNT(*) - COUNT(<col>) AS nulls, COUNT(*) AS total FROM <table> GROUP BY 1 ORDER BY 1',
  },
  {
    id: 'values-in-wrong-columns',
    text: 'Do values sit in the wrong columns (a city in the country column, an amount in a quantity column)?',
    why: 'Yes means columns are matched by position and something was added or reordered. No rules out positional mapping.',
    howToFind: 'Eyeball a sample of recent rows against the source, and check columns with a known shape (country codes, emails, dates).',
    check: "SELECT * FROM <table> WHERE <date_col> >= '<first_bad_day>' LIMIT 20; SELECT COUNT(*) FROM <table> WHERE <country_col> NOT SIMILAR TO '[A-Z]{2}'",
  },
  {
    id: 'types-differ-between-files',
    text: 'Do old and new files or partitions store the column with different types (INT32 vs INT64, number vs string)?',
    why: 'Yes means type drift between writes (Store → Process): strict readers fail, lenient ones null the values that do not fit. No points at a cast or parse in processing, or a field that stopped arriving.',
    howToFind: 'Compare the physical schema of a file from before and after the first bad date, or the inferred type per partition.',
    check: "parquet-tools schema <old_file> and <new_file> (or: python -c \"import pyarrow.parquet as pq; print(pq.read_schema('<file>'))\")",
  },
  {
    id: 'null-zero-switch',
    text: 'Did the column switch between NULL and 0 (or an empty string) from one date on?',
    why: 'Yes means the null convention changed in processing, which moves AVG, COUNT(col) and filters without an error. No rules that out.',
    howToFind: 'Count nulls and zeros per day in the column.',
    check: 'SELECT <date_col>, COUNT(*) - COUNT(<col>) AS nulls, SUM(CASE WHEN <col> = 0 THEN 1 ELSE 0 END) AS zeros FROM <table> GROUP BY 1 ORDER BY 1',
  },
  {
    id: 'schema-documents-semantics',
    text: "Does the registered schema or data contract state each timestamp's clock and zone, each amount's currency and unit, and each id's uniqueness scope?",
    why: "No means the source's meaning lives only in its team's heads, so a change in it passes every check (Generate → Ingest). Yes makes unstated-assumption causes unlikely, though a documented UTC still does not stop clocks drifting.",
    howToFind: 'Open the latest schema version for the topic or the source table’s data contract and read the docs and logical types of timestamp, amount and id fields.',
    check: "curl -s <registry>/subjects/<subject>/versions/latest | jq '.schema | fromjson | .fields[] | {name, type, doc}'",
  },

  // ── Layout and cost ───────────────────────────────────────────────────────────────────────
  {
    id: 'pruning-in-plan',
    text: 'Does EXPLAIN or a dry run show partition pruning down to the requested period?',
    why: 'No means the job scans far more than it needs: the partition key does not match the filter, or the filter defeats pruning. Yes means cost comes from somewhere else (file format, small files).',
    howToFind: "EXPLAIN the job's query (or do a dry run) and read the partitions or bytes it would scan.",
    check: "EXPLAIN <job_query>; BigQuery: bq query --dry_run --use_legacy_sql=false '<job_query>'; Spark: df.explain() and look for non-empty PartitionFilters on the FileScan",
  },
  {
    id: 'filters-on-partition-col',
    text: "Do the job's filters reference the table's partition column at all (even inside a function or subquery)?",
    why: 'No means storage is partitioned by a different column than jobs filter by (ingestion_date vs event_date). Yes with no pruning means the filter is written in a way the planner cannot use.',
    howToFind: "Read the table's partition spec and the job's WHERE clause side by side.",
    check: "SHOW CREATE TABLE <table> -- PARTITION BY ...; then grep -n '<partition_col>' <job_sql>",
  },
  {
    id: 'small-files',
    text: 'Is the average file under ~32 MB, or does the table have hundreds of thousands of files?',
    why: 'Yes: runs spend their time listing and opening files. No rules small files out.',
    howToFind: 'Read file counts and sizes from the table format metadata or the object store listing.',
    check: 'DESCRIBE DETAIL <table> (numFiles, sizeInBytes); Iceberg: SELECT COUNT(*), AVG(file_size_in_bytes) FROM <table>.files; aws s3 ls s3://<bucket>/<prefix>/ --recursive --summarize',
  },

  // ── Modeling ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'grain-enforced',
    text: "Is the model's grain declared and enforced by a uniqueness test or a dedup on that key before publishing?",
    why: 'No means nothing stops a duplicate or a finer-grained row from reaching SUM while the run reports success (Process → Model). Yes means duplicates would have failed the build, so an inflated total comes from measures or joins.',
    howToFind: "Open the model's YAML/docs for a stated grain and a unique test, and check that the test ran in the affected build.",
    check: "grep -nE 'unique|unique_combination_of_columns|grain' <models_dir>/<model>.yml; SELECT <grain_key>, COUNT(*) FROM <model_table> GROUP BY 1 HAVING COUNT(*) > 1",
  },
  {
    id: 'join-changes-row-count',
    text: "Does joining the fact to its dimensions change the fact's row count?",
    why: 'Yes: more rows is a fan-out that multiplies sums; fewer rows is an inner join dropping null or unmatched keys. No rules joins out.',
    howToFind: 'Count the fact rows for one day before and after the joins in the model.',
    check: "SELECT (SELECT COUNT(*) FROM <fact> WHERE <date_col> = '<day>') AS fact_rows, (SELECT COUNT(*) FROM <fact> f JOIN <dim> d ON f.<key> = d.<key> WHERE f.<date_col> = '<day>') AS joined_rows",
  },
  {
    id: 'keyed-by-entity',
    text: 'Are messages keyed by the entity id, with the partition count unchanged since the problem began?',
    why: 'No means one entity’s events are spread over partitions and consumed in any order. Yes keeps per-entity order at the broker, so stale state comes from how the sink applies updates.',
    howToFind: "Inspect message keys on the topic and the topic's partition count history.",
    check: "kcat -b <broker> -t <topic> -C -f '%k %p %o\\n' -c 20; kafka-topics --bootstrap-server <broker> --describe --topic <topic>",
  },

  // ── Serving ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'consumer-needs-fresher',
    text: "Does the affected consumer need data fresher than the model's refresh interval?",
    why: 'Yes means the data is as fresh as built but not as fresh as this consumer assumes: a freshness promise that was never written down. No means it should have been fresh enough, so something failed or cached.',
    howToFind: "Compare the model's refresh schedule and measured data age with what the consumer needs (a real-time model, an hourly alert, a daily report).",
    check: 'SELECT NOW() - MAX(<loaded_at>) AS age FROM <served_table> -- compare with the refresh schedule and the consumer’s requirement',
  },
  {
    id: 'different-sql',
    text: 'Do the disagreeing reports compute the metric with different SQL (date column, time zone, status filters, refunds, test accounts, currency)?',
    why: 'Yes means two definitions of one metric, each right by its own SQL (Model → Serve). No means they share a definition, so one of them reads wrong or stale data.',
    howToFind: 'Get the SQL behind both numbers (BI SQL view, semantic layer, notebook) for one day and diff them.',
    check: "diff <(echo '<report_a_sql>') <(echo '<report_b_sql>') -- compare date column, zone, WHERE filters and currency conversion",
  },
  {
    id: 'reads-internal-table',
    text: 'Does the affected consumer read a staging, intermediate or scratch table rather than a published model?',
    why: 'Yes means it depends on a table nobody promised to keep stable. No means it reads a published model, so a change there broke a promise the model owner made.',
    howToFind: "Look up the consumer's queries in the warehouse query history or the BI tool's data sources.",
    check: "SELECT user_name, COUNT(*) FROM <query_history> WHERE query_text ILIKE '%<staging_schema>.%' GROUP BY 1 ORDER BY 2 DESC",
  },
  {
    id: 'pii-unmasked',
    text: "Can this consumer's role read personal data columns (email, phone, IP, address) without masking?",
    why: 'Yes means the trust boundary at Model → Serve is open for this consumer. No rules a data-exposure problem out.',
    howToFind: 'Check grants on the tables the consumer reads and whether their personal-data columns carry masking policies or tags.',
    check:
      "SHOW GRANTS ON TABLE <table>; SELECT column_name FROM information_schema.columns WHERE table_name = '<table>' AND LOWER(column_name) SIMILAR TO '%(email|phone|ip|address|birth)%'",
  },
];

const BY_ID: ReadonlyMap<string, Question> = new Map(QUESTIONS.map((q) => [q.id, q]));

/** The question with this id, or undefined for an id the list does not know. */
export function questionById(id: string): Question | undefined {
  return BY_ID.get(id);
}
