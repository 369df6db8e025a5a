import { useEffect, useMemo } from 'react';
import { QUIZ_ITEMS } from '../../domain/quiz/items';
import { quizFragment, type QuizLink } from '../../domain/quiz/seed';
import { quizReducer, startSession, type QuizAction, type QuizSession } from '../../domain/quiz/session';
import { appStore, useApp } from '../../store/appStore';

const reduce = quizReducer(QUIZ_ITEMS);

function matches(s: QuizSession | null, link: QuizLink): s is QuizSession {
  return s !== null && s.seed === link.seed && s.level === link.level;
}

/**
 * The round the open quiz shows. A link to another round (or level) starts that round; the same
 * round resumes where the learner left it. The address carries the round while the quiz is open.
 */
export function useQuizSession(link: QuizLink): [QuizSession, (a: QuizAction) => void] {
  const stored = useApp((s) => s.quizSession);
  const session = useMemo(() => (matches(stored, link) ? stored : startSession(link.seed, link.level, QUIZ_ITEMS)), [stored, link]);

  useEffect(() => {
    if (session !== stored) appStore.getState().setQuizSession(session);
  }, [session, stored]);

  useEffect(() => {
    const hash = quizFragment(link);
    window.history.replaceState(null, '', window.location.pathname + window.location.search + hash);
    return () => {
      if (window.location.hash === hash) window.history.replaceState(null, '', window.location.pathname + window.location.search);
    };
  }, [link]);

  const dispatch = (action: QuizAction) => {
    const latest = appStore.getState().quizSession;
    appStore.getState().setQuizSession(reduce(matches(latest, link) ? latest : session, action));
  };
  return [session, dispatch];
}
