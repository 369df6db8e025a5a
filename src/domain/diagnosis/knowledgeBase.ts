import type { Cause, Question, Symptom } from './types';

/** Everything the engine reasons over; tests hand in small ones, the app the real one. */
export interface KnowledgeBase {
  readonly symptoms: readonly Symptom[];
  readonly questions: readonly Question[];
  readonly causes: readonly Cause[];
}
