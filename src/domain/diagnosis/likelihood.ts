import type { Cause, Expectation, Fact, Question } from './types';

/**
 * The numbers for symptoms and answers, in one table so that docs/ranking.md can quote them (the
 * text clues' are beside their reader, in textClues.ts).
 * A symptom a cause typically produces is six times likelier to be reported than one it never
 * produces; one it sometimes produces, three times. Symptoms are what people see first and many
 * seams produce the same ones, so they weigh less than they seem to. An answer's weight depends on how sure the
 * knowledge base is: "yes" expects the answer 85 % of the time, "yes?" halfway between that and
 * the question's base rate; no opinion, the base rate itself. No factor is zero, so no answer eliminates a cause, and one answer moves a
 * seam's odds by at most 0.85 / 0.15 ≈ 5.7.
 */
export const LIKELIHOOD = {
  symptomTypical: 0.6,
  symptomSometimes: 0.3,
  symptomUnlisted: 0.1,
  strong: 0.85,
  /** A weak expectation's P(yes) at a 50 % base rate: halfway to strong. */
  weak: 0.675,
  indifferent: 0.5,
} as const;

/** The most one answer can multiply a seam's odds by (and the least, its inverse). */
export const MAX_ANSWER_ODDS_FACTOR = LIKELIHOOD.strong / (1 - LIKELIHOOD.strong);

export function symptomLikelihood(cause: Cause, symptomId: string): number {
  if (cause.symptoms.includes(symptomId)) return LIKELIHOOD.symptomTypical;
  if (cause.sometimes?.includes(symptomId)) return LIKELIHOOD.symptomSometimes;
  return LIKELIHOOD.symptomUnlisted;
}

/** The answer an expectation predicts, and how sure it is. */
export function parseExpectation(e: Expectation): { readonly fact: Fact; readonly strong: boolean } {
  return { fact: e.startsWith('yes') ? 'yes' : 'no', strong: !e.endsWith('?') };
}

/**
 * P(yes | cause) for one question. A cause with no opinion answers as incidents in general do:
 * most data incidents fail silently, most pipelines are batch. Counting "no opinion" as 50/50
 * would reward every cause that merely expects the common answer.
 */
export function pYes(cause: Cause, q: Pick<Question, 'id' | 'baseRate'>): number {
  const base = q.baseRate ?? LIKELIHOOD.indifferent;
  const e = cause.answers[q.id];
  if (!e) return base;
  const { fact, strong } = parseExpectation(e);
  const p = fact === 'yes' ? LIKELIHOOD.strong : 1 - LIKELIHOOD.strong;
  // "Usually" lies halfway between what incidents in general show and "practically always".
  return strong ? p : (base + p) / 2;
}

/** P(fact | cause): "not sure" and "does not apply" never get here; they carry no likelihood. */
export function answerLikelihood(cause: Cause, q: Pick<Question, 'id' | 'baseRate'>, fact: Fact): number {
  const p = pYes(cause, q);
  return fact === 'yes' ? p : 1 - p;
}
