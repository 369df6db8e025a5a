import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEAM_IDS } from '../seams';
import { QUIZ_ITEMS, quizItemById } from './items';
import { summarize } from './score';
import { quizReducer, startSession, type QuizSession } from './session';

const reduce = quizReducer(QUIZ_ITEMS);

/** Plays a whole round, answering right where `rightAt` says so and with another seam elsewhere. */
function play(s: QuizSession, rightAt: (i: number) => boolean): QuizSession {
  let state = s;
  while (state.phase !== 'done') {
    const item = quizItemById(state.itemIds[state.index] ?? '');
    if (!item) throw new Error('round names an unknown item');
    const wrong = SEAM_IDS.find((x) => x !== item.seam) ?? item.seam;
    state = reduce(state, { type: 'answer', answer: { seam: rightAt(state.index) ? item.seam : wrong } });
    state = reduce(state, { type: 'next' });
  }
  return state;
}

describe('a quiz session', () => {
  it('ends after ten answers and scores exactly the right ones', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]{1,12}$/), fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }), (seed, rights) => {
        const done = play(startSession(seed, 1, QUIZ_ITEMS), (i) => rights[i] ?? false);
        const items = done.itemIds.flatMap((id) => quizItemById(id) ?? []);
        expect(summarize(items, done.answers, 1).right).toBe(rights.filter(Boolean).length);
      }),
    );
  });

  it('retries exactly the missed items, then nothing when all were right', () => {
    const done = play(startSession('class7', 1, QUIZ_ITEMS), (i) => i % 3 === 0);
    const items = done.itemIds.flatMap((id) => quizItemById(id) ?? []);
    const { missed } = summarize(items, done.answers, 1);
    const again = reduce(done, { type: 'retry', missed });
    expect([...again.itemIds].sort()).toEqual([...missed].sort());
    expect(again).toMatchObject({ attempt: 1, index: 0, phase: 'asking', answers: {} });
    const cleared = play(again, () => true);
    expect(reduce(cleared, { type: 'retry', missed: [] })).toBe(cleared);
  });

  it('keeps the first answer: a second one cannot turn a wrong verdict right', () => {
    const s = startSession('abc', 1, QUIZ_ITEMS);
    const first = reduce(s, { type: 'answer', answer: { seam: 'orchestration' } });
    const second = reduce(first, { type: 'answer', answer: { seam: 'ingest-store' } });
    expect(second).toBe(first);
  });

  it('does not move on before the current item is answered', () => {
    const s = startSession('abc', 2, QUIZ_ITEMS);
    expect(reduce(s, { type: 'next' })).toBe(s);
  });
});
