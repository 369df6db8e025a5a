/** What classifying one component yields, and the evidence the rules weigh. */
import type { LexiconEntry } from '../lexicon/lexicon';
import type { Placement } from '../types';
import type { Hit } from './tokens';
import { squash, truncate } from '../formats/text';

/** Where a component was placed, how sure the classifier is, and why, in words a user can check. */
export interface Classification {
  readonly placement: Placement;
  /** 0..1: 1 when stated, ~0.9 for a clear product, ~0.7 for a layer word alone, ≤ 0.45 when guessed from neighbours. */
  readonly confidence: number;
  /** True when confidence < 0.75 or two placements tied: the UI should ask. */
  readonly uncertain: boolean;
  /** e.g. `matched "kafka"`, `"marts" (layer word) refines "snowflake"`, `no match`. */
  readonly reason: string;
}

/** The rules, in the order they are tried (docs/classification.md). */
export type RuleId = 'override' | 'declared' | 'named' | 'verb' | 'layer' | 'section' | 'position';

/** A rule's finding: a classification plus what the later steps need to know. */
export interface Verdict extends Classification {
  readonly rule: RuleId;
  /** Stated or declared (an override, a dbt resource type): graph position never changes it. */
  readonly fixed: boolean;
  /** The lexicon entry that decided, when a product did (its position rules: `whenFed`, `asSource`). */
  readonly entry?: LexiconEntry;
  /** The words say it is work or data at rest but not its stage: the lineage may place it. */
  readonly open?: boolean;
  /** When two stages tied: the stages a section heading or the graph may choose between. */
  readonly tied?: readonly Placement[];
}

/** A match and where it came from. */
export interface Evidence extends Hit {
  readonly from: 'name' | 'hint';
  /** The name or hint it was found in, for the reason. */
  readonly text: string;
  /** After a preposition in the name ("… for Kafka"): decides only when the head has nothing. */
  readonly qualifier: boolean;
}

export const round = (x: number): number => Math.round(Math.min(0.99, Math.max(0.05, x)) * 100) / 100;

export const clip = (text: string, max = 60): string => truncate(squash(text), max);

export function describe(e: Evidence): string {
  const what = e.why ?? `matched "${e.label}"`;
  return e.from === 'hint' ? `${what} (hint "${clip(e.text)}")` : what;
}
