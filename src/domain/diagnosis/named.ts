import type { Placement } from '../pipeline';
import { SEAMS, type SeamId } from '../seams';
import { tokenize } from '../../parse/classify/classify';
import { LEXICON } from '../../parse/lexicon/lexicon';

/** A pipeline stage the incident text names through one of its technologies. */
export interface NamedStage {
  readonly stage: Placement;
  /** The technology as the catalog spells it, e.g. "airflow". */
  readonly name: string;
}

// Products with a clear or usual role; layer words and generic nouns ("table", "job") say too little.
const PRODUCTS = LEXICON.filter((t) => (t.kind === 'product' || t.kind === 'multi-role' || t.kind === 'file-format') && t.stage !== 'none').flatMap((t) =>
  t.names.map((n) => ({ words: ` ${tokenize(n).join(' ')} `, name: n, stage: t.stage })),
).filter((e) => e.words.trim() !== '');

let memo: { text: string; named: readonly NamedStage[] } | null = null;

/**
 * The stages the text names, one entry per stage (its first technology), from the same
 * technology catalog the importer uses. Incident text that says "the Airflow sensor" or "the
 * Iceberg table" tells where to look, as a data engineer reading it would notice.
 */
export function stagesNamed(text: string): readonly NamedStage[] {
  if (memo?.text === text) return memo.named;
  const words = ` ${tokenize(text.slice(0, 20_000)).join(' ')} `;
  const byStage = new Map<Placement, { name: string; at: number }>();
  for (const e of PRODUCTS) {
    const at = words.indexOf(e.words);
    const seen = byStage.get(e.stage);
    if (at >= 0 && (!seen || at < seen.at)) byStage.set(e.stage, { name: e.name, at });
  }
  const named = [...byStage].sort((a, b) => a[1].at - b[1].at).map(([stage, { name }]) => ({ stage, name }));
  memo = { text, named };
  return named;
}

/** Whether a seam is one of the handoffs of a named stage: its two sides, or the orchestrator for orchestration. */
export function seamTouches(seam: SeamId, stage: Placement): boolean {
  const s = SEAMS[seam];
  return seam === 'orchestration' ? stage === 'orchestrate' : s.from === stage || s.to === stage;
}
