import type { Cause } from '../types';

/**
 * Ingest → Store: the delivery boundary. Records land zero, two or out-of-order times, and the
 * raw table is already wrong before any transformation touches it.
 */
export const INGEST_STORE_CAUSES: readonly Cause[] = [
  {
    id: 'is-ack-before-commit',
    seam: 'ingest-store',
    templateId: 'is-ack-before-commit',
    title: 'Ack before commit; a retry writes a duplicate',
    prevalence: 4,
    symptoms: ['duplicates-after-retry', 'totals-doubled'],
    answers: {
      'raw-already-wrong': 'yes',
      'grain-key-duplicated': 'yes',
      'dupes-share-id': 'yes',
      'dupes-identical-incl-load-time': 'no',
      'dupes-differ-in-values': 'no',
      'dupes-far-apart': 'no',
      'dupes-whole-run': 'no',
      'consumer-rebalanced': 'yes',
      'producer-retried': 'yes',
      'sink-idempotent': 'no',
      'task-retried': 'no',
      'backfill-ran': 'no',
      'producer-changed': 'no',
    },
    assumed: 'Ack is sent only after the write is committed, and a retried event_id is written once',
    actual:
      'Ack was sent while event 8821 sat in the storage buffer; the writer crashed before commit, the buffer was replayed on restart and the producer retried, so 8821 was written twice',
    confirm:
      'SELECT <event_id>, COUNT(*), MIN(<ingested_at>), MAX(<ingested_at>) FROM <raw_table> GROUP BY 1 HAVING COUNT(*) > 1, then match those ids to producer retry lines and to the writer’s crash and restart time.',
    fixNow:
      'Deduplicate the affected range on event_id (keep the earliest copy), and make the path acknowledge only after commit, with idempotent writes on event_id.',
    contractClause: 'Storage acknowledges a write only after commit; retries with the same event_id are idempotent.',
  },
  {
    id: 'is-ack-before-commit--lost',
    seam: 'ingest-store',
    templateId: 'is-ack-before-commit',
    title: 'Ack before commit; a crash loses records',
    prevalence: 2,
    symptoms: ['rows-missing'],
    answers: {
      'raw-already-wrong': 'yes',
      'consumer-rebalanced': 'yes',
      'producer-retried': 'no',
      'round-row-count': 'no',
      'missing-at-period-end': 'no',
      'upstream-after-downstream': 'no',
      'missing-are-late-events': 'no',
      'task-or-load-failed': 'no',
      'logs-show-errors-in-green-run': 'no',
    },
    assumed: 'An acknowledged record is durably stored',
    actual:
      'Records were acknowledged from a buffer; the writer crashed before commit and nothing replayed the buffer, so the producer, holding an ack, never resent them and they are gone',
    confirm:
      "Compare per-minute counts around the crash with the source or the producer's send log: SELECT DATE_TRUNC('minute', <event_ts>), COUNT(*) FROM <raw_table> WHERE <event_ts> BETWEEN '<crash_start>' AND '<crash_end>' GROUP BY 1 ORDER BY 1.",
    fixNow:
      'Re-extract or replay the gap from the source or topic (reset the consumer to an offset before the crash) into an idempotent write, then make the writer ack only after commit.',
    contractClause: 'Storage acknowledges a write only after it is durably committed (replicated or fsynced); an acknowledged record is never lost.',
  },
  {
    id: 'is-rebalance-redelivery',
    seam: 'ingest-store',
    templateId: 'is-rebalance-redelivery',
    title: 'Rebalance or restart redelivers records',
    prevalence: 5,
    symptoms: ['duplicates-after-retry', 'totals-doubled'],
    answers: {
      'raw-already-wrong': 'yes',
      'grain-key-duplicated': 'yes',
      'dupes-share-id': 'yes',
      'dupes-identical-incl-load-time': 'no',
      'dupes-differ-in-values': 'no',
      'dupes-far-apart': 'no',
      'dupes-whole-run': 'no',
      'consumer-rebalanced': 'yes',
      'producer-retried': 'no',
      'sink-idempotent': 'no',
      'task-retried': 'no',
      'backfill-ran': 'no',
      'producer-changed': 'no',
    },
    assumed: 'After a consumer-group rebalance, crash or restart, the consumer resumes right after the last record it stored',
    actual:
      'Offsets were committed on a timer, apart from the writes; after the rebalance the new owner re-read everything since the last committed offset and appended it again',
    confirm:
      "SELECT DATE_TRUNC('minute', <ingested_at>), COUNT(*) - COUNT(DISTINCT <event_id>) AS dups FROM <raw_table> GROUP BY 1 ORDER BY 2 DESC LIMIT 20, then match the top minutes to 'Revoke previously assigned partitions' lines in the consumer logs.",
    fixNow:
      'Deduplicate the bursts on event_id; set enable.auto.commit=false and commit offsets after the write, or make the sink a MERGE on event_id.',
    contractClause:
      'The consumer commits offsets only after its write is durable, and the sink is idempotent on event_id, so redelivery after a rebalance never adds rows.',
  },
  {
    id: 'is-truncated-batches',
    seam: 'ingest-store',
    templateId: 'is-truncated-batches',
    title: 'Extract truncated by a limit or pagination',
    prevalence: 4,
    symptoms: ['rows-missing', 'success-but-empty'],
    answers: {
      'only-one-consumer': 'no',
      'raw-already-wrong': 'yes',
      'round-row-count': 'yes',
      'task-or-load-failed': 'no',
      'upstream-after-downstream': 'no',
      'rerun-fixes': 'no',
      'grain-key-duplicated': 'no',
      'consumer-rebalanced': 'no',
      'missing-are-late-events': 'no',
    },
    assumed: 'Each pull or file carries the complete set for its window, with every page followed and no limit cutting it short',
    actual:
      'The extract stopped at an API row or page limit (or a file size or row cap) without an error; the load succeeded with fewer rows than the source has',
    confirm:
      "SELECT <load_id>, COUNT(*) FROM <raw_table> GROUP BY 1 ORDER BY 2 DESC — counts equal to a page size or round limit, and below the source's own count for the window.",
    fixNow:
      'Re-extract the window with full pagination (cursor-based, following next links) or in windows small enough to stay under the limit, overwriting the affected partitions.',
    contractClause: "Every extract records the source's row count for its window, and the load fails if the stored count differs.",
  },
  {
    id: 'is-dedup-key',
    seam: 'ingest-store',
    templateId: 'is-dedup-key',
    title: 'Sink appends; no idempotent key',
    prevalence: 5,
    symptoms: ['duplicates-after-retry', 'totals-doubled'],
    answers: {
      'raw-already-wrong': 'yes',
      'grain-key-duplicated': 'yes',
      'dupes-share-id': 'yes',
      'dupes-identical-incl-load-time': 'no',
      'dupes-differ-in-values': 'no',
      'dupes-far-apart': 'no',
      'dupes-whole-run': 'no',
      'sink-idempotent': 'no',
      'consumer-rebalanced': 'no',
      'producer-retried': 'no',
      'task-retried': 'no',
      'backfill-ran': 'no',
    },
    assumed: 'Storage writes are idempotent on event_id (MERGE/upsert or an enforced unique key), so a redelivered record replaces itself',
    actual:
      'The sink appends with a plain INSERT; records the source or connector delivered again (webhook redelivery, connector resync) were stored twice, and the primary key declared in the warehouse is not enforced',
    confirm:
      'SELECT <event_id>, COUNT(*) FROM <raw_table> GROUP BY 1 HAVING COUNT(*) > 1; then read the sink: INSERT INTO or append mode means no dedup, MERGE ... ON <event_id> or ON CONFLICT means idempotent.',
    fixNow:
      'Deduplicate the table on event_id (keep the earliest ingested_at) and change the sink to MERGE ... ON event_id or INSERT ... ON CONFLICT DO NOTHING.',
    contractClause: 'Storage writes are idempotent on event_id (MERGE or an enforced unique key); a redelivered record never adds a row.',
  },
  {
    id: 'is-dedup-window',
    seam: 'ingest-store',
    templateId: 'is-dedup-window',
    title: 'Dedup window shorter than redelivery delay',
    prevalence: 3,
    symptoms: ['duplicates-after-retry', 'totals-doubled'],
    answers: {
      'raw-already-wrong': 'yes',
      'grain-key-duplicated': 'yes',
      'dupes-share-id': 'yes',
      'dupes-identical-incl-load-time': 'no',
      'dupes-differ-in-values': 'no',
      'dupes-far-apart': 'yes',
      'dupes-whole-run': 'no',
      'task-retried': 'no',
      'backfill-ran': 'no',
    },
    assumed: 'Every duplicate arrives within the deduplication window, so in-stream dedup catches all of them',
    actual:
      'Copies arrived hours or days after the first (offline clients flushing, replays from an older offset, re-sent files), after the dedup state had expired, and were kept as new',
    confirm:
      'SELECT <event_id>, MAX(<ingested_at>) - MIN(<ingested_at>) AS spread FROM <raw_table> GROUP BY 1 HAVING COUNT(*) > 1 ORDER BY 2 DESC — spreads longer than the dedup TTL or watermark delay.',
    fixNow:
      'Deduplicate the affected range in batch on event_id, and lengthen the dedup window to the measured worst redelivery delay or add an idempotent MERGE at the sink.',
    contractClause:
      'Deduplication covers redelivery delays up to <N> days, measured and monitored; later copies are absorbed by an idempotent write at the sink.',
  },
  {
    id: 'is-per-key-ordering',
    seam: 'ingest-store',
    templateId: 'is-per-key-ordering',
    title: "One entity's events applied out of order",
    prevalence: 3,
    symptoms: ['old-value-overwrote-new', 'late-events-dropped'],
    answers: {
      'raw-already-wrong': 'yes',
      'keyed-by-entity': 'no',
      'grain-key-duplicated': 'no',
      'dupes-differ-in-values': 'no',
      'staging-right-model-wrong': 'no',
      'task-or-load-failed': 'no',
    },
    assumed: 'All events for one entity share a partition and are stored in the order they were produced',
    actual:
      "Producers sent without a key (or the partition count changed, remapping keys), so one entity's events spread over partitions consumed in parallel and were applied out of order",
    confirm:
      'kafka-topics --describe --topic <topic> for the partition count, a sample of keys with kcat, then SELECT COUNT(*) FROM (SELECT <seq>, LAG(<seq>) OVER (PARTITION BY <entity_id> ORDER BY <ingested_at>) AS prev FROM <raw_table>) t WHERE <seq> < prev.',
    fixNow:
      'Rebuild current state from the change log ordered by the source sequence rather than arrival, and key the producer by entity_id; do not change the partition count of a keyed topic in place.',
    contractClause: 'Events are keyed by entity_id and carry a per-entity sequence; consumers apply them in sequence order, not arrival order.',
  },
  {
    id: 'is-out-of-order-upserts',
    seam: 'ingest-store',
    templateId: 'is-out-of-order-upserts',
    title: 'Stale update overwrites newer state',
    prevalence: 4,
    symptoms: ['old-value-overwrote-new'],
    answers: {
      'raw-already-wrong': 'yes',
      'keyed-by-entity': 'yes',
      'sink-idempotent': 'yes',
      'grain-key-duplicated': 'no',
      'staging-right-model-wrong': 'no',
      'task-or-load-failed': 'no',
    },
    assumed: 'Upserts keep the row with the highest source version (LSN, sequence or updated_at), not the one that arrived last',
    actual:
      'The MERGE applies changes in arrival order; an older change that arrived late (a retry, a replay, a backfill beside the live stream) overwrote the current row or resurrected a deleted one',
    confirm:
      'Read the sink MERGE for a version guard (WHEN MATCHED AND s.<version> > t.<version>), then compare <key>, <version> in <table> with the source for a sample of recently updated keys.',
    fixNow: 'Add the version guard to the MERGE and re-apply the latest version per key from the change log for the affected range.',
    contractClause:
      'Upserts apply a change only if its source version (LSN, sequence or updated_at) is higher than the stored one; deletes are kept as tombstones.',
  },
  {
    id: 'is-watermark-late-drop',
    seam: 'ingest-store',
    templateId: 'is-watermark-late-drop',
    title: 'Streaming watermark drops late events',
    prevalence: 4,
    symptoms: ['late-events-dropped', 'rows-missing'],
    answers: {
      'raw-already-wrong': 'no',
      'missing-are-late-events': 'yes',
      'rerun-fixes': 'no',
      'task-or-load-failed': 'no',
      'upstream-after-downstream': 'no',
      'missing-at-period-end': 'no',
      'staging-right-model-wrong': 'no',
      'shift-whole-hours-tz': 'no',
    },
    assumed: 'Late events are still stored: the streaming job waits long enough, or routes records behind the watermark to a side output that is reconciled',
    actual:
      'The streaming writer dropped events older than its watermark without an error; windowed counts are low while the raw events are complete',
    confirm:
      'Spark: stateOperators[].numRowsDroppedByWatermark in StreamingQueryProgress; Flink: the numLateRecordsDropped metric; then compare windowed counts with COUNT(*) from the raw landing table for the same window.',
    fixNow:
      'Recompute the affected windows in batch from the raw events, and raise the allowed lateness or route late records to a side output that updates the aggregates.',
    contractClause:
      'The streaming job keeps windows open for <N> of lateness, sized from measured delays, and routes later events to a side output that is reconciled daily.',
  },
];
