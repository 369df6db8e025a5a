import type { Answer, Cause } from './types';

/**
 * The model's only numbers. A cause that lists a symptom makes it ten times likelier to be
 * reported than one that does not; an answer that matches a cause's expectation is nine times
 * likelier than one that contradicts it. Nothing is ever multiplied by zero, so no single
 * answer eliminates a cause: a wrong answer can always be outweighed by the rest.
 */
export const P_SYMPTOM_LISTED = 0.6;
export const P_SYMPTOM_UNLISTED = 0.06;
export const P_MATCH = 0.9;
export const P_CONTRADICT = 0.1;
export const P_INDIFFERENT = 0.5;

export function symptomLikelihood(cause: Cause, symptomId: string): number {
  return cause.symptoms.includes(symptomId) ? P_SYMPTOM_LISTED : P_SYMPTOM_UNLISTED;
}

/** P(answer | cause). "Not sure" carries no information: 1 for every cause. */
export function answerLikelihood(cause: Cause, questionId: string, answer: Answer): number {
  if (answer === 'unsure') return 1;
  const expected = cause.answers[questionId];
  if (!expected) return P_INDIFFERENT;
  return expected === answer ? P_MATCH : P_CONTRADICT;
}

/** P(yes | cause), used to look ahead at a question's value. */
export function pYes(cause: Cause, questionId: string): number {
  const expected = cause.answers[questionId];
  return expected === 'yes' ? P_MATCH : expected === 'no' ? P_CONTRADICT : P_INDIFFERENT;
}
