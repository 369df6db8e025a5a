import type { SeamId } from '../seams';

/** Something a triager observed, in their words, before knowing where it broke. */
export interface Symptom {
  /** Stable kebab-case id, e.g. "totals-doubled". */
  readonly id: string;
  /** Short label for the picker, e.g. "Totals too high or doubled". */
  readonly label: string;
  /** An example sentence as someone would say it in an incident channel. */
  readonly example: string;
}

export type Answer = 'yes' | 'no' | 'unsure';
/** How a cause answers a question: what a triager would find if this cause were true. */
export type Expectation = 'yes' | 'no';

/** A yes/no/not-sure question that separates causes. */
export interface Question {
  /** Stable kebab-case id, e.g. "dupes-share-id". */
  readonly id: string;
  /** Asked of the triager, answerable yes or no, e.g. "Do the duplicate rows share the same event id?" */
  readonly text: string;
  /** Why it is asked: what a yes and a no tell apart. */
  readonly why: string;
  /** How to find out: where to look, in plain words. */
  readonly howToFind: string;
  /** Optional concrete check, e.g. SQL with <placeholders>. */
  readonly check?: string;
}

/** A way a seam breaks: one (seam, clause template) pair and what it looks like from outside. */
export interface Cause {
  /** Stable kebab-case id, usually the template id or template id + suffix. */
  readonly id: string;
  readonly seam: SeamId;
  /** The clause template in the catalog this cause breaks. */
  readonly templateId: string;
  /** Short name, e.g. "Ack sent before commit; retry duplicates". */
  readonly title: string;
  /** How common this is in real pipelines, 1 (rare) to 5 (very common); used as the prior. */
  readonly prevalence: 1 | 2 | 3 | 4 | 5;
  /** Symptom ids this cause produces. */
  readonly symptoms: readonly string[];
  /** How this cause answers each question it has an opinion on; questions it does not list are indifferent. */
  readonly answers: Readonly<Record<string, Expectation>>;
  /** What the receiving side assumed, and what it actually got, for the verdict and the clause written on accept. */
  readonly assumed: string;
  readonly actual: string;
  /** How to confirm it: a concrete check. */
  readonly confirm: string;
  /** How to fix it now: the immediate remedy. */
  readonly fixNow: string;
  /** The contract clause to write down so it cannot recur. */
  readonly contractClause: string;
}
