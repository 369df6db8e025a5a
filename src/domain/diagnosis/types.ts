import type { SeamId } from '../seams';

/** The groups the symptom picker shows, in this order. */
export const SYMPTOM_GROUPS = ['Wrong numbers', 'Missing, late or lost', 'Duplicates and overwrites', 'Values and schema', 'Runs and jobs', 'Cost and speed', 'Trust and consumers'] as const;
export type SymptomGroup = (typeof SYMPTOM_GROUPS)[number];

/** Something a triager observed, in their words, before knowing where it broke. */
export interface Symptom {
  /** Stable kebab-case id, e.g. "totals-doubled". */
  readonly id: string;
  /** Short label for the picker, e.g. "Totals too high or doubled". */
  readonly label: string;
  readonly group: SymptomGroup;
  /** An example sentence as someone would say it in an incident channel. */
  readonly example: string;
  /**
   * Words people use for it. The picker's search matches them, and incident text that contains
   * one suggests the symptom (whole words, any case; a trailing * matches any ending).
   */
  readonly synonyms: readonly string[];
  /** Symptoms this one already says ("partial output" says "rows missing"): picked together, they count once. */
  readonly includes?: readonly string[];
}

/** "Does not apply" says the question's premise is false; it counts as the premise's no. */
export type Answer = 'yes' | 'no' | 'unsure' | 'na';
/** An answer that carries evidence. */
export type Fact = 'yes' | 'no';

/**
 * How a cause answers a question, and how sure the knowledge base is of it: "yes" / "no" when the
 * cause practically always shows it, "yes?" / "no?" when it usually does.
 */
export type Expectation = 'yes' | 'no' | 'yes?' | 'no?';

/**
 * When a question makes sense at all. It is asked only when the premise holds: an earlier question
 * was answered as given, or one of the symptoms was picked.
 */
export interface Premise {
  readonly question?: { readonly id: string; readonly answer: Fact };
  readonly symptoms?: readonly string[];
}

/** A yes/no/not-sure question that separates causes. */
export interface Question {
  /** Stable kebab-case id, e.g. "dupes-share-id". */
  readonly id: string;
  /**
   * observation: what an incident report or the people in the room already know.
   * check: someone has to run a query or read a config; asked once observations stop separating.
   */
  readonly kind: 'observation' | 'check';
  /**
   * For an observation, how often an incident report or the people in the room already state the
   * answer; the engine prefers questions that are likely to get one. Checks are seldom known.
   */
  readonly stated?: 'usually' | 'often' | 'sometimes';
  /** How often the answer is yes across data incidents in general (0.5 unless said otherwise). */
  readonly baseRate?: number;
  /** One line, answerable yes or no, e.g. "Do the duplicate rows share the same event id?" */
  readonly text: string;
  /** Why it is asked: what a yes and a no tell apart. */
  readonly why: string;
  /** The seams a yes and a no point at, as `why` says; a consistency test holds the causes to it. */
  readonly points?: { readonly yes?: readonly SeamId[]; readonly no?: readonly SeamId[] };
  /**
   * How causes at each seam answer, for a question about where the fault shows rather than about
   * one cause; a cause's own expectation overrides its seam's.
   */
  readonly bySeam?: Readonly<Partial<Record<SeamId, Expectation>>>;
  /**
   * Questions that share this name are the options of one question ("which part misbehaved?"):
   * a report that names one part seldom says anything of the others.
   */
  readonly oneOf?: string;
  /** Its label as one option of that question, e.g. "A transformation (a dbt model, a Spark or SQL job)". */
  readonly option?: string;
  /** How to find out: where to look, in plain words. */
  readonly howToFind: string;
  /** Optional concrete check, e.g. SQL with <placeholders>. */
  readonly check?: string;
  readonly requires?: Premise;
  /** Symptoms that already say yes: the question is not asked when one was picked. */
  readonly impliedBy?: readonly string[];
  /** Symptoms that already say no ("the job succeeded but…" says no task failed). */
  readonly impliedNoBy?: readonly string[];
  /** The answer as a statement of fact in the user's voice, for the verdict and the write-up. */
  readonly facts: { readonly yes: string; readonly no: string };
  /** Phrases in incident text that state the answer (same matching as symptom synonyms). */
  readonly cues?: { readonly yes?: readonly string[]; readonly no?: readonly string[] };
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
  /** Symptoms this cause typically produces. */
  readonly symptoms: readonly string[];
  /** Symptoms it produces now and then. */
  readonly sometimes?: readonly string[];
  /** How this cause answers each question it has an opinion on; questions it does not list are indifferent. */
  readonly answers: Readonly<Record<string, Expectation>>;
  /**
   * What the receiving side assumed, and how this cause breaks it, in general words. These texts
   * never carry an example's figures: the verdict's "actually got" is built from what the user said.
   */
  readonly assumed: string;
  readonly mechanism: string;
  /** How to confirm it: a concrete check. */
  readonly confirm: string;
  /** How to fix it now: the immediate remedy. */
  readonly fixNow: string;
  /** The contract clause to write down so it cannot recur. */
  readonly contractClause: string;
}
