import type { ClauseTemplate } from './types';

/**
 * Clauses for Generate → Ingest: what the source bakes into its records without saying so.
 * The ingestor accepts anything that parses, so these are the facts a schema check cannot catch.
 */
export const GENERATE_INGEST_TEMPLATES: readonly ClauseTemplate[] = [
  {
    id: 'gi-clock-source',
    seam: 'generate-ingest',
    dimension: 'assumptions',
    title: 'Clock source and time zone',
    subject: 'event_ts',
    assumed: 'event_ts is UTC, set by the server at receipt',
    explanation:
      'A timestamp is only comparable if everyone knows which clock wrote it and in which zone. Mobile and browser SDKs usually stamp events with the device clock, often in local time and sometimes without an offset, so the same instant arrives as different wall-clock values. The ingestor cannot tell a naive local timestamp from a UTC one: daily partitions, sessions and events-per-hour all shift by the client offset, and daylight-saving changes create missing and repeated hours.',
    howToCheck:
      'SELECT ROUND(EXTRACT(EPOCH FROM <received_at> - <event_ts>) / 3600) AS offset_h, COUNT(*) FROM <table> GROUP BY 1 ORDER BY 2 DESC — clusters at whole-hour offsets mean local time, not UTC.',
  },
  {
    id: 'gi-clock-skew',
    seam: 'generate-ingest',
    dimension: 'assumptions',
    title: 'Clock skew between producers',
    subject: 'event_ts across producers',
    assumed: 'Producer clocks are NTP-synced to within a second, so event_ts orders events correctly across devices and services',
    explanation:
      'Even when every producer writes UTC, their clocks disagree. Devices with a wrong system time, VMs that drift after suspend and hosts without NTP stamp events minutes or years away from the truth. Skew reorders events from different producers, puts a checkout before the cart it came from, yields negative durations, and files events under future or 1970 partitions. Watermarks and late-data windows downstream run on event time, so a skewed producer can make its own events look late and get them dropped.',
    howToCheck:
      'SELECT <producer_id>, MIN(<received_at> - <event_ts>), MAX(<received_at> - <event_ts>) FROM <table> GROUP BY 1 — negative lag is a clock running ahead; also count event_ts before 2000 or after NOW().',
  },
  {
    id: 'gi-currency-units',
    seam: 'generate-ingest',
    dimension: 'assumptions',
    title: 'Currency and units',
    subject: 'amount',
    assumed: 'amount is a decimal in major units (e.g. 45.00), with its ISO 4217 currency in a currency_code column on every row',
    explanation:
      'A bare number is not a quantity. Sources assume a currency (USD, because the first market was the US), send minor units (cents) from one service and major units from another, or mix seconds with milliseconds and kilograms with pounds. Nothing fails: the value parses, sums and charts, and is wrong by a factor of 100, 1000 or an exchange rate. The day a second market or a second producer appears, the unstated assumption silently mixes values that cannot be added together.',
    howToCheck:
      'SELECT <currency_col>, <source_col>, COUNT(*), MIN(<amount>), AVG(<amount>), MAX(<amount>) FROM <table> GROUP BY 1, 2 — no currency column, or averages ~100x apart between sources, means the unit is assumed.',
  },
  {
    id: 'gi-id-uniqueness',
    seam: 'generate-ingest',
    dimension: 'assumptions',
    title: 'Id uniqueness and scope',
    subject: 'event_id',
    assumed: 'event_id is globally unique and stable: one id per real event, reused only when that same event is resent',
    explanation:
      'Deduplication, joins and idempotent writes downstream all key on the id, so its scope is the contract. Ids are often unique only per device, per session, per shard or per day: counters that restart after a reinstall, sequence numbers per partition, short random ids that collide at volume. Some SDKs instead mint a fresh id on every retry, so one event arrives under two ids. Either way, dedup on event_id merges distinct events or keeps duplicates, and nobody notices until counts drift.',
    howToCheck:
      'SELECT <event_id>, COUNT(*), COUNT(DISTINCT <producer_id>), MIN(<event_ts>), MAX(<event_ts>) FROM <table> GROUP BY 1 HAVING COUNT(*) > 1 — the same id from different producers or far-apart times is a collision, not a retry.',
  },
  {
    id: 'gi-schema-declared',
    seam: 'generate-ingest',
    dimension: 'unstated contracts',
    title: 'Semantics declared in the schema',
    subject: 'event schema',
    assumed:
      'The registered schema documents what each field means: clock and zone of timestamps, currency and unit of amounts, uniqueness scope of ids',
    explanation:
      'A schema that says only amount: double, ts: long validates shape and promises nothing about meaning. Clock, zone, currency, unit and id scope live in the heads of the team that built the source, and the ingestor accepts whatever parses. When those facts are not in the schema or a data contract, a producer change (a new market, a new SDK version, a migrated service) is invisible to the pipeline because every record still validates. Writing them into field docs, logical types and a contract is what makes them checkable.',
    howToCheck:
      'Open the latest schema for the topic (GET <registry>/subjects/<subject>/versions/latest) and confirm every timestamp, amount and id field has a doc or logical type stating zone, unit and uniqueness.',
  },
  {
    id: 'gi-payload-format',
    seam: 'generate-ingest',
    dimension: 'format',
    title: 'Payload format and encoding',
    subject: 'payload',
    assumed:
      'Every message is UTF-8 JSON (or Avro with a registry schema id), one event per message, numbers as numbers, timestamps as ISO 8601 with offset',
    explanation:
      'The ingestor parses what it believes the format is. Producers send Latin-1 or UTF-16 text, a byte-order mark, numbers as strings, money as floats that lose cents, epoch seconds from one client and milliseconds from another, or several events batched into one JSON array. Lenient parsers turn these into nulls, replacement characters (U+FFFD) or dates in 1970 instead of failing, so the damage only shows downstream. A strict parser with a dead-letter queue makes the disagreement visible at the seam where it happens.',
    howToCheck:
      "Check the ingestor's parse-error and dead-letter counts, then SELECT COUNT(*) FROM <raw_table> WHERE <payload> LIKE '%' || CHR(65533) || '%' — replacement characters mean text was decoded with the wrong encoding.",
  },
  {
    id: 'gi-schema-evolution',
    seam: 'generate-ingest',
    dimension: 'format',
    title: 'Required fields and schema evolution',
    subject: 'producer schema',
    assumed:
      'Producer changes are backward compatible: new fields are optional with defaults, and no required field is removed, renamed or retyped',
    explanation:
      'Producers evolve events for their own reasons: a field renamed in a refactor, an enum value added, an int widened to a string, a required field dropped because a new client version does not send it. Without a compatibility rule enforced at publish time, the first sign is a failing load or, worse, a column that quietly goes null from one release onwards. A schema registry rejects incompatible changes only if compatibility is configured for the subject and producers cannot bypass the registry.',
    howToCheck:
      'GET <registry>/config/<subject> should report BACKWARD or FULL compatibility; then SELECT DATE(<event_ts>), COUNT(*) - COUNT(<required_field>) AS missing FROM <table> GROUP BY 1 ORDER BY 1.',
  },
  {
    id: 'gi-null-sentinels',
    seam: 'generate-ingest',
    dimension: 'unstated contracts',
    title: 'Missing values and sentinels',
    subject: 'optional fields',
    assumed: 'A missing value arrives as null or an absent field; empty strings, 0, -1 and 1970-01-01 are real values',
    explanation:
      'Sources encode unknown in whatever their language or database made convenient: empty strings, 0, -1, N/A, the text null, 1970-01-01 or 9999-12-31. The convention is rarely written down and often differs between producers of the same event. Downstream, sentinels count as real values: a price of 0 drags the average down, ages of -1 appear in distributions, and 1970 events land in a partition nobody reads. Only the producer knows which values mean missing, so the list belongs in the contract.',
    howToCheck:
      "SELECT <col>, COUNT(*) FROM <table> GROUP BY 1 ORDER BY 2 DESC LIMIT 20 — a spike at '', 0, -1, 'N/A' or 1970-01-01 is a sentinel standing in for null.",
  },
  {
    id: 'gi-api-limits',
    seam: 'generate-ingest',
    dimension: 'unstated contracts',
    title: 'API paging, row caps and rate limits',
    subject: 'source API responses',
    assumed: 'A sync receives every record the source holds for its window: pagination runs to the end, and no row cap, search limit or rate limit truncates a response without an error',
    explanation:
      'Source APIs promise less than their documentation suggests. Search and list endpoints stop at a fixed number of results, cursors expire or stop at a cap, offset pages skip records when the data shifts underneath them, and a throttled call may return a short page with a success status instead of an error. The connector stores what it received and reports success, so the warehouse holds a truncated copy whose row counts are often round numbers. Which endpoint is complete, what it caps and how truncation is signalled belong in the contract.',
    howToCheck:
      'Compare SELECT COUNT(*) FROM <raw_table> for a window with the count the source UI or a bulk export reports for it, and search the sync logs for 429 responses and unfollowed next-page links.',
  },
  {
    id: 'gi-change-tracking',
    seam: 'generate-ingest',
    dimension: 'assumptions',
    title: 'Change tracking for incremental reads',
    subject: 'the cursor column an incremental sync reads by',
    assumed: 'Every new or changed record moves the cursor column forward (an updated_at, an incrementing id, a change sequence), in the zone and precision the sync compares it in, and no record appears later with an older value',
    explanation:
      'Incremental syncs read everything after the last cursor they saved. That holds only if the source moves the cursor on every change. Rows updated by a bulk job or a trigger that does not touch updated_at, rows committed late with an earlier timestamp, a cursor stored without a zone and compared in another, records the vendor restates or backdates after their window was read, a cursor truncated to seconds while many rows share one: each leaves records behind the cursor, where no later incremental run looks. Every run succeeds and counts look plausible; only a full resync shows the gap. Which column marks change, its zone and precision, and how late a change can still appear belong in the contract.',
    howToCheck:
      "Compare a full export's count for a past window with SELECT COUNT(*) FROM <raw_table> WHERE <cursor_col> >= '<window_start>' AND <cursor_col> < '<window_end>', and look for source rows whose last change is later than their <cursor_col>.",
  },
  {
    id: 'gi-log-position',
    seam: 'generate-ingest',
    dimension: 'unstated contracts',
    title: 'Position in the source change log',
    subject: 'the log position a CDC or log reader resumes from',
    assumed: 'A CDC or log reader resumes exactly where it stopped: the source keeps its log (binlog, WAL and replication slot, change stream, rotated files) until the reader has read it, and a restart, failover or rotation neither skips nor rereads entries',
    explanation:
      'Log-based readers do not ask the source for data; they follow its log from a saved position. That position lives in two places, the reader\'s offsets and the source\'s own bookkeeping (a replication slot, a GTID set, a resume token, a file inode), and both must agree. A slot dropped and recreated, a binlog purged before the reader caught up, a failover to a replica with other positions, an acknowledgement sent before the record was handed on, a log file rotated and renamed: each makes the reader skip entries or read them again. The source is right and the reader reports progress, so the gap shows only against a fresh snapshot. How long the source keeps its log, what a reader may acknowledge and how it resumes after failover belong in the contract.',
    howToCheck:
      "Compare the reader's saved position (offsets topic, slot's confirmed LSN, GTID set, resume token) with the source's oldest retained log position for the incident window, and count rows per hour in <raw_table> against the source table for the same window.",
  },
  {
    id: 'gi-new-enum-value',
    seam: 'generate-ingest',
    dimension: 'unstated contracts',
    title: 'Allowed values of categorical fields',
    subject: 'status, event type and category fields',
    assumed: 'Status, event type and category fields take only the values listed in the contract, and a new value is announced before the producer sends it',
    explanation:
      'Downstream logic is written against the values seen so far: WHERE status IN (...), CASE branches without an ELSE, inner joins to a mapping table, dashboards filtered on a picklist. When the producer adds a status, an event type, a payment method or a product category, every record still validates because the field is just a string, but the new rows fall through those filters: they vanish from totals or pile up in "other", and nothing fails. An accepted-values test and a change notice in the contract turn that silent drift into an alert.',
    howToCheck:
      'SELECT <category_col>, MIN(<event_ts>) AS first_seen, COUNT(*) FROM <raw_table> GROUP BY 1 ORDER BY 2 DESC — recently first-seen values are candidates; then search the models for IN lists and CASE branches on that column.',
  },
  {
    id: 'gi-producer-sampling',
    seam: 'generate-ingest',
    dimension: 'assumptions',
    title: 'Completeness of what the producer emits',
    subject: 'event emission',
    assumed: 'The producer emits every occurrence of each tracked event on every platform, unsampled, under the same event names and identifiers across releases',
    explanation:
      'Event volume reflects the SDK as much as user behaviour. A new SDK version turns on sampling or client-side filtering, drops queued events when the app is backgrounded on one platform, deduplicates more aggressively, or renames an event constant or identifier in a refactor. Every event that is emitted is well-formed, so ingestion succeeds, but counts fall or shift for the affected clients, usually in step with a release. Unless the contract states the sampling rate and keeps event names stable, a product change reads as a change in user behaviour.',
    howToCheck:
      'SELECT <platform>, <sdk_version>, DATE(<event_ts>), COUNT(*), COUNT(DISTINCT <user_id>) FROM <raw_table> GROUP BY 1, 2, 3 ORDER BY 3 — a step down in events per user that starts with one version or platform is the producer, not the users.',
  },
];
