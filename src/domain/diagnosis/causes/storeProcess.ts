import type { Cause } from '../types';

/**
 * Store → Process: layout and schema decisions made at write time that processing pays for at read
 * time. The raw data is right; the reads cost too much, come too early, or come back wrong.
 */
export const STORE_PROCESS_CAUSES: readonly Cause[] = [
  {
    id: 'sp-partition-key', seam: 'store-process', templateId: 'sp-partition-key',
    title: 'Partitioned by ingestion date, filtered by event date',
    prevalence: 4,
    symptoms: ['cost-jumped'],
    sometimes: ['data-stale', 'queries-slow'],
    answers: {
      'raw-already-wrong': 'no', 'cost-from-serving': 'no', 'intermittent': 'no', 'rerun-fixes': 'no',
      'started-after-change': 'no?', 'task-or-load-failed': 'no?', 'stream-job': 'no?', 'under-load': 'no?', 'grain-key-duplicated': 'no',
      'full-refresh-differs': 'no?',
      'pruning-in-plan': 'no', 'filters-on-partition-col': 'no',
    },
    assumed: 'The table is partitioned (or clustered) on the column the jobs filter by, so a job for one period reads only that period',
    mechanism:
      'Storage partitions the table by the column that was convenient at write time (usually the load or ingestion date) while processing filters on another (usually the event date); the engine cannot prune, so every run scans the whole table and its cost and runtime grow with the table rather than with the period',
    confirm:
      'SHOW CREATE TABLE <table> shows PARTITION BY <ingestion_date_col>; EXPLAIN (or a dry run) of the job shows no partition filter and bytes scanned close to the whole table.',
    fixNow:
      'Add a bounded filter on <ingestion_date_col>, widened by the measured lateness, next to the <event_date_col> filter, or cluster on <event_date_col>; plan a repartition by <event_date_col>.',
    contractClause:
      'Tables are partitioned (or clustered) on the column the main jobs filter by; a job for one period scans at most <N> partitions, checked by a dry run in CI.',
  },
  {
    id: 'sp-pruning-lost', seam: 'store-process', templateId: 'sp-pruning-lost',
    title: 'Pruning lost behind a function, cast or subquery',
    prevalence: 4,
    symptoms: ['cost-jumped'],
    sometimes: ['queries-slow', 'data-stale', 'found-in-review'],
    answers: {
      'started-after-change': 'yes?', 'pipeline-code-changed': 'yes', 'producer-changed': 'no?', 'schedule-changed': 'no?',
      'raw-already-wrong': 'no', 'cost-from-serving': 'no', 'intermittent': 'no', 'rerun-fixes': 'no', 'task-or-load-failed': 'no?', 'stream-job': 'no?',
      'full-refresh-differs': 'no?', 'pruning-in-plan': 'no', 'filters-on-partition-col': 'yes',
    },
    assumed: 'Filters compare the bare partition column with constants or run parameters, so the engine prunes partitions before reading any data',
    mechanism:
      'A query wraps the partition column in a function or cast, compares it with a value of another type, or takes its bound from a subquery; the planner can no longer evaluate the filter against partition values, so the query stays correct but scans every partition',
    confirm:
      'EXPLAIN the query as written and again with the partition filter replaced by a literal value; if partitions or bytes scanned differ, the function, cast or subquery is defeating pruning.',
    fixNow:
      'Rewrite the filter to compare the bare <partition_col> with a literal or run parameter (compute a dynamic bound in an earlier step), and EXPLAIN again to confirm pruning.',
    contractClause:
      'Job filters on partition columns compare the bare column with literals or run parameters; a CI dry run fails queries that scan more than <N> partitions.',
  },
  {
    id: 'sp-late-arriving-data', seam: 'store-process', templateId: 'sp-late-arriving-data',
    title: 'Late rows land in days already processed',
    prevalence: 5,
    symptoms: ['rows-missing', 'late-events-dropped', 'reports-disagree'],
    sometimes: ['numbers-change-on-rerun', 'data-test-failed', 'success-but-empty'],
    answers: { 'ingest-read-fewer': 'no?',
      'raw-already-wrong': 'no', 'source-correct': 'yes', 'missing-are-late-events': 'yes', 'rerun-fixes': 'yes?',
      'task-or-load-failed': 'no', 'task-stuck': 'no', 'only-one-consumer': 'no', 'staging-right-model-wrong': 'no?',
      'stream-job': 'no?', 'started-after-change': 'no?', 'affected-by-zone': 'no?', 'full-refresh-differs': 'yes?',
      'round-row-count': 'no', 'logs-show-errors-in-green-run': 'no',
    },
    assumed: 'Once the incremental job has processed an event date, no more rows for that date arrive',
    mechanism:
      'Rows for an event date keep landing after the job for that date has run (offline clients flushing, upstream replays, change-data catch-up); the incremental job selects only the latest event date and never revisits earlier ones, so the late rows sit in storage but never reach the processed output',
    confirm:
      'SELECT <event_date_col>, DATE(<ingested_at>) - <event_date_col> AS days_late, COUNT(*) FROM <raw_table> GROUP BY 1, 2 ORDER BY 1, 2 — rows later than the job’s lookback were never processed.',
    fixNow:
      'Reprocess the affected event dates, and give the incremental job a lookback window sized from measured lateness (or reprocess every partition that received new rows).',
    contractClause:
      'Processing revisits each event date for <N> days after it closes; rows arriving later are reported and reconciled, never silently skipped.',
  },
  {
    id: 'sp-file-format', seam: 'store-process', templateId: 'sp-file-format',
    title: 'Row-format or unsplittable files',
    // Raised from 2: raw zones of gzipped JSON/CSV (delivery streams, log shippers, vendor exports) read directly by jobs are common.
    prevalence: 3,
    symptoms: ['cost-jumped'],
    sometimes: ['data-stale', 'queries-slow', 'job-failed', 'schema-type-errors'],
    answers: {
      'raw-already-wrong': 'no', 'cost-from-serving': 'no', 'intermittent': 'no', 'rerun-fixes': 'no',
      'started-after-change': 'no?', 'task-or-load-failed': 'no?', 'task-stuck': 'no?', 'under-load': 'no?', 'stream-job': 'no?', 'grain-key-duplicated': 'no',
      'full-refresh-differs': 'no?',
      'pruning-in-plan': 'yes?', 'filters-on-partition-col': 'yes?',
    },
    assumed: 'Data is stored in a columnar format with a splittable codec, so jobs read only the columns they need, in parallel',
    mechanism:
      'Storage writes compressed row-format text files (CSV or JSON with a non-splittable codec); every run reads every column of every file, each large file is read by a single task, and runs grow slower and costlier as volume grows',
    confirm:
      'List the files (aws s3 ls s3://<bucket>/<prefix>/ --recursive | head) for .csv.gz or .json.gz, or SHOW CREATE TABLE <table> for a text format; the job UI shows one long task per large file.',
    fixNow: 'Convert the hot tables to Parquet (or Delta/Iceberg) with a splittable codec such as Snappy or ZSTD, and point the jobs at the converted copy.',
    contractClause: 'Storage delivers tables read by processing as Parquet (or Delta/Iceberg) with a splittable codec and column statistics.',
  },
  {
    id: 'sp-small-files', seam: 'store-process', templateId: 'sp-small-files',
    title: 'Many small files slow every read',
    prevalence: 3,
    symptoms: ['cost-jumped', 'data-stale'],
    sometimes: ['queries-slow', 'job-failed', 'data-test-failed'],
    answers: {
      'raw-already-wrong': 'no', 'cost-from-serving': 'no?', 'intermittent': 'no', 'rerun-fixes': 'no', 'started-after-change': 'no?', 'stream-job': 'yes?',
      'task-or-load-failed': 'no?', 'task-stuck': 'no?', 'under-load': 'no?', 'consumer-needs-fresher': 'no?', 'grain-key-duplicated': 'no',
      'small-files': 'yes', 'pruning-in-plan': 'yes?', 'filters-on-partition-col': 'yes?',
    },
    assumed: 'Files are close to the engine’s target size, and streaming or frequent writes are compacted on a schedule',
    mechanism:
      'Streaming sinks and frequent micro-batches write one tiny file per partition per task per trigger and nothing compacts them; jobs spend their time listing objects, opening files and reading footers, and get slower with every day of writes',
    confirm:
      'DESCRIBE DETAIL <table> (numFiles vs sizeInBytes) or SELECT COUNT(*), AVG(file_size_in_bytes) FROM <table>.files; an average far below the engine’s target file size is the problem.',
    fixNow:
      "Compact now (OPTIMIZE <table>, or CALL <catalog>.system.rewrite_data_files('<table>')) and schedule it; lengthen the writer's trigger interval or coalesce before writing.",
    contractClause: 'Tables read by processing keep an average file size above <N> MB; the writer owns a compaction schedule.',
  },
  {
    id: 'sp-atomic-visibility', seam: 'store-process', templateId: 'sp-atomic-visibility',
    title: 'Reader saw a half-written partition',
    prevalence: 3,
    symptoms: ['rows-missing', 'success-but-empty', 'numbers-change-on-rerun'],
    sometimes: ['reports-disagree', 'job-failed', 'file-written-twice', 'duplicates-after-retry'],
    answers: { 'ingest-read-fewer': 'no?',
      'intermittent': 'yes?',
      'raw-already-wrong': 'no', 'source-correct': 'yes', 'rerun-fixes': 'yes', 'missing-at-period-end': 'no?',
      'task-or-load-failed': 'no?', 'task-stuck': 'no', 'started-after-change': 'no?', 'staging-right-model-wrong': 'no?',
      'affected-some-sources': 'no?', 'affected-by-zone': 'no',
      'logs-show-errors-in-green-run': 'no', 'round-row-count': 'no',
    },
    assumed: 'A write becomes visible atomically: readers see a partition as it was before or after a write, never in between',
    mechanism:
      'The partition is a plain directory with no commit: a writer adds files one by one, or an overwrite deletes the old files before writing new ones, and a reader that lists the path meanwhile gets a partial or empty set of files and processes it as if complete',
    confirm:
      "Compare the reader's start time with the file times in the partition (aws s3 ls s3://<bucket>/<partition_path>/), and check whether it reads through a table-format snapshot (Delta/Iceberg/Hudi) or waits for <partition_path>/_SUCCESS.",
    fixNow:
      'Re-run the reader for the affected partitions; have the writer write to a staging prefix and swap, or move the table to a table format, and have raw-path readers wait for a _SUCCESS marker written last.',
    contractClause: 'A partition becomes visible to readers only when complete: through a table-format commit or a _SUCCESS marker written last.',
  },
  {
    id: 'sp-type-drift', seam: 'store-process', templateId: 'sp-type-drift',
    title: 'Column type drifts between files',
    prevalence: 4,
    symptoms: ['schema-type-errors', 'unexpected-nulls'],
    sometimes: ['job-failed', 'rows-missing', 'data-test-failed'],
    answers: { 'ingest-read-fewer': 'no?',
      'raw-already-wrong': 'no?', 'source-correct': 'yes', 'producer-changed': 'no?', 'new-values-at-source': 'no?', 'intermittent': 'no?',
      'rerun-fixes': 'no', 'staging-right-model-wrong': 'no?', 'only-one-consumer': 'no?',
      'full-refresh-differs': 'no?', 'types-differ-between-files': 'yes', 'garbled-or-parse-errors': 'no?', 'null-zero-switch': 'no', 'values-in-wrong-columns': 'no',
    },
    assumed: 'Each column has one stable type across all files and partitions, so every reader gets the type it declares',
    mechanism:
      'Writers infer types per batch or per file, so one column is stored as a number in some files and as a string, or a wider numeric type, in others; strict readers fail on the mix, and permissive readers turn the values that do not fit into nulls',
    confirm:
      'Compare the physical schemas of an old and a new partition (parquet-tools schema <file>), and count SELECT COUNT(*) FROM <table> WHERE <raw_col> IS NOT NULL AND TRY_CAST(<raw_col> AS <type>) IS NULL.',
    fixNow: 'Declare the read schema explicitly, cast the drifted partitions to the agreed type, and reprocess the rows that became null.',
    contractClause: 'Each column has one declared type across all partitions; writers cast to it and readers use the declared schema, never inference.',
  },
  {
    id: 'sp-column-mapping', seam: 'store-process', templateId: 'sp-column-mapping',
    title: 'Renamed column reads as all nulls',
    prevalence: 4,
    symptoms: ['unexpected-nulls'],
    sometimes: ['new-field-missing', 'data-test-failed', 'ml-predictions-off'],
    answers: {
      'raw-already-wrong': 'no', 'source-correct': 'yes', 'started-after-change': 'yes', 'storage-changed': 'yes?', 'producer-changed': 'no?', 'new-values-at-source': 'no?',
      'task-or-load-failed': 'no', 'intermittent': 'no', 'rerun-fixes': 'no', 'staging-right-model-wrong': 'no?', 'only-one-consumer': 'no?',
      'column-null-from-date': 'yes', 'values-in-wrong-columns': 'no', 'null-zero-switch': 'no',
    },
    assumed: 'Jobs read columns by name, and a renamed or removed column fails the job instead of reading as null',
    mechanism:
      'A column is renamed in storage (a table migration or a change in how the writer names it) while the job resolves columns by name and tolerates missing ones; from the rename on it reads nulls while the values sit under the new name',
    confirm:
      'SELECT <date_col>, COUNT(*) - COUNT(<col>) AS nulls FROM <table> GROUP BY 1 ORDER BY 1 turns fully null on one date, and DESCRIBE <table> shows a new column holding the values.',
    fixNow: 'Map the new name in the job (COALESCE(<new_col>, <old_col>)) and reprocess from the rename date.',
    contractClause:
      'Processing declares the columns it reads and fails when one is missing; renames in storage keep the old name as an alias for a notice period.',
  },
  {
    id: 'sp-column-mapping--positional', seam: 'store-process', templateId: 'sp-column-mapping',
    title: 'Columns read by position shift values',
    prevalence: 2,
    symptoms: ['implausible-values', 'reports-disagree'],
    sometimes: ['schema-type-errors', 'unexpected-nulls', 'job-failed', 'data-test-failed'],
    answers: {
      'raw-already-wrong': 'no', 'source-correct': 'yes', 'started-after-change': 'yes', 'storage-changed': 'yes?', 'intermittent': 'no', 'rerun-fixes': 'no',
      'off-by-factor': 'no', 'grain-key-duplicated': 'no', 'affected-some-sources': 'no?', 'staging-right-model-wrong': 'no?', 'only-one-consumer': 'no?',
      'values-in-wrong-columns': 'yes', 'garbled-or-parse-errors': 'no?',
    },
    assumed: 'Columns are matched by name, so adding or reordering a column in storage changes nothing for readers',
    mechanism:
      'The reader matches columns by position (a headerless file, an INSERT without a column list, a SELECT *); a column added or reordered in storage shifts values into neighbouring columns, where many still parse and flow on as wrong values',
    confirm:
      "Compare a sample of rows with the source (SELECT * FROM <table> WHERE <date_col> >= '<first_bad_day>' LIMIT <n>) and the column order in the files with the table DDL.",
    fixNow: 'Switch to name-based mapping (header rows, explicit column lists in every INSERT) and reload the affected partitions.',
    contractClause: 'Loads and transforms map columns by name with explicit column lists; positional mapping is not used.',
  },
  {
    id: 'sp-concurrent-writers', seam: 'store-process', templateId: 'sp-concurrent-writers',
    title: 'Concurrent writers repeat or drop each other’s rows',
    prevalence: 2,
    symptoms: ['duplicates-after-retry', 'rows-missing'],
    sometimes: ['totals-doubled', 'file-written-twice', 'data-test-failed', 'job-failed', 'success-but-empty'],
    // intermittent points "no" at this seam, so it stays silent although races come and go.
    answers: { 'ingest-read-fewer': 'no?',
      'intermittent': 'yes?',
      'concurrent-writers': 'yes', 'source-correct': 'yes', 'only-one-consumer': 'no', 'affected-some-sources': 'no?', 'task-stuck': 'no',
      'task-or-load-failed': 'no?', 'grain-key-duplicated': 'yes?', 'dupes-whole-run': 'no?', 'task-retried': 'no?', 'written-twice': 'yes?', 'affected-by-zone': 'no',
      'raw-already-wrong': 'no?', 'sink-idempotent': 'yes?', 'dupes-identical-incl-load-time': 'no?',
    },
    assumed: 'One writer at a time changes a table or partition, or the table format isolates concurrent writers so their commits never repeat or remove each other’s rows',
    mechanism:
      'Several jobs, runs or parallel tasks write the same table or path at once without the isolation its format or engine needs (merges whose deletes do not see each other, appends racing on a transaction log without a lock, overwrites that each delete and rewrite the same files), so one writer’s rows are written again by another or dropped by another’s commit',
    confirm:
      "Read the table's commit history (DESCRIBE HISTORY <table>, or SELECT * FROM <table>.snapshots) for overlapping writes to the same partitions around the first bad rows, and the writers' schedules and parallelism; on object storage, check that the table format's lock or log store is configured.",
    fixNow:
      "Serialise the writers (one writer per table or partition, a lock or a pool of one), enable the table format's conflict detection or locking log store, and rebuild the affected partitions from the source.",
    contractClause:
      'Each table or partition has one writer at a time, or a table format configured for concurrent writers with conflict detection; a conflicting write fails instead of committing silently.',
  },
  {
    id: 'sp-overwrite-scope', seam: 'store-process', templateId: 'sp-overwrite-scope',
    title: 'Overwrite replaced more than its partition',
    prevalence: 3,
    symptoms: ['rows-missing', 'file-written-twice'],
    sometimes: ['data-lost-permanently', 'success-but-empty', 'data-test-failed', 'reports-disagree'],
    // A backfill is a common trigger, but backfill-ran points at orchestration: silent here.
    answers: { 'ingest-read-fewer': 'no?',
      'source-correct': 'yes', 'only-one-consumer': 'no', 'written-twice': 'yes', 'grain-key-duplicated': 'no', 'task-or-load-failed': 'no',
      'started-after-change': 'yes?', 'storage-changed': 'yes?', 'rerun-fixes': 'no', 'concurrent-writers': 'no?',
      'missing-at-period-end': 'no', 'affected-some-sources': 'no?',
      'raw-already-wrong': 'no?', 'round-row-count': 'no', 'logs-show-errors-in-green-run': 'no',
    },
    assumed: 'A write meant for one partition or date range replaces only that range and leaves every other partition as it was',
    mechanism:
      'The write runs with overwrite semantics wider than intended (static partition-overwrite mode, an overwrite without a partition predicate, a table format whose insert-overwrite replaces the whole table), so a run or backfill for one range deletes the data outside it and the table keeps only what that write produced',
    confirm:
      "Compare partition row counts before and after the run (SELECT <partition_col>, COUNT(*) FROM <table> VERSION AS OF <version> GROUP BY 1, or a snapshot), and read the job's overwrite mode (spark.sql.sources.partitionOverwriteMode, replaceWhere, the INSERT OVERWRITE statement).",
    fixNow:
      'Restore the table from time travel or a snapshot (or reload the lost partitions from the source), and switch the write to dynamic partition overwrite or an explicit partition predicate before the next run.',
    contractClause: 'Every overwrite names the partitions it replaces (dynamic partition overwrite or an explicit predicate); a write never removes data outside its declared range.',
  },
  {
    id: 'sp-stale-metadata', seam: 'store-process', templateId: 'sp-stale-metadata',
    title: 'Reader saw stale table metadata',
    prevalence: 3,
    symptoms: ['rows-missing', 'success-but-empty', 'data-stale'],
    sometimes: ['reports-disagree', 'numbers-change-on-rerun', 'data-test-failed'],
    answers: { 'ingest-read-fewer': 'no?',
      'intermittent': 'yes?',
      'source-correct': 'yes', 'only-one-consumer': 'no?', 'affected-some-sources': 'no?', 'affected-by-zone': 'no', 'task-or-load-failed': 'no', 'task-stuck': 'no',
      'upstream-after-downstream': 'no', 'waits-on-upstream': 'yes?', 'missing-at-period-end': 'no?', 'grain-key-duplicated': 'no',
      'waits-on-completion-signal': 'yes?', 'round-row-count': 'no', 'logs-show-errors-in-green-run': 'no',
    },
    assumed: 'A reader sees every file and partition committed to storage before it starts',
    mechanism:
      'New files or partitions are written to storage, but the reader resolves the table through metadata that has not caught up (a partition list nobody refreshed, a snapshot or file listing cached by a long-lived session, an external table or listing that refreshes later), so the run reads old or partial data as if it were current',
    confirm:
      'Compare the files present under <partition_path> with what the reader sees (SHOW PARTITIONS <table>, its input file or row count), then refresh the metadata (MSCK REPAIR TABLE <table>, REFRESH TABLE <table>, ALTER TABLE <table> ADD PARTITION) and count again.',
    fixNow:
      'Refresh the metadata and rerun the affected periods; have the writer register what it writes (ADD PARTITION, or write through the table format) and readers open a fresh snapshot at the start of each run.',
    contractClause: 'The writer registers each partition in the catalog as part of its commit, and readers resolve the current snapshot at the start of every run.',
  },
  {
    id: 'sp-engine-semantics', seam: 'store-process', templateId: 'sp-engine-semantics',
    title: 'Engine dedups, rolls up or deletes only eventually',
    prevalence: 2,
    // Counts that drop between two reads, as background merges catch up, are its signature.
    symptoms: ['totals-doubled', 'duplicates-after-retry', 'numbers-change-on-rerun'],
    sometimes: ['reports-disagree', 'old-value-overwrote-new', 'data-test-failed', 'ratio-inflated'],
    answers: {
      'source-correct': 'yes', 'only-one-consumer': 'no?', 'task-or-load-failed': 'no', 'rerun-fixes': 'no?', 'grain-key-duplicated': 'yes', 'dupes-whole-run': 'no',
      'task-retried': 'no?', 'off-by-factor': 'no', 'different-sql': 'no?', 'concurrent-writers': 'no?',
      'staging-right-model-wrong': 'no?', 'dupes-share-id': 'yes', 'dupes-identical-incl-load-time': 'no', 'sink-idempotent': 'yes?',
    },
    assumed: 'Rows in the stored table are final: keys are unique, each insert counts once, and deleted rows are gone for every reader',
    mechanism:
      'The storage engine applies its semantics later, or only for readers that ask (duplicates collapsed by background merges, rollups that aggregate every insert, deletes kept as tombstones or delete files), while the job reads the table as if they were already applied, so repeated versions, re-sent inserts or deleted rows are counted',
    confirm:
      "Compare SELECT COUNT(*), COUNT(DISTINCT <key>) FROM <table> with the same query under the engine's final semantics (FINAL, argMax by version, a reader that applies delete files), and check which engine and reader version the job uses.",
    fixNow: "Read with the engine's final semantics (FINAL, argMax by version, a delete-aware reader) or deduplicate in the job, and rebuild rollups from the deduplicated base table.",
    contractClause:
      'Tables whose engine deduplicates, aggregates or deletes asynchronously say so, and every reader applies those semantics (FINAL, versioned dedup, delete-aware reads).',
  },
];
