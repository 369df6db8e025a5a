import type { SeamId } from '../seams';
import type { Stage } from '../stages';

/** What a lesson is about: one of the six stages or one of the six seams. */
export type LessonTarget = { readonly kind: 'stage'; readonly stage: Stage } | { readonly kind: 'seam'; readonly seam: SeamId };

/** What one stage does, for someone who has never run a pipeline. */
export interface StageLesson {
  readonly stage: Stage;
  /** A paragraph: the stage's job, in plain words. */
  readonly does: string;
  /** Kinds of tools found here, e.g. "Kafka, Fivetran". */
  readonly examples: string;
  /** What it owes the next stage: the promise its downstream seam is about. */
  readonly owes: string;
}

/** A way a seam breaks, told plainly; the symptoms come from the knowledge base's cause. */
export interface BreakLesson {
  /** A cause id in the knowledge base, at this lesson's seam. */
  readonly cause: string;
  /** One or two sentences, no jargon left unexplained: what goes wrong. */
  readonly plain: string;
}

/** What crosses one seam, how it breaks, and what to write down. */
export interface SeamLesson {
  readonly seam: SeamId;
  /** A paragraph: what is handed over here and who depends on it. */
  readonly crosses: string;
  /** The worked example's preset id; its evidence is drawn with the lesson. */
  readonly example: string;
  /** What the worked example shows, in a sentence. */
  readonly exampleSays: string;
  readonly breaks: readonly BreakLesson[];
  /** Clause template ids from the catalog: the promises worth writing down here. */
  readonly clauses: readonly string[];
}

/** A word a newcomer meets in lessons and the app, defined once. */
export interface GlossaryTerm {
  /** Stable kebab-case id, used in links. */
  readonly id: string;
  readonly term: string;
  /** Other spellings found in text that mean this term (whole words, any case). */
  readonly aliases: readonly string[];
  readonly definition: string;
  /** The seams where it matters most. */
  readonly seams: readonly SeamId[];
}
