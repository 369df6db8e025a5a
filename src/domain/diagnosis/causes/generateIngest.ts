import type { Cause } from '../types';

/**
 * Generate → Ingest: the source baked something into its records that nobody wrote down.
 * The raw table is already wrong, the pipeline reports success, and the fix starts with the producer.
 */
export const GENERATE_INGEST_CAUSES: readonly Cause[] = [
  {
    id: 'gi-clock-source',
    seam: 'generate-ingest',
    templateId: 'gi-clock-source',
    title: 'Client clock in local time, not UTC',
    prevalence: 5,
    symptoms: ['timestamps-shifted', 'rows-missing', 'late-events-dropped'],
    answers: {
      'raw-already-wrong': 'yes',
      'shift-whole-hours-tz': 'yes',
      'schema-documents-semantics': 'no',
      'staging-right-model-wrong': 'no',
      'only-one-consumer': 'no',
      'task-or-load-failed': 'no',
      'rerun-fixes': 'no',
      'off-by-factor': 'no',
      'upstream-after-downstream': 'no',
    },
    assumed: 'event_ts is UTC, stamped by a server clock at receipt',
    actual:
      "event_ts is the device's local wall-clock time without an offset, so each event is shifted by its client's time-zone offset, and daylight-saving changes add missing and repeated hours",
    confirm:
      'SELECT ROUND(EXTRACT(EPOCH FROM <received_at> - <event_ts>) / 3600) AS offset_h, COUNT(*) FROM <raw_table> GROUP BY 1 ORDER BY 2 DESC — clusters at whole-hour offsets (-5, +1, +8) mean local time, not UTC.',
    fixNow:
      'Re-derive event time for the affected range from received_at or a device offset field, reprocess the shifted day partitions, and ask the source to send ISO 8601 timestamps with an offset.',
    contractClause:
      'event_ts is an ISO 8601 timestamp in UTC with an explicit offset, stamped by the server at receipt; device time, if sent, travels in a separate client_ts field.',
  },
  {
    id: 'gi-clock-skew',
    seam: 'generate-ingest',
    templateId: 'gi-clock-skew',
    title: 'Producer clocks skewed',
    prevalence: 3,
    symptoms: ['timestamps-shifted', 'late-events-dropped', 'implausible-values'],
    answers: {
      'raw-already-wrong': 'yes',
      'shift-whole-hours-tz': 'no',
      'missing-are-late-events': 'yes',
      'schema-documents-semantics': 'yes',
      'rerun-fixes': 'no',
      'only-one-consumer': 'no',
      'garbled-or-parse-errors': 'no',
      'upstream-after-downstream': 'no',
    },
    assumed: 'Producer clocks are NTP-synced, so event_ts orders events correctly across devices and services',
    actual:
      "Some producers' clocks run minutes to years off: events arrive dated in the future or in 1970, order flips across producers, and a fast clock pushes the watermark so other producers' events are dropped as late",
    confirm:
      'SELECT <producer_id>, MIN(<received_at> - <event_ts>), MAX(<received_at> - <event_ts>) FROM <raw_table> GROUP BY 1 ORDER BY 3 DESC — negative lag is a clock running ahead; also count event_ts before 2000 or after NOW().',
    fixNow:
      "Replace event_ts with received_at where the lag is outside a plausible window, quarantine the skewed producers' rows, and recompute the affected windows.",
    contractClause:
      'Producers keep their clocks NTP-synced to within one second; events whose event_ts is more than <N> minutes ahead of, or <M> days behind, received_at go to a quarantine table.',
  },
  {
    id: 'gi-currency-units',
    seam: 'generate-ingest',
    templateId: 'gi-currency-units',
    title: 'Currency or unit assumed, not stated',
    prevalence: 4,
    symptoms: ['wrong-unit-currency', 'totals-doubled', 'reports-disagree'],
    answers: {
      'raw-already-wrong': 'yes',
      'off-by-factor': 'yes',
      'schema-documents-semantics': 'no',
      'producer-changed': 'yes',
      'garbled-or-parse-errors': 'no',
      'grain-key-duplicated': 'no',
      'staging-right-model-wrong': 'no',
      'only-one-consumer': 'no',
      'task-or-load-failed': 'no',
    },
    assumed: 'amount is a decimal in major units, with its ISO 4217 currency on every row',
    actual:
      'amount carries no currency or unit: one producer sends cents, or a new market sends EUR, and every value is summed as if it were USD in major units',
    confirm:
      'SELECT <source_col>, <currency_col>, COUNT(*), AVG(<amount>) FROM <raw_table> GROUP BY 1, 2 — averages about 100x apart between sources, or no currency column at all, mean the unit is assumed.',
    fixNow:
      'Tag the affected rows with their real currency and unit from the producer or market, convert them in a corrected model, and restate the affected reports.',
    contractClause:
      'Every amount is a decimal in major units with an ISO 4217 currency_code on the same row; other unit-bearing fields name their unit in the field name or schema doc.',
  },
  {
    id: 'gi-id-uniqueness',
    seam: 'generate-ingest',
    templateId: 'gi-id-uniqueness',
    title: 'event_id not globally unique',
    prevalence: 3,
    symptoms: ['rows-missing', 'totals-doubled'],
    answers: {
      'raw-already-wrong': 'yes',
      'grain-key-duplicated': 'yes',
      'dupes-share-id': 'yes',
      'dupes-differ-in-values': 'yes',
      'dupes-far-apart': 'yes',
      'dupes-identical-incl-load-time': 'no',
      'dupes-whole-run': 'no',
      'consumer-rebalanced': 'no',
      'producer-retried': 'no',
      'task-retried': 'no',
      'schema-documents-semantics': 'no',
    },
    assumed: 'event_id is globally unique: one id per real event, reused only when that same event is resent',
    actual:
      'event_id is unique only per device, session or shard; distinct events share an id, so dedup on event_id merges them and joins on it fan out',
    confirm:
      'SELECT <event_id>, COUNT(*), COUNT(DISTINCT <producer_id>), MIN(<event_ts>), MAX(<event_ts>) FROM <raw_table> GROUP BY 1 HAVING COUNT(*) > 1 — the same id from different producers or far-apart times is a collision, not a retry.',
    fixNow:
      'Deduplicate and join on a composite key such as (producer_id, event_id) or a hash of the identifying fields, and rebuild tables that were deduplicated on event_id alone.',
    contractClause:
      'event_id is unique across all producers and all time (a UUID or equivalent), and is reused only when the same event is resent.',
  },
  {
    id: 'gi-id-uniqueness--new-id-per-retry',
    seam: 'generate-ingest',
    templateId: 'gi-id-uniqueness',
    title: 'Retry resends the event under a new id',
    prevalence: 3,
    symptoms: ['duplicates-after-retry', 'totals-doubled'],
    answers: {
      'raw-already-wrong': 'yes',
      'dupes-share-id': 'no',
      'grain-key-duplicated': 'no',
      'producer-retried': 'yes',
      'sink-idempotent': 'yes',
      'dupes-differ-in-values': 'no',
      'dupes-whole-run': 'no',
      'consumer-rebalanced': 'no',
      'task-retried': 'no',
    },
    assumed: 'A resent event keeps its original event_id, so dedup on event_id removes the retry',
    actual: 'The SDK mints a fresh event_id on every send attempt, so each retry arrives as a new event and passes dedup',
    confirm:
      'SELECT <user_id>, <event_ts>, <amount>, COUNT(*), COUNT(DISTINCT <event_id>) FROM <raw_table> GROUP BY 1, 2, 3 HAVING COUNT(DISTINCT <event_id>) > 1 — same payload under different ids, clustered at the times of producer retries.',
    fixNow:
      'Deduplicate the affected range on the payload fields (user, event time, type, amount), and ask the producer to generate the id once, before the first send.',
    contractClause:
      'event_id is generated once when the event is created and reused on every retry; it is the idempotency key for the whole pipeline.',
  },
  {
    id: 'gi-schema-declared',
    seam: 'generate-ingest',
    templateId: 'gi-schema-declared',
    title: 'Meaning left out of the schema',
    prevalence: 4,
    symptoms: ['wrong-unit-currency', 'timestamps-shifted'],
    answers: {
      'raw-already-wrong': 'yes',
      'schema-documents-semantics': 'no',
      'producer-changed': 'yes',
      'task-or-load-failed': 'no',
      'garbled-or-parse-errors': 'no',
      'staging-right-model-wrong': 'no',
      'only-one-consumer': 'no',
    },
    assumed: "The schema states each field's meaning: the clock and zone of timestamps, the currency and unit of amounts, the uniqueness scope of ids",
    actual:
      'The schema states only types (amount: double, ts: long); client-side clocks, an assumed USD and a non-unique event_id all validate, so a producer change in any of them flowed in unseen',
    confirm:
      "curl -s <registry>/subjects/<subject>/versions/latest | jq '.schema | fromjson | .fields[] | {name, doc}' — timestamp, amount and id fields have no doc or logical type stating zone, unit and scope.",
    fixNow:
      'Write down with the producer team what each field means today, add docs and logical types to the schema, and add value checks at ingest (offset present, currency present, id unique) for the fields that changed.',
    contractClause:
      'The event schema documents, for every field, its clock and zone, currency and unit, and uniqueness scope; changing any of them is a breaking schema change.',
  },
  {
    id: 'gi-payload-format',
    seam: 'generate-ingest',
    templateId: 'gi-payload-format',
    title: 'Payload format or encoding not as parsed',
    prevalence: 3,
    symptoms: ['implausible-values', 'unexpected-nulls', 'schema-type-errors'],
    answers: {
      'raw-already-wrong': 'yes',
      'garbled-or-parse-errors': 'yes',
      'task-or-load-failed': 'yes',
      'producer-changed': 'yes',
      'started-after-change': 'yes',
      'column-null-from-date': 'no',
      'values-in-wrong-columns': 'no',
    },
    assumed: 'Every message is UTF-8 JSON, one event per message, with numbers as numbers and timestamps as ISO 8601 with offset',
    actual:
      'Some producers send another encoding, numbers as strings, epoch seconds instead of milliseconds or batched arrays; the lenient parser turned them into nulls, U+FFFD characters and 1970 dates, and dead-lettered the rest',
    confirm:
      "Check the ingestor's parse-error and dead-letter counts by producer, then SELECT <producer_id>, COUNT(*) FROM <raw_table> WHERE <payload> LIKE '%' || CHR(65533) || '%' GROUP BY 1.",
    fixNow:
      'Switch the parser to strict mode with a dead-letter queue, replay the dead-lettered and corrupted messages with the right decoding, and send the producer the failing samples.',
    contractClause:
      'Payloads are UTF-8 JSON, one event per message, numbers as JSON numbers and timestamps as ISO 8601 with offset; anything else is rejected to a dead-letter queue that the producer is told about.',
  },
  {
    id: 'gi-schema-evolution',
    seam: 'generate-ingest',
    templateId: 'gi-schema-evolution',
    title: 'Producer schema change breaks the load',
    prevalence: 5,
    symptoms: ['schema-type-errors', 'data-stale', 'rows-missing'],
    answers: {
      'raw-already-wrong': 'yes',
      'task-or-load-failed': 'yes',
      'producer-changed': 'yes',
      'started-after-change': 'yes',
      'garbled-or-parse-errors': 'no',
      'rerun-fixes': 'no',
      'only-one-consumer': 'no',
    },
    assumed: 'Producer changes are backward compatible: new fields are optional, and no required field is removed, renamed or retyped',
    actual: 'A producer release renamed, removed or retyped a field without a compatibility check; the load has failed or rejected records since that release',
    confirm:
      'GET <registry>/config/<subject> shows compatibility NONE or unset; diff the last two schema versions and line the first failed load up with the release.',
    fixNow:
      'Roll back or pin the producer version if possible, map the new field shape in the ingestor, and reload the rejected records from the dead-letter queue or the source.',
    contractClause:
      "The producer's schema subject enforces BACKWARD (or FULL) compatibility; removing, renaming or retyping a field needs a new versioned subject and notice to consumers.",
  },
  {
    id: 'gi-schema-evolution--silent-null',
    seam: 'generate-ingest',
    templateId: 'gi-schema-evolution',
    title: 'Dropped or retyped field lands as null',
    prevalence: 4,
    symptoms: ['unexpected-nulls'],
    answers: {
      'raw-already-wrong': 'yes',
      'column-null-from-date': 'yes',
      'producer-changed': 'yes',
      'started-after-change': 'yes',
      'task-or-load-failed': 'no',
      'garbled-or-parse-errors': 'no',
      'values-in-wrong-columns': 'no',
      'null-zero-switch': 'no',
    },
    assumed: 'Every field the pipeline uses is still sent, under the same name and type',
    actual:
      'A new client or service version stopped sending the field (or changed its type); the lenient ingest accepted the records and the column has been null since that release',
    confirm:
      'SELECT <client_version>, COUNT(*) - COUNT(<field>) AS missing, COUNT(*) FROM <raw_table> GROUP BY 1 ORDER BY 1 — the nulls sit in the new version only.',
    fixNow:
      'Recover the value from the source where possible, flag the affected range as incomplete to consumers, and add a not-null check at ingest for the field.',
    contractClause:
      'Fields the pipeline depends on are required in the schema; a producer release that drops or retypes one fails the compatibility check before it ships.',
  },
  {
    id: 'gi-null-sentinels',
    seam: 'generate-ingest',
    templateId: 'gi-null-sentinels',
    title: 'Sentinel values stand in for missing',
    prevalence: 3,
    symptoms: ['implausible-values'],
    answers: {
      'raw-already-wrong': 'yes',
      'garbled-or-parse-errors': 'no',
      'task-or-load-failed': 'no',
      'null-zero-switch': 'no',
      'column-null-from-date': 'no',
      'off-by-factor': 'no',
      'schema-documents-semantics': 'no',
      'shift-whole-hours-tz': 'no',
    },
    assumed: "Missing values arrive as null or an absent field; '', 0, -1 and 1970-01-01 are real values",
    actual: "The source writes '', 0, -1, 'N/A' or 1970-01-01 for unknown, and they are averaged, counted and charted as real values",
    confirm:
      'SELECT <col>, COUNT(*) FROM <raw_table> GROUP BY 1 ORDER BY 2 DESC LIMIT 20 — a spike at a sentinel value is missing data in disguise.',
    fixNow:
      "Map the sentinels to NULL in staging (NULLIF(<col>, -1), NULLIF(<col>, ''), and so on) and recompute the affected averages and distributions.",
    contractClause: 'Missing values are sent as null or an absent field; the source lists, per field, any sentinel values it still emits.',
  },
];
