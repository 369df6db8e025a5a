import type { GlossaryTerm } from './types';

const t = (id: string, term: string, aliases: readonly string[], seams: GlossaryTerm['seams'], definition: string): GlossaryTerm => ({
  id,
  term,
  aliases,
  definition,
  seams,
});

/** The words lessons use, defined once; lesson text links the first mention of each. */
export const GLOSSARY: readonly GlossaryTerm[] = [
  t('seam', 'Seam', ['seams'], [], 'A handoff between two stages, read as a two-sided contract: what the receiving side assumed it would get, and what it actually got. Each promise is written as a clause; where assumed and actual differ, the seam is broken.'),
  t('clause', 'Clause', ['clauses'], [], 'One promise at a seam, written down: its subject, what the receiving side assumed, what it actually got, and a verdict.'),
  t('data-contract', 'Data contract', ['contract', 'contracts'], [], 'The promises a producer of data makes to its consumers: shape, meaning, timing and quality. Most contracts are implicit until something breaks.'),
  t('utc', 'UTC', [], ['generate-ingest'], 'Coordinated Universal Time: one clock for the whole world, with no time zones or daylight saving. Timestamps in UTC can be compared across sources.'),
  t('event-time', 'Event time', ['event_date', 'event_ts'], ['generate-ingest', 'store-process'], 'When something happened at the source, as opposed to ingestion time, when the pipeline received it. The two can be hours or days apart.'),
  t('ingestion-time', 'Ingestion time', ['ingestion_date', 'ingested_at'], ['store-process'], 'When the pipeline received or stored a record. Convenient to partition by, but queries usually ask about event time.'),
  t('ack', 'Ack', ['acks', 'acked', 'acknowledge', 'acknowledges', 'acknowledged', 'acknowledgement'], ['ingest-store'], 'An acknowledgement: the receiver tells the sender it has a record, so the sender may stop retrying it. An ack sent before the record is committed can be a false promise.'),
  t('commit', 'Commit', ['commits', 'committed'], ['ingest-store'], 'The moment a write becomes part of the stored data, visible to readers and kept after a crash. Before the commit, the record only sits in a buffer.'),
  t('durable', 'Durable', ['durability', 'durably'], ['ingest-store'], 'Stored so that it survives a crash or the loss of a machine, for example written to disk on several replicas.'),
  t('at-least-once', 'At-least-once delivery', ['at-least-once', 'at least once'], ['ingest-store'], 'A guarantee that no record is lost, paid for by sometimes delivering one twice. Safe only when the writer deduplicates or writes idempotently.'),
  t('exactly-once', 'Exactly-once', ['exactly once'], ['ingest-store'], 'Each record affects the result once. In practice it is at-least-once delivery plus idempotent writes, not a property of the network.'),
  t('idempotent', 'Idempotent', ['idempotency', 'idempotently'], ['ingest-store', 'orchestration'], 'Doing it twice has the same effect as doing it once. An idempotent write or task can be retried safely; a plain append cannot. At-least-once delivery plus idempotent writes gives an exactly-once result.'),
  t('deduplicate', 'Deduplication', ['deduplicate', 'deduplicates', 'deduplicated', 'dedup'], ['ingest-store', 'process-model'], 'Removing extra copies of the same record, usually by keeping one row per key. It needs a key that really identifies a record.'),
  t('upsert', 'Upsert (MERGE)', ['upsert', 'upserts', 'MERGE'], ['ingest-store'], 'Insert a row, or update it if a row with the same key exists. Writing by upsert on a stable key makes redelivery harmless.'),
  t('offset', 'Offset', ['offsets'], ['ingest-store'], 'A consumer’s position in a stream such as a Kafka partition. A consumer that restarts resumes from its last saved offset and reads anything after it again.'),
  t('rebalance', 'Rebalance', ['rebalances', 'rebalancing'], ['ingest-store'], 'When a consumer group hands stream partitions to different consumers, after a deploy, a crash or scaling. Records since the last saved offset are read again.'),
  t('cdc', 'CDC', ['change data capture'], ['generate-ingest', 'ingest-store'], 'Change data capture: reading every insert, update and delete from a database’s log and sending them on as events, in order per row.'),
  t('watermark', 'Watermark', ['watermarks'], ['ingest-store', 'store-process'], 'A streaming job’s estimate of how far event time has progressed. Windows close at the watermark, and events that arrive after it may be dropped.'),
  t('late-data', 'Late data', ['late-arriving data', 'late events', 'late-arriving'], ['ingest-store', 'store-process'], 'Records that arrive after the period they belong to was already processed. Unless something reprocesses that period, they are never counted.'),
  t('partition-key', 'Partition key', ['partition', 'partitions', 'partitioned'], ['store-process'], 'The column that decides which folder or block a row is stored in, for example one partition per day. Queries that filter on it read only the parts they need.'),
  t('partition-pruning', 'Partition pruning', ['pruning', 'pruned'], ['store-process'], 'Skipping partitions a query cannot need, because it filters on the partition key. Filter on another column and nothing is pruned: every query is a full scan.'),
  t('full-scan', 'Full scan', ['full table scan', 'scans everything'], ['store-process'], 'Reading every file or row of a table because nothing tells the engine which parts it can skip. Cost and time grow with the whole table.'),
  t('schema-drift', 'Schema drift', ['drift', 'drifts'], ['generate-ingest', 'store-process'], 'The structure of the data changes over time without notice: a field renamed, dropped, retyped or added.'),
  t('grain', 'Grain', [], ['process-model'], 'What one row of a table stands for, for example one row per order. A table whose grain is declared and tested cannot quietly hold the same order twice.'),
  t('fan-out', 'Fan-out', ['fan out', 'fans out'], ['process-model'], 'A join where one row matches several rows on the other side, so the row is repeated and its amounts are summed several times.'),
  t('null', 'Null', ['nulls'], ['process-model', 'generate-ingest'], 'A missing value. Whether it means unknown, none or zero must be stated, because sums, averages and joins treat it differently from 0.'),
  t('freshness-sla', 'Freshness SLA', ['freshness', 'SLA', 'SLAs'], ['model-serve'], 'A written promise of how old the data may be when a consumer reads it, for example “at most one hour behind”. Without it, each consumer assumes its own.'),
  t('metric-definition', 'Metric definition', ['metric definitions', 'semantics'], ['model-serve'], 'The one agreed way a number such as revenue or active users is computed: which rows, which filters, which time zone.'),
  t('trust-boundary', 'Trust boundary', [], ['model-serve'], 'The line between data a consumer may rely on and use, and data that is internal, unchecked or restricted, such as personal data.'),
  t('pii', 'PII', ['personal data'], ['model-serve'], 'Personally identifiable information: names, emails, phone numbers and anything else that points to a person. Serving it needs access rules.'),
  t('dag', 'DAG', ['DAGs'], ['orchestration'], 'A directed acyclic graph: the orchestrator’s map of tasks and which ones must finish before others start. A dependency missing from the DAG is never waited for.'),
  t('sensor', 'Sensor', ['sensors'], ['orchestration'], 'A task that waits until something is true, such as a file existing or an upstream run finishing, before letting the next task start.'),
  t('backfill', 'Backfill', ['backfills', 'backfilled'], ['orchestration'], 'Running a pipeline again for past periods, to fill a gap or apply a fix. A backfill that appends instead of replacing counts those periods twice.'),
  t('retry', 'Retry', ['retries', 'retried'], ['orchestration', 'ingest-store'], 'Running a failed step again. Safe only if the step is idempotent; otherwise the retry repeats whatever the failed attempt already wrote.'),
];

const BY_ID: ReadonlyMap<string, GlossaryTerm> = new Map(GLOSSARY.map((g) => [g.id, g]));

/** The term with this id, or undefined for a link to a term the glossary does not have. */
export function glossaryTerm(id: string): GlossaryTerm | undefined {
  return BY_ID.get(id);
}
