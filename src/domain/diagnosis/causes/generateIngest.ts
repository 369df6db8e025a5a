import type { Cause } from '../types';
import { SOURCE_VOLUME_CAUSES } from './generateIngestVolume';

/**
 * Generate → Ingest: the source baked something into its records that nobody wrote down.
 * The raw table is already wrong, the pipeline reports success, and the fix starts with the producer.
 */
export const GENERATE_INGEST_CAUSES: readonly Cause[] = [
  {
    // A source that is right in its own convention (its clock, unit, encoding, meaning) is not wrong; the
    // ingestor assumed another. source-correct says nothing against these causes.
    id: 'gi-clock-source', seam: 'generate-ingest', templateId: 'gi-clock-source',
    title: 'Client clock in local time, not UTC', prevalence: 5,
    symptoms: ['timestamps-shifted', 'loss-by-zone-region'],
    sometimes: ['rows-missing', 'reports-disagree', 'late-events-dropped'],
    answers: { 'ingest-read-fewer': 'yes?',
      'raw-already-wrong': 'yes', 'staging-right-model-wrong': 'no', 'only-one-consumer': 'no',
      'affected-some-sources': 'yes?', 'affected-by-zone': 'yes', 'shift-whole-hours-tz': 'yes', 'producer-changed': 'yes?',
      'task-or-load-failed': 'no', 'rerun-fixes': 'no', 'intermittent': 'no?', 'upstream-after-downstream': 'no?',
      'around-clock-change': 'yes?', 'full-refresh-differs': 'no?', 'schema-documents-semantics': 'no',
    },
    assumed: 'The event timestamp is UTC, stamped by a server clock when the event is received',
    mechanism:
      "The producer stamps events with the device's local wall-clock time and no offset, so every event is shifted by its client's time-zone offset, records move across day and hour boundaries, and daylight-saving changes add missing and repeated hours",
    confirm:
      'SELECT ROUND(EXTRACT(EPOCH FROM <received_at> - <event_ts>) / 3600) AS offset_h, COUNT(*) FROM <raw_table> GROUP BY 1 ORDER BY 2 DESC — clusters at whole-hour offsets other than zero mean local time, not UTC.',
    fixNow:
      'Re-derive event time for the affected range from <received_at> or a device offset field, reprocess the shifted day partitions, and ask the source to send ISO 8601 timestamps with an offset.',
    contractClause:
      '<event_ts> is an ISO 8601 timestamp in UTC with an explicit offset, stamped by the server at receipt; device time, if sent, travels in a separate <client_ts> field.',
  },
  {
    id: 'gi-clock-skew', seam: 'generate-ingest', templateId: 'gi-clock-skew',
    title: 'Producer clocks skewed', prevalence: 3,
    symptoms: ['timestamps-shifted', 'implausible-values', 'late-events-dropped'],
    sometimes: ['ratio-inflated', 'rows-missing', 'old-value-overwrote-new'],
    answers: {
      'raw-already-wrong': 'yes', 'source-correct': 'no?', 'staging-right-model-wrong': 'no', 'only-one-consumer': 'no',
      'affected-some-sources': 'yes', 'affected-by-zone': 'no?', 'shift-whole-hours-tz': 'no', 'started-after-change': 'no?',
      'task-or-load-failed': 'no', 'rerun-fixes': 'no', 'stream-job': 'yes?', 'upstream-after-downstream': 'no?',
      'around-clock-change': 'no?',
    },
    assumed: 'Producer clocks are synchronised, so the event timestamp orders events correctly across devices and services',
    mechanism:
      "Some producers' clocks run ahead of or behind true time by an arbitrary, drifting amount, so their events carry future or epoch-era dates, order flips between producers, durations turn negative, and event-time windows treat on-time events as late",
    confirm:
      'SELECT <producer_id>, MIN(<received_at> - <event_ts>), MAX(<received_at> - <event_ts>) FROM <raw_table> GROUP BY 1 ORDER BY 3 DESC — negative lag is a clock running ahead; also count <event_ts> before <plausible_start> or after NOW().',
    fixNow:
      "Replace <event_ts> with <received_at> where the lag is outside a plausible window, quarantine the skewed producers' rows, and recompute the affected windows.",
    contractClause:
      'Producers keep their clocks synchronised to within <max_skew>; events whose <event_ts> is more than <max_ahead> ahead of, or <max_behind> behind, <received_at> go to a quarantine table.',
  },
  {
    id: 'gi-currency-units', seam: 'generate-ingest', templateId: 'gi-currency-units',
    title: 'Currency or unit assumed, not stated', prevalence: 4,
    symptoms: ['wrong-unit-currency', 'totals-doubled', 'reports-disagree'],
    sometimes: ['ratio-inflated', 'implausible-values', 'data-test-failed'],
    answers: {
      'raw-already-wrong': 'yes', 'staging-right-model-wrong': 'no', 'only-one-consumer': 'no',
      'affected-some-sources': 'yes?', 'started-after-change': 'yes?', 'producer-changed': 'yes', 'pipeline-code-changed': 'no?',
      'storage-changed': 'no?', 'new-values-at-source': 'yes?', 'off-by-factor': 'yes', 'grain-key-duplicated': 'no', 'task-or-load-failed': 'no', 'intermittent': 'no',
      'schema-documents-semantics': 'no',
    },
    assumed: 'Every amount is a decimal in major units, with its ISO 4217 currency on the same row',
    mechanism:
      'The amount carries no currency or unit, so when a producer sends minor units or a new market sends another currency, every value still parses and is summed as if it were in the one currency and unit the pipeline assumes',
    confirm:
      'SELECT <source_col>, <currency_col>, COUNT(*), AVG(<amount>) FROM <raw_table> GROUP BY 1, 2 — averages a constant factor apart between sources, or no currency column at all, mean the unit is assumed.',
    fixNow:
      'Tag the affected rows with their real currency and unit from the producer or market, convert them in a corrected model, and restate the affected reports.',
    contractClause:
      'Every amount is a decimal in major units with an ISO 4217 <currency_code> on the same row; other unit-bearing fields name their unit in the field name or schema doc.',
  },
  {
    id: 'gi-id-uniqueness', seam: 'generate-ingest', templateId: 'gi-id-uniqueness',
    title: 'Event id not globally unique', prevalence: 3,
    symptoms: ['totals-doubled', 'rows-missing'],
    sometimes: ['duplicates-after-retry', 'data-test-failed', 'reports-disagree'],
    // dupes-share-id is left out on purpose: colliding ids do share an id, but that question's
    // "yes" points at redelivery (Ingest → Store, Orchestration); dupes-differ-in-values separates them.
    answers: {
      'raw-already-wrong': 'yes?', 'source-correct': 'yes?', 'only-one-consumer': 'no?', 'started-after-change': 'no?',
      'grain-key-duplicated': 'yes', 'dupes-whole-run': 'no', 'task-retried': 'no?', 'under-load': 'no?', 'rerun-fixes': 'no',
      'off-by-factor': 'no?',
      'dupes-differ-in-values': 'yes', 'dupes-identical-incl-load-time': 'no', 'dupes-far-apart': 'yes?', 'producer-retried': 'no?',
      'consumer-rebalanced': 'no?', 'concurrent-writers': 'no?', 'schema-documents-semantics': 'no',
    },
    assumed: 'The event id is globally unique: one id per real event, reused only when that same event is resent',
    mechanism:
      'The producer makes ids unique only within a device, session, shard or period, so distinct events share an id: deduplication on the id merges them and joins on it fan out',
    confirm:
      'SELECT <event_id>, COUNT(*), COUNT(DISTINCT <producer_id>), MIN(<event_ts>), MAX(<event_ts>) FROM <raw_table> GROUP BY 1 HAVING COUNT(*) > 1 — the same id from different producers or far-apart times is a collision, not a retry.',
    fixNow:
      'Deduplicate and join on a composite key such as (<producer_id>, <event_id>) or a hash of the identifying fields, and rebuild tables that were deduplicated on the id alone.',
    contractClause:
      '<event_id> is unique across all producers and all time (a UUID or equivalent), and is reused only when the same event is resent.',
  },
  {
    id: 'gi-id-uniqueness--new-id-per-retry', seam: 'generate-ingest', templateId: 'gi-id-uniqueness',
    title: 'Retry resends the event under a new id', prevalence: 3,
    symptoms: ['duplicates-after-retry', 'totals-doubled'],
    sometimes: ['ratio-inflated', 'reports-disagree', 'data-test-failed'],
    // under-load 'yes?' although it points at Ingest → Store: producer retries follow timeouts, which
    // cluster at peaks and outages; dupes-share-id 'no' and producer-retried 'yes' keep the seam apart.
    answers: {
      'raw-already-wrong': 'yes', 'source-correct': 'yes?', 'staging-right-model-wrong': 'no', 'only-one-consumer': 'no',
      'affected-some-sources': 'yes?', 'under-load': 'yes?', 'grain-key-duplicated': 'yes?', 'dupes-whole-run': 'no',
      'task-retried': 'no?', 'rerun-fixes': 'no',
      'dupes-share-id': 'no', 'dupes-identical-incl-load-time': 'no', 'dupes-differ-in-values': 'no?', 'dupes-far-apart': 'no?',
      'producer-retried': 'yes', 'consumer-rebalanced': 'no?', 'concurrent-writers': 'no?',
    },
    assumed: 'A resent event keeps its original id, so deduplication on the id removes the retry',
    mechanism:
      'The producer or its SDK mints a fresh id on every send attempt, so each retry of one real event arrives as a new event with the same payload and passes every id-based deduplication',
    confirm:
      'SELECT <user_id>, <event_ts>, <amount>, COUNT(*), COUNT(DISTINCT <event_id>) FROM <raw_table> GROUP BY 1, 2, 3 HAVING COUNT(DISTINCT <event_id>) > 1 — the same payload under different ids, clustered at the times of producer retries.',
    fixNow:
      'Deduplicate the affected range on the payload fields (entity, event time, type, measure), and ask the producer to generate the id once, before the first send.',
    contractClause:
      '<event_id> is generated once when the event is created and reused on every retry; it is the idempotency key for the whole pipeline.',
  },
  {
    id: 'gi-schema-declared', seam: 'generate-ingest', templateId: 'gi-schema-declared',
    title: 'Meaning left out of the schema', prevalence: 4,
    symptoms: ['wrong-unit-currency', 'timestamps-shifted'],
    sometimes: ['reports-disagree', 'totals-doubled', 'consumer-broke-after-change', 'found-in-review'],
    answers: {
      'raw-already-wrong': 'yes', 'staging-right-model-wrong': 'no', 'only-one-consumer': 'no',
      'affected-some-sources': 'yes?', 'started-after-change': 'yes', 'producer-changed': 'yes', 'ingest-changed': 'no?',
      'pipeline-code-changed': 'no?', 'storage-changed': 'no?', 'new-values-at-source': 'yes?', 'task-or-load-failed': 'no', 'rerun-fixes': 'no', 'intermittent': 'no?',
      'schema-documents-semantics': 'no',
    },
    assumed: "The schema states each field's meaning: the clock and zone of timestamps, the currency and unit of amounts, the uniqueness scope of ids",
    mechanism:
      "The schema states only types, so a producer change in a field's clock, zone, currency, unit or id scope still validates and flows into the pipeline unseen, and downstream keeps reading the old meaning",
    confirm:
      "curl -s <registry>/subjects/<subject>/versions/latest | jq '.schema | fromjson | .fields[] | {name, doc}' — timestamp, amount and id fields have no doc or logical type stating zone, unit and scope.",
    fixNow:
      'Write down with the producer team what each field means today, add docs and logical types to the schema, and add value checks at ingest (offset present, currency present, id unique) for the fields that changed.',
    contractClause:
      'The event schema documents, for every field, its clock and zone, currency and unit, and uniqueness scope; changing any of them is a breaking schema change.',
  },
  {
    id: 'gi-payload-format', seam: 'generate-ingest', templateId: 'gi-payload-format',
    title: 'Payload format or encoding not as parsed', prevalence: 3,
    symptoms: ['implausible-values', 'unexpected-nulls', 'load-rejected'],
    sometimes: ['schema-type-errors', 'rows-missing', 'timestamps-shifted', 'data-test-failed'],
    answers: {
      'raw-already-wrong': 'yes', 'staging-right-model-wrong': 'no', 'only-one-consumer': 'no',
      'affected-some-sources': 'yes', 'started-after-change': 'yes?', 'producer-changed': 'yes?', 'new-values-at-source': 'yes?',
      'task-or-load-failed': 'yes?', 'rerun-fixes': 'no', 'intermittent': 'no?',
      'garbled-or-parse-errors': 'yes', 'column-null-from-date': 'no?', 'values-in-wrong-columns': 'no?', 'logs-show-errors-in-green-run': 'yes?',
    },
    assumed: 'Every message is UTF-8 JSON, one event per message, with numbers as numbers and timestamps as ISO 8601 with an offset',
    mechanism:
      'Some producers send another encoding, numbers as strings, epoch times in another resolution or several events batched in one message; a lenient parser turns these into nulls, replacement characters and epoch-era dates, and a strict one dead-letters them',
    confirm:
      "Check the ingestor's parse-error and dead-letter counts by producer, then SELECT <producer_id>, COUNT(*) FROM <raw_table> WHERE <payload> LIKE '%' || CHR(65533) || '%' GROUP BY 1.",
    fixNow:
      'Switch the parser to strict mode with a dead-letter queue, replay the dead-lettered and corrupted messages with the right decoding, and send the producer the failing samples.',
    contractClause:
      'Payloads are UTF-8 JSON, one event per message, numbers as JSON numbers and timestamps as ISO 8601 with offset; anything else is rejected to a dead-letter queue that the producer is told about.',
  },
  {
    id: 'gi-schema-evolution', seam: 'generate-ingest', templateId: 'gi-schema-evolution',
    title: 'Producer schema change breaks the load', prevalence: 5,
    symptoms: ['schema-type-errors', 'load-rejected', 'job-failed'],
    sometimes: ['data-stale', 'rows-missing', 'new-field-missing', 'consumer-broke-after-change'],
    answers: {
      'raw-already-wrong': 'yes?', 'staging-right-model-wrong': 'no', 'only-one-consumer': 'no', 'affected-some-sources': 'yes?',
      'started-after-change': 'yes', 'producer-changed': 'yes', 'ingest-changed': 'no?', 'pipeline-code-changed': 'no?',
      'new-values-at-source': 'yes?', 'task-or-load-failed': 'yes', 'task-stuck': 'no?', 'rerun-fixes': 'no', 'intermittent': 'no',
      'garbled-or-parse-errors': 'yes?', 'types-differ-between-files': 'no?',
    },
    assumed: 'Producer changes are backward compatible: new fields are optional, and no required field is removed, renamed or retyped',
    mechanism:
      'A producer release renames, removes or retypes a field without a compatibility check, so an ingestor that expects the old shape fails or rejects every record sent in the new one until it is changed',
    confirm:
      'GET <registry>/config/<subject> shows compatibility NONE or unset; diff the last two schema versions and line the first failed or rejected load up with the producer release.',
    fixNow:
      'Roll back or pin the producer version if possible, map the new field shape in the ingestor, and reload the rejected records from the dead-letter queue or the source.',
    contractClause:
      "The producer's schema subject enforces BACKWARD (or FULL) compatibility; removing, renaming or retyping a field needs a new versioned subject and notice to consumers.",
  },
  {
    id: 'gi-schema-evolution--silent-null', seam: 'generate-ingest', templateId: 'gi-schema-evolution',
    title: 'Dropped or retyped field lands as null', prevalence: 4,
    symptoms: ['unexpected-nulls'],
    sometimes: ['new-field-missing', 'data-test-failed', 'ratio-inflated', 'ml-predictions-off'],
    answers: {
      'raw-already-wrong': 'yes', 'source-correct': 'yes?', 'staging-right-model-wrong': 'no', 'only-one-consumer': 'no',
      'affected-some-sources': 'yes', 'started-after-change': 'yes', 'producer-changed': 'yes', 'ingest-changed': 'no?',
      'pipeline-code-changed': 'no?', 'task-or-load-failed': 'no', 'rerun-fixes': 'no', 'intermittent': 'no',
      'column-null-from-date': 'yes', 'values-in-wrong-columns': 'no', 'null-zero-switch': 'no', 'types-differ-between-files': 'no?',
    },
    assumed: 'Every field the pipeline uses is still sent, under the same name and type',
    mechanism:
      'A new client or service version stops sending a field, or sends it under another name or type; a lenient ingest accepts the records, so the column is null for every record from that version on',
    confirm:
      'SELECT <client_version>, COUNT(*) - COUNT(<field>) AS missing, COUNT(*) FROM <raw_table> GROUP BY 1 ORDER BY 1 — the nulls sit in the new version only.',
    fixNow:
      'Recover the value from the source where possible, flag the affected range as incomplete to consumers, and add a not-null check at ingest for the field.',
    contractClause:
      'Fields the pipeline depends on are required in the schema; a producer release that drops or retypes one fails the compatibility check before it ships.',
  },
  {
    id: 'gi-null-sentinels', seam: 'generate-ingest', templateId: 'gi-null-sentinels',
    title: 'Sentinel values stand in for missing', prevalence: 3,
    symptoms: ['implausible-values', 'ratio-inflated'],
    sometimes: ['reports-disagree', 'data-test-failed', 'ml-predictions-off'],
    answers: {
      'raw-already-wrong': 'yes', 'source-correct': 'yes?', 'staging-right-model-wrong': 'no', 'only-one-consumer': 'no',
      'affected-some-sources': 'yes?', 'started-after-change': 'no?', 'task-or-load-failed': 'no', 'rerun-fixes': 'no',
      'intermittent': 'no', 'off-by-factor': 'no',
      'schema-documents-semantics': 'no', 'null-zero-switch': 'no?', 'values-in-wrong-columns': 'no?',
    },
    assumed: 'A missing value arrives as null or an absent field; empty strings, zeros, negative codes and epoch dates are real values',
    mechanism:
      "The source writes a placeholder such as an empty string, zero, a negative code, 'N/A' or the epoch date when it does not know a value, so downstream averages, counts and charts treat the placeholder as a real value",
    confirm:
      'SELECT <col>, COUNT(*) FROM <raw_table> GROUP BY 1 ORDER BY 2 DESC LIMIT 20 — a spike at one placeholder value is missing data in disguise.',
    fixNow:
      'Map the sentinels to NULL in staging (NULLIF(<col>, <sentinel>) for each one the source uses) and recompute the affected averages and distributions.',
    contractClause: 'Missing values are sent as null or an absent field; the source lists, per field, any sentinel values it still emits.',
  },
  ...SOURCE_VOLUME_CAUSES,
];
