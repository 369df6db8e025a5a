import type { Cause } from '../types';

/**
 * Process → Model: grain, nulls and duplicates as delivered. Each of these lets every run report
 * SUCCESS while the model's aggregates are wrong.
 */
export const PROCESS_MODEL_CAUSES: readonly Cause[] = [
  {
    id: 'pm-grain',
    seam: 'process-model',
    templateId: 'pm-grain',
    title: 'Grain never declared; a duplicate passes as SUCCESS',
    prevalence: 5,
    symptoms: ['totals-doubled', 'reports-disagree'],
    answers: {
      'only-one-consumer': 'no',
      'grain-enforced': 'no',
      'grain-key-duplicated': 'yes',
      'raw-already-wrong': 'no',
      'dupes-differ-in-values': 'no',
      'join-changes-row-count': 'no',
      'staging-right-model-wrong': 'no',
      'task-or-load-failed': 'no',
      'task-retried': 'no',
      'off-by-factor': 'no',
    },
    assumed: 'Each row is one order of one user (grain: user_id, order_id), enforced by a uniqueness test',
    actual:
      'The grain was never declared or tested; processing delivered order A of user 1001 twice (overlapping incremental windows, a UNION of overlapping sources), SUM(revenue) said 90.00 instead of 45.00 and the pipeline reported SUCCESS',
    confirm:
      'SELECT <grain_key>, COUNT(*) FROM <model_table> GROUP BY 1 HAVING COUNT(*) > 1 returns rows while the raw table has none for those keys, and no unique test exists on <grain_key>.',
    fixNow:
      'Deduplicate on the grain key in the model, add a uniqueness test on it (dbt unique or unique_combination_of_columns) so the build fails, and republish the affected periods.',
    contractClause: 'Every model declares its grain (one row per <key>), and a uniqueness test on that key fails the build before anything is published.',
  },
  {
    id: 'pm-grain--finer-rows',
    seam: 'process-model',
    templateId: 'pm-grain',
    title: 'Rows at a finer grain than the sums assume',
    prevalence: 4,
    symptoms: ['totals-doubled', 'reports-disagree'],
    answers: {
      'grain-enforced': 'no',
      'grain-key-duplicated': 'yes',
      'dupes-differ-in-values': 'yes',
      'raw-already-wrong': 'no',
      'join-changes-row-count': 'no',
      'task-or-load-failed': 'no',
      'off-by-factor': 'no',
    },
    assumed: 'One row per order, so SUM(order_total) counts each order once',
    actual:
      'The table is one row per order line (or per status change); order-level amounts repeat on every row, so sums multiply by the number of lines',
    confirm:
      'SELECT <order_id>, COUNT(*), COUNT(DISTINCT <line_id>), COUNT(DISTINCT <status>) FROM <table> GROUP BY 1 HAVING COUNT(*) > 1 — rows that differ in line or status are a finer grain, not copies.',
    fixNow:
      'Aggregate to the intended grain before summing order-level measures (or sum the line-level amounts), and document the grain on the model.',
    contractClause: 'Each model states its grain in its docs and name (e.g. fct_order_lines); order-level measures live only on order-grain models.',
  },
  {
    id: 'pm-fan-out-join',
    seam: 'process-model',
    templateId: 'pm-fan-out-join',
    title: 'Fan-out join multiplies sums',
    prevalence: 5,
    symptoms: ['totals-doubled', 'reports-disagree'],
    answers: {
      'only-one-consumer': 'no',
      'join-changes-row-count': 'yes',
      'staging-right-model-wrong': 'yes',
      'raw-already-wrong': 'no',
      'grain-key-duplicated': 'yes',
      'dupes-identical-incl-load-time': 'yes',
      'task-or-load-failed': 'no',
      'task-retried': 'no',
      'off-by-factor': 'no',
    },
    assumed: 'Every join from the fact is many-to-one on a unique key, so joins leave row counts and sums unchanged',
    actual:
      'A dimension has several rows per key (an SCD2 table joined without its validity filter, or a key duplicated upstream), so the join repeats fact rows and SUM multiplies',
    confirm:
      'Compare SELECT COUNT(*) FROM <fact> with the joined count; SELECT <key>, COUNT(*) FROM <dim> GROUP BY 1 HAVING COUNT(*) > 1 lists the keys that fan out.',
    fixNow:
      'Join on a unique key (add the SCD2 validity-date filter, deduplicate the dimension), and add a test that the joined row count equals the fact row count.',
    contractClause: 'Dimensions are unique on their join key, tested on every build, and every fact-to-dimension join is many-to-one.',
  },
  {
    id: 'pm-non-additive-measures',
    seam: 'process-model',
    templateId: 'pm-non-additive-measures',
    title: 'Non-additive measure summed again',
    prevalence: 3,
    symptoms: ['totals-doubled', 'reports-disagree'],
    answers: {
      'staging-right-model-wrong': 'yes',
      'grain-key-duplicated': 'no',
      'join-changes-row-count': 'no',
      'raw-already-wrong': 'no',
      'off-by-factor': 'no',
      'grain-enforced': 'yes',
      'task-or-load-failed': 'no',
    },
    assumed: 'Measures delivered at a grain are additive at that grain; distinct counts, averages and ratios arrive as their components',
    actual:
      'A daily distinct-user count (or an average, or a rate) was summed or averaged again over a month, counting a returning user once per day',
    confirm:
      'Compare SUM(<daily_distinct_users>) over a month with SELECT COUNT(DISTINCT <user_id>) FROM <events> for the same month.',
    fixNow:
      'Recompute the measure from the underlying ids, or from numerator and denominator, at the reporting grain; mark the column as non-additive.',
    contractClause: 'Non-additive measures are delivered together with their components (ids, numerator, denominator) and documented as non-additive.',
  },
  {
    id: 'pm-duplicate-rows',
    seam: 'process-model',
    templateId: 'pm-duplicate-rows',
    title: 'Upstream duplicates reach the model unchecked',
    prevalence: 5,
    symptoms: ['totals-doubled', 'duplicates-after-retry'],
    answers: {
      'only-one-consumer': 'no',
      'raw-already-wrong': 'yes',
      'grain-key-duplicated': 'yes',
      'grain-enforced': 'no',
      'dupes-share-id': 'yes',
      'dupes-differ-in-values': 'no',
      'join-changes-row-count': 'no',
      'staging-right-model-wrong': 'no',
      'task-or-load-failed': 'no',
    },
    assumed: 'Rows delivered by processing are unique on their key, so SUM(revenue) counts each order once',
    actual:
      'Rows written twice upstream (1001 | A | 45.00, twice) passed through processing untouched; SUM(revenue) reported 90.00 and every run said SUCCESS',
    confirm:
      'SELECT COUNT(*) - COUNT(DISTINCT <key>) AS dup_rows FROM <staging_table> is above zero, the same duplicates exist in <raw_table>, and processing has no dedup on <key>.',
    fixNow:
      'Deduplicate on the declared key at the start of processing (ROW_NUMBER() OVER (PARTITION BY <key> ...) = 1), add a test that fails on duplicates, rebuild the affected models, and chase where upstream created them.',
    contractClause: 'Processing delivers rows unique on their declared key and fails the run if duplicates arrive, whatever upstream sends.',
  },
  {
    id: 'pm-dedup-latest-version',
    seam: 'process-model',
    templateId: 'pm-dedup-latest-version',
    title: 'Dedup keeps an arbitrary version',
    prevalence: 3,
    symptoms: ['old-value-overwrote-new', 'numbers-change-on-rerun'],
    answers: {
      'raw-already-wrong': 'no',
      'dupes-differ-in-values': 'yes',
      'rerun-fixes': 'no',
      'grain-enforced': 'yes',
      'staging-right-model-wrong': 'no',
      'task-or-load-failed': 'no',
    },
    assumed: 'When several rows share a key, processing keeps the latest by updated_at, with a deterministic tiebreak',
    actual:
      'Versions tie on updated_at (second precision, bulk updates), so ROW_NUMBER() picks one arbitrarily and each rerun may pick another',
    confirm:
      'SELECT <key>, <updated_at>, COUNT(*) FROM <staging_table> GROUP BY 1, 2 HAVING COUNT(*) > 1 — ties on the ordering column mean the surviving row is arbitrary.',
    fixNow: 'Add a deterministic tiebreaker to the ORDER BY (source LSN, sequence, ingestion offset) and rebuild.',
    contractClause: 'Dedup orders versions by <updated_at> then <source_lsn>, so the surviving row is the same on every run.',
  },
  {
    id: 'pm-null-semantics',
    seam: 'process-model',
    templateId: 'pm-null-semantics',
    title: 'NULL and 0 swapped meaning',
    prevalence: 3,
    symptoms: ['unexpected-nulls'],
    answers: {
      'null-zero-switch': 'yes',
      'raw-already-wrong': 'no',
      'started-after-change': 'yes',
      'producer-changed': 'no',
      'column-null-from-date': 'no',
      'types-differ-between-files': 'no',
      'task-or-load-failed': 'no',
    },
    assumed: 'NULL means unknown and 0 means zero, and every aggregate over the column treats the two differently on purpose',
    actual:
      "Processing switched a missing value from 0 to NULL (or back) in a refactor; AVG, COUNT(col) and filters like col <> 'x' changed their results with no error",
    confirm:
      'SELECT <date_col>, COUNT(*) - COUNT(<col>) AS nulls, SUM(CASE WHEN <col> = 0 THEN 1 ELSE 0 END) AS zeros FROM <table> GROUP BY 1 ORDER BY 1 — nulls and zeros trade places on one date.',
    fixNow:
      'Restore the previous convention in processing (the COALESCE or NULLIF that was removed), rebuild from the change date, and tell consumers whose averages moved.',
    contractClause: 'For each nullable measure the model states what NULL means and whether 0 is a real value; changing either is a breaking change.',
  },
  {
    id: 'pm-null-join-keys',
    seam: 'process-model',
    templateId: 'pm-null-join-keys',
    title: 'Null or unmatched join keys drop rows',
    prevalence: 4,
    symptoms: ['rows-missing'],
    answers: {
      'only-one-consumer': 'no',
      'join-changes-row-count': 'yes',
      'staging-right-model-wrong': 'yes',
      'raw-already-wrong': 'no',
      'missing-at-period-end': 'no',
      'grain-key-duplicated': 'no',
      'task-or-load-failed': 'no',
      'upstream-after-downstream': 'no',
    },
    assumed: 'Every fact row has a non-null foreign key that matches a dimension member, or an explicit unknown member',
    actual:
      'Fact rows with null keys, or keys missing from the dimension (late-arriving dimension rows, deleted customers), were dropped by an inner join; totals shrank without an error',
    confirm:
      'SELECT COUNT(*) FROM <fact> f LEFT JOIN <dim> d ON f.<key> = d.<key> WHERE d.<key> IS NULL — anything above 0 is what an inner join drops.',
    fixNow: 'Switch to a left join with COALESCE to an explicit unknown member (-1), rebuild, and backfill the late dimension members.',
    contractClause: 'Facts join dimensions through a left join with an explicit unknown member, and a relationships test reports unmatched keys.',
  },
  {
    id: 'pm-required-not-null',
    seam: 'process-model',
    templateId: 'pm-required-not-null',
    title: 'Processing turned values into nulls',
    prevalence: 4,
    symptoms: ['unexpected-nulls'],
    answers: {
      'raw-already-wrong': 'no',
      'column-null-from-date': 'no',
      'types-differ-between-files': 'no',
      'null-zero-switch': 'no',
      'started-after-change': 'yes',
      'producer-changed': 'no',
      'task-or-load-failed': 'no',
      'values-in-wrong-columns': 'no',
    },
    assumed: 'Columns the model treats as required are NOT NULL at arrival; processing fails instead of nulling a value it could not parse or join',
    actual:
      'A TRY_CAST or SAFE_CAST on an unexpected format, a date parse with the wrong pattern, a lookup that missed or a lost COALESCE turned real values into NULL, and the job succeeded',
    confirm: 'SELECT COUNT(*) FROM <table> WHERE <col> IS NULL AND <source_col> IS NOT NULL counts the nulls that processing created.',
    fixNow: 'Fix the cast, parse pattern or lookup, reprocess the affected range, and add a not_null test on <col>.',
    contractClause: 'Columns the model treats as required are NOT NULL at arrival, tested on every run; processing fails rather than nulling a value it cannot parse.',
  },
];
