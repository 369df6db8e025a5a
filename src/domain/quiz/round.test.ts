import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEAM_IDS } from '../seams';
import { QUIZ_ITEMS, quizItemById } from './items';
import { buildRound, retryRound, ROUND_SIZE } from './round';

const seed = fc.stringMatching(/^[a-z0-9]{1,24}$/);

describe('buildRound', () => {
  it('gives the same ten items in the same order for the same seed', () => {
    fc.assert(
      fc.property(seed, (s) => {
        expect(buildRound(s, QUIZ_ITEMS)).toEqual(buildRound(s, QUIZ_ITEMS));
      }),
    );
  });

  it('deals ten distinct items from the bank, every seam at least once', () => {
    fc.assert(
      fc.property(seed, (s) => {
        const round = buildRound(s, QUIZ_ITEMS);
        expect(round).toHaveLength(ROUND_SIZE);
        expect(new Set(round).size).toBe(ROUND_SIZE);
        const seams = new Set(round.map((id) => quizItemById(id)?.seam));
        for (const seam of SEAM_IDS) expect(seams.has(seam)).toBe(true);
      }),
    );
  });

  it('does not hand every seed the same round', () => {
    const rounds = new Set(['a', 'b', 'c', 'class7', 'k3x9pa'].map((s) => buildRound(s, QUIZ_ITEMS).join()));
    expect(rounds.size).toBe(5);
  });

  it('asks the whole bank when it holds fewer items than a round', () => {
    const small = QUIZ_ITEMS.slice(0, 4);
    expect([...buildRound('x', small)].sort()).toEqual(small.map((i) => i.id).sort());
  });
});

describe('retryRound', () => {
  it('asks exactly the missed items again, the same way for the same seed and attempt', () => {
    fc.assert(
      fc.property(seed, fc.nat(5), fc.uniqueArray(fc.constantFrom(...QUIZ_ITEMS.map((i) => i.id)), { maxLength: 10 }), (s, attempt, missed) => {
        const again = retryRound(s, attempt, missed);
        expect([...again].sort()).toEqual([...missed].sort());
        expect(retryRound(s, attempt, missed)).toEqual(again);
      }),
    );
  });
});
