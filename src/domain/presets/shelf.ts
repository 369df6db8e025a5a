import type { SeamId } from '../seams';

/** What a menu shows of a worked example before it is opened: enough to choose one. */
export interface PresetCard {
  readonly id: string;
  readonly title: string;
  /** One or two sentences a triager would read first. */
  readonly summary: string;
  /** The seam the seed names as the one that broke. */
  readonly brokenSeam: SeamId;
}

/**
 * The seed's six examples as the menus list them, in the seed's order. The full presets (clauses,
 * evidence, scenarios) take their title and seam from here and load only when one is opened.
 */
export const PRESET_SHELF: readonly PresetCard[] = [
  {
    id: 'unstated-source-assumptions',
    title: 'Unstated source assumptions',
    summary:
      'The source stamps events with its own clock, sends amounts without a currency and reuses event ids. The ingestor was never told.',
    brokenSeam: 'generate-ingest',
  },
  {
    id: 'ack-before-commit',
    title: 'Ack before commit: a duplicate row',
    summary:
      'Storage acknowledged event 8821 while it was still in a buffer, crashed before committing, and wrote it again when the producer retried.',
    brokenSeam: 'ingest-store',
  },
  {
    id: 'partition-mismatch',
    title: 'Partition key mismatch: $340 a run',
    summary:
      'Storage partitions by ingestion_date, the processing queries filter on event_date, so nothing is pruned and every run scans everything.',
    brokenSeam: 'store-process',
  },
  {
    id: 'undeclared-grain',
    title: 'Duplicate rows at arrival',
    summary:
      'Order A of user 1001 reaches the model layer twice. SUM(revenue) says 90.00 instead of 45.00 and the pipeline reports SUCCESS.',
    brokenSeam: 'process-model',
  },
  {
    id: 'unwritten-freshness-sla',
    title: 'Freshness SLA never written',
    summary:
      'The model refreshes every 4 hours. The batch dashboard is fine with that; the real-time fraud model is 4 hours late.',
    brokenSeam: 'model-serve',
  },
  {
    id: 'undeclared-dependency',
    title: 'Started before upstream finished',
    summary:
      'load_raw is scheduled for 03:00 UTC. Upstream was still writing until 03:07, and no dependency told the orchestrator to wait.',
    brokenSeam: 'orchestration',
  },
];

export function presetCard(id: string): PresetCard | undefined {
  return PRESET_SHELF.find((p) => p.id === id);
}

/** For the preset files: their card, which must exist. */
export function shelfCard(id: string): PresetCard {
  const card = presetCard(id);
  if (!card) throw new Error(`No preset card for ${id}`);
  return card;
}
