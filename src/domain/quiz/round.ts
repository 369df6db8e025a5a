import { SEAM_IDS } from '../seams';
import { seededRandom, shuffled } from './random';
import type { QuizItem } from './types';

export const ROUND_SIZE = 10;

/**
 * Ten items for a seed: the same seed gives the same items in the same order everywhere, so a
 * class can share one round by link. Items are dealt from the seams in turn, so every seam is
 * asked before any is asked twice; the deal is then shuffled so the order gives nothing away.
 */
export function buildRound(seed: string, bank: readonly QuizItem[], size = ROUND_SIZE): readonly string[] {
  const random = seededRandom(`round:${seed}`);
  const piles = shuffled(SEAM_IDS, random).map((seam) =>
    shuffled(
      bank.filter((i) => i.seam === seam),
      random,
    ),
  );
  const dealt: string[] = [];
  for (let turn = 0; dealt.length < size && piles.some((p) => p.length > turn); turn++) {
    for (const pile of piles) {
      const item = pile[turn];
      if (item && dealt.length < size) dealt.push(item.id);
    }
  }
  return shuffled(dealt, random);
}

/** The items missed in a round, in a new order for each attempt at them. */
export function retryRound(seed: string, attempt: number, missed: readonly string[]): readonly string[] {
  return shuffled(missed, seededRandom(`retry:${attempt}:${seed}`));
}
