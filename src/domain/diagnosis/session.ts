import type { Answer } from './types';

/** One answered question, in the order it was asked. */
export interface Step {
  readonly questionId: string;
  readonly answer: Answer;
}

/** What the triager has said so far: the symptoms they saw and their answers. */
export interface Session {
  readonly symptoms: readonly string[];
  readonly notes: string;
  readonly steps: readonly Step[];
}

export const emptySession = (): Session => ({ symptoms: [], notes: '', steps: [] });

/** Answers a question, or changes an earlier answer in place so the trail keeps its order. */
export function answer(session: Session, questionId: string, value: Answer): Session {
  const exists = session.steps.some((s) => s.questionId === questionId);
  const steps = exists
    ? session.steps.map((s) => (s.questionId === questionId ? { questionId, answer: value } : s))
    : [...session.steps, { questionId, answer: value }];
  return { ...session, steps };
}

export function toggleSymptom(session: Session, symptomId: string): Session {
  const symptoms = session.symptoms.includes(symptomId)
    ? session.symptoms.filter((s) => s !== symptomId)
    : [...session.symptoms, symptomId];
  return { ...session, symptoms };
}

export function answersOf(session: Session): ReadonlyMap<string, Answer> {
  return new Map(session.steps.map((s) => [s.questionId, s.answer]));
}

export function isAnswer(value: unknown): value is Answer {
  return value === 'yes' || value === 'no' || value === 'unsure' || value === 'na';
}
