import type { Cause } from '../types';

/**
 * Ingest → Store: the delivery boundary. Records land zero, two or out-of-order times, and the
 * raw table is already wrong before any transformation touches it.
 */
export const INGEST_STORE_CAUSES: readonly Cause[] = [
  {
    id: 'is-ack-before-commit', seam: 'ingest-store', templateId: 'is-ack-before-commit',
    title: 'Ack before commit; a retry writes a duplicate', prevalence: 4,
    symptoms: ['duplicates-after-retry', 'totals-doubled'], sometimes: ['data-test-failed', 'reports-disagree'],
    answers: {
      'raw-already-wrong': 'yes', 'source-correct': 'yes', 'staging-right-model-wrong': 'no', 'only-one-consumer': 'no?',
      'affected-some-sources': 'no?', 'started-after-change': 'no?', 'stream-job': 'yes?', 'rerun-fixes': 'no?',
      'intermittent': 'yes?', 'under-load': 'yes', 'full-refresh-differs': 'no?',
      'grain-key-duplicated': 'yes', 'dupes-whole-run': 'no', 'task-retried': 'yes?', 'backfill-ran': 'no',
      'dupes-share-id': 'yes', 'dupes-identical-incl-load-time': 'no', 'dupes-differ-in-values': 'no', 'dupes-far-apart': 'no',
      'consumer-rebalanced': 'yes', 'producer-retried': 'yes', 'sink-idempotent': 'no',
    },
    assumed: 'The ingestor acknowledges a record only after storage has committed it, and a retried record with the same id is written once',
    mechanism:
      'The ingestor acknowledges from a buffer (or commits and acks as two separate steps), so a writer crash or timeout between them leaves the producer without a confirmed ack; the producer resends while the buffer is replayed on restart, and an appending sink stores the same record twice',
    confirm:
      'SELECT <event_id>, COUNT(*), MIN(<ingested_at>), MAX(<ingested_at>) FROM <raw_table> GROUP BY 1 HAVING COUNT(*) > 1, then match those ids to retry lines in the producer logs and to the crash and restart times of the writer.',
    fixNow:
      'Deduplicate the affected range on <event_id> (keep the earliest copy), and make the path acknowledge only after commit, with idempotent writes on <event_id>.',
    contractClause: 'Storage acknowledges a write only after commit; retries with the same <event_id> are idempotent.',
  },
  {
    id: 'is-ack-before-commit--lost', seam: 'ingest-store', templateId: 'is-ack-before-commit',
    title: 'Ack before commit; a crash loses records', prevalence: 2,
    symptoms: ['rows-missing', 'data-lost-permanently'], sometimes: ['partial-under-load', 'job-failed', 'reports-disagree'],
    answers: { 'ingest-read-fewer': 'no?',
      'raw-already-wrong': 'yes', 'source-correct': 'yes', 'staging-right-model-wrong': 'no', 'only-one-consumer': 'no?',
      'affected-some-sources': 'no?', 'started-after-change': 'no?', 'stream-job': 'yes?', 'task-stuck': 'no?',
      'rerun-fixes': 'no', 'intermittent': 'yes?', 'under-load': 'yes', 'full-refresh-differs': 'no?',
      'grain-key-duplicated': 'no?', 'missing-at-period-end': 'no', 'upstream-after-downstream': 'no?', 'missing-are-late-events': 'no',
      'consumer-rebalanced': 'yes', 'producer-retried': 'no', 'round-row-count': 'no',
    },
    assumed: 'An acknowledged record is durably stored',
    mechanism:
      'The ingestor acknowledges records while they are still in a buffer or on a single replica; a crash or failover before the durable commit discards them, nothing replays the buffer, and the producer, holding an ack, never resends, so the records exist only at the source',
    confirm:
      "Compare per-minute counts around the crash or failover with the source or the producer's send log: SELECT DATE_TRUNC('minute', <event_ts>), COUNT(*) FROM <raw_table> WHERE <event_ts> BETWEEN '<crash_start>' AND '<crash_end>' GROUP BY 1 ORDER BY 1.",
    fixNow:
      'Re-extract or replay the gap from the source or the log it came from (reset the consumer to an offset before the crash) into an idempotent write, then make the writer ack only after a durable commit.',
    contractClause: 'Storage acknowledges a write only after it is durably committed (replicated or fsynced); an acknowledged record is never lost.',
  },
  {
    id: 'is-rebalance-redelivery', seam: 'ingest-store', templateId: 'is-rebalance-redelivery',
    title: 'Rebalance or restart redelivers records', prevalence: 5,
    symptoms: ['duplicates-after-retry', 'totals-doubled'], sometimes: ['stream-lag', 'data-test-failed'],
    answers: {
      'raw-already-wrong': 'yes', 'source-correct': 'yes', 'staging-right-model-wrong': 'no', 'only-one-consumer': 'no?',
      'affected-some-sources': 'no?', 'ingest-changed': 'yes?', 'producer-changed': 'no?', 'storage-changed': 'no?',
      'stream-job': 'yes', 'task-or-load-failed': 'no?', 'rerun-fixes': 'no?', 'intermittent': 'yes?', 'under-load': 'yes',
      'full-refresh-differs': 'no?',
      'grain-key-duplicated': 'yes', 'dupes-whole-run': 'no', 'task-retried': 'no?', 'backfill-ran': 'no',
      'dupes-share-id': 'yes', 'dupes-identical-incl-load-time': 'no', 'dupes-differ-in-values': 'no', 'dupes-far-apart': 'no',
      'consumer-rebalanced': 'yes', 'producer-retried': 'no?', 'sink-idempotent': 'no',
    },
    assumed: 'After a consumer-group rebalance, crash or restart, the consumer resumes right after the last record it stored',
    mechanism:
      'The consumer commits offsets apart from its writes (on a timer or per batch), so when a rebalance, deploy, crash or eviction hands a partition to another consumer, everything written since the last committed offset is read again and appended a second time by an appending sink',
    confirm:
      "SELECT DATE_TRUNC('minute', <ingested_at>), COUNT(*) - COUNT(DISTINCT <event_id>) AS dups FROM <raw_table> GROUP BY 1 ORDER BY 2 DESC LIMIT 20, then match the top minutes to rebalance or partition-revocation lines and pod restarts in the consumer logs.",
    fixNow:
      'Deduplicate the bursts on <event_id>; turn off offset auto-commit and commit offsets only after the write is durable, or make the sink a MERGE on <event_id>.',
    contractClause:
      'The consumer commits offsets only after its write is durable, and the sink is idempotent on <event_id>, so redelivery after a rebalance never adds rows.',
  },
  {
    id: 'is-truncated-batches', seam: 'ingest-store', templateId: 'is-truncated-batches',
    title: 'Load or sink keeps only part of what was read', prevalence: 4,
    symptoms: ['rows-missing', 'success-but-empty'], sometimes: ['reports-disagree', 'data-test-failed', 'load-rejected'],
    answers: {
      'raw-already-wrong': 'yes', 'source-correct': 'yes', 'staging-right-model-wrong': 'no', 'only-one-consumer': 'no',
      'ingest-read-fewer': 'no', 'stream-job': 'no?', 'task-or-load-failed': 'no', 'task-stuck': 'no?', 'rerun-fixes': 'no?', 'full-refresh-differs': 'no?',
      'grain-key-duplicated': 'no?', 'upstream-after-downstream': 'no', 'missing-are-late-events': 'no',
      'round-row-count': 'yes?', 'logs-show-errors-in-green-run': 'yes?',
    },
    assumed: 'Every record the ingestor read is stored, and anything the sink cannot take fails the load',
    mechanism:
      "A size, batch or bad-record limit of the broker, sink or loader drops part of what the ingestor read, or a timed-out upload leaves a shorter file, and the load still reports success, so storage holds less than the ingest run's own count",
    confirm:
      "Compare the ingest run's records-read count with SELECT <load_id>, COUNT(*) FROM <raw_table> GROUP BY 1 for the same runs, and read the loader's rejected-record and dead-letter counts.",
    fixNow:
      'Reload the affected runs with the limit raised or the oversized records split, and make the loader fail instead of skipping rejected records.',
    contractClause: "Every load records how many records the ingestor read, and fails if storage holds fewer or if any record was rejected.",
  },
  {
    id: 'is-dedup-key', seam: 'ingest-store', templateId: 'is-dedup-key',
    title: 'Sink appends; no idempotent key', prevalence: 5,
    symptoms: ['duplicates-after-retry', 'totals-doubled'], sometimes: ['file-written-twice', 'data-test-failed', 'reports-disagree'],
    answers: {
      'backfill-ran': 'yes?',
      'raw-already-wrong': 'yes', 'source-correct': 'yes', 'staging-right-model-wrong': 'no', 'only-one-consumer': 'no?',
      'affected-some-sources': 'no?', 'ingest-changed': 'yes?', 'producer-changed': 'no?', 'storage-changed': 'no?',
      // Streaming redelivery is is-rebalance-redelivery or is-ack-before-commit; this is mostly batch loads, files and resyncs.
      'stream-job': 'no?', 'task-or-load-failed': 'no', 'rerun-fixes': 'no?', 'intermittent': 'yes?', 'full-refresh-differs': 'no?',
      'grain-key-duplicated': 'yes', 'dupes-whole-run': 'no?', 'task-retried': 'yes?',
      'dupes-share-id': 'yes', 'dupes-identical-incl-load-time': 'no', 'dupes-differ-in-values': 'no', 'sink-idempotent': 'no',
    },
    assumed: 'Storage writes are idempotent on the record id (MERGE/upsert or an enforced unique key), so a redelivered record replaces itself',
    mechanism:
      'The sink appends with a plain insert, and the primary key declared in the warehouse is not enforced, so any record the source, webhook or connector delivers again (a redelivery, a resync, a re-sent file) is stored as a second row',
    confirm:
      'SELECT <event_id>, COUNT(*) FROM <raw_table> GROUP BY 1 HAVING COUNT(*) > 1; then read the sink: INSERT INTO or append mode means no dedup, MERGE ... ON <event_id> or ON CONFLICT means idempotent.',
    fixNow:
      'Deduplicate the table on <event_id> (keep the earliest <ingested_at>) and change the sink to MERGE ... ON <event_id> or INSERT ... ON CONFLICT DO NOTHING.',
    contractClause: 'Storage writes are idempotent on <event_id> (MERGE or an enforced unique key); a redelivered record never adds a row.',
  },
  {
    id: 'is-dedup-window', seam: 'ingest-store', templateId: 'is-dedup-window',
    title: 'Dedup window shorter than redelivery delay', prevalence: 3,
    symptoms: ['duplicates-after-retry', 'totals-doubled'], sometimes: ['data-test-failed', 'ratio-inflated'],
    answers: {
      'raw-already-wrong': 'yes', 'source-correct': 'yes', 'staging-right-model-wrong': 'no', 'only-one-consumer': 'no?',
      'ingest-changed': 'yes?', 'storage-changed': 'no?', 'stream-job': 'yes?', 'task-or-load-failed': 'no', 'rerun-fixes': 'no?',
      'intermittent': 'yes?', 'full-refresh-differs': 'no?',
      'grain-key-duplicated': 'yes', 'dupes-whole-run': 'no', 'task-retried': 'no?', 'backfill-ran': 'no?',
      'dupes-share-id': 'yes', 'dupes-identical-incl-load-time': 'no', 'dupes-differ-in-values': 'no', 'dupes-far-apart': 'yes',
      'sink-idempotent': 'no',
    },
    assumed: 'Every duplicate arrives within the deduplication window, so in-stream dedup catches all of them',
    mechanism:
      'Deduplication remembers seen ids only for a bounded window (a state TTL, a watermark, one batch or one file), and copies that arrive later than that (offline clients flushing, a replay from an older offset, a re-sent file) find no trace of the first and are stored as new',
    confirm:
      'SELECT <event_id>, MAX(<ingested_at>) - MIN(<ingested_at>) AS spread FROM <raw_table> GROUP BY 1 HAVING COUNT(*) > 1 ORDER BY 2 DESC — spreads longer than the dedup TTL or watermark delay.',
    fixNow:
      'Deduplicate the affected range in batch on <event_id>, and lengthen the dedup window to the measured worst redelivery delay or add an idempotent MERGE at the sink.',
    contractClause:
      'Deduplication covers redelivery delays up to <N> days, measured and monitored; later copies are absorbed by an idempotent write at the sink.',
  },
  {
    id: 'is-per-key-ordering', seam: 'ingest-store', templateId: 'is-per-key-ordering',
    title: "One entity's events applied out of order", prevalence: 3,
    symptoms: ['old-value-overwrote-new', 'late-events-dropped'], sometimes: ['numbers-change-on-rerun', 'reports-disagree'],
    answers: {
      'raw-already-wrong': 'yes?', 'source-correct': 'yes', 'staging-right-model-wrong': 'no', 'only-one-consumer': 'no?',
      'stream-job': 'yes', 'task-or-load-failed': 'no', 'task-stuck': 'no?', 'rerun-fixes': 'no?', 'intermittent': 'yes?',
      'grain-key-duplicated': 'no?', 'concurrent-writers': 'yes?', 'keyed-by-entity': 'no',
    },
    assumed: 'All events for one entity share a partition and are stored in the order they were produced',
    mechanism:
      "Producers send without the entity as message key (or the partition count changes and remaps keys), so one entity's events spread over partitions consumed in parallel, and whatever applies them in arrival order ends on an older state",
    confirm:
      'Describe the topic for its partition count and history, sample message keys, then SELECT COUNT(*) FROM (SELECT <seq>, LAG(<seq>) OVER (PARTITION BY <entity_id> ORDER BY <ingested_at>) AS prev FROM <raw_table>) t WHERE <seq> < prev.',
    fixNow:
      'Rebuild current state from the change log ordered by the source sequence rather than arrival, and key the producer by <entity_id>; do not change the partition count of a keyed topic in place.',
    contractClause: 'Events are keyed by <entity_id> and carry a per-entity sequence; consumers apply them in sequence order, not arrival order.',
  },
  {
    id: 'is-out-of-order-upserts', seam: 'ingest-store', templateId: 'is-out-of-order-upserts',
    title: 'Stale update overwrites newer state', prevalence: 4,
    symptoms: ['old-value-overwrote-new'], sometimes: ['reports-disagree', 'numbers-change-on-rerun'],
    answers: {
      'raw-already-wrong': 'yes?', 'source-correct': 'yes', 'staging-right-model-wrong': 'no', 'only-one-consumer': 'no?',
      'affected-some-sources': 'no?', 'ingest-changed': 'yes?', 'storage-changed': 'no?',
      'stream-job': 'yes?', 'task-or-load-failed': 'no', 'task-stuck': 'no?', 'rerun-fixes': 'no?', 'intermittent': 'yes?',
      'under-load': 'yes?', 'grain-key-duplicated': 'no',
      'keyed-by-entity': 'yes', 'sink-idempotent': 'yes',
    },
    assumed: 'Upserts keep the row with the highest source version (LSN, sequence or updated_at), not the one that arrived last',
    mechanism:
      'The upsert applies changes in arrival order (last write wins), so an older change that arrives after a newer one (a retry, a replay, a backfill running beside the live stream) overwrites the current row or resurrects a deleted one, leaving no duplicate to detect',
    confirm:
      'Read the sink MERGE for a version guard (WHEN MATCHED AND s.<version> > t.<version>), then compare <key>, <version> in <table> with the source for a sample of recently updated keys.',
    fixNow: 'Add the version guard to the MERGE and re-apply the latest version per key from the change log for the affected range.',
    contractClause:
      'Upserts apply a change only if its source version (LSN, sequence or updated_at) is higher than the stored one; deletes are kept as tombstones.',
  },
  {
    id: 'is-watermark-late-drop', seam: 'ingest-store', templateId: 'is-watermark-late-drop',
    title: 'Streaming watermark drops late events before they are stored', prevalence: 4,
    symptoms: ['late-events-dropped', 'rows-missing'], sometimes: ['partial-under-load', 'reports-disagree', 'success-but-empty'],
    answers: { 'ingest-read-fewer': 'no?',
      // missing-are-late-events points only at store-process; here lateness is the cause itself, so 'yes' is the honest answer.
      'raw-already-wrong': 'yes?', 'source-correct': 'yes', 'staging-right-model-wrong': 'no', 'only-one-consumer': 'no?',
      'ingest-changed': 'yes?', 'storage-changed': 'no?', 'stream-job': 'yes', 'task-or-load-failed': 'no', 'task-stuck': 'no?',
      'rerun-fixes': 'no?',
      'grain-key-duplicated': 'no?', 'missing-are-late-events': 'yes', 'missing-at-period-end': 'no?',
      'upstream-after-downstream': 'no?', 'shift-whole-hours-tz': 'no?', 'round-row-count': 'no',
    },
    assumed: 'Late events are still stored: the streaming job waits long enough, or routes records behind the watermark to a side output that is reconciled',
    mechanism:
      'The streaming job that writes to storage deduplicates, aggregates or joins on event time and keeps state only until its watermark passes; records older than the watermark are discarded by default, with at most a metric, so they stay in the source or topic but never land',
    confirm:
      'Spark: stateOperators[].numRowsDroppedByWatermark in StreamingQueryProgress; Flink: the numLateRecordsDropped metric; then compare stored counts for a window with the source or the topic for the same event-time window.',
    fixNow:
      'Recompute the affected windows in batch from the source or a replay of the topic, and raise the allowed lateness or route late records to a side output that updates the stored results.',
    contractClause:
      'The streaming job keeps windows open for <N> of lateness, sized from measured delays, and routes later events to a side output that is reconciled daily.',
  },
  {
    id: 'is-retention-vs-lag', seam: 'ingest-store', templateId: 'is-retention-vs-lag',
    title: 'Consumer lag outlived retention; records expired unread', prevalence: 3,
    symptoms: ['data-lost-permanently', 'rows-missing', 'partial-under-load'], sometimes: ['stream-lag', 'data-stale', 'job-failed', 'data-test-failed'],
    answers: {
      'raw-already-wrong': 'yes', 'source-correct': 'yes', 'staging-right-model-wrong': 'no', 'only-one-consumer': 'no?',
      'started-after-change': 'no?', 'stream-job': 'yes?', 'rerun-fixes': 'no', 'intermittent': 'yes?',
      'under-load': 'yes', 'full-refresh-differs': 'no?', 'grain-key-duplicated': 'no?',
      'missing-at-period-end': 'no?', 'upstream-after-downstream': 'no', 'missing-are-late-events': 'no?',
      'round-row-count': 'no', 'producer-retried': 'no?', 'logs-show-errors-in-green-run': 'yes?',
    },
    assumed: 'Every record stays in the broker, queue or change log until the consumer has stored it',
    mechanism:
      'The consumer or CDC connector falls further behind than the retention of the log it reads (a topic retention, a binlog expiry, a capped or dropped replication slot), so the oldest unread records are deleted before they are read; on resume it jumps to the earliest or newest remaining position, or fails and is re-snapshotted, and the records in between never land',
    confirm:
      "Compare the consumer's largest lag over the incident, in time, with the log's retention (consumer-group lag history, retention.ms, binlog expiry, pg_replication_slots.wal_status), search the consumer logs for offset-out-of-range or offset-reset lines, and compare per-hour counts in <raw_table> with the source across the gap.",
    fixNow:
      'Re-extract the gap from the source itself (a snapshot or a bounded backfill from <start> to <end>) into an idempotent write, since the log no longer holds it; then lengthen retention or alert on lag so the consumer catches up before records expire.',
    contractClause:
      'Retention on <topic> exceeds the worst expected consumer lag plus recovery time, lag alerts well before it, and an offset reset fails loudly instead of skipping records.',
  },
  {
    id: 'is-loader-skips-bad-records', seam: 'ingest-store', templateId: 'is-loader-skips-bad-records',
    title: 'Loader skips bad records and still reports success', prevalence: 4,
    symptoms: ['rows-missing', 'load-rejected', 'success-but-empty'], sometimes: ['schema-type-errors', 'reports-disagree', 'data-test-failed'],
    answers: { 'ingest-read-fewer': 'no',
      'raw-already-wrong': 'yes', 'source-correct': 'yes?', 'staging-right-model-wrong': 'no', 'only-one-consumer': 'no',
      'ingest-changed': 'yes?', 'task-or-load-failed': 'yes?', 'task-stuck': 'no', 'rerun-fixes': 'no',
      'full-refresh-differs': 'no?', 'grain-key-duplicated': 'no?', 'missing-at-period-end': 'no', 'upstream-after-downstream': 'no',
      'missing-are-late-events': 'no',
      'logs-show-errors-in-green-run': 'yes', 'round-row-count': 'no',
    },
    assumed: 'A load that reports success stored every record it received',
    mechanism:
      'The loader or connector is set to tolerate errors (continue on error, an allowance of bad records, or a dead-letter queue nobody reconciles), so records it cannot parse, cast or fit are set aside while the load completes, and those rows stay missing downstream until someone replays them',
    confirm:
      "Read the reject counts of the affected loads (the warehouse's load or copy history error counts, the load job's errors, the dead-letter topic's depth, the connector's skipped-record metric) and compare rows stored per load with rows received.",
    fixNow:
      'Fix or map the rejected values, replay the dead-letter records or reload the affected files, and alert on any nonzero reject count.',
    contractClause:
      'Every load reports records received, stored and rejected; a nonzero reject count alerts the owner of <table>, and dead-lettered records are replayed or signed off within <N>.',
  },
  {
    id: 'is-cursor-boundary', seam: 'ingest-store', templateId: 'is-cursor-boundary',
    title: 'Incremental cursor re-reads or skips the boundary', prevalence: 4,
    symptoms: ['duplicates-after-retry', 'rows-missing'], sometimes: ['totals-doubled', 'data-test-failed', 'reports-disagree', 'success-but-empty'],
    answers: {
      'backfill-ran': 'yes?',
      // full-refresh-differs points at process-model; a full resync that bypasses the saved cursor is also what fixes this.
      'raw-already-wrong': 'yes', 'source-correct': 'yes', 'staging-right-model-wrong': 'no', 'only-one-consumer': 'no',
      'ingest-changed': 'yes?', 'producer-changed': 'no?', 'storage-changed': 'no?', 'stream-job': 'no?',
      'task-or-load-failed': 'no', 'task-stuck': 'no?', 'rerun-fixes': 'no?', 'intermittent': 'yes?', 'full-refresh-differs': 'yes?',
      'dupes-share-id': 'yes', 'dupes-identical-incl-load-time': 'no', 'dupes-far-apart': 'yes?',
      'sink-idempotent': 'no?', 'producer-retried': 'no', 'round-row-count': 'no',
    },
    assumed: 'Each incremental sync resumes exactly after the last record stored, so every record is read once',
    mechanism:
      'The sync compares its cursor the wrong way (inclusive re-reads the boundary records; exclusive skips records that share the boundary value or commit late with an earlier cursor value), or its saved state is reset or ignored, so boundary records land twice in an appending sink or are skipped without an error',
    confirm:
      'Compare per-sync counts in <raw_table> with the source for the same cursor range, list duplicated <id> values whose <cursor_col> equals a saved cursor value, and read the connector state history for resets.',
    fixNow:
      'Resync the affected range (a full refresh or a bounded backfill) into a MERGE on <id>, and make the sync read an overlapping lookback on <cursor_col> deduplicated on <id> instead of trusting an exact boundary.',
    contractClause:
      'Incremental syncs read with an overlapping lookback on <cursor_col> and write idempotently on <id>; state resets are logged, and per-sync counts are reconciled with the source.',
  },
];
