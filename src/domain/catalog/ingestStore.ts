import type { ClauseTemplate } from './types';

/**
 * Clauses for Ingest → Store: the delivery boundary. Each one names a way a record lands zero,
 * two or out-of-order times, because that is where loss and duplicates first enter.
 */
export const INGEST_STORE_TEMPLATES: readonly ClauseTemplate[] = [
  {
    id: 'is-ack-before-commit',
    seam: 'ingest-store',
    dimension: 'delivery guarantees',
    title: 'Ack relative to commit',
    subject: 'producer acknowledgement',
    assumed:
      'The ingestor acknowledges a record only after storage has durably committed it, and a retried record is written idempotently',
    explanation:
      'Ack, commit and durability are three separate events, and their order is the delivery guarantee. If the ingestor acks from a buffer before the storage commit, a crash in between loses the record, unless the buffer is replayed on restart while the producer, whose ack was lost or timed out, also retries: then the record lands twice, as event 8821 does. If it commits before acking, a crash in the gap means a retry and a duplicate. Without idempotent writes the honest guarantee is at-least-once or at-most-once, never exactly-once.',
    howToCheck:
      'Kafka: producer acks=all and enable.idempotence=true, broker min.insync.replicas >= 2, sink consumer enable.auto.commit=false with offsets committed after the write; then SELECT <event_id>, COUNT(*) FROM <table> GROUP BY 1 HAVING COUNT(*) > 1.',
  },
  {
    id: 'is-rebalance-redelivery',
    seam: 'ingest-store',
    dimension: 'delivery guarantees',
    title: 'Redelivery on rebalance or restart',
    subject: 'consumer offsets',
    assumed: 'After a consumer-group rebalance, crash or restart, the consumer resumes right after the last record it stored',
    explanation:
      'Consumers commit offsets separately from their writes, on a timer (auto.commit.interval.ms, 5 s by default) or after each batch. When a rebalance revokes partitions, a pod is killed, or processing exceeds max.poll.interval.ms and the consumer is evicted from the group, everything written since the last offset commit is read and written again by whichever consumer takes the partition over. That is at-least-once working as designed; it becomes a data bug when the sink is not idempotent, and shows as bursts of duplicates lined up with deploys and scaling events.',
    howToCheck:
      "SELECT DATE_TRUNC('minute', <ingested_at>), COUNT(*) - COUNT(DISTINCT <event_id>) AS dups FROM <table> GROUP BY 1 ORDER BY 2 DESC, then match the top minutes to rebalance lines (Revoke previously assigned partitions) in the consumer logs.",
  },
  {
    id: 'is-truncated-batches',
    seam: 'ingest-store',
    dimension: 'delivery guarantees',
    title: 'Everything read is stored, or the load fails',
    subject: 'load batch',
    assumed:
      'Every record the ingestor read for a window is stored; a record or file the sink cannot take fails the load rather than being dropped',
    explanation:
      "Writes fail quietly at their limits. A message over the broker's or sink's size limit is rejected and logged, not stored; an upload that times out leaves a shorter file that still parses; a loader with a max-bad-records allowance skips rows and reports success; a bulk insert stops at its batch cap. The ingest tool's own count says everything was read, storage holds less, and a round row count is often the only trace. (When the source or its API hands over less than it holds, the break is at Generate → Ingest.)",
    howToCheck:
      "Compare the ingest run's own records-read count with SELECT <load_id>, COUNT(*) FROM <table> GROUP BY 1 for the same runs; read the loader's rejected-record and dead-letter counts.",
  },
  {
    id: 'is-dedup-key',
    seam: 'ingest-store',
    dimension: 'deduplication',
    title: 'Dedup key and idempotent writes',
    subject: 'event_id',
    assumed:
      'Storage writes are idempotent on event_id (MERGE/upsert or an enforced unique key), so a redelivered record replaces itself instead of appending',
    explanation:
      'Every at-least-once path (producer retries, ack-before-commit crashes, consumer rebalances) ends the same way: the record is written again. Whether that becomes a duplicate row depends only on the write. A plain INSERT or an append to object storage keeps both copies; a MERGE on a stable key, INSERT ... ON CONFLICT DO NOTHING, or a deterministic file name per batch absorbs them. BigQuery, Snowflake and Redshift do not enforce declared primary keys, so a key in the DDL is no proof of dedup.',
    howToCheck:
      'SELECT <event_id>, COUNT(*) FROM <table> GROUP BY 1 HAVING COUNT(*) > 1; then read the sink: INSERT INTO or append mode means no dedup, MERGE ... ON <event_id> or ON CONFLICT means idempotent.',
  },
  {
    id: 'is-dedup-window',
    seam: 'ingest-store',
    dimension: 'deduplication',
    title: 'Dedup window shorter than redelivery',
    subject: 'dedup state retention',
    assumed: 'Every duplicate arrives within the deduplication window, so in-stream dedup catches all of them',
    explanation:
      'Streaming dedup keeps seen keys in bounded state: a TTL, a watermark-bounded dropDuplicates, a DISTINCT per micro-batch or per file. Duplicates that arrive after the window (mobile clients flushing an offline queue days later, a replay from an older offset, a re-sent file) pass as new, and dedup inside one batch misses copies that land in different batches. The window is a guarantee only if it is longer than the worst redelivery delay, and that delay has to be measured, not assumed.',
    howToCheck:
      'SELECT <event_id>, MAX(<ingested_at>) - MIN(<ingested_at>) AS spread FROM <table> GROUP BY 1 HAVING COUNT(*) > 1 ORDER BY 2 DESC — compare the largest spread with the dedup TTL or watermark delay.',
  },
  {
    id: 'is-per-key-ordering',
    seam: 'ingest-store',
    dimension: 'ordering',
    title: 'Ordering per key and partition',
    subject: 'message key',
    assumed: 'All events for one entity share a partition and are stored in the order they were produced',
    explanation:
      'Kafka and Kinesis order records only within a partition or shard. If producers send without a key, key by something other than the entity, or the partition count changes (which remaps keys), one entity is spread across partitions consumed in parallel, in any order. Within a partition, retries with several in-flight requests and idempotence off can reorder too, and sinks writing with parallel tasks lose order a second time. Anything that applies updates in arrival order then computes the wrong current state.',
    howToCheck:
      'Producer key = <entity_id> with enable.idempotence=true; data: SELECT COUNT(*) FROM (SELECT <seq>, LAG(<seq>) OVER (PARTITION BY <entity_id> ORDER BY <ingested_at>) AS prev FROM <table>) t WHERE <seq> < prev.',
  },
  {
    id: 'is-out-of-order-upserts',
    seam: 'ingest-store',
    dimension: 'ordering',
    title: 'Stale update overwrites newer state',
    subject: 'upsert / CDC apply',
    assumed: 'Upserts keep the row with the highest source version (LSN, sequence or updated_at), not the one that arrived last',
    explanation:
      'CDC streams and upsert sinks often apply changes in arrival order: last write wins. When an older change arrives after a newer one (a retry, a replay after a rebalance, two partitions, a backfill running beside the live stream), the stale version overwrites the current one and the table is wrong with no duplicate to detect. Deletes are worse: a late insert resurrects a deleted row. The fix is to compare a monotonic source version in the MERGE, which needs the source to provide one and the pipeline to carry it through.',
    howToCheck:
      'Read the sink MERGE: it should say WHEN MATCHED AND s.<version> > t.<version>; then compare SELECT <key>, <version> FROM <table> with the source for a sample of recently updated keys.',
  },
  {
    id: 'is-watermark-late-drop',
    seam: 'ingest-store',
    dimension: 'ordering',
    title: 'Watermark drops late events',
    subject: 'event-time watermark',
    assumed:
      'Late events are still stored: the streaming job waits long enough, or routes records behind the watermark to a side output that is reconciled',
    explanation:
      'Streaming writers that aggregate, deduplicate or join on event time keep state only until the watermark passes: the maximum event time seen minus an allowed delay. Records older than the watermark are dropped by stateful operators, silently by default in Spark Structured Streaming and Flink. A delay tuned on healthy traffic is too short for clients that buffer offline or a partition that stalls, and a producer whose clock runs ahead pushes the watermark forward for everyone. Windowed counts come out low with no error; only reconciling with raw events shows the loss.',
    howToCheck:
      'Spark: stateOperators[].numRowsDroppedByWatermark in StreamingQueryProgress; Flink: the numLateRecordsDropped metric or a sideOutputLateData stream; then compare windowed counts with COUNT(*) from the raw landing table for the same window.',
  },
  {
    id: 'is-retention-vs-lag',
    seam: 'ingest-store',
    dimension: 'delivery guarantees',
    title: 'Retention longer than the worst consumer lag',
    subject: 'topic retention / replication slot',
    assumed:
      'Every record stays in the broker, queue or change log until the slowest consumer has stored it, longer than any backlog or outage lasts',
    explanation:
      'A log keeps records for a fixed time or size (Kafka retention.ms, Kinesis and Pub/Sub retention, the MySQL binlog expiry, Postgres WAL held by a replication slot with a size cap), not until they are read. When a consumer or CDC connector falls behind for longer than that, through an outage, a paused connector or a backlog after a peak, the oldest unread records are deleted first. The consumer then resumes at the earliest remaining offset, jumps to the newest (auto.offset.reset=latest), or fails and needs a fresh snapshot; either way the records in between are gone from the log, so no replay brings them back and only a re-extract from the source can.',
    howToCheck:
      "kafka-consumer-groups --describe --group <group> (lag) against retention.ms from kafka-configs --describe --entity-type topics --entity-name <topic>; grep -iE 'out of range|resetting offset' <consumer_log>; MySQL: SHOW BINARY LOGS and binlog_expire_logs_seconds; Postgres: SELECT slot_name, wal_status FROM pg_replication_slots.",
  },
  {
    id: 'is-loader-skips-bad-records',
    seam: 'ingest-store',
    dimension: 'delivery guarantees',
    title: 'Rejected records tolerated without reconciliation',
    subject: 'loader error tolerance / dead-letter queue',
    assumed:
      'A load that reports success stored every record it received; records it cannot parse or cast fail the load, or go to a dead-letter queue that someone reconciles',
    explanation:
      'Loaders are usually set to keep going: Snowflake COPY with ON_ERROR = CONTINUE or SKIP_FILE, BigQuery max_bad_records, Kafka Connect errors.tolerance=all with or without a dead-letter topic, Spark readers in PERMISSIVE or DROPMALFORMED mode, managed connectors that skip rows failing a type check. That keeps one bad row from blocking a day of data, but the job still ends green and the rejects are counted only in a load history, a DLQ topic or a log line. Unless rejects alert someone and get replayed, rows go missing on every run that meets a value the schema does not accept, and a rerun rejects the same records again.',
    howToCheck:
      "Snowflake: SELECT file_name, row_count, row_parsed, error_count, first_error_message FROM TABLE(information_schema.copy_history(TABLE_NAME => '<table>', START_TIME => <start>)); BigQuery: bq show -j <job_id> (errors); Kafka Connect: errors.tolerance, errors.deadletterqueue.topic.name and the DLQ topic's depth.",
  },
  {
    id: 'is-cursor-boundary',
    seam: 'ingest-store',
    dimension: 'delivery guarantees',
    title: 'Incremental cursor and sync state',
    subject: 'cursor / offset token / high-water mark',
    assumed:
      'Each incremental sync resumes exactly after the last record stored: the cursor is compared the right way, ties and late commits at the boundary are covered, and saved state survives resets and replays',
    explanation:
      'Incremental extracts keep a cursor (the highest updated_at or id seen, an LSN, a Snowpipe Streaming offset token) and next time read what lies past it. With >= the boundary records are read again and an appending sink stores them twice; with > records that share the boundary value are skipped, and rows committed late with an earlier updated_at fall behind a cursor that has already moved on. A state reset, a reinstalled connector or a hand-edited cursor replays history into an append-only table, while a replay into a sink that keeps its own, higher offset token is silently ignored. Every sync succeeds; only a count against the source shows the repeat or the gap.',
    howToCheck:
      'Read the connector state and the cursor predicate (WHERE <cursor_col> > or >= <saved_cursor>); compare per-sync counts with the source, and SELECT <id>, COUNT(*) FROM <table> GROUP BY 1 HAVING COUNT(*) > 1 for ids whose <cursor_col> equals a saved cursor value.',
  },
];
