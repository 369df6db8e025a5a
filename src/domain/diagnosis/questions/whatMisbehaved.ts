import { SEAM_IDS, type SeamId } from '../../seams';
import type { Expectation, Question } from '../types';

/**
 * How causes answer a "what misbehaved" question: those at the seams it points at usually say
 * yes, the rest usually say no. Usually, not always: people point at the part they were looking at,
 * and a part can misbehave because of what it was handed.
 */
function bySeam(pointed: readonly SeamId[], also: readonly SeamId[] = []): Readonly<Record<SeamId, Expectation>> {
  return Object.fromEntries(SEAM_IDS.map((s) => [s, pointed.includes(s) ? 'yes' : also.includes(s) ? 'yes?' : 'no?'])) as Record<SeamId, Expectation>;
}

/** The one question these six are the options of (its text is in groups.ts). */
const WHERE = 'what-misbehaved';

/**
 * Kepner–Tregoe's "where": which part of the pipeline is seen behaving wrongly. An incident report
 * nearly always says what it is about (a sync that brought in too few rows, a dashboard showing
 * yesterday's numbers, a run that never started), which locates the fault better than the symptom
 * it produced. These belong to seams, not to single causes, so their expectations are per seam.
 */
export const WHAT_MISBEHAVED: readonly Question[] = [
  {
    id: 'misbehaved-source',
    kind: 'observation',
    stated: 'often',
    baseRate: 0.2,
    text: 'Is it the source itself that behaves wrongly (the app, device or vendor, its API, what a producer sends)?',
    why: 'Yes points at Generate → Ingest: what the source hands over is not what the pipeline assumes. No means the source does what it always did.',
    points: { yes: ['generate-ingest'] },
    bySeam: bySeam(['generate-ingest']),
    oneOf: WHERE,
    option: 'The source itself: the app, device or vendor, its API, what a producer sends',
    howToFind: "Look at what the source sent for an affected record: its API response, the producer's event, the vendor's own UI.",
    facts: { yes: 'The source itself behaves wrongly', no: 'The source behaves as it always did' },
    cues: { yes: ['the api returns', 'the api returned', 'api returns only', 'api returned only', 'the vendor sent', 'the vendor sends', 'the source sent', 'the source sends', 'the sdk sends', 'the sdk sent', 'the client sends', 'the producer sends', 'the producer sent'] },
  },
  {
    id: 'misbehaved-moving-in',
    kind: 'observation',
    stated: 'usually',
    baseRate: 0.3,
    // A library or connector that reads stored files or tables into a job is not this: readers took it for one (readr, the Spark BigQuery connector).
    text: 'Is it a sync, connector, collector, CDC or load job (what moves data from a source into storage) that behaves wrongly?',
    why: 'Yes points at the two handoffs of ingestion: what it reads from the source (Generate → Ingest) and what it writes to storage (Ingest → Store). No rules both down.',
    points: { yes: ['generate-ingest', 'ingest-store'] },
    bySeam: bySeam(['generate-ingest', 'ingest-store']),
    oneOf: WHERE,
    option: 'What moves data in from a source: a sync, connector, collector, CDC or load job',
    howToFind: "Compare the ingest run's own counts and logs with the source and with the first table it writes.",
    facts: { yes: 'A sync, connector or load job behaves wrongly', no: 'The syncs and loads that move data in behave as they should' },
    cues: { yes: ['synced only', 'only synced', 'sync brought in', 'sync returned only', 'sync skipped', 'connector skipped', 'connector dropped', 'loaded twice', 'ingested twice', 'the load dropped', 'the loader dropped'], no: ['ingestion was unaffected', 'ingestion was not affected', 'ingestion is unaffected', 'no events were lost in transit'] },
  },
  {
    // The largest confusion over the triage corpus is Generate → Ingest against Ingest → Store (85 of
    // 370 write-ups not named first), and "what moves data in" touches both: which end went wrong tells them apart.
    id: 'moving-in-read-side',
    kind: 'observation',
    stated: 'often',
    text: 'Did ingestion go wrong reading the source (API, CDC log, parsing) rather than writing to storage (load, sink, types)?',
    why: 'Yes points at Generate → Ingest: ingestion misread or missed what the source handed over. No points at Ingest → Store: it read the data right and wrote it wrong, or not at all.',
    points: { yes: ['generate-ingest'], no: ['ingest-store'] },
    bySeam: { 'generate-ingest': 'yes', 'ingest-store': 'no' },
    requires: { question: { id: 'misbehaved-moving-in', answer: 'yes' } },
    howToFind: "Compare what the ingest tool read (its extract files, the topic, its count of records read) with the source and with what landed in the table.",
    facts: { yes: 'Ingestion went wrong reading from the source', no: 'Ingestion read the source right and went wrong writing to storage' },
  },
  {
    id: 'misbehaved-storage',
    kind: 'observation',
    stated: 'often',
    baseRate: 0.2,
    text: 'Is storage, or what reads it into a job, wrong (files, partitions, tables as Trino or a file reader reads them)?',
    why: 'Yes points at Store → Process: what storage holds is not what readers assume (layout, files, snapshots, compaction, schema on read). A query engine over lake tables is such a reader, not a dashboard. No rules that down.',
    points: { yes: ['store-process'] },
    bySeam: bySeam(['store-process'], ['ingest-store']),
    oneOf: WHERE,
    option: 'Storage, or what reads it into a job: lake or warehouse files, partitions, table formats as Trino, a file reader or a Spark connector reads them',
    howToFind: "Read the affected table's files, partitions and snapshot history for the bad window.",
    facts: { yes: 'Storage, or what reads it into a job, behaves wrongly', no: 'Storage holds and returns what was written' },
  },
  {
    id: 'misbehaved-transform',
    kind: 'observation',
    stated: 'usually',
    baseRate: 0.3,
    text: 'Is it a transformation that behaves wrongly (a dbt model or snapshot, a Spark or SQL job)?',
    why: 'Yes points at the models it builds (Process → Model), and less at what it reads from storage (Store → Process), which has an option of its own. No rules both down.',
    points: { yes: ['store-process', 'process-model'] },
    // Storage as a job reads it has an option of its own: of 366 reports where readers saw a transformation
    // misbehave, 306 broke at Process → Model and 29 at Store → Process.
    bySeam: bySeam(['process-model'], ['store-process']),
    oneOf: WHERE,
    option: 'A transformation: a dbt model or snapshot, a Spark or SQL job',
    howToFind: "Compare the job's or model's output with its inputs for the bad window.",
    facts: { yes: 'A transformation behaves wrongly', no: 'The transformations behave as they should' },
  },
  {
    id: 'misbehaved-serving',
    kind: 'observation',
    stated: 'usually',
    baseRate: 0.2,
    // Metric definitions are the contract at Model → Serve (the seed's own words), so a metric or
    // semantic layer is something that serves, not a transformation.
    // An online feature store is where models' features are served (materialized from the offline store).
    // A query engine over lake tables (Trino, Presto, Athena) reads storage: that is Store → Process,
    // which readers of the old wording answered here in 20 of 218 yes answers.
    text: 'Is what serves data wrong (a dashboard, cache, metric layer, online store, API, sync out) while tables are right?',
    why: 'Yes points at Model → Serve: the models are right and what reads them for people or tools is not. No means the served data is wrong before it is served.',
    points: { yes: ['model-serve'] },
    bySeam: bySeam(['model-serve']),
    oneOf: WHERE,
    option: 'What serves the data: a dashboard or BI tool, its cache, a metric or semantic layer, an online feature store, an API, a sync out',
    howToFind: "Run the consumer's query directly on the model and compare with what the consumer shows.",
    facts: { yes: 'What serves the data behaves wrongly; the tables behind it are right', no: 'What serves the data shows what the tables hold' },
    cues: { yes: ['the table is correct but', 'the warehouse is correct but', 'the database is correct but', 'query returns the right', 'after clearing the cache', 'cached results', 'stale cache', 'served from cache'] },
  },
  {
    id: 'misbehaved-timing',
    kind: 'observation',
    stated: 'usually',
    baseRate: 0.2,
    text: 'Did something run at the wrong time, out of order, twice, overlapping or not at all (a schedule, sensor, retry)?',
    why: 'Yes points at Orchestration: the work is right, when it runs is not. No means every run ran when and as often as it should.',
    points: { yes: ['orchestration'] },
    bySeam: bySeam(['orchestration']),
    // A run picked as fired twice or at the wrong time already says so; counting both would say it twice.
    impliedBy: ['run-mistimed'],
    oneOf: WHERE,
    option: 'When things ran: a schedule, sensor or retry ran early, late, twice or not at all',
    howToFind: "Line up the runs' start and end times with their schedule and with when their inputs landed.",
    facts: { yes: 'Something ran at the wrong time, out of order, twice or not at all', no: 'Every run ran when and as often as it should' },
    cues: { yes: ['ran twice', 'ran before', 'started before', 'did not run', "didn't run", 'never ran', 'never started', 'never triggered', 'was not triggered', 'were not triggered', 'runs overlapped', 'overlapping runs', 'ran late', 'ran early', 'ran at the wrong time', 'stuck in queued', 'stuck in running', 'stuck in the queue'] },
  },
];
