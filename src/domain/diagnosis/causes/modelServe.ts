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
    answers: {
      'only-one-consumer': 'yes',
      'consumer-needs-fresher': 'yes',
      'task-or-load-failed': 'no',
      'raw-already-wrong': 'no',
      'staging-right-model-wrong': 'no',
      'different-sql': 'no',
      'upstream-after-downstream': 'no',
    },
    assumed: 'The data is never older than this consumer needs, and that maximum age is written down',
    actual:
      'The model refreshes every 4 hours: fine for the batch dashboard, 4 hours late for the real-time fraud model that reads the same table; no freshness SLA was ever written down',
    confirm:
      "SELECT NOW() - MAX(<loaded_at>) AS age FROM <served_table>, compared with each consumer's requirement; there is no documented maximum age for the affected consumer.",
    fixNow:
      'Tell the consumer the real maximum age, serve the slice it needs from a fresher path (streaming features, a more frequent refresh), and alert on data age.',
    contractClause:
      'Each consumer has a written maximum data age (e.g. fraud model: 5 minutes, exec dashboard: 4 hours), measured as NOW() - MAX(loaded_at) and alerted on.',
  },
  {
    id: 'ms-staleness-visible',
    seam: 'model-serve',
    templateId: 'ms-staleness-visible',
    title: 'Missed refresh served old data as current',
    prevalence: 4,
    symptoms: ['data-stale'],
    answers: {
      'task-or-load-failed': 'yes',
      'only-one-consumer': 'no',
      'consumer-needs-fresher': 'no',
      'raw-already-wrong': 'no',
      'rerun-fixes': 'yes',
      'producer-changed': 'no',
    },
    assumed: 'Consumers can see when the data was last refreshed, and a missed refresh raises an alert instead of serving old numbers as current',
    actual: "The refresh failed or never ran; every consumer kept showing the last good numbers, with no age on screen and no alert on the data's age",
    confirm:
      'SELECT MAX(<loaded_at>) FROM <served_table> is older than the last scheduled refresh, and the task history shows a failed or missing run.',
    fixNow: 'Fix and rerun the refresh, show the last-updated time on the dashboard or in the API response, and add an alert on data age, not only on task status.',
    contractClause: 'Every served table exposes its last-refreshed time, and an alert fires when NOW() - MAX(loaded_at) exceeds the SLA.',
  },
  {
    id: 'ms-cache-staleness',
    seam: 'model-serve',
    templateId: 'ms-cache-staleness',
    title: 'Cache serves stale results',
    prevalence: 4,
    symptoms: ['data-stale', 'reports-disagree'],
    answers: {
      'only-one-consumer': 'yes',
      'task-or-load-failed': 'no',
      'consumer-needs-fresher': 'no',
      'different-sql': 'no',
      'raw-already-wrong': 'no',
      'staging-right-model-wrong': 'no',
    },
    assumed: 'Caches between the model and the consumer expire no later than the next model refresh',
    actual:
      'A BI extract, result cache, CDN or feature-store sync runs on its own schedule; the table is fresh but the consumer shows results computed before the refresh or correction',
    confirm:
      "Right after a refresh, run the dashboard's query directly on <served_table> and compare with what the dashboard shows; read the cache settings (extract schedule, persist_for / max_cache_age, Cache-Control max-age, feature sync schedule).",
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
    answers: {
      'different-sql': 'yes',
      'only-one-consumer': 'yes',
      'raw-already-wrong': 'no',
      'staging-right-model-wrong': 'no',
      'task-or-load-failed': 'no',
      'grain-key-duplicated': 'no',
      'started-after-change': 'no',
    },
    assumed: 'Each metric has one written definition (date column, time zone, currency, gross or net, refunds, test accounts) and every report computes it from that',
    actual:
      'The two reports compute it with different SQL (order date vs payment date, refunds in or out, test accounts, currency converted at order time vs month end), and each is right by its own definition',
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
    answers: {
      'shift-whole-hours-tz': 'yes',
      'raw-already-wrong': 'no',
      'producer-changed': 'no',
      'task-or-load-failed': 'no',
      'staging-right-model-wrong': 'no',
      'date-from-wall-clock': 'no',
    },
    assumed: 'Daily figures are cut at midnight in the business time zone, and each report says which zone that is',
    actual:
      'The model or the BI tool groups by DATE(event_ts) in UTC, so the business day is cut hours early or late and day totals move by a few hours of volume',
    confirm:
      "SELECT DATE(<event_ts>) AS utc_day, DATE(<event_ts> AT TIME ZONE '<tz>') AS local_day, COUNT(*) FROM <table> GROUP BY 1, 2, then check which of the two each report uses.",
    fixNow: "Convert to the business zone before truncating to the day in the model, and set the BI tool's query time zone to match.",
    contractClause: 'Daily metrics are cut at midnight in <business_tz>, defined in the model, and every report states the zone.',
  },
  {
    id: 'ms-breaking-change',
    seam: 'model-serve',
    templateId: 'ms-breaking-change',
    title: 'Served model changed without notice',
    prevalence: 4,
    symptoms: ['consumer-broke-after-change', 'reports-disagree', 'schema-type-errors'],
    answers: {
      'started-after-change': 'yes',
      'reads-internal-table': 'no',
      'producer-changed': 'no',
      'raw-already-wrong': 'no',
      'task-or-load-failed': 'no',
    },
    assumed: 'Columns of a served model keep their name, type and meaning; changes ship as a new version with notice to consumers',
    actual:
      'A model refactor renamed, retyped or redefined a served column (status values renamed, revenue switched from gross to net); consumers outside the lineage graph broke or kept running with the new meaning',
    confirm:
      'Diff the columns and types of <served_table> between the last two deploys (INFORMATION_SCHEMA.COLUMNS or dbt manifest.json) and search query history for consumers of the changed columns.',
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
    answers: {
      'pii-unmasked': 'yes',
      'reads-internal-table': 'no',
      'raw-already-wrong': 'no',
      'task-or-load-failed': 'no',
      'rerun-fixes': 'no',
      'upstream-after-downstream': 'no',
      'off-by-factor': 'no',
    },
    assumed: 'The served table holds only the personal data its consumers are cleared for; PII columns are masked or excluded, and access is granted by role',
    actual: 'A wide model built with SELECT * carried emails, phone numbers or IP addresses to a broad analyst role (or an export), unmasked',
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
    symptoms: ['consumer-broke-after-change', 'reports-disagree', 'sensitive-data-exposed'],
    answers: {
      'reads-internal-table': 'yes',
      'started-after-change': 'yes',
      'only-one-consumer': 'yes',
      'pii-unmasked': 'yes',
      'raw-already-wrong': 'no',
      'producer-changed': 'no',
    },
    assumed: 'Consumers read only published, tested models; staging and intermediate tables may change or disappear without notice',
    actual:
      'A dashboard or notebook reads a staging or intermediate table, with no tests, SLA or masking; a refactor changed it, so the consumer broke or now shows half-processed data',
    confirm:
      "SELECT user_name, COUNT(*) FROM <query_history> WHERE query_text ILIKE '%<staging_schema>.%' GROUP BY 1 ORDER BY 2 DESC lists who reads internal tables; compare with grants on <staging_schema>.",
    fixNow: 'Point the consumer at the published model (or publish what it needs), and remove consumer roles’ grants on internal schemas.',
    contractClause: 'Only models in <published_schema> are for consumption, each with tests, an owner and an SLA; internal schemas are not granted to consumer roles.',
  },
];
