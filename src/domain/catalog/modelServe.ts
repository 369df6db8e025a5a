import type { ClauseTemplate } from './types';

/**
 * Clauses for Model → Serve: promises consumers rely on but the model layer rarely writes down —
 * how fresh, what a number means, and who may use it.
 */
export const MODEL_SERVE_TEMPLATES: readonly ClauseTemplate[] = [
  {
    id: 'ms-freshness-sla',
    seam: 'model-serve',
    dimension: 'freshness SLA',
    title: 'Freshness SLA written down',
    subject: 'refresh interval',
    assumed: 'Data is never more than a stated maximum age at read time, and that maximum is written down for each consumer',
    explanation:
      'A refresh schedule is not a freshness promise. A model that refreshes every 4 hours is fine for a batch dashboard and useless for a real-time fraud model, yet both read the same table and each assumes its own freshness. Until the maximum age is written down per consumer, a consumer with a tighter need cannot know it reads stale data, and the owner cannot know a slower refresh would break anyone. The SLA also needs a measured age (now minus the newest load or event time), not just a cron expression.',
    howToCheck:
      'SELECT NOW() - MAX(<loaded_at>) AS age FROM <table>, compared with the documented SLA per consumer; in dbt, source freshness with warn_after / error_after on <loaded_at>.',
  },
  {
    id: 'ms-staleness-visible',
    seam: 'model-serve',
    dimension: 'freshness SLA',
    title: 'Staleness visible to consumers',
    subject: 'last refreshed time',
    assumed:
      'Consumers can see when the data was last refreshed, and a missed refresh raises an alert instead of serving old numbers as current',
    explanation:
      'When a refresh fails, most serving layers keep showing the last good result with no sign of its age: revenue from yesterday presented as today, an API returning features from last week. A freshness SLA is enforceable only if the age is visible to the consumer and monitored by the owner. A last-updated timestamp on the dashboard or in the API response, and an alert on data age rather than on job status, catch the cases where the job did not run at all.',
    howToCheck:
      'Confirm the dashboard or API response shows MAX(<loaded_at>), and that an alert fires on NOW() - MAX(<loaded_at>) > <sla>, not only on task failure.',
  },
  {
    id: 'ms-cache-staleness',
    seam: 'model-serve',
    dimension: 'freshness SLA',
    title: 'Cache serves stale results',
    subject: 'serving cache',
    assumed: 'Caches between the model and the consumer expire no later than the next model refresh, so a refresh is visible at once',
    explanation:
      'The table can be fresh while the consumer is not. BI extracts refresh on their own schedule, semantic-layer and BI result caches (Looker datagroups and persist_for, dashboard caches) keep results for hours, APIs and CDNs honour Cache-Control, and online feature stores sync from the offline table on a separate job. Each cache adds its TTL to the data age, and a cache keyed on query text keeps serving a result computed before a correction or backfill. The freshness promise has to include the slowest cache on the path.',
    howToCheck:
      'Right after a refresh, compare the number on the dashboard or API with the same query run directly on <table>; then read the cache settings (extract schedule, persist_for / max_cache_age, Cache-Control max-age, feature sync schedule).',
  },
  {
    id: 'ms-metric-definition',
    seam: 'model-serve',
    dimension: 'semantics',
    title: 'Metric definition (two reports disagree)',
    subject: 'net revenue',
    assumed:
      'Each metric has one written definition (date column, time zone, currency, gross or net, refunds, test accounts) and every report computes it from that',
    explanation:
      'Two dashboards show different revenue for the same day and both are right by their own SQL: one counts orders at creation, the other at payment; one excludes refunds and test accounts, the other does not; one converts currency at order time, the other at month end. A metric name is not a definition. When the model layer exposes columns but not metrics, each consumer writes its own SQL and the disagreement surfaces in a meeting. One definition, in a semantic layer or a documented model, is the contract at this seam.',
    howToCheck:
      'Put the SQL behind both reports side by side for one day and diff date column, time zone, filters (status, refunds, test accounts) and currency conversion; or confirm both read <metric> from the semantic layer.',
  },
  {
    id: 'ms-reporting-time-zone',
    seam: 'model-serve',
    dimension: 'semantics',
    title: 'Reporting day and time zone',
    subject: 'reporting date',
    assumed: 'Daily figures are cut at midnight in the business time zone, and the dashboard says which zone that is',
    explanation:
      'Timestamps stored in UTC are correct; days are not universal. A model that groups by DATE(event_ts) in UTC cuts the New York day at 19:00 or 20:00 local time, so yesterday on a US dashboard includes part of today and finance totals never match the ledger. Daylight-saving days have 23 or 25 hours. Models that choose different zones produce metrics that disagree by a few hours of volume. The reporting zone is part of the metric definition and belongs in the model, not in a BI tool default.',
    howToCheck:
      "SELECT DATE(<event_ts>) AS utc_day, DATE(<event_ts> AT TIME ZONE '<tz>') AS local_day, COUNT(*) FROM <table> GROUP BY 1, 2 — then check which of the two the model and the BI tool use.",
  },
  {
    id: 'ms-breaking-change',
    seam: 'model-serve',
    dimension: 'semantics',
    title: 'Meaning changed without notice',
    subject: 'served columns',
    assumed: 'Columns of a served model keep their name, type and meaning; changes ship as a new version with notice to consumers',
    explanation:
      'The model owner refactors: status values are renamed, a revenue column switches from gross to net, an id changes type, a column is dropped because nothing in the project uses it. Consumers outside the project (dashboards, notebooks, reverse-ETL syncs, ML features) are not in the lineage graph, so nothing warns them. Some break loudly; the dangerous ones keep running with new semantics under an old name. Model contracts, versions and declared exposures make both the promise and the consumer list explicit.',
    howToCheck:
      'Diff columns and types of <table> between the last two deploys (INFORMATION_SCHEMA.COLUMNS or dbt manifest.json), then search query history for consumers of the changed columns.',
  },
  {
    id: 'ms-pii-access',
    seam: 'model-serve',
    dimension: 'trust boundary',
    title: 'PII and who may consume',
    subject: 'personal data columns',
    assumed:
      'The served table holds only the personal data its consumers are cleared for; PII columns are masked or excluded, and access is granted by role',
    explanation:
      'Data that was fine inside the pipeline crosses a trust boundary when it is served: emails, phone numbers, IP addresses and free-text fields reach dashboards, exports, vendors and ML training sets. Wide models built with SELECT * carry identifiers nobody asked for, and grants to a broad analyst role expose them to everyone in it. Purpose limits, retention and deletion duties (GDPR, CCPA) apply to every copy. Who may consume a table, and which columns are masked for whom, has to be decided at this seam.',
    howToCheck:
      'SHOW GRANTS ON TABLE <table> for who can read it; list columns matching email|phone|ip|address|name|birth in INFORMATION_SCHEMA.COLUMNS and confirm each has a masking policy or tag.',
  },
  {
    id: 'ms-published-vs-internal',
    seam: 'model-serve',
    dimension: 'trust boundary',
    title: 'Published vs internal tables',
    subject: 'consumer-facing models',
    assumed: 'Consumers read only published, tested models; staging and intermediate tables may change or disappear without notice',
    explanation:
      'Consumers use whatever table answers their question fastest, including staging, intermediate and scratch tables that carry no tests, no SLA and no promise of stability. When those are refactored, reports break or, worse, keep running on half-processed data. The trust boundary is a list: which schemas and models are published for consumption, with tests, owners and SLAs, and which are internal. Without it, every table is an API the model team does not know it has.',
    howToCheck:
      "SELECT user_name, COUNT(*) FROM <query_history> WHERE query_text ILIKE '%<staging_schema>.%' GROUP BY 1 ORDER BY 2 DESC lists who reads internal tables; compare with grants on <staging_schema>.",
  },
  {
    id: 'ms-serving-query-pattern',
    seam: 'model-serve',
    dimension: 'trust boundary',
    title: 'Supported query patterns and serving load',
    subject: 'consumer query patterns',
    assumed:
      'Consumers query the served model in the ways it was built for (filtered on its partition or cluster column, through aggregates or extracts), and a new heavy consumer is agreed with the owner before it goes live',
    explanation:
      'A served model is built and paid for with its expected queries in mind, but nobody writes those down. A dashboard that scans the whole table on every open, a BI tool that runs metadata or fingerprint queries before each tile, an explore with no required partition filter, a reverse-ETL sync that selects everything to diff it, or a scheduled refresh that fires every tile at once turns a cheap table into the largest line on the bill and slows everyone sharing the warehouse. The pipeline did nothing wrong, so pipeline monitoring sees nothing. Which access patterns are supported (required filters, aggregate tables, extracts, a query budget per consumer) belongs in the serving contract.',
    howToCheck:
      "SELECT user_name, COUNT(*), SUM(<bytes_scanned>) FROM <query_history> WHERE query_text ILIKE '%<table>%' AND start_time >= '<since>' GROUP BY 1 ORDER BY 3 DESC, then EXPLAIN the top consumer's query and look for partition pruning.",
  },
  {
    id: 'ms-bi-model-logic',
    seam: 'model-serve',
    dimension: 'semantics',
    title: 'Logic defined in the BI tool or semantic layer',
    subject: 'BI-layer measures, joins and filters',
    assumed:
      'A number a BI tool shows equals the same metric computed on the warehouse model; measures, joins and default filters added in the BI or semantic layer are reviewed and tested like model code',
    explanation:
      'BI tools and semantic layers carry logic of their own: measures, joins between views, default filters, table calculations. It sits outside the warehouse, its tests and its lineage, so a mistake there changes the numbers in that tool only. A one-to-many join in an explore repeats the one side and inflates its sums; an average of averages or a summed ratio looks plausible and is wrong; a default or access filter silently drops rows. The same query on the warehouse gives the right answer, which sends people looking for a data problem that is not there. Logic that defines a metric belongs in the model or a tested semantic layer, and BI-only logic is reviewed and reconciled against it.',
    howToCheck:
      "Compute the metric directly on <model_table> for one day and compare with the tool, then read the SQL the tool generates (Looker's SQL tab, a Tableau performance recording) for joins, aggregates and filters the model does not have.",
  },
  {
    id: 'ms-access-drift',
    seam: 'model-serve',
    dimension: 'trust boundary',
    title: 'Grants and access policies on served objects',
    subject: 'grants, row policies and shares',
    assumed:
      'Grants, row-level policies, masking and shares on served objects are declared with the model and reapplied on every rebuild, so each consumer role keeps exactly the access it was given',
    explanation:
      'Access to a served model is state attached to an object, and the pipeline keeps replacing that object. CREATE OR REPLACE, a full refresh, a switch from view to table or a recreated schema drops grants made by hand, so a dashboard or sync loses access after a deploy and someone re-grants it until the next rebuild. The opposite drift is quieter: schema-wide or future grants, a shared sandbox, a data share or a row policy missing from a rebuilt table hands rows or columns to people who should not see them. When grants, row policies and shares are declared with the model and checked after each deploy, access stops depending on who last ran a GRANT.',
    howToCheck:
      'SHOW GRANTS ON <table> and its row-access and masking policy references right after a rebuild, compared with the grants declared in the model config; then query history for permission-denied errors by role since the last deploy.',
  },
];
