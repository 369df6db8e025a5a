import { SEAMS, type SeamId } from '../seams';

/**
 * The words that name each side of a seam, in the forms a story would use them. A story that
 * says "the ingestor acked…" for an Ingest → Store answer has told the learner where to click.
 */
const SIDE_WORDS: Readonly<Record<string, readonly string[]>> = {
  generate: ['generate', 'generates', 'generated', 'generating', 'generation', 'generator', 'generators'],
  ingest: ['ingest', 'ingests', 'ingested', 'ingesting', 'ingestion', 'ingestor', 'ingestors', 'ingester', 'ingesters'],
  store: ['store', 'stores', 'stored', 'storing', 'storage'],
  process: ['process', 'processes', 'processed', 'processing', 'processor', 'processors'],
  model: ['model', 'models', 'modeled', 'modelled', 'modeling', 'modelling'],
  serve: ['serve', 'serves', 'served', 'serving'],
  orchestration: ['orchestrate', 'orchestrates', 'orchestrated', 'orchestrating', 'orchestration', 'orchestrator', 'orchestrators'],
  all: [],
};

/** Every word that would give this seam away: the names of both its sides, in any form. */
export function giveawayWords(seam: SeamId): readonly string[] {
  const { from, to } = SEAMS[seam];
  return [...(SIDE_WORDS[from] ?? []), ...(SIDE_WORDS[to] ?? [])];
}

/**
 * The giveaway words a story contains, as whole words in any case. Identifiers are split on
 * `_` and `-` too, so `ingestion_date` gives an Ingest answer away as much as "ingestion" does.
 */
export function giveaways(story: string, seam: SeamId): readonly string[] {
  const banned = new Set(giveawayWords(seam));
  const words = story.toLowerCase().split(/[^a-z]+/);
  return [...new Set(words.filter((w) => banned.has(w)))];
}
