import type { Cause } from '../types';

/**
 * Model → Serve: promises consumers rely on that the model layer never wrote down. The tables are
 * usually right; what the consumer sees, when, and what it means, is not what it assumed.
 */
export const MODEL_SERVE_CAUSES: readonly Cause[] = [
  {
    id: 'ms-freshness-sla',
    seam: 'model-serve',
    templateId: 'ms-freshness-sla',
    title: 'Consumer needs fresher data than the model refreshes',
    prevalence: 5,
    symptoms: ['data-stale'],
    sometimes: ['ml-predictions-off', 'reports-disagree', 'data-test-failed'],
    answers: {
      'consumer-needs-fresher': 'yes', 'only-one-consumer': 'yes', 'raw-already-wrong': 'no', 'source-correct': 'yes',
      'staging-right-model-wrong': 'no', 'task-or-load-failed': 'no', 'task-stuck': 'no', 'upstream-after-downstream': 'no',
      'intermittent': 'no?', 'stream-job': 'no?', 'affected-some-sources': 'no?', 'affected-by-zone': 'no?',
    },
    assumed: 'The data is never older than this consumer needs, and that maximum age is written down',
    mechanism:
      'The model refreshes on a schedule chosen for its slowest consumers; a consumer that needs fresher data reads the same table and gets data as old as the refresh interval, because no maximum age was ever agreed for it',
    confirm:
      "SELECT NOW() - MAX(<loaded_at>) AS age FROM <served_table>, compared with each consumer's requirement; there is no documented maximum age for the affected consumer.",
    fixNow:
      'Tell the consumer the real maximum age, serve the slice it needs from a fresher path (streaming features, a more frequent refresh), and alert on data age.',
    contractClause:
      'Each consumer of <served_table> has a written maximum data age (<consumer>: <max_age>), measured as NOW() - MAX(<loaded_at>) and alerted on.',
  },
  {
    id: 'ms-staleness-visible',
    seam: 'model-serve',
    templateId: 'ms-staleness-visible',
    title: 'Missed refresh served old data as current',
    prevalence: 4,
    symptoms: ['data-stale'],
    sometimes: ['job-failed', 'task-stuck', 'reports-disagree', 'data-test-failed'],
    // only-one-consumer and consumer-needs-fresher point at this seam on yes, so no "no" here even
    // though every consumer sees the old data. rerun-fixes 'yes?' is honest: refreshing again ends it.
    answers: {
      'task-or-load-failed': 'yes?', 'rerun-fixes': 'yes?', 'intermittent': 'yes?', 'raw-already-wrong': 'no?',
      'source-correct': 'yes', 'staging-right-model-wrong': 'no?', 'started-after-change': 'no?', 'stream-job': 'no?',
      'upstream-after-downstream': 'no?', 'affected-some-sources': 'no?', 'under-load': 'no?',
    },
    assumed: 'Consumers can see when the data was last refreshed, and a missed refresh raises an alert instead of serving old numbers as current',
    mechanism:
      'When a refresh fails or does not run, the serving layer keeps answering with the last good result and shows no age; monitoring watches task status rather than data age, so old numbers pass as current until someone notices',
    confirm:
      'SELECT MAX(<loaded_at>) FROM <served_table> is older than the last scheduled refresh, the task history shows a failed or missing run, and neither the consumer nor any alert shows the data age.',
    fixNow: 'Fix and rerun the refresh, show the last-updated time on the dashboard or in the API response, and add an alert on data age, not only on task status.',
    contractClause: 'Every served table exposes its last-refreshed time, and an alert fires when NOW() - MAX(<loaded_at>) exceeds <max_age>.',
  },
  {
    id: 'ms-cache-staleness',
    seam: 'model-serve',
    templateId: 'ms-cache-staleness',
    title: 'Cache serves stale results',
    prevalence: 4,
    symptoms: ['data-stale', 'reports-disagree'],
    sometimes: ['numbers-change-on-rerun', 'ml-predictions-off'],
    // consumer-needs-fresher and different-sql point at this seam on yes: silent rather than "no".
    answers: {
      'only-one-consumer': 'yes', 'raw-already-wrong': 'no', 'source-correct': 'yes', 'staging-right-model-wrong': 'no',
      'task-or-load-failed': 'no', 'task-stuck': 'no', 'upstream-after-downstream': 'no', 'off-by-factor': 'no',
      'intermittent': 'yes?', 'rerun-fixes': 'no?', 'grain-key-duplicated': 'no?', 'stream-job': 'no?', 'affected-some-sources': 'no?',
    },
    assumed: 'Caches between the model and the consumer expire no later than the next model refresh',
    mechanism:
      'A BI extract, result cache, CDN or feature-store sync keeps its own copy on its own schedule, so the table is refreshed or corrected while the consumer keeps showing results computed before it',
    confirm:
      "Right after a refresh, run the consumer's query directly on <served_table> and compare with what the consumer shows; read the cache settings (extract schedule, persist_for / max_cache_age, Cache-Control max-age, feature sync schedule).",
    fixNow: 'Invalidate the cache or trigger the extract refresh, then tie cache expiry to the model refresh (a datagroup trigger, cache-busting on load).',
    contractClause: "Every cache on the serving path expires or refreshes on the model's refresh event, and the freshness SLA includes the slowest cache.",
  },
  {
    id: 'ms-metric-definition',
    seam: 'model-serve',
    templateId: 'ms-metric-definition',
    title: 'Two definitions of one metric',
    prevalence: 5,
    symptoms: ['reports-disagree'],
    sometimes: ['ratio-inflated', 'totals-doubled'],
    answers: {
      'different-sql': 'yes', 'only-one-consumer': 'yes?', 'raw-already-wrong': 'no', 'source-correct': 'yes',
      'staging-right-model-wrong': 'no', 'task-or-load-failed': 'no', 'task-stuck': 'no', 'intermittent': 'no', 'rerun-fixes': 'no',
      'grain-key-duplicated': 'no?', 'started-after-change': 'no?', 'off-by-factor': 'no?', 'full-refresh-differs': 'no?',
      'join-changes-row-count': 'no?',
    },
    assumed: 'Each metric has one written definition (date column, time zone, currency, gross or net, refunds, test accounts) and every report computes it from that',
    mechanism:
      'Each report computes the metric with its own SQL (a different date column, refunds in or out, test accounts, currency converted at a different moment), so the numbers differ while each is right by its own definition',
    confirm: 'Put the SQL behind both reports side by side for one day and diff the date column, time zone, filters and currency conversion.',
    fixNow: 'Agree which definition is canonical, point both reports at one model or semantic-layer metric, and relabel the other if it must stay.',
    contractClause: '<metric> has one definition (date column, zone, filters, currency) in the semantic layer, and reports read it from there rather than from their own SQL.',
  },
  {
    id: 'ms-reporting-time-zone',
    seam: 'model-serve',
    templateId: 'ms-reporting-time-zone',
    title: 'Day cut in the wrong time zone',
    prevalence: 4,
    symptoms: ['reports-disagree', 'timestamps-shifted'],
    sometimes: ['loss-by-zone-region', 'rows-missing'],
    // staging-right-model-wrong and only-one-consumer left out: the cut sits in the model or the BI tool.
    answers: { 'ingest-read-fewer': 'no?',
      'shift-whole-hours-tz': 'yes', 'affected-by-zone': 'yes?', 'different-sql': 'yes?', 'raw-already-wrong': 'no',
      'source-correct': 'yes', 'task-or-load-failed': 'no', 'task-stuck': 'no', 'intermittent': 'no', 'rerun-fixes': 'no',
      'grain-key-duplicated': 'no', 'off-by-factor': 'no', 'started-after-change': 'no?', 'around-clock-change': 'yes?',
      'date-from-wall-clock': 'no?',
    },
    assumed: 'Daily figures are cut at midnight in the business time zone, and each report says which zone that is',
    mechanism:
      'The model or the BI tool truncates timestamps to a date in the storage zone (usually UTC) instead of the business zone, so each day starts hours early or late and day totals shift by those hours of volume',
    confirm:
      "SELECT DATE(<event_ts>) AS storage_day, DATE(<event_ts> AT TIME ZONE '<business_tz>') AS local_day, COUNT(*) FROM <table> GROUP BY 1, 2, then check which of the two each report uses.",
    fixNow: "Convert to the business zone before truncating to the day in the model, and set the BI tool's query time zone to match.",
    contractClause: 'Daily metrics are cut at midnight in <business_tz>, defined in the model, and every report states the zone.',
  },
  {
    id: 'ms-breaking-change',
    seam: 'model-serve',
    templateId: 'ms-breaking-change',
    title: 'Served model changed without notice',
    prevalence: 4,
    symptoms: ['consumer-broke-after-change'],
    sometimes: ['schema-type-errors', 'reports-disagree', 'unexpected-nulls', 'job-failed'],
    // pipeline-code-changed 'yes?' although its yes points at processing/modeling: the change here
    // is a model refactor, and an honest report says so. reads-internal-table can't be "no" here.
    answers: {
      'started-after-change': 'yes', 'pipeline-code-changed': 'yes?', 'producer-changed': 'no', 'ingest-changed': 'no',
      'schedule-changed': 'no', 'new-values-at-source': 'no', 'raw-already-wrong': 'no', 'source-correct': 'yes',
      'intermittent': 'no', 'rerun-fixes': 'no', 'task-stuck': 'no', 'affected-some-sources': 'no?', 'under-load': 'no?',
    },
    assumed: 'Columns of a served model keep their name, type and meaning; changes ship as a new version with notice to consumers',
    mechanism:
      'A model change renames, retypes, drops or redefines a served column; consumers outside the lineage graph get no warning, so some break on the missing or retyped column and others keep running with the new meaning under the old name',
    confirm:
      'Diff the columns and types of <served_table> between the last two deploys (INFORMATION_SCHEMA.COLUMNS or the dbt manifest) and search query history for consumers of the changed columns.',
    fixNow: 'Restore the old column (or a compatibility view) for a deprecation period, and notify the consumers found in query history.',
    contractClause: 'Served models have an enforced contract (names, types, meaning); breaking changes ship as a new version with notice and a deprecation window.',
  },
  {
    id: 'ms-pii-access',
    seam: 'model-serve',
    templateId: 'ms-pii-access',
    title: 'Personal data served beyond its audience',
    prevalence: 3,
    symptoms: ['sensitive-data-exposed'],
    sometimes: ['found-in-review'],
    answers: {
      'pii-unmasked': 'yes', 'raw-already-wrong': 'no', 'source-correct': 'yes?', 'task-or-load-failed': 'no', 'task-stuck': 'no',
      'rerun-fixes': 'no', 'intermittent': 'no', 'under-load': 'no', 'started-after-change': 'no?', 'affected-some-sources': 'no?',
      'affected-by-zone': 'no?',
    },
    assumed: 'The served table holds only the personal data its consumers are cleared for; PII columns are masked or excluded, and access is granted by role',
    mechanism:
      'A wide model built with SELECT * carries identifiers (emails, phone numbers, addresses, IPs) across the serving boundary, and a grant to a broad role or an export lets everyone in it read them unmasked',
    confirm:
      'SHOW GRANTS ON TABLE <served_table> for who can read it; list columns matching email|phone|ip|address|birth in INFORMATION_SCHEMA.COLUMNS and check each for a masking policy or tag.',
    fixNow: 'Revoke the broad grant or apply masking policies to the PII columns now, check access logs for who read them, and involve privacy and security.',
    contractClause: 'PII columns are masked by default and unmasked only for named roles; served models exclude identifiers their consumers do not need.',
  },
  {
    id: 'ms-published-vs-internal',
    seam: 'model-serve',
    templateId: 'ms-published-vs-internal',
    title: 'Consumer built on an internal table',
    prevalence: 3,
    symptoms: ['consumer-broke-after-change', 'reports-disagree'],
    sometimes: ['sensitive-data-exposed', 'data-stale', 'schema-type-errors', 'unexpected-nulls'],
    // pipeline-code-changed 'yes?': what breaks the consumer is a refactor of internal model code.
    answers: {
      'reads-internal-table': 'yes', 'only-one-consumer': 'yes?', 'started-after-change': 'yes?', 'pipeline-code-changed': 'yes?',
      'producer-changed': 'no', 'ingest-changed': 'no', 'schedule-changed': 'no', 'raw-already-wrong': 'no', 'source-correct': 'yes',
      'rerun-fixes': 'no', 'intermittent': 'no', 'new-values-at-source': 'no', 'pii-unmasked': 'yes?',
    },
    assumed: 'Consumers read only published, tested models; staging and intermediate tables may change or disappear without notice',
    mechanism:
      'A dashboard, notebook or sync reads a staging or intermediate table that carries no tests, SLA or masking; when the model team refactors it, the consumer breaks or quietly shows half-processed data',
    confirm:
      "SELECT user_name, COUNT(*) FROM <query_history> WHERE query_text ILIKE '%<staging_schema>.%' GROUP BY 1 ORDER BY 2 DESC lists who reads internal tables; compare with grants on <staging_schema>.",
    fixNow: 'Point the consumer at the published model (or publish what it needs), and remove consumer roles’ grants on internal schemas.',
    contractClause: 'Only models in <published_schema> are for consumption, each with tests, an owner and an SLA; internal schemas are not granted to consumer roles.',
  },
  {
    id: 'ms-serving-query-pattern',
    seam: 'model-serve',
    templateId: 'ms-serving-query-pattern',
    title: 'Consumers query the model in unplanned, costly ways',
    prevalence: 3,
    symptoms: ['serving-wasteful-queries', 'cost-jumped', 'queries-slow'],
    sometimes: ['data-stale', 'job-failed'],
    // started-after-change 'yes?': a new dashboard, sync or BI setting going live is the usual start;
    // the change is on the consumer side, so the pipeline follow-ups lean no.
    answers: {
      'cost-from-serving': 'yes', 'only-one-consumer': 'yes?', 'source-correct': 'yes', 'started-after-change': 'yes?',
      'pipeline-code-changed': 'no?', 'producer-changed': 'no', 'task-or-load-failed': 'no?', 'task-stuck': 'no?', 'rerun-fixes': 'no',
      'under-load': 'no?', 'raw-already-wrong': 'no', 'pruning-in-plan': 'no?', 'small-files': 'no?',
    },
    assumed:
      'Consumers query the served model in the ways it was built for (filtered on its partition or cluster column, through aggregates or extracts), and a new heavy consumer is agreed with the owner first',
    mechanism:
      'A dashboard, BI tool, API or reverse-ETL sync queries the served model in ways its owner never designed for or agreed to (a full scan on every open or refresh, metadata or fingerprint queries, no filter on the partition or cluster column, every tile refreshing at once), so cost and load jump at the serving side without any change in the data',
    confirm:
      "Group <query_history> for the cost window by user, service account or client and by query text; the top consumer's queries scan <served_table> without a filter on <partition_col>, or repeat on every open or refresh.",
    fixNow:
      'Throttle or reschedule the offending consumer, give it a required partition filter, an aggregate table or an extract, and turn on result caching or a per-consumer query budget.',
    contractClause:
      'Consumers of <served_table> query it through supported patterns (a filter on <partition_col>, or <aggregate_table> or an extract) within <query_budget> per <period>, and a new heavy consumer is agreed with the owner before it goes live.',
  },
  {
    id: 'ms-bi-model-logic',
    seam: 'model-serve',
    templateId: 'ms-bi-model-logic',
    title: 'BI-layer measure, join or filter changes the numbers',
    prevalence: 3,
    symptoms: ['reports-disagree', 'totals-doubled', 'ratio-inflated'],
    sometimes: ['rows-missing', 'duplicates-after-retry', 'found-in-review'],
    // The warehouse model is right, so the model-side checks (staging vs model, joins in the model,
    // a full refresh) all answer no; the usual start is an edit in the BI tool, not in pipeline code.
    answers: { 'ingest-read-fewer': 'no?',
      'only-one-consumer': 'yes', 'source-correct': 'yes', 'started-after-change': 'yes?', 'pipeline-code-changed': 'no?',
      'producer-changed': 'no', 'task-or-load-failed': 'no', 'rerun-fixes': 'no', 'intermittent': 'no?', 'off-by-factor': 'no?',
      'full-refresh-differs': 'no?', 'raw-already-wrong': 'no', 'staging-right-model-wrong': 'no', 'join-changes-row-count': 'no?',
    },
    assumed: 'A number the BI tool shows equals the same metric computed on the warehouse model, and logic added in the BI or semantic layer is reviewed like model code',
    mechanism:
      'A measure, join or filter defined in the BI tool or semantic layer, outside the warehouse model and its tests, computes the metric differently (a one-to-many join repeats rows before a sum, a ratio is summed or averages are averaged, a default filter drops rows), so that tool alone shows changed numbers while the model itself is right',
    confirm:
      "Compute the metric directly on <model_table> for one period and compare with the tool; read the SQL the tool generates (joins, aggregate functions, default and access filters) and diff it with the model's definition.",
    fixNow:
      'Fix the join relationship, aggregate or filter in the BI layer (or move the measure into the model), and tell the users of the affected dashboards which numbers were wrong and since when.',
    contractClause:
      'Measures, joins and default filters that define <metric> live in the model or a tested semantic layer; BI-only logic is reviewed like code and reconciled against <model_table> before release.',
  },
  {
    id: 'ms-access-drift',
    seam: 'model-serve',
    templateId: 'ms-access-drift',
    title: 'Grants or access policies drift on rebuild',
    prevalence: 3,
    symptoms: ['consumer-broke-after-change', 'job-failed'],
    sometimes: ['sensitive-data-exposed', 'success-but-empty', 'rows-missing', 'reports-disagree'],
    // pipeline-code-changed 'yes?' although its yes points at processing/modeling: the rebuild or
    // deploy of the model is what drops the grants. A rerun rebuilds again, so it does not help.
    answers: { 'ingest-read-fewer': 'no?',
      'started-after-change': 'yes?', 'pipeline-code-changed': 'yes?', 'producer-changed': 'no', 'ingest-changed': 'no',
      'only-one-consumer': 'yes?', 'task-or-load-failed': 'yes?', 'rerun-fixes': 'no?', 'source-correct': 'yes', 'under-load': 'no',
      'task-stuck': 'no', 'new-values-at-source': 'no', 'raw-already-wrong': 'no', 'pii-unmasked': 'yes?',
    },
    assumed: 'Grants, row-level policies, masking and shares on served objects are declared with the model and survive every rebuild, so each consumer role keeps exactly the access it was given',
    mechanism:
      'Access is state attached to the served object and the pipeline replaces the object: a rebuild, full refresh, CREATE OR REPLACE or materialization change drops grants and row policies made outside the model code, so a consumer role loses access; or schema-wide, future or sandbox grants and shares reach objects and rows beyond the intended audience',
    confirm:
      'SHOW GRANTS ON <served_table> and its row-access and masking policy references right after a rebuild, compared with the grants declared for it; query history shows permission errors for <consumer_role> from the rebuild on, or reads by roles outside the intended audience.',
    fixNow:
      'Re-apply the missing grants or policies (or revoke the excess ones) now, then declare them with the model (grants config, copy grants, post-hooks) so the next rebuild keeps them.',
    contractClause:
      'Grants, row-level policies, masking and shares on <served_table> are declared with the model, reapplied on every rebuild, and checked after each deploy against the intended roles.',
  },
];
