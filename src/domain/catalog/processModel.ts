import type { ClauseTemplate } from './types';

/**
 * Clauses for Process → Model: grain, nulls and duplicates as delivered. Every one of these lets a
 * run report success while the model's aggregates are wrong, which is why they need stating.
 */
export const PROCESS_MODEL_TEMPLATES: readonly ClauseTemplate[] = [
  {
    id: 'pm-grain',
    seam: 'process-model',
    dimension: 'grain',
    title: 'Grain declared and enforced',
    subject: 'table grain',
    assumed: 'Each row is one order (grain: order_id), documented on the model and enforced by a uniqueness test on that key',
    explanation:
      'Grain is the one sentence that says what a row is: one order, one order line, one user per day. Every aggregate in the model layer relies on it, because SUM is right only if each real-world thing appears once. When the grain was never declared nothing can check it, so a duplicate from upstream or a join that changed the grain passes through every run as SUCCESS while totals double. A declared grain becomes a uniqueness test that fails the run before wrong numbers are published.',
    howToCheck:
      'SELECT <grain_key>, COUNT(*) FROM <table> GROUP BY 1 HAVING COUNT(*) > 1 must return nothing; confirm a dbt unique (or dbt_utils.unique_combination_of_columns) test exists on <grain_key>.',
  },
  {
    id: 'pm-fan-out-join',
    seam: 'process-model',
    dimension: 'grain',
    title: 'Fan-out join multiplies sums',
    subject: 'dimension join',
    assumed: 'Every join from the fact is many-to-one on a unique key, so row count and sums are unchanged by the join',
    explanation:
      'Joining a table at one grain to a table at a finer grain repeats each row once per match. Orders joined to order lines, users joined to an SCD2 dimension without the validity-date filter, or a dimension that picked up a duplicate key all multiply the measures on the left side, and SUM(order_total) comes out two or five times too high. The SQL is valid and the run succeeds; the symptom is usually noticed only when totals disagree with the source system.',
    howToCheck:
      'Compare SELECT COUNT(*) FROM <fact> with SELECT COUNT(*) FROM <fact> f JOIN <dim> d ON f.<key> = d.<key>; SELECT <key>, COUNT(*) FROM <dim> GROUP BY 1 HAVING COUNT(*) > 1 lists the keys that fan out.',
  },
  {
    id: 'pm-non-additive-measures',
    seam: 'process-model',
    dimension: 'grain',
    title: 'Non-additive measures re-aggregated',
    subject: 'daily distinct users',
    assumed: 'Measures delivered at a grain are additive at that grain; distinct counts, averages and ratios arrive as their components',
    explanation:
      'Processing often delivers pre-aggregated tables: daily active users, average basket size, conversion rate per day. These are right at their grain and wrong when summed or averaged again. Summing daily distinct users over a month counts a returning user once per day, and averaging daily averages ignores that days have different volumes. The model layer sees a numeric column and aggregates it like any other. Delivering numerators, denominators or the underlying ids lets the model compute the measure correctly at any grain.',
    howToCheck:
      'Compare SUM(<daily_distinct_users>) over a month with SELECT COUNT(DISTINCT <user_id>) FROM <events> for the same month; any model that sums or averages such a column is wrong.',
  },
  {
    id: 'pm-duplicate-rows',
    seam: 'process-model',
    dimension: 'duplicate rows at arrival',
    title: 'Duplicate rows at arrival',
    subject: 'revenue',
    assumed: 'Rows delivered by processing are unique on their key, so SUM(revenue) counts each order once',
    explanation:
      'Duplicates created at ingestion (retries, rebalances, replays) or in processing (a non-idempotent append, overlapping incremental windows) reach the model as identical rows: user 1001, order A, 45.00, twice. The model layer cannot tell a duplicate from two real purchases unless a key says so, so SUM(revenue) reports 90.00 and the pipeline still shows SUCCESS. Deduplicating on a declared key at arrival, and failing when duplicates are above zero, stops one upstream fault from becoming a wrong number in every report.',
    howToCheck:
      'SELECT COUNT(*) - COUNT(DISTINCT <key>) AS dup_rows FROM <table>; compare SUM(<measure>) over <table> with the same sum over SELECT DISTINCT * FROM <table> — any difference is double counting.',
  },
  {
    id: 'pm-dedup-latest-version',
    seam: 'process-model',
    dimension: 'duplicate rows at arrival',
    title: 'Which duplicate survives',
    subject: 'dedup ordering column',
    assumed: 'When several rows share a key, processing keeps the latest by updated_at, with a deterministic tiebreak',
    explanation:
      'Not every repeated key is an accidental copy: CDC and snapshot sources deliver several versions of one entity. Dedup with ROW_NUMBER() OVER (PARTITION BY key ORDER BY updated_at DESC) looks safe, but when two versions share a timestamp (second precision, a bulk update) the engine picks one arbitrarily and a rerun can pick the other. DISTINCT removes only exact copies, so versions differing in one column all survive. The model gets rows that are sometimes stale and a table that is not reproducible.',
    howToCheck:
      'SELECT <key>, <updated_at>, COUNT(*) FROM <staging_table> GROUP BY 1, 2 HAVING COUNT(*) > 1 — ties on the ordering column mean ROW_NUMBER picks arbitrarily; add a tiebreaker such as <source_lsn>.',
  },
  {
    id: 'pm-null-semantics',
    seam: 'process-model',
    dimension: 'nulls',
    title: 'What a null means',
    subject: 'nullable measure',
    assumed: 'NULL means unknown, zero is written as 0, and every aggregate over the column treats the two differently on purpose',
    explanation:
      "Processing decides whether a missing discount becomes NULL or 0, and the model inherits the meaning without being told. SQL then applies its own rules: AVG and COUNT(col) skip nulls, SUM over only nulls is NULL, col <> 'x' drops null rows, and NOT IN against a subquery containing a null returns nothing. A switch from 0 to NULL upstream changes averages and filter results with no error. The nullability and meaning of each column has to be stated and tested where the model receives it.",
    howToCheck:
      'SELECT <date_col>, COUNT(*) AS n, COUNT(<col>) AS non_null, SUM(CASE WHEN <col> = 0 THEN 1 ELSE 0 END) AS zeros FROM <table> GROUP BY 1 ORDER BY 1 — a shift between nulls and zeros over time is a changed convention.',
  },
  {
    id: 'pm-null-join-keys',
    seam: 'process-model',
    dimension: 'nulls',
    title: 'Null or unmatched join keys drop rows',
    subject: 'foreign key',
    assumed: 'Every fact row has a non-null foreign key that matches a dimension member, or an explicit unknown member',
    explanation:
      'NULL never equals NULL, so an inner join silently drops every fact row with a null key, and rows whose key has no dimension member (late-arriving dimensions, deleted customers) vanish the same way. Totals shrink and nothing errors. With a left join the rows survive but group under a NULL label that dashboards often hide. Mapping missing keys to an explicit unknown member and testing referential integrity keeps totals whole and makes the gap visible.',
    howToCheck:
      'SELECT COUNT(*) FROM <fact> f LEFT JOIN <dim> d ON f.<key> = d.<key> WHERE d.<key> IS NULL must be 0, or a dbt relationships test on <key> must pass.',
  },
  {
    id: 'pm-required-not-null',
    seam: 'process-model',
    dimension: 'nulls',
    title: 'Nulls introduced by processing',
    subject: 'required column',
    assumed:
      'Columns the model treats as required are NOT NULL at arrival; processing fails instead of nulling a value it could not parse or join',
    explanation:
      'Many nulls are made by processing, not by the source: TRY_CAST or SAFE_CAST on a value in an unexpected format, a lookup join that missed, a COALESCE lost in a refactor, a date parse with the wrong pattern. Each turns a real value into NULL and lets the job succeed, and the model then drops those rows from averages or groups them as unknown. A not-null expectation on required columns, checked at the boundary, fails the run on the first bad batch instead of after a month of quiet gaps.',
    howToCheck:
      'SELECT COUNT(*) FROM <table> WHERE <col> IS NULL AND <source_col> IS NOT NULL counts nulls created in processing; confirm a not_null test exists on <col>.',
  },
  {
    id: 'pm-incremental-logic',
    seam: 'process-model',
    dimension: 'duplicate rows at arrival',
    title: 'Incremental runs equal a full rebuild',
    subject: 'incremental model',
    assumed:
      'Each incremental run picks up every row inserted or updated since the last run, late ones included, and merges it on a unique, non-null key (order_id), so the table always equals a full rebuild',
    explanation:
      'An incremental model trades a full rebuild for a promise: its filter finds every new or changed row and its merge key finds the row to replace. A filter on MAX(updated_at) skips rows committed later with older timestamps, a lookback shorter than real lateness drops late rows, a >= boundary re-inserts the edge rows on every run, a missing or non-unique unique_key turns updates into appended copies, and a NULL key never matches, so it is inserted again each run. Every run succeeds; the drift shows only when someone rebuilds from scratch and the numbers differ, often right after the model or its package (dbt, an adapter, a macro) was changed or upgraded.',
    howToCheck:
      'Build the model with --full-refresh into a scratch schema and compare COUNT(*), COUNT(DISTINCT <unique_key>) and SUM(<measure>) per day with production; SELECT * FROM <prod> EXCEPT SELECT * FROM <scratch> lists stale or extra rows.',
  },
  {
    id: 'pm-snapshot-logic',
    seam: 'process-model',
    dimension: 'grain',
    title: 'History tables: one valid version per moment',
    subject: 'valid_from / valid_to',
    assumed:
      'The customer history holds one row per customer per validity interval: intervals neither overlap nor leave gaps, exactly one row per customer is current, and facts join the version valid at their event time',
    explanation:
      "A slowly changing dimension or snapshot promises a grain in time: for any key and moment exactly one version is valid. The logic that keeps it is easy to get subtly wrong: a new version is inserted without closing the old one, so two rows are current; a row is closed with no successor, so the entity vanishes from today; a source reload or hard delete reopens history; intervals sharing an endpoint match twice in a BETWEEN join. Downstream, a fact joined on the key alone or on is_current takes today's attributes for last year's events, so every rebuild restates history. Every run succeeds throughout.",
    howToCheck:
      "SELECT <key> FROM <scd> WHERE <valid_to> IS NULL GROUP BY 1 HAVING COUNT(*) > 1 lists several current rows; a self-join on <key> with a.<valid_from> < b.<valid_to> AND b.<valid_from> < a.<valid_to> lists overlaps; facts must join ON f.<key> = d.<key> AND f.<event_ts> >= d.<valid_from> AND f.<event_ts> < COALESCE(d.<valid_to>, '9999-12-31').",
  },
];
