import type { SeamId } from '../../seams';
import type { Step } from '../session';
import type { Answer } from '../types';

/** One public incident write-up, summarised in our words as a triager would first see it. */
export interface Incident {
  readonly id: string;
  readonly source: string;
  readonly title: string;
  /** Symptoms only: what was observed, never the cause. */
  readonly report: string;
  /** Where the write-up found the cause. */
  readonly seam: SeamId;
  readonly dimension: string;
  readonly cause: string;
}

/** How a reader who saw only the report picked symptoms and would answer; anything else is "not sure". */
export interface ReaderScript {
  readonly id: string;
  readonly symptoms: readonly string[];
  readonly answers: Readonly<Record<string, Exclude<Answer, 'unsure'>>>;
}

export interface Played {
  readonly id: string;
  readonly expected: SeamId;
  readonly ranked: readonly SeamId[];
  readonly first: boolean;
  readonly topTwo: boolean;
  readonly questions: number;
  /** The questions asked and the answers given, in order. */
  readonly steps: readonly Step[];
}
