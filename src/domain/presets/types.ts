import type { Clause } from '../clause';
import type { Evidence } from '../evidence';
import type { SeamId } from '../seams';
import type { PresetCard } from './shelf';
import type { Stage } from '../stages';
import type { Timeline } from '../timeline/types';

/** A clause as a preset states it; ids are given when the preset opens. */
export type PresetClause = Omit<Clause, 'id'>;

/** One of the seed's worked example failures, as data. */
export interface Preset extends PresetCard {
  readonly components: Partial<Readonly<Record<Stage, readonly string[]>>>;
  readonly evidence: Evidence;
  /** Clauses per seam: the broken seam's from the seed, others as the seed implies. */
  readonly clauses: Partial<Readonly<Record<SeamId, readonly PresetClause[]>>>;
  /** Played as a walkthrough: what the triager is told first and the symptoms they would pick. */
  readonly scenario: { readonly brief: string; readonly symptoms: readonly string[] };
  /** The example drawn on a clock, for a seam whose failure is one of timing. */
  readonly timeline?: Timeline;
}

/** Shorthand for a clause whose verdict is left to the assumed-vs-actual suggestion. */
export function clause(
  templateId: string,
  dimension: string,
  subject: string,
  assumed: string,
  actual: string,
  evidence = '',
): PresetClause {
  return { templateId, dimension, subject, assumed, actual, evidence, verdict: null };
}
