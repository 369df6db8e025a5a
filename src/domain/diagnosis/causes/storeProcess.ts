import type { Cause } from '../types';

/**
 * Store → Process: layout and schema decisions made at write time that processing pays for at read
 * time. The raw data is right; the reads cost too much, come too early, or come back wrong.
 */
export const STORE_PROCESS_CAUSES: readonly Cause[] = [
  {
    id: 'sp-partition-key',
    seam: 'store-process',
    templateId: 'sp-partition-key',
    title: 'Partitioned by ingestion date, filtered by event date',
    prevalence: 4,
    symptoms: ['cost-jumped', 'data-stale'],
    answers: {
      'pruning-in-plan': 'no',
      'filters-on-partition-col': 'no',
      'small-files': 'no',
      'raw-already-wrong': 'no',
      'task-or-load-failed': 'no',
      'grain-key-duplicated': 'no',
    },
    assumed: 'The table is partitioned on the column jobs filter by (event_date), so a one-day job reads one partition',
    actual:
      'The table is partitioned by ingestion_date while the jobs filter on event_date; nothing prunes, and every run scans the whole table: $340 a run instead of $12',
    confirm:
      'SHOW CREATE TABLE <table> shows PARTITION BY <ingestion_date>; EXPLAIN (or bq query --dry_run) of the job shows no partition filter and bytes scanned close to the whole table.',
    fixNow:
      'Add a bounded ingestion_date filter, wide enough for measured lateness, next to the event_date filter, or cluster on event_date; plan a repartition by event_date.',
    contractClause:
      'Tables are partitioned (or clustered) on the column the main jobs filter by (event_date); a one-day job scans at most <N> partitions, checked by a dry run in CI.',
  },
  {
    id: 'sp-pruning-lost',
    seam: 'store-process',
    templateId: 'sp-pruning-lost',
    title: 'Pruning lost behind a function, cast or subquery',
    prevalence: 4,
    symptoms: ['cost-jumped'],
    answers: {
      'pruning-in-plan': 'no',
      'filters-on-partition-col': 'yes',
      'started-after-change': 'yes',
      'small-files': 'no',
      'raw-already-wrong': 'no',
      'task-or-load-failed': 'no',
    },
    assumed: 'Filters compare the bare partition column with constants, so the engine prunes partitions before reading any data',
    actual:
      'A query change wrapped the partition column in a function or cast, or took its bound from a subquery (WHERE event_date = (SELECT MAX(...))); the engine stopped pruning and scans every partition',
    confirm:
      'EXPLAIN the query as written and again with the partition filter replaced by a literal date; if partitions or bytes scanned differ, the function, cast or subquery is defeating pruning.',
    fixNow:
      'Rewrite the filter to compare the bare column with a literal or run parameter (compute MAX(date) in an earlier step), and EXPLAIN again to confirm pruning.',
    contractClause:
      'Job filters on partition columns compare the bare column with literals or run parameters; a CI dry run fails queries that scan more than <N> partitions.',
  },
  {
    id: 'sp-late-arriving-data',
    seam: 'store-process',
    templateId: 'sp-late-arriving-data',
    title: 'Late rows land in days already processed',
    prevalence: 5,
    symptoms: ['rows-missing', 'late-events-dropped', 'reports-disagree', 'numbers-change-on-rerun'],
    answers: {
      'only-one-consumer': 'no',
      'raw-already-wrong': 'no',
      'missing-are-late-events': 'yes',
      'rerun-fixes': 'yes',
      'missing-at-period-end': 'no',
      'upstream-after-downstream': 'no',
      'task-or-load-failed': 'no',
      'staging-right-model-wrong': 'no',
      'shift-whole-hours-tz': 'no',
    },
    assumed: 'Once the daily job has processed event_date D, no more rows for D arrive',
    actual:
      'Rows for D kept landing for days (offline clients, replays, CDC catch-up); the incremental job selected event_date = yesterday and never revisited D',
    confirm:
      'SELECT <event_date>, DATE(<ingested_at>) - <event_date> AS days_late, COUNT(*) FROM <raw_table> GROUP BY 1, 2 ORDER BY 1, 2 — rows later than the job’s lookback were never processed.',
    fixNow:
      'Reprocess the affected event dates, and give the incremental job a lookback window sized from measured lateness (or reprocess every partition that received new rows).',
    contractClause:
      'Processing revisits each event_date for <N> days after it closes; rows arriving later are reported and reconciled, never silently skipped.',
  },
  {
    id: 'sp-file-format',
    seam: 'store-process',
    templateId: 'sp-file-format',
    title: 'Row-format or unsplittable files',
    prevalence: 2,
    symptoms: ['cost-jumped', 'data-stale'],
    answers: {
      'pruning-in-plan': 'yes',
      'small-files': 'no',
      'raw-already-wrong': 'no',
      'task-or-load-failed': 'no',
      'started-after-change': 'no',
    },
    assumed: 'Data is columnar (Parquet or ORC) with a splittable codec, so jobs read only the columns they need, in parallel',
    actual:
      'Storage writes gzip-compressed CSV or JSON: every run reads every column of every file, each large file is read by a single task, and runs grow slow and costly with volume',
    confirm:
      'aws s3 ls s3://<bucket>/<prefix>/ --recursive | head shows .csv.gz or .json.gz, or SHOW CREATE TABLE <table> declares a text format; the Spark UI shows one long task per large file.',
    fixNow: 'Convert the hot tables to Parquet (or Delta/Iceberg) with Snappy or ZSTD and point the jobs at the converted copy.',
    contractClause: 'Storage delivers tables read by processing as Parquet (or Delta/Iceberg) with a splittable codec and column statistics.',
  },
  {
    id: 'sp-small-files',
    seam: 'store-process',
    templateId: 'sp-small-files',
    title: 'Millions of small files',
    prevalence: 3,
    symptoms: ['cost-jumped', 'data-stale'],
    answers: {
      'small-files': 'yes',
      'pruning-in-plan': 'yes',
      'raw-already-wrong': 'no',
      'task-or-load-failed': 'no',
      'started-after-change': 'no',
    },
    assumed: 'Files are a few hundred MB each, and streaming or frequent writes are compacted on a schedule',
    actual:
      'Streaming and micro-batch writes left millions of kilobyte-sized files; jobs spend their time listing and opening them and get slower every day',
    confirm:
      'DESCRIBE DETAIL <table> (numFiles vs sizeInBytes) or SELECT COUNT(*), AVG(file_size_in_bytes) FROM <table>.files; an average under about 32 MB is the problem.',
    fixNow:
      "Compact now (OPTIMIZE <table>, or CALL <catalog>.system.rewrite_data_files('<table>')) and schedule it; lengthen the writer's trigger interval or coalesce before writing.",
    contractClause: 'Tables read by processing keep an average file size above <N> MB; the writer owns a compaction schedule.',
  },
  {
    id: 'sp-atomic-visibility',
    seam: 'store-process',
    templateId: 'sp-atomic-visibility',
    title: 'Reader saw a half-written partition',
    prevalence: 3,
    symptoms: ['rows-missing', 'success-but-empty', 'numbers-change-on-rerun'],
    answers: {
      'upstream-after-downstream': 'yes',
      'waits-on-completion-signal': 'no',
      'rerun-fixes': 'yes',
      'raw-already-wrong': 'no',
      'missing-at-period-end': 'no',
      'task-or-load-failed': 'no',
      'logs-show-errors-in-green-run': 'no',
    },
    assumed: 'A load becomes visible atomically: readers see a partition as it was before or after a write, never in between',
    actual:
      'The job listed a plain directory while the writer was still adding files (or had deleted the old files before writing new ones), read part of the partition and succeeded',
    confirm:
      "Compare the reader's start time with the last file time in the partition (aws s3 ls s3://<bucket>/<partition_path>/), and check whether it reads through Delta/Iceberg/Hudi or waits for <partition_path>/_SUCCESS.",
    fixNow:
      'Re-run the reader for the affected partitions; have the writer write to a staging prefix and swap, or move the table to a table format, and have readers wait for _SUCCESS.',
    contractClause: 'A partition becomes visible to readers only when complete: through a table-format commit or a _SUCCESS marker written last.',
  },
  {
    id: 'sp-type-drift',
    seam: 'store-process',
    templateId: 'sp-type-drift',
    title: 'Column type drifts between files',
    prevalence: 4,
    symptoms: ['schema-type-errors', 'unexpected-nulls'],
    answers: {
      'types-differ-between-files': 'yes',
      'raw-already-wrong': 'no',
      'producer-changed': 'no',
      'column-null-from-date': 'no',
      'garbled-or-parse-errors': 'no',
      'null-zero-switch': 'no',
      'values-in-wrong-columns': 'no',
      'staging-right-model-wrong': 'no',
      'only-one-consumer': 'no',
    },
    assumed: 'Column types are stable across files and partitions: amount is always DECIMAL(18,2), never a string or a float',
    actual:
      'Writers inferred types per batch (12 in one, "12.50" in the next; INT32 in old partitions, INT64 in new ones); strict reads fail on the mix and permissive reads turn the misfits into nulls',
    confirm:
      "Compare parquet schemas of an old and a new partition (parquet-tools schema <file>), and count SELECT COUNT(*) FROM <table> WHERE <raw_col> IS NOT NULL AND TRY_CAST(<raw_col> AS <type>) IS NULL.",
    fixNow: 'Declare the read schema explicitly, cast the drifted partitions to the agreed type, and reprocess the rows that became null.',
    contractClause: 'Each column has one declared type across all partitions; writers cast to it and readers use the declared schema, never inference.',
  },
  {
    id: 'sp-column-mapping',
    seam: 'store-process',
    templateId: 'sp-column-mapping',
    title: 'Renamed column reads as all nulls',
    prevalence: 4,
    symptoms: ['unexpected-nulls'],
    answers: {
      'column-null-from-date': 'yes',
      'raw-already-wrong': 'no',
      'started-after-change': 'yes',
      'task-or-load-failed': 'no',
      'values-in-wrong-columns': 'no',
      'types-differ-between-files': 'no',
      'null-zero-switch': 'no',
      'staging-right-model-wrong': 'no',
      'only-one-consumer': 'no',
    },
    assumed: 'Jobs read columns by name, and a renamed or removed column fails the job instead of reading as null',
    actual:
      'The column was renamed in storage; the job tolerates missing columns, so it has read nulls from that day on while the values sit under the new name',
    confirm:
      'SELECT <date_col>, COUNT(*) - COUNT(<col>) AS nulls FROM <table> GROUP BY 1 ORDER BY 1 turns 100% null on one date, and DESCRIBE <table> shows a new column holding the values.',
    fixNow: 'Map the new name in the job (COALESCE(<new_col>, <old_col>)) and reprocess from the rename date.',
    contractClause:
      'Processing declares the columns it reads and fails when one is missing; renames in storage keep the old name as an alias for a notice period.',
  },
  {
    id: 'sp-column-mapping--positional',
    seam: 'store-process',
    templateId: 'sp-column-mapping',
    title: 'Columns read by position shift values',
    prevalence: 2,
    symptoms: ['implausible-values', 'schema-type-errors', 'reports-disagree'],
    answers: {
      'values-in-wrong-columns': 'yes',
      'column-null-from-date': 'no',
      'raw-already-wrong': 'no',
      'started-after-change': 'yes',
      'garbled-or-parse-errors': 'no',
      'staging-right-model-wrong': 'no',
      'only-one-consumer': 'no',
      'grain-key-duplicated': 'no',
    },
    assumed: 'Columns are matched by name',
    actual:
      'The reader matches columns by position (a headerless CSV, INSERT INTO ... SELECT *); a column added or reordered upstream shifted values into the wrong columns, where many still parse',
    confirm:
      "Compare a sample of rows with the source (SELECT * FROM <table> WHERE <date_col> = '<first_bad_day>' LIMIT 20) and the column order in the files with the table DDL.",
    fixNow: 'Switch to name-based mapping (header rows, explicit column lists in every INSERT) and reload the affected partitions.',
    contractClause: 'Loads and transforms map columns by name with explicit column lists; positional mapping is not used.',
  },
];
