import { SEAM_IDS, type SeamId } from '../seams';
import type { QuizItem, QuizLevel } from './types';

/** What the learner picked for one item; the clause only at level 2. */
export interface QuizAnswer {
  readonly seam: SeamId;
  readonly clause?: string;
}

export interface Grade {
  readonly seamRight: boolean;
  /** Null at level 1, where no clause is asked. */
  readonly clauseRight: boolean | null;
  readonly right: boolean;
}

/** At level 2 an item is right only when the seam and one of its accepted clauses are. */
export function grade(item: QuizItem, answer: QuizAnswer, level: QuizLevel): Grade {
  const seamRight = answer.seam === item.seam;
  if (level === 1) return { seamRight, clauseRight: null, right: seamRight };
  const clauseRight = answer.clause !== undefined && item.clauses.includes(answer.clause);
  return { seamRight, clauseRight, right: seamRight && clauseRight };
}

/** A seam the learner missed at least once, and what they took it for. */
export interface WeakSpot {
  readonly seam: SeamId;
  readonly asked: number;
  readonly missed: number;
  /** The seams picked instead, each once, in the order first picked. */
  readonly takenFor: readonly SeamId[];
}

export interface RoundResult {
  readonly right: number;
  readonly total: number;
  /** Ids of items answered wrong or not answered, in round order. */
  readonly missed: readonly string[];
  /** Most missed first; seams never missed are not weak spots. */
  readonly weakSpots: readonly WeakSpot[];
}

export function summarize(items: readonly QuizItem[], answers: Readonly<Record<string, QuizAnswer>>, level: QuizLevel): RoundResult {
  const missedItems = items.filter((i) => {
    const a = answers[i.id];
    return !a || !grade(i, a, level).right;
  });
  const weakSpots = SEAM_IDS.flatMap((seam): WeakSpot[] => {
    const missedHere = missedItems.filter((i) => i.seam === seam);
    if (missedHere.length === 0) return [];
    const takenFor = [...new Set(missedHere.flatMap((i) => answers[i.id]?.seam ?? []).filter((s) => s !== seam))];
    return [{ seam, asked: items.filter((i) => i.seam === seam).length, missed: missedHere.length, takenFor }];
  }).sort((a, b) => b.missed - a.missed || b.missed / b.asked - a.missed / a.asked);
  return { right: items.length - missedItems.length, total: items.length, missed: missedItems.map((i) => i.id), weakSpots };
}
