import { assertNever } from '../../lib/assertNever';
import { buildRound, retryRound } from './round';
import type { QuizAnswer } from './score';
import type { QuizItem, QuizLevel } from './types';

/** A round in progress. `attempt` 0 is the round the seed names; each retry of the missed adds one. */
export interface QuizSession {
  readonly seed: string;
  readonly level: QuizLevel;
  readonly attempt: number;
  readonly itemIds: readonly string[];
  readonly index: number;
  readonly answers: Readonly<Record<string, QuizAnswer>>;
  /** asking: choosing; answered: the verdict on the current item shows; done: the round's result shows. */
  readonly phase: 'asking' | 'answered' | 'done';
}

export type QuizAction =
  | { readonly type: 'answer'; readonly answer: QuizAnswer }
  | { readonly type: 'next' }
  | { readonly type: 'retry'; readonly missed: readonly string[] }
  | { readonly type: 'restart'; readonly seed: string; readonly level: QuizLevel };

export function startSession(seed: string, level: QuizLevel, bank: readonly QuizItem[]): QuizSession {
  return { seed, level, attempt: 0, itemIds: buildRound(seed, bank), index: 0, answers: {}, phase: 'asking' };
}

/** The bank is passed in rather than imported so tests can run a session on a bank of their own. */
export function quizReducer(bank: readonly QuizItem[]) {
  return (s: QuizSession, action: QuizAction): QuizSession => {
    switch (action.type) {
      case 'answer': {
        const id = s.itemIds[s.index];
        // An answer is final once given: the verdict cannot be changed into a right one.
        if (s.phase !== 'asking' || id === undefined) return s;
        return { ...s, answers: { ...s.answers, [id]: action.answer }, phase: 'answered' };
      }
      case 'next':
        if (s.phase !== 'answered') return s;
        return s.index + 1 < s.itemIds.length ? { ...s, index: s.index + 1, phase: 'asking' } : { ...s, phase: 'done' };
      case 'retry': {
        if (s.phase !== 'done' || action.missed.length === 0) return s;
        const attempt = s.attempt + 1;
        return { ...s, attempt, itemIds: retryRound(s.seed, attempt, action.missed), index: 0, answers: {}, phase: 'asking' };
      }
      case 'restart':
        return startSession(action.seed, action.level, bank);
      default:
        return assertNever(action);
    }
  };
}
