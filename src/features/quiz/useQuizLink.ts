import { useEffect } from 'react';
import { readQuizFragment } from '../../domain/quiz/seed';
import { appStore } from '../../store/appStore';

/** Opens the round a `#quiz=` link names, at start-up and whenever the fragment changes. */
export function useQuizLink(): void {
  useEffect(() => {
    const open = () => {
      const link = readQuizFragment(window.location.hash);
      if (link) appStore.getState().openQuiz(link);
    };
    open();
    window.addEventListener('hashchange', open);
    return () => window.removeEventListener('hashchange', open);
  }, []);
}
