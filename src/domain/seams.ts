import type { Stage } from './stages';

/** The five handoffs between neighbouring stages plus orchestration, which touches every one. */
export const SEAM_IDS = [
  'generate-ingest',
  'ingest-store',
  'store-process',
  'process-model',
  'model-serve',
  'orchestration',
] as const;
export type SeamId = (typeof SEAM_IDS)[number];

export interface SeamDef {
  readonly id: SeamId;
  /** Upstream side; orchestration is not a stage, so it has none. */
  readonly from: Stage | 'orchestration';
  /** Downstream side; orchestration reaches every stage. */
  readonly to: Stage | 'all';
  /** Short name used on the graph, e.g. "Generate → Ingest". */
  readonly name: string;
  /** The seed's section heading, e.g. "Generation → Ingestion". */
  readonly heading: string;
  /** The seed's label for the two parties, e.g. "source → ingestor". */
  readonly parties: string;
  /** The contract dimensions exactly as the seed names them. */
  readonly dimensions: readonly string[];
  /** What this seam is about, in our own words. */
  readonly about: string;
}

export const SEAMS: Readonly<Record<SeamId, SeamDef>> = {
  'generate-ingest': {
    id: 'generate-ingest',
    from: 'generate',
    to: 'ingest',
    name: 'Generate → Ingest',
    heading: 'Generation → Ingestion',
    parties: 'source → ingestor',
    dimensions: ['format', 'assumptions', 'unstated contracts'],
    about:
      'Where the source hands records to the pipeline. Producers bake in habits nobody wrote down — whose clock stamped the event, which currency a number is in, whether an id is unique — and the ingestor inherits them blind. What the source owes the pipeline is decided here.',
  },
  'ingest-store': {
    id: 'ingest-store',
    from: 'ingest',
    to: 'store',
    name: 'Ingest → Store',
    heading: 'Ingestion → Storage',
    parties: 'ingestor → storage',
    dimensions: ['delivery guarantees', 'deduplication', 'ordering'],
    about:
      'The delivery boundary. An acknowledgement is not a commit and a commit is not durability; retries, crashes and rebalances decide whether a record lands zero, one or two times and in which order. Duplicates, loss and reordering usually enter here.',
  },
  'store-process': {
    id: 'store-process',
    from: 'store',
    to: 'process',
    name: 'Store → Process',
    heading: 'Storage → Processing',
    parties: 'storage → processor',
    dimensions: ['layout', 'partition key', 'schema expectations'],
    about:
      'Processing inherits every layout decision storage made. When the partition key, file format or schema does not match what the jobs read by, the mismatch shows up as query cost, slow runs or silently wrong reads.',
  },
  'process-model': {
    id: 'process-model',
    from: 'process',
    to: 'model',
    name: 'Process → Model',
    heading: 'Processing → Modeling',
    parties: 'processor → model layer',
    dimensions: ['grain', 'nulls', 'duplicate rows at arrival'],
    about:
      'What reaches the model layer — its grain, its nulls, its duplicates — was settled upstream. A model cannot repair rows it never knew were wrong, and a run can report success while every sum is off.',
  },
  'model-serve': {
    id: 'model-serve',
    from: 'model',
    to: 'serve',
    name: 'Model → Serve',
    heading: 'Modeling → Serving',
    parties: 'model → consumer',
    dimensions: ['freshness SLA', 'semantics', 'trust boundary'],
    about:
      'Consumers assume the data is fresh enough, means what its name says and is safe to rely on. Unless the model layer writes those promises down — freshness, metric definitions, who may use it — each consumer assumes its own.',
  },
  orchestration: {
    id: 'orchestration',
    from: 'orchestration',
    to: 'all',
    name: 'Orchestration ↔ All',
    heading: 'Orchestration ↔ All Stages',
    parties: 'orchestrator → all stages',
    dimensions: ['timing', 'dependency', 'retry across every seam'],
    about:
      'The scheduler decides when each stage runs and what it waits for. A dependency that is not declared, a schedule that assumes upstream is done, or a retry that is not idempotent corrupts data silently at whichever seam it touches.',
  },
};

/** Seams in graph order, for lists and keyboard navigation. */
export const SEAM_LIST: readonly SeamDef[] = SEAM_IDS.map((id) => SEAMS[id]);

export function isSeamId(value: unknown): value is SeamId {
  return typeof value === 'string' && (SEAM_IDS as readonly string[]).includes(value);
}
