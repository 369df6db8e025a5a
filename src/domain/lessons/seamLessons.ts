import type { SeamId } from '../seams';
import type { SeamLesson } from './types';

/**
 * One lesson per seam. The dimensions come from SEAMS (the source's words), the symptoms from the
 * knowledge base's causes and the clause wording from the catalog: only the plain retelling lives here.
 */
export const SEAM_LESSONS: Readonly<Record<SeamId, SeamLesson>> = {
  'generate-ingest': {
    seam: 'generate-ingest',
    crosses:
      'Raw records leave the code that made them and enter the pipeline. With them travel habits nobody wrote down: a timestamp from the phone’s clock, an amount in a currency the schema does not name, an id that is only unique on one server.',
    example: 'unstated-source-assumptions',
    exampleSays: 'The source stamps events in local time, sends amounts without a currency and reuses event ids; none of it is in the schema.',
    breaks: [
      { cause: 'gi-clock-source', plain: 'The app stamps events with the device’s local time instead of UTC, so events land on the wrong hour or day.' },
      { cause: 'gi-currency-units', plain: 'Amounts arrive without a currency or unit, and the pipeline adds euros to dollars or cents to dollars.' },
      { cause: 'gi-id-uniqueness', plain: 'The event id is only unique per device or per day; two different events share one id and one overwrites or hides the other.' },
      { cause: 'gi-schema-evolution', plain: 'The producer renames or retypes a field in a release, and the load that expected the old shape fails.' },
      { cause: 'gi-new-enum-value', plain: 'A new status or category appears at the source; downstream filters written for the old list silently leave it out.' },
    ],
    clauses: ['gi-clock-source', 'gi-currency-units', 'gi-id-uniqueness', 'gi-schema-declared', 'gi-schema-evolution'],
  },
  'ingest-store': {
    seam: 'ingest-store',
    crosses:
      'Delivered records and the promise that they were stored. An ack tells the sender it may forget a record; whether that record is durable, stored once and in order depends on what storage did before it answered.',
    example: 'ack-before-commit',
    exampleSays: 'Storage sent the ack while event 8821 was still in a buffer, crashed, and wrote it a second time when the producer retried.',
    breaks: [
      { cause: 'is-ack-before-commit', plain: 'Storage acknowledges a record before it is committed; after a crash the sender retries and the same record is written twice.' },
      { cause: 'is-rebalance-redelivery', plain: 'A consumer restarts or a rebalance moves its partition, and everything since its last saved offset is read and written again.' },
      { cause: 'is-dedup-key', plain: 'The sink only appends. Without an idempotent write on the record’s id, every redelivery becomes an extra row.' },
      { cause: 'is-out-of-order-upserts', plain: 'Updates for one record arrive out of order, and an older value overwrites the newer one.' },
      { cause: 'is-watermark-late-drop', plain: 'A streaming job closes a time window at its watermark and drops late data that arrives after it.' },
    ],
    clauses: ['is-ack-before-commit', 'is-dedup-key', 'is-rebalance-redelivery', 'is-per-key-ordering', 'is-watermark-late-drop'],
  },
  'store-process': {
    seam: 'store-process',
    crosses:
      'Stored files and tables, laid out the way storage chose: a format, a partition key, a schema. Every job that reads them pays for that layout, in money when pruning fails and in correctness when the schema drifts.',
    example: 'partition-mismatch',
    exampleSays: 'Storage partitions by ingestion_date while the queries filter on event_date, so partition pruning never happens and each run costs $340 instead of $12.',
    breaks: [
      { cause: 'sp-partition-key', plain: 'Data is partitioned by the day it arrived but read by the day it happened, so every query scans everything.' },
      { cause: 'sp-late-arriving-data', plain: 'Late data lands in a day that was already processed, and nobody reprocesses it.' },
      { cause: 'sp-type-drift', plain: 'Schema drift: a column changes type between files, and reads either fail or turn values into nulls.' },
      { cause: 'sp-column-mapping', plain: 'A column is renamed upstream; the job still reads the old name and gets nulls without an error.' },
      { cause: 'sp-atomic-visibility', plain: 'A job reads a partition while it is still being written and processes only part of it.' },
    ],
    clauses: ['sp-partition-key', 'sp-late-arriving-data', 'sp-type-drift', 'sp-column-mapping', 'sp-atomic-visibility'],
  },
  'process-model': {
    seam: 'process-model',
    crosses:
      'Cleaned rows handed to the tables people query. Their grain, their nulls and their duplicates were settled upstream; the model layer sums whatever it is given.',
    example: 'undeclared-grain',
    exampleSays: 'Order A of user 1001 arrives twice, SUM(revenue) says 90.00 instead of 45.00, and the pipeline reports SUCCESS because the grain was never declared.',
    breaks: [
      { cause: 'pm-grain', plain: 'Nobody declared what one row stands for, so a duplicate row passes every check and doubles the sum.' },
      { cause: 'pm-fan-out-join', plain: 'A join matches one order to several rows (fan-out) and every amount is counted once per match.' },
      { cause: 'pm-duplicate-rows', plain: 'Duplicates written upstream reach the model because no step deduplicates on the key.' },
      { cause: 'pm-null-semantics', plain: 'A null sometimes means zero and sometimes means unknown, and averages come out wrong.' },
      { cause: 'pm-incremental-logic', plain: 'An incremental run picks its rows by a date cut-off and misses or repeats some of them; a full rebuild gives other numbers.' },
    ],
    clauses: ['pm-grain', 'pm-duplicate-rows', 'pm-fan-out-join', 'pm-null-semantics', 'pm-incremental-logic'],
  },
  'model-serve': {
    seam: 'model-serve',
    crosses:
      'Finished tables and metrics handed to consumers: dashboards, APIs, ML models. Each consumer assumes how fresh the data is, what a metric means and that it may use it; unless those promises are written down, each assumes its own.',
    example: 'unwritten-freshness-sla',
    exampleSays: 'The model refreshes every 4 hours; the batch dashboard is fine with that, the real-time fraud model is 4 hours late, and no freshness SLA was ever written.',
    breaks: [
      { cause: 'ms-freshness-sla', plain: 'A consumer needs data fresher than the model refreshes, and nobody wrote a freshness SLA that would have said so.' },
      { cause: 'ms-staleness-visible', plain: 'A refresh fails and the consumer keeps showing old data as if it were current.' },
      { cause: 'ms-metric-definition', plain: 'Two teams work from two metric definitions of “revenue”, and their reports disagree.' },
      { cause: 'ms-breaking-change', plain: 'A column is renamed or its meaning changes, and consumers break without warning.' },
      { cause: 'ms-pii-access', plain: 'Personal data in a model is served to people who should not see it: the trust boundary was never drawn.' },
    ],
    clauses: ['ms-freshness-sla', 'ms-staleness-visible', 'ms-metric-definition', 'ms-breaking-change', 'ms-pii-access'],
  },
  orchestration: {
    seam: 'orchestration',
    crosses:
      'Not data but time and order: when each task starts, what it waits for, and what happens when it is retried. The scheduler touches every seam, so a timing mistake shows up wherever the late or repeated task wrote.',
    example: 'undeclared-dependency',
    exampleSays: 'load_raw starts at 03:00 while upstream writes until 03:07; no dependency was declared, so seven minutes of rows are silently never loaded.',
    breaks: [
      { cause: 'or-schedule-vs-upstream', plain: 'A task starts at a fixed time and assumes upstream has finished; when upstream runs late, it reads half the data.' },
      { cause: 'or-undeclared-dependency', plain: 'A task reads a table written by another task but the DAG does not say so, so nothing makes it wait.' },
      { cause: 'or-sensor-completion', plain: 'A sensor starts the load when the first file appears, not when the last one is written.' },
      { cause: 'or-retry-idempotency', plain: 'A failed task is retried and appends its output a second time, because the task is not idempotent.' },
      { cause: 'or-backfill-overwrite', plain: 'A backfill reruns a range of days on top of what is there and double-loads it.' },
    ],
    clauses: ['or-schedule-vs-upstream', 'or-undeclared-dependency', 'or-sensor-completion', 'or-retry-idempotency', 'or-backfill-overwrite'],
  },
};
