import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSeed, newSeed, quizFragment, readQuizFragment } from './seed';

describe('quiz links', () => {
  it('read back the seed and level they were written with', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]{1,24}$/), fc.constantFrom(1 as const, 2 as const), (seed, level) => {
        expect(readQuizFragment(quizFragment({ seed, level }))).toEqual({ seed, level });
      }),
    );
  });

  it('ignore fragments that are not a quiz or carry a seed the app would not make', () => {
    expect(readQuizFragment('#ws=abc')).toBeNull();
    expect(readQuizFragment('#quiz=')).toBeNull();
    expect(readQuizFragment('#quiz=<script>')).toBeNull();
  });

  it('make short seeds that are valid', () => {
    fc.assert(fc.property(fc.infiniteStream(fc.double({ min: 0, max: 0.999999, noNaN: true })), (stream) => {
      const it = stream[Symbol.iterator]();
      const s = newSeed(() => it.next().value as number);
      expect(s).toHaveLength(6);
      expect(isSeed(s)).toBe(true);
    }));
  });
});
