import type { Symptom, SymptomGroup } from './types';

const s = (group: SymptomGroup, id: string, label: string, example: string, synonyms: readonly string[], includes?: readonly string[]): Symptom =>
  includes ? { id, label, group, example, synonyms, includes } : { id, label, group, example, synonyms };

/**
 * What a triager sees before knowing where it broke, in the words of an incident channel.
 * Causes list the symptoms they produce; the walkthrough starts from the ones picked here, or
 * from the ones incident text suggests through the synonyms.
 */
export const SYMPTOMS: readonly Symptom[] = [
  // ── Wrong numbers ──
  s('Wrong numbers', 'totals-doubled', 'Totals too high or doubled', "Revenue on the exec dashboard is exactly double yesterday's, and order volume didn't change.", ['doubled', 'double counted', 'double counting', 'twice as high', 'inflated total*', 'overcount*', 'too high', 'count is higher', 'counts are higher', 'higher than expected']),
  s('Wrong numbers', 'ratio-inflated', 'An average, rate or duration is off (not a total)', 'Average session length tripled overnight while the number of sessions stayed flat.', ['average', 'avg', 'ratio', 'conversion rate', 'per user', 'mean', 'median', 'duration', 'percentage', 'rate is']),
  s('Wrong numbers', 'wrong-unit-currency', 'Wrong unit or currency', "Average order value for the new EU shop is 100x the US one; I think we're summing cents with dollars.", ['currency', 'currencies', 'cents', 'unit', 'units', 'milliseconds', 'exchange rate', '100x', '1000x', 'off by a factor']),
  s('Wrong numbers', 'reports-disagree', 'Two reports or tools disagree on one metric', 'Finance says March revenue was $4.1M and the growth dashboard says $4.4M.', ['disagree*', 'discrepanc*', "don't match", 'do not match', "doesn't match", 'does not match', 'mismatch', 'different numbers', 'inconsistent', 'differ* from']),
  s('Wrong numbers', 'numbers-change-on-rerun', 'Numbers change between reads or reruns', 'I ran the same report twice this morning with no new loads in between and got two different totals.', ['nondeterministic', 'non-deterministic', 'changes every time', 'different results each', 'flaky numbers', 'keeps changing']),
  s('Wrong numbers', 'implausible-values', 'Impossible values (1970 or future dates, -1, garbled text)', "There are events dated 2031 and 1970, ages of -1, and names full of '�'.", ['1970', 'future date*', 'negative', 'garbled', 'mojibake', 'encoding', 'corrupt*', 'impossible value*', 'nonsense', 'weird characters']),
  // ── Missing, late or lost ──
  s('Missing, late or lost', 'rows-missing', 'Rows missing', 'The warehouse has about 3% fewer orders for Tuesday than the shop database does.', ['missing', 'fewer rows', 'fewer records', 'rows are gone', 'lower than expected', 'gaps', 'gap in', 'undercount*', 'not all', 'incomplete', 'absent', 'not present', 'disappear*', 'never appear*', 'fewer', 'short by', 'drop in', 'dropped by', 'lost', 'no data', 'no records', 'no events', 'stopped arriving', 'nothing arrived']),
  s('Missing, late or lost', 'success-but-empty', 'Job succeeded but output is empty or partial', "The nightly run is green, but yesterday's partition has a thirtieth of its usual rows.", ['succeeded but', 'green but', 'successful but', 'success but', 'empty table', 'empty partition', 'zero rows', '0 rows', 'no rows', 'partial data', 'silently'], ['rows-missing']),
  s('Missing, late or lost', 'data-stale', 'Data late or stale', "It's 11:00 and the dashboard still shows nothing after 07:00.", ['stale', 'not updated', 'not refreshed', 'out of date', 'outdated', 'delayed', 'late data', 'lagging', 'behind', 'still shows yesterday', 'freshness', 'no new data', 'stopped updating', 'stopped arriving']),
  s('Missing, late or lost', 'data-lost-permanently', 'Data lost for good (a replay or rerun does not bring it back)', "We replayed the topic and re-ran the load, and those 20 minutes of clicks are still not there.", ['lost for good', 'permanently lost', 'data loss', 'lost data', 'lost events', 'lost messages', 'unrecoverable', 'cannot be recovered', 'never arrived'], ['rows-missing']),
  s('Missing, late or lost', 'loss-by-zone-region', 'Only some regions, time zones or markets are affected', 'Orders from Australia are missing for the first hours of every day; Europe looks fine.', ['time zone', 'timezone', 'region', 'regions', 'market', 'country', 'countries', 'locale', 'only users in', 'only customers in'], ['rows-missing']),
  s('Missing, late or lost', 'partial-under-load', 'Partial delivery under load, a backlog or an outage', 'During the sale peak the consumer lag hit two hours and part of the clickstream never landed.', ['under load', 'backpressure', 'back pressure', 'backlog', 'consumer lag', 'lag grew', 'throttl*', 'rate limit*', 'peak traffic', 'traffic spike', 'outage'], ['rows-missing']),
  s('Missing, late or lost', 'late-events-dropped', 'Events out of order or dropped as late', 'The streaming job counted 8,000 sessions for 14:00, but the raw topic has 9,500 for that hour.', ['late event*', 'late arriving', 'late-arriving', 'out of order', 'out-of-order', 'watermark', 'dropped events', 'arrive late']),
  // ── Duplicates and overwrites ──
  // The id predates the label: it is kept so that saved walkthroughs still read.
  s('Duplicates and overwrites', 'duplicates-after-retry', 'Duplicate rows (the same record more than once)', 'Some order ids are in the fact table twice since last night, and the unique test fails.', ['duplicate*', 'duplicated', 'dupes', 'dups', 'twice', 'same row', 'repeated rows', 'more than once', 'unique test', 'uniqueness test', 'not unique']),
  s('Duplicates and overwrites', 'file-written-twice', 'A file, object or partition written twice or overwritten', 'The same export file landed twice in the bucket, and yesterday\'s partition was replaced by a half-empty one.', ['overwritten', 'overwrote', 'overwrite', 'written twice', 'uploaded twice', 'same file', 'file twice', 'replaced the partition', 'clobber*']),
  s('Duplicates and overwrites', 'old-value-overwrote-new', 'Outdated values or deleted records came back', 'Customer 4411 changed their address last week, but the table shows the old one again, and a deleted order reappeared.', ['old value*', 'older version', 'reappeared', 'came back', 'resurrected', 'deleted records', 'stale version', 'reverted']),
  // ── Values and schema ──
  s('Values and schema', 'timestamps-shifted', 'Timestamps shifted or on the wrong day', "Sunday's late-evening orders show up under Monday, and the hourly chart peaks at 3 a.m.", ['shifted', 'wrong day', 'wrong date', 'hours off', 'hour off', 'daylight saving', 'dst', 'time shift', 'times are off', 'wrong hour']),
  s('Values and schema', 'unexpected-nulls', 'Unexpected nulls or empty fields', 'discount_amount has been null on every row since Thursday, and nothing failed.', ['null', 'nulls', 'empty field*', 'empty column*', 'blank', 'none values', 'nan']),
  s('Values and schema', 'schema-type-errors', 'Schema or type errors', "The load keeps failing with 'cannot cast STRING to DECIMAL' since this morning's release.", ['schema', 'type error', 'cast', 'cannot parse', 'parse error', 'deserializ*', 'incompatible', 'column not found', 'unknown field', 'invalid type']),
  s('Values and schema', 'new-field-missing', 'A new or renamed field never shows up downstream', 'Mobile added a coupon_code field two weeks ago; it is still not in the warehouse.', ['new field', 'new column', 'renamed', 'rename', 'field is missing', 'column is missing', 'not showing up', 'never shows up']),
  // ── Runs and jobs ──
  s('Runs and jobs', 'task-stuck', 'A task or sensor is stuck, or never ran', 'The sensor has been poking since 02:00 and the transform never started.', ['stuck', 'hung', 'hang*', 'never ran', 'never started', 'never triggered', 'not scheduled', 'not triggered', 'queued', 'poking', 'waiting forever', 'skipped']),
  s('Runs and jobs', 'load-rejected', 'A load failed or rejected a file or records', "Snowflake's COPY rejected yesterday's file: 'Numeric value is not recognized'.", ['rejected', 'load failed', 'copy failed', 'dead letter', 'dead-letter', 'dlq', 'bad records', 'failed to load', 'refused'], ['job-failed']),
  s('Runs and jobs', 'job-failed', 'A job or task failed with an error', 'The nightly transform failed with an out-of-memory error at 04:10.', ['failed', 'failure', 'error', 'exception', 'crash*', 'oom', 'out of memory']),
  s('Runs and jobs', 'consumer-broke-after-change', 'A report or sync broke after an upstream change', "The churn notebook and the CRM sync both broke after yesterday's dbt deploy; nobody told us anything changed.", ['after the deploy', 'after deploy', 'after the release', 'after release', 'after upgrad*', 'after the upgrade', 'after the migration', 'since the change', 'broke after', 'since upgrading']),
  s('Runs and jobs', 'stream-lag', 'A stream or queue is falling behind', 'Consumer lag on the orders topic has grown all morning and the sink is hours behind.', ['lag', 'falling behind', 'queue growing', 'backlog growing', 'offsets behind', 'consumer group behind']),
  // ── Cost and speed ──
  s('Cost and speed', 'cost-jumped', 'Query or job cost or runtime jumped', 'The nightly job used to cost a few dollars a run; this month’s bill is thirty times that and it takes an hour longer.', ['cost', 'bill', 'expensive', 'slot*', 'credits', 'full scan', 'full table scan', 'bytes scanned', 'runtime', 'takes longer', 'slower']),
  s('Cost and speed', 'serving-wasteful-queries', 'A BI tool, dashboard or API runs wasteful queries', 'Every dashboard open fires 40 queries that each scan the whole events table.', ['dashboard queries', 'too many queries', 'each query scans', 'query storm', 'queries per dashboard', 'every time the dashboard', 'each refresh', 'full table scan']),
  s('Cost and speed', 'queries-slow', 'Queries or dashboards got slow or time out', 'The sales dashboard takes four minutes to load since last week and sometimes times out.', ['slow', 'slowness', 'takes minutes', 'time out', 'times out', 'latency', 'performance']),
  // ── Trust and consumers ──
  s('Trust and consumers', 'sensitive-data-exposed', 'Personal data visible to the wrong people', 'Customer emails and phone numbers are visible in the marketing dashboard that the whole company can open.', ['pii', 'personal data', 'email addresses', 'phone numbers', 'exposed', 'leak*', 'gdpr', 'sensitive', 'unmasked', 'access control']),
  s('Trust and consumers', 'data-test-failed', 'A data test or quality check failed', 'The unique test on fct_orders.order_id started failing this morning.', ['test failed', 'tests failed', 'test failing', 'dbt test', 'quality check', 'data quality', 'great expectations', 'assertion', 'monitor fired', 'anomaly alert']),
  s('Trust and consumers', 'found-in-review', 'A defect found in code review, before any data went wrong', 'Reviewing the PR I noticed the new model joins orders to a table nobody declared as upstream.', ['code review', 'in review', 'pull request', 'reviewing the pr', 'noticed in the pr', 'before it shipped', 'caught in review']),
  s('Trust and consumers', 'ml-predictions-off', "A model's predictions degraded or its features look stale", 'Fraud scores dropped overnight; the features the model reads at serving time are hours old.', ['prediction*', 'feature store', 'features', 'model drift', 'training-serving skew', 'scores dropped', 'ml model', 'inference']),
];

const BY_ID: ReadonlyMap<string, Symptom> = new Map(SYMPTOMS.map((x) => [x.id, x]));

/** The symptom with this id, or undefined for an id the list does not know. */
export function symptomById(id: string): Symptom | undefined {
  return BY_ID.get(id);
}
