import type { ClauseTemplate } from './types';

/**
 * Clauses for Store → Process: layout choices made at write time that processing pays for at
 * read time, as cost, slowness or reads that succeed with the wrong rows.
 */
export const STORE_PROCESS_TEMPLATES: readonly ClauseTemplate[] = [
  {
    id: 'sp-partition-key',
    seam: 'store-process',
    dimension: 'partition key',
    title: 'Partition key vs query predicates',
    subject: 'partition column',
    assumed: 'The table is partitioned on the column jobs filter by (event_date), so a one-day job reads one partition',
    explanation:
      'Storage is partitioned by what was convenient at write time, often ingestion_date, while processing filters on what the business asks about, event_date. The columns overlap but are not the same, so the engine cannot prune and a one-day query scans every partition: $340 a run instead of $12. Filtering on ingestion_date as a proxy is no fix either, because late events for an event_date land in later ingestion partitions. The partition key has to match the dominant predicate, or the other column needs clustering or its own layout.',
    howToCheck:
      'EXPLAIN the job query (or do a BigQuery dry run) and check that partition filters appear and partitions or bytes scanned match one day; in Spark look for non-empty PartitionFilters on the FileScan node.',
  },
  {
    id: 'sp-pruning-lost',
    seam: 'store-process',
    dimension: 'partition key',
    title: 'Pruning lost behind a function, cast or subquery',
    subject: 'partition filter',
    assumed:
      'Filters on the partition column compare the bare column with constants, so the engine prunes partitions before reading any data',
    explanation:
      'Pruning needs the planner to evaluate the filter against partition values before any file is read. Wrapping the partition column in a function or cast (CAST(event_date AS STRING) = ..., DATE_FORMAT(event_date, ...), an implicit cast from comparing with a value of another type), or taking the bound from a subquery such as WHERE event_date = (SELECT MAX(event_date) FROM ...), can turn the query into a full scan depending on the engine. The result is still correct and the job passes; only bytes scanned and runtime grow with the table.',
    howToCheck:
      'EXPLAIN the query as written and again with the partition filter replaced by a literal date; if partitions or bytes scanned differ, the function, cast or subquery is defeating pruning.',
  },
  {
    id: 'sp-late-arriving-data',
    seam: 'store-process',
    dimension: 'partition key',
    title: 'Late data lands in closed partitions',
    subject: 'event_date partitions',
    assumed: 'Once the daily job has processed event_date D, no more rows for D arrive',
    explanation:
      'Event time and processing time drift apart: mobile clients flush offline queues, upstream systems replay, CDC backfills arrive days later. Rows for event_date D keep landing after the job for D has run. An incremental job that selects event_date = yesterday never sees them; one that selects by ingestion time sees them but may write them to the wrong output partition or append them without recomputing D. The job needs a lookback window sized from measured lateness, or must reprocess every partition that received new rows.',
    howToCheck:
      'SELECT <event_date>, DATE(<ingested_at>) - <event_date> AS days_late, COUNT(*) FROM <table> GROUP BY 1, 2 ORDER BY 1, 2 — rows later than the job lookback window are never processed.',
  },
  {
    id: 'sp-file-format',
    seam: 'store-process',
    dimension: 'layout',
    title: 'File format and compression',
    subject: 'stored files',
    assumed:
      'Data is columnar (Parquet or ORC) with a splittable codec such as Snappy or ZSTD, so jobs read only the columns they need and run in parallel',
    explanation:
      'Processing cost is set by how storage wrote the bytes. Row formats such as CSV and JSON force reading every column, carry no types and leave parsing to each job; gzip-compressed CSV or JSON is not splittable, so a 20 GB file is read by a single task. Parquet written without column statistics cannot skip row groups. The processing team rarely chooses the format but pays for it on every run, and type inference over text formats is where many schema bugs start.',
    howToCheck:
      'aws s3 ls s3://<bucket>/<prefix>/ --recursive | head to see extensions and codecs (.csv.gz and .json.gz are unsplittable), or SHOW CREATE TABLE <table> / DESCRIBE DETAIL <table> for the declared format.',
  },
  {
    id: 'sp-small-files',
    seam: 'store-process',
    dimension: 'layout',
    title: 'Small files',
    subject: 'file sizes',
    assumed: 'Files are a few hundred MB each, and streaming or frequent writes are compacted on a schedule',
    explanation:
      'Streaming sinks and frequent micro-batches write one file per partition per task per trigger, so a table collects millions of kilobyte-sized files. Every job then spends its time listing objects, opening files and reading footers: planning takes minutes, object-store request costs climb, and drivers run out of memory on metadata. The results are correct and the run is ten times slower than it should be, and it gets worse every day until compaction (OPTIMIZE, rewrite_data_files) is scheduled or the writer changes.',
    howToCheck:
      'Delta: DESCRIBE DETAIL <table> (numFiles vs sizeInBytes); Iceberg: SELECT COUNT(*), AVG(file_size_in_bytes) FROM <table>.files; raw: aws s3 ls s3://<bucket>/<prefix>/ --recursive --summarize; averages under ~32 MB are a problem.',
  },
  {
    id: 'sp-atomic-visibility',
    seam: 'store-process',
    dimension: 'layout',
    title: 'Readers see half-written partitions',
    subject: 'partition commit',
    assumed: 'A load becomes visible atomically: readers see a partition before or after a write, never in between',
    explanation:
      'Plain directories of Parquet or CSV on object storage have no commit. A reader that lists the path while a writer is mid-load sees some files and not others, and an overwrite that deletes before it writes exposes an empty partition. Table formats (Delta Lake, Iceberg, Hudi) and warehouse transactions give readers a consistent snapshot; raw paths need a convention such as writing to a staging prefix and switching the partition location when done, or a _SUCCESS marker that readers wait for. Without one, a job sometimes reads partial data and still reports success.',
    howToCheck:
      'Check how the job reads: through a Delta/Iceberg/Hudi snapshot is safe; for raw paths, confirm the writer emits <partition_path>/_SUCCESS (or swaps the location) and the reader waits for it.',
  },
  {
    id: 'sp-type-drift',
    seam: 'store-process',
    dimension: 'schema expectations',
    title: 'Type drift breaks loads',
    subject: 'column types',
    assumed: 'Column types are stable across files and partitions: amount is always DECIMAL(18,2), never a string or a float',
    explanation:
      'Type drift comes from writers that infer types per file or per batch: a JSON field that is 12 in one batch and "12.50" in the next, Parquet with INT32 in old partitions and INT64 in new ones, a CSV column inferred as integer until the first value with a letter. Strict readers fail with a schema-merge or cast error. Permissive readers are worse: values that do not fit become nulls (Spark PERMISSIVE mode, SAFE_CAST, TRY_CAST) and the run succeeds with missing data. Declaring the read schema instead of inferring it turns drift into a visible error.',
    howToCheck:
      'SELECT COUNT(*) FROM <table> WHERE <raw_col> IS NOT NULL AND TRY_CAST(<raw_col> AS <type>) IS NULL; for files, compare parquet schema <file> output for an old and a new partition.',
  },
  {
    id: 'sp-column-mapping',
    seam: 'store-process',
    dimension: 'schema expectations',
    title: 'Columns renamed, dropped or reordered',
    subject: 'column mapping',
    assumed: 'Jobs read columns by name, and a renamed or removed column fails the job instead of reading as null',
    explanation:
      'Schema-on-read is forgiving in the wrong direction. When a producer renames a column, readers that resolve by name and tolerate missing columns get all nulls from that day on. Readers that resolve by position (headerless CSV, positional INSERT INTO ... SELECT *, some Hive and ORC setups) shift values into the wrong columns, where they may still parse. Neither fails. Processing needs an explicit expectation of which columns exist, with which types, checked before the transform runs.',
    howToCheck:
      'SELECT <date_col>, COUNT(*) - COUNT(<col>) AS nulls FROM <table> GROUP BY 1 ORDER BY 1 — a column that goes 100% null from one date onwards is a rename or drop, not bad data.',
  },
  {
    id: 'sp-concurrent-writers',
    seam: 'store-process',
    dimension: 'layout',
    title: 'Concurrent writers and write isolation',
    subject: 'table writers',
    assumed: 'Only one job writes a table or partition at a time, or the table format detects conflicting commits and fails one of them',
    explanation:
      'Object storage has no locks, and table formats isolate writers only as far as they are configured to. Two Delta writers on S3 without a locking log store can commit the same log version, and one commit silently disappears; parallel upserts into Iceberg or Hudi whose equality deletes do not see each other leave two live versions of a key; two overwrite jobs on one path each delete and rewrite files and interleave. A backfill started next to the scheduled run, raised parallelism, or a streaming writer next to a batch job is enough. Rows duplicate or vanish while each writer reports success.',
    howToCheck:
      "DESCRIBE HISTORY <table> (Delta) or SELECT committed_at, operation, summary FROM <table>.snapshots (Iceberg) for overlapping commits to the same partitions; check the log store or lock manager setting (spark.delta.logStore.class, the Iceberg catalog's lock-impl) and the writers' schedules.",
  },
  {
    id: 'sp-overwrite-scope',
    seam: 'store-process',
    dimension: 'partition key',
    title: 'Partition overwrite scope',
    subject: 'overwrite mode',
    assumed: 'A write for one partition replaces only that partition; every other partition is left as it was',
    explanation:
      "INSERT OVERWRITE and overwrite-mode writes mean different things per engine and setting. Spark's default static partition-overwrite mode replaces every partition the write's partition spec does not pin, so a write meant for one day truncates the table; Hive, Delta (replaceWhere), Iceberg (overwrite vs dynamic overwrite) and warehouse truncate-and-load patterns each scope the replacement differently. A job moved to another table format, an engine upgrade, or a write switched from append to overwrite empties partitions outside its range on its next run or backfill, and the run still succeeds.",
    howToCheck:
      'Compare row counts per partition before and after the run (SELECT <partition_col>, COUNT(*) FROM <table> VERSION AS OF <version> GROUP BY 1), and read spark.sql.sources.partitionOverwriteMode, replaceWhere or the overwrite statement the job uses.',
  },
  {
    id: 'sp-stale-metadata',
    seam: 'store-process',
    dimension: 'layout',
    title: 'Metadata visibility of new data',
    subject: 'catalog and partition list',
    assumed: "A reader sees every file and partition committed before it starts: the catalog's partition list, the table snapshot and the file listing are current",
    explanation:
      "Many readers do not look at storage directly but at metadata about it: a Hive metastore or Glue partition list that needs MSCK REPAIR, ALTER TABLE ADD PARTITION or a crawler run; a Spark session that cached a table's file listing or snapshot at first read; an external table whose metadata refreshes on a schedule; an object listing that lags behind writes. Files written straight to a path become visible only when that metadata catches up. Until then the reader gets old or partial data and reports success, and a later run sees everything.",
    howToCheck:
      'Count the files under <partition_path> in the object store and compare with SHOW PARTITIONS <table> or what the reader counts; run MSCK REPAIR TABLE <table> or REFRESH TABLE <table> and count again.',
  },
  {
    id: 'sp-engine-semantics',
    seam: 'store-process',
    dimension: 'layout',
    title: 'Storage engine semantics: merges, rollups, deletes',
    subject: 'table engine',
    assumed: 'A row stored in the table is final: keys are unique, each insert counts once, and deleted rows are gone for every reader',
    explanation:
      'Some engines keep their promises only eventually, or only for readers that ask. ClickHouse ReplacingMergeTree and CollapsingMergeTree remove duplicates in background merges, so queries without FINAL or argMax see several versions of a key; materialized views and rollup tables aggregate every insert, so a re-sent batch counts twice even after the base table dedups it; Hudi, Iceberg v2 and Delta deletion vectors record deletes separately, and an older or misconfigured reader ignores them. The job assumes row-level semantics the engine does not give, and counts drift with merge timing.',
    howToCheck:
      "Compare SELECT COUNT(*), COUNT(DISTINCT <key>) FROM <table> with the same query under the engine's final semantics (FINAL in ClickHouse, a reader that applies delete files), and note the engine and reader version the job uses.",
  },
];
