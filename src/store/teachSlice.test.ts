import { describe, expect, it } from 'vitest';
import { QUIZ_ITEMS } from '../domain/quiz/items';
import { startSession } from '../domain/quiz/session';
import { memoryStore } from '../persistence/memoryStore';
import { storeOn } from '../test/storeOn';

describe('opening the quiz', () => {
  it('opens the round a link names', () => {
    const store = storeOn(memoryStore());
    store.getState().openQuiz({ seed: 'class7', level: 2 });
    expect(store.getState().teaching).toEqual({ kind: 'quiz', link: { seed: 'class7', level: 2 } });
  });

  it('resumes an unfinished round, and starts a new one once it is done', () => {
    const store = storeOn(memoryStore());
    const session = startSession('abc', 1, QUIZ_ITEMS);
    store.getState().setQuizSession(session);
    store.getState().openQuiz();
    expect(store.getState().teaching).toEqual({ kind: 'quiz', link: { seed: 'abc', level: 1 } });
    store.getState().closeTeaching();
    store.getState().setQuizSession({ ...session, phase: 'done' });
    store.getState().openQuiz();
    const t = store.getState().teaching;
    expect(t?.kind === 'quiz' && t.link.seed).not.toBe('abc');
  });

  it('keeps the round when the learner leaves to read a contract', () => {
    const store = storeOn(memoryStore());
    const session = startSession('abc', 1, QUIZ_ITEMS);
    store.getState().setQuizSession(session);
    store.getState().openQuiz();
    store.getState().closeTeaching();
    store.getState().selectSeam('ingest-store');
    expect(store.getState().quizSession).toBe(session);
  });
});
