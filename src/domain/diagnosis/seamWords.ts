import type { SeamId } from '../seams';

/**
 * Words an incident report uses for one seam's own mechanism: a topic and a sink live where
 * ingestion writes to storage, a partition and a Parquet file where processing reads storage, a
 * dashboard's cache where a model is served. An engineer reading the report looks there first.
 *
 * Only words that name the seam's mechanism belong here, never words for what went wrong
 * ("missing", "late"): those are symptoms and the knowledge base weighs them per cause. Nor words
 * for where people look at the data (a dashboard, a chart, a destination table): every seam's
 * failure is seen there, so they say where it was noticed, not where it broke. Matching is
 * the symptoms' (whole words, any case, a trailing * for any ending, not after a negation), and
 * identifiers count word by word: `asset_sensor` says sensor. A bare "connector" is left out: a
 * source connector reads a source, a sink connector writes to storage.
 */
export interface SeamWords {
  readonly seam: SeamId;
  /** What the words have in common, for the knowledge-base page. */
  readonly about: string;
  readonly words: readonly string[];
}

export const SEAM_WORDS: readonly SeamWords[] = [
  {
    seam: 'generate-ingest',
    about: 'how a source hands its data over: its API, its client libraries, what it emits',
    words: ['apis', 'pagination', 'paginat*', 'rate limit*', 'sdk', 'sdks', 'client library', 'tracker', 'emit*', 'source system', 'source connector', 'tap-*', 'singer tap', 'bookmark', 'bookmarks'],
  },
  {
    seam: 'ingest-store',
    about: 'delivery into storage: topics, offsets, connectors and sinks, load jobs, acknowledgements',
    words: ['topic', 'topics', 'offset*', 'consumer group', 'sink', 'sinks', 'sink connector', 'replication', 'acknowledg*', 'dead letter', 'dead-letter', 'load job', 'copy into', 'loader', 'exactly-once', 'at-least-once', 'redeliver*', 'rebalanc*'],
  },
  {
    seam: 'store-process',
    about: 'how processing reads what storage holds: partitions, files and their formats, table metadata',
    words: ['partition', 'partitions', 'partitioned', 'partition pruning', 'parquet', 'orc', 'file listing', 'compaction', 'compacted', 'manifest', 'metastore', 'table format', 'vacuum', 'small files', 'spark job', 'scan', 'scans', 'predicate', 'crawler', 'schema evolution'],
  },
  {
    seam: 'process-model',
    // Not "grain": with batch 110 it was in 4 reports, 3 of them a metric's time grain at Model → Serve.
    about: 'the modelling layer: models, joins, grain, deduplication, snapshots, marts',
    words: ['model', 'models', 'incremental model', 'fan-out', 'fans out', 'snapshot', 'scd', 'macro', 'macros', 'package', 'mart', 'marts', 'fact table'],
  },
  {
    seam: 'model-serve',
    about: 'what sits between a model and its consumers: caches, the semantic layer, pre-aggregations, reverse ETL',
    words: ['cache', 'cached', 'caching', 'bi tool', 'semantic layer', 'pre-aggregation*', 'reverse etl', 'metric layer', 'extract refresh'],
  },
  {
    seam: 'orchestration',
    about: 'when things run: schedules, triggers, DAGs and sensors, retries and backfills, declared dependencies',
    words: ['scheduled', 'schedule', 'scheduler', 'cron', 'trigger', 'triggered', 'dag', 'dags', 'sensor', 'sensors', 'upstream task', 'downstream task', 'retry', 'backfill*', 'catchup', 'catch-up', 'depends on', 'dependency', 'dependencies'],
  },
];
