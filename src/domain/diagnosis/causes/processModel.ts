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
    // A failing uniqueness test downstream, or the same id twice in the model, is how it is usually seen.
    symptoms: ['totals-doubled', 'duplicates-after-retry', 'reports-disagree'],
    sometimes: ['ratio-inflated', 'data-test-failed', 'found-in-review'],
    answers: {
      'source-correct': 'yes', 'only-one-consumer': 'no', 'task-or-load-failed': 'no', 'task-stuck': 'no', 'rerun-fixes': 'no',
      'intermittent': 'no?', 'grain-key-duplicated': 'yes', 'dupes-whole-run': 'no?', 'task-retried': 'no?',
      'pipeline-code-changed': 'yes?', 'concurrent-writers': 'no?',
      // checks
      'raw-already-wrong': 'no', 'staging-right-model-wrong': 'yes?', 'grain-enforced': 'no', 'dupes-differ-in-values': 'no',
    },
    assumed: 'Each row of the model is one <entity> (grain: <grain_key>), declared on the model and enforced by a uniqueness test before publishing',
    mechanism:
      "The grain was never declared or tested, so when the model's own logic repeats a row (a UNION of overlapping inputs, a join or lookup on a non-unique column, an incremental run that re-inserts rows) nothing notices: every copy is summed and no check gives the run a reason to fail",
    confirm:
      'SELECT <grain_key>, COUNT(*) FROM <model_table> GROUP BY 1 HAVING COUNT(*) > 1 returns rows while the staging input has none for those keys, and no unique test exists on <grain_key>.',
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
    symptoms: ['totals-doubled', 'duplicates-after-retry', 'reports-disagree'],
    sometimes: ['ratio-inflated', 'data-test-failed', 'found-in-review'],
    answers: {
      'source-correct': 'yes', 'only-one-consumer': 'no?', 'task-or-load-failed': 'no', 'rerun-fixes': 'no', 'intermittent': 'no',
      'grain-key-duplicated': 'yes', 'dupes-whole-run': 'no', 'task-retried': 'no', 'written-twice': 'no', 'off-by-factor': 'no',
      'concurrent-writers': 'no?',
      // checks
      'raw-already-wrong': 'no', 'staging-right-model-wrong': 'yes?', 'grain-enforced': 'no', 'dupes-differ-in-values': 'yes',
      'dupes-identical-incl-load-time': 'no',
    },
    assumed: 'The table holds one row per <entity>, so summing an <entity>-level measure counts each <entity> once',
    mechanism:
      'The table is really one row per child of the <entity> (a line item, a status change, a periodic snapshot); <entity>-level measures repeat on every child row, so sums multiply by the number of children each <entity> has',
    confirm:
      'SELECT <entity_key>, COUNT(*), COUNT(DISTINCT <child_key>), COUNT(DISTINCT <status>) FROM <table> GROUP BY 1 HAVING COUNT(*) > 1 — rows that differ in the child key or status are a finer grain, not copies.',
    fixNow:
      'Aggregate to the intended grain before summing <entity>-level measures (or sum the child-level amounts instead), and document the grain on the model.',
    contractClause: 'Each model states its grain in its docs and its name; <entity>-level measures live only on models at the <entity> grain.',
  },
  {
    id: 'pm-fan-out-join',
    seam: 'process-model',
    templateId: 'pm-fan-out-join',
    title: 'Fan-out join multiplies sums',
    prevalence: 5,
    symptoms: ['totals-doubled', 'duplicates-after-retry', 'reports-disagree'],
    sometimes: ['ratio-inflated', 'data-test-failed', 'cost-jumped', 'found-in-review'],
    answers: {
      'source-correct': 'yes', 'only-one-consumer': 'no', 'started-after-change': 'yes?', 'pipeline-code-changed': 'yes?',
      'storage-changed': 'no?', 'task-or-load-failed': 'no', 'rerun-fixes': 'no', 'intermittent': 'no',
      'grain-key-duplicated': 'yes', 'dupes-whole-run': 'no', 'off-by-factor': 'no?', 'concurrent-writers': 'no?',
      // checks
      'raw-already-wrong': 'no', 'staging-right-model-wrong': 'yes', 'join-changes-row-count': 'yes',
      'dupes-identical-incl-load-time': 'yes', 'dupes-far-apart': 'no', 'grain-enforced': 'no?',
    },
    assumed: 'Every join from the fact is many-to-one on a unique key, so joins leave row counts and sums unchanged',
    mechanism:
      'A joined table has several rows per key (a history table joined without its validity filter, a key duplicated upstream, a join on a non-unique column), so the join repeats fact rows and every sum over them multiplies by the number of matches',
    confirm:
      'Compare SELECT COUNT(*) FROM <fact> with the joined count; SELECT <key>, COUNT(*) FROM <dim> GROUP BY 1 HAVING COUNT(*) > 1 lists the keys that fan out.',
    fixNow:
      'Join on a unique key (add the validity-date filter for a history table, deduplicate the dimension), and add a test that the joined row count equals the fact row count.',
    contractClause: 'Dimensions are unique on their join key, tested on every build, and every fact-to-dimension join is many-to-one.',
  },
  {
    id: 'pm-non-additive-measures',
    seam: 'process-model',
    templateId: 'pm-non-additive-measures',
    title: 'Non-additive measure summed again',
    prevalence: 3,
    symptoms: ['ratio-inflated', 'totals-doubled', 'reports-disagree'],
    sometimes: ['found-in-review'],
    answers: {
      'source-correct': 'yes', 'affected-some-sources': 'no?', 'task-or-load-failed': 'no', 'task-stuck': 'no',
      'rerun-fixes': 'no', 'intermittent': 'no', 'under-load': 'no?', 'grain-key-duplicated': 'no', 'off-by-factor': 'no',
      // checks
      'raw-already-wrong': 'no', 'staging-right-model-wrong': 'yes', 'null-zero-switch': 'no?', 'logs-show-errors-in-green-run': 'no?',
    },
    assumed: 'Measures delivered at a grain are additive at that grain; distinct counts, averages and ratios arrive as their components',
    mechanism:
      'A measure that is valid only at its own grain (a distinct count, an average, a ratio) is summed or averaged again over a coarser grain, so an entity present in several periods or groups is counted once in each, and an average of averages ignores that the groups differ in volume',
    confirm:
      'Compare SUM(<distinct_count_col>) over a period with SELECT COUNT(DISTINCT <entity_id>) FROM <events> for the same period, or AVG(<ratio_col>) with SUM(<numerator>) / SUM(<denominator>).',
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
    sometimes: ['reports-disagree', 'file-written-twice', 'ratio-inflated', 'data-test-failed', 'job-failed'],
    // Silent on raw-already-wrong and staging-right-model-wrong: the copies are made upstream, and
    // those questions' "yes"/"no" point away from this seam; grain-enforced is what names it.
    answers: {
      'source-correct': 'yes', 'only-one-consumer': 'no', 'affected-some-sources': 'no?', 'affected-by-zone': 'no?', 'task-stuck': 'no', 'rerun-fixes': 'no?',
      'grain-key-duplicated': 'yes', 'off-by-factor': 'no?', 'different-sql': 'no?',
      // checks
      'grain-enforced': 'no', 'dupes-differ-in-values': 'no', 'dupes-identical-incl-load-time': 'no?',
    },
    assumed: 'Rows delivered by processing are unique on their declared key, so summing a measure counts each <entity> once',
    mechanism:
      'Rows duplicated upstream (an at-least-once delivery, a retried write, a non-idempotent append) pass through processing untouched because nothing deduplicates or tests the key, so the model cannot tell a copy from a second real <entity> and its sums count both',
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
    sometimes: ['reports-disagree'],
    answers: {
      'source-correct': 'yes', 'only-one-consumer': 'no', 'affected-some-sources': 'no?', 'task-or-load-failed': 'no',
      'task-stuck': 'no', 'rerun-fixes': 'no?', 'under-load': 'no?', 'task-retried': 'no?', 'backfill-ran': 'no?', 'written-twice': 'no?',
      // checks
      'raw-already-wrong': 'no', 'dupes-differ-in-values': 'yes', 'consumer-rebalanced': 'no?', 'logs-show-errors-in-green-run': 'no',
    },
    assumed: 'When several rows share a key, processing keeps the latest version by an ordering column, with a deterministic tiebreak',
    mechanism:
      'Versions of one entity tie on the ordering column (coarse timestamp precision, bulk updates), or that column does not follow the true order of changes, so the dedup keeps an arbitrary or older version and a rerun may keep a different one',
    confirm:
      'SELECT <key>, <updated_at>, COUNT(*) FROM <staging_table> GROUP BY 1, 2 HAVING COUNT(*) > 1 — ties on the ordering column mean the surviving row is arbitrary.',
    fixNow: 'Add a deterministic tiebreaker to the ORDER BY (a source log sequence, a change sequence number, an ingestion offset) and rebuild.',
    contractClause: 'Dedup orders versions by <updated_at> then a source sequence such as <source_lsn>, so the surviving row is the same on every run.',
  },
  {
    id: 'pm-null-semantics',
    seam: 'process-model',
    templateId: 'pm-null-semantics',
    title: 'NULL and 0 swapped meaning',
    prevalence: 3,
    symptoms: ['unexpected-nulls', 'ratio-inflated'],
    sometimes: ['reports-disagree', 'rows-missing', 'consumer-broke-after-change', 'data-test-failed'],
    answers: { 'ingest-read-fewer': 'no?',
      'source-correct': 'yes', 'only-one-consumer': 'no?', 'affected-some-sources': 'no?', 'started-after-change': 'yes',
      'pipeline-code-changed': 'yes', 'producer-changed': 'no', 'ingest-changed': 'no?', 'storage-changed': 'no?',
      'new-values-at-source': 'no?', 'task-or-load-failed': 'no', 'rerun-fixes': 'no', 'intermittent': 'no',
      // checks
      'raw-already-wrong': 'no', 'null-zero-switch': 'yes', 'column-null-from-date': 'no?', 'types-differ-between-files': 'no',
    },
    assumed: 'NULL means unknown and 0 means zero, and every aggregate over the column treats the two differently on purpose',
    mechanism:
      'Processing changed how a missing value is written, from 0 to NULL or back (a COALESCE or NULLIF added or removed), and aggregates read the two differently: AVG and COUNT(<col>) skip NULLs and comparisons drop NULL rows, so results move while every check still passes',
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
    sometimes: ['reports-disagree', 'unexpected-nulls', 'data-test-failed', 'success-but-empty'],
    // Silent on rerun-fixes, intermittent and upstream-after-downstream: null keys stay dropped on
    // every run, but late-arriving dimension members come back once a rerun finds them.
    answers: { 'ingest-read-fewer': 'no?',
      'source-correct': 'yes', 'only-one-consumer': 'no', 'task-or-load-failed': 'no', 'task-stuck': 'no',
      'grain-key-duplicated': 'no', 'affected-by-zone': 'no?', 'missing-at-period-end': 'no?', 'missing-are-late-events': 'no?',
      'waits-on-upstream': 'yes?', 'pipeline-code-changed': 'yes?',
      // checks
      'raw-already-wrong': 'no', 'staging-right-model-wrong': 'yes', 'join-changes-row-count': 'yes', 'round-row-count': 'no', 'logs-show-errors-in-green-run': 'no',
    },
    assumed: 'Every fact row has a non-null foreign key that matches a dimension member, or an explicit unknown member',
    mechanism:
      'Fact rows with a null key, or with a key that has no dimension member yet (late-arriving or deleted members), are dropped by an inner join, so totals shrink by exactly those rows and nothing in the run checks for them',
    confirm:
      'SELECT COUNT(*) FROM <fact> f LEFT JOIN <dim> d ON f.<key> = d.<key> WHERE d.<key> IS NULL — anything above 0 is what an inner join drops.',
    fixNow: 'Switch to a left join that maps missing keys to an explicit unknown member, rebuild, and backfill the late dimension members.',
    contractClause: 'Facts join dimensions through a left join with an explicit unknown member, and a relationships test reports unmatched keys.',
  },
  {
    id: 'pm-required-not-null',
    seam: 'process-model',
    templateId: 'pm-required-not-null',
    title: 'Processing turned values into nulls',
    prevalence: 4,
    symptoms: ['unexpected-nulls'],
    sometimes: ['ratio-inflated', 'rows-missing', 'data-test-failed', 'ml-predictions-off'],
    // Silent on producer-changed and new-values-at-source: the unexpected format is sometimes new
    // from the source, but the value is intact in raw and processing is what drops it.
    answers: { 'ingest-read-fewer': 'no?',
      'source-correct': 'yes', 'only-one-consumer': 'no', 'started-after-change': 'yes?', 'pipeline-code-changed': 'yes?',
      'ingest-changed': 'no?', 'storage-changed': 'no?', 'schedule-changed': 'no', 'task-or-load-failed': 'no', 'rerun-fixes': 'no',
      'intermittent': 'no?',
      // checks
      'raw-already-wrong': 'no', 'column-null-from-date': 'no?', 'types-differ-between-files': 'no?', 'null-zero-switch': 'no',
      'values-in-wrong-columns': 'no', 'garbled-or-parse-errors': 'no?',
    },
    assumed: 'Columns the model treats as required are NOT NULL at arrival; processing fails instead of nulling a value it could not parse or join',
    mechanism:
      'A lenient conversion in processing (TRY_CAST or SAFE_CAST on an unexpected format, a date parse with the wrong pattern, a lookup join that misses) turns real values into NULL instead of failing, so the rows flow on with the value gone',
    confirm: 'SELECT COUNT(*) FROM <table> WHERE <col> IS NULL AND <source_col> IS NOT NULL counts the nulls that processing created.',
    fixNow: 'Fix the cast, parse pattern or lookup, reprocess the affected range, and add a not_null test on <col>.',
    contractClause: 'Columns the model treats as required are NOT NULL at arrival, tested on every run; processing fails rather than nulling a value it cannot parse.',
  },
  {
    id: 'pm-incremental-logic',
    seam: 'process-model',
    templateId: 'pm-incremental-logic',
    title: 'Incremental run misses, repeats or keeps stale rows',
    prevalence: 4,
    symptoms: ['rows-missing', 'duplicates-after-retry', 'reports-disagree'],
    sometimes: ['totals-doubled', 'old-value-overwrote-new', 'late-events-dropped', 'data-test-failed', 'success-but-empty'],
    // Silent on grain-key-duplicated and missing-are-late-events: some variants only lose or keep
    // stale rows, others only repeat them; full-refresh-differs is what names it.
    answers: { 'ingest-read-fewer': 'no?',
      'full-refresh-differs': 'yes', 'source-correct': 'yes', 'only-one-consumer': 'no', 'task-or-load-failed': 'no',
      'rerun-fixes': 'no?', 'started-after-change': 'yes?', 'pipeline-code-changed': 'yes', 'storage-changed': 'no?',
      'affected-some-sources': 'no?', 'dupes-whole-run': 'no?', 'concurrent-writers': 'no?',
      // checks
      'raw-already-wrong': 'no', 'staging-right-model-wrong': 'yes', 'logs-show-errors-in-green-run': 'no',
    },
    assumed: 'Each incremental run picks up every row inserted or updated since the last run and merges it on a unique, non-null key, so the model always equals a full rebuild',
    mechanism:
      'The incremental filter, lookback window or merge key does not match how rows really arrive: rows committed late or updated with an older timestamp fall outside the filter, a boundary that overlaps the previous run re-inserts its edge rows, and a missing, non-unique or null merge key appends a row instead of replacing one, so the model drifts away from what a full rebuild produces',
    confirm:
      'Build the model with a full refresh into a scratch schema and compare COUNT(*), COUNT(DISTINCT <unique_key>) and SUM(<measure>) per <date_col> with production; SELECT COUNT(*) FROM <model_table> WHERE <unique_key> IS NULL counts keys a merge can never match.',
    fixNow:
      'Full-refresh the model (or reprocess the affected range), then fix the logic: a lookback sized from measured lateness, a boundary that neither skips nor repeats, a unique non-null merge key with a uniqueness test on it.',
    contractClause:
      'Every incremental model declares its unique key and lookback window, rejects null keys, and is compared with a full rebuild on a schedule; any difference fails the check.',
  },
  {
    id: 'pm-snapshot-logic',
    seam: 'process-model',
    templateId: 'pm-snapshot-logic',
    title: 'SCD history overlaps, has gaps or joins the wrong version',
    prevalence: 3,
    symptoms: ['reports-disagree', 'duplicates-after-retry', 'old-value-overwrote-new'],
    sometimes: ['totals-doubled', 'rows-missing', 'numbers-change-on-rerun', 'data-test-failed'],
    answers: { 'ingest-read-fewer': 'no?',
      'source-correct': 'yes', 'only-one-consumer': 'no?', 'affected-some-sources': 'no?', 'task-or-load-failed': 'no',
      'rerun-fixes': 'no', 'intermittent': 'no?', 'grain-key-duplicated': 'yes?', 'dupes-whole-run': 'no', 'task-retried': 'no?',
      'concurrent-writers': 'no?', 'off-by-factor': 'no?',
      // checks
      'raw-already-wrong': 'no', 'staging-right-model-wrong': 'yes?', 'dupes-differ-in-values': 'yes', 'join-changes-row-count': 'yes?',
    },
    assumed: 'For each <entity> and moment exactly one version in the history table is valid, and facts join the version valid at their <event_ts>',
    mechanism:
      'The history logic opens a new version without closing the previous one, closes a version with no successor, or reopens history when the source reloads or deletes rows, so an <entity> has several current rows or none; or facts join the history on the key alone or on the current flag and take present attributes for past events, so past periods are restated with every change and duplicated wherever versions overlap',
    confirm:
      'SELECT <key>, COUNT(*) FROM <history_table> WHERE <valid_to> IS NULL GROUP BY 1 HAVING COUNT(*) > 1 lists several current versions; a self-join on <key> with overlapping [<valid_from>, <valid_to>) intervals lists overlaps; the fact join must require <event_ts> >= <valid_from> AND <event_ts> < <valid_to>.',
    fixNow:
      "Repair the history (close each superseded version at its successor's <valid_from>, remove extra current rows), make the fact join point-in-time on half-open intervals, rebuild the affected facts, and tell consumers which published periods moved.",
    contractClause:
      'History tables keep exactly one valid version per <entity> and moment (half-open intervals, one current row, tested on every build), and facts join the version valid at their event time.',
  },
];
