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
];
