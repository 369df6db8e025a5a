import type { Question } from '../types';
import { DATA_AND_LAYOUT_CHECKS } from './checksDataLayout';
import { DELIVERY_AND_TIMING_CHECKS } from './checksDeliveryTiming';
import { HOW_IT_SHOWS } from './howItShows';
import { WHAT_MISBEHAVED } from './whatMisbehaved';
import { WHERE_AND_WHEN } from './whereAndWhen';

/**
 * Every question, observations first. Order only breaks ties: the engine asks the question that
 * separates the likeliest causes best, and offers checks once observations stop separating them.
 */
export const QUESTIONS: readonly Question[] = [...WHAT_MISBEHAVED, ...WHERE_AND_WHEN, ...HOW_IT_SHOWS, ...DELIVERY_AND_TIMING_CHECKS, ...DATA_AND_LAYOUT_CHECKS];

const BY_ID: ReadonlyMap<string, Question> = new Map(QUESTIONS.map((q) => [q.id, q]));

/** The question with this id, or undefined for an id the list does not know. */
export function questionById(id: string): Question | undefined {
  return BY_ID.get(id);
}
