import type { SeamId } from '../seams';

/** Where an item's story comes from: a knowledge-base cause or one of the seed's worked examples. */
export type QuizSource = { readonly kind: 'cause'; readonly id: string } | { readonly kind: 'preset'; readonly id: string };

/** A quiz item as written: the story and its clues. Its answer comes from its source. */
export interface QuizEntry {
  /** Stable kebab-case id; rounds and links refer to items by it. */
  readonly id: string;
  readonly source: QuizSource;
  /** What the triager is told first. Never names the answer's seam or its stages. */
  readonly story: string;
  /** The facts in the story that point at the seam, and what each one tells. */
  readonly pointers: readonly string[];
}

/** One "which seam broke?" question with its answer, taken from the cause or example it retells. */
export interface QuizItem extends QuizEntry {
  readonly seam: SeamId;
  /**
   * Catalog clause ids accepted at level 2, the best first. A worked example can break more than
   * one clause at its seam; a cause breaks exactly one.
   */
  readonly clauses: readonly string[];
}

/** Level 1 asks for the seam; level 2 also for the clause that would have prevented it. */
export type QuizLevel = 1 | 2;
