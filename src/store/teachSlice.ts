import type { StateCreator } from 'zustand';
import type { QuizSession } from '../domain/quiz/session';
import { newSeed, type QuizLink } from '../domain/quiz/seed';
import type { AppState } from './appState';

/** Which teaching view covers the workbench, if any. */
export type Teaching = { readonly kind: 'quiz'; readonly link: QuizLink } | { readonly kind: 'presenter'; readonly presetId: string };

export interface TeachSlice {
  teaching: Teaching | null;
  /**
   * The round in progress. It outlives the quiz view, so a learner who leaves to read a lesson
   * comes back to the same question.
   */
  quizSession: QuizSession | null;
  /** Opens a shared round, or resumes the round in progress, or starts a new one. */
  openQuiz: (link?: QuizLink) => void;
  setQuizSession: (session: QuizSession | null) => void;
  openPresenter: (presetId: string) => void;
  closeTeaching: () => void;
}

export const createTeachSlice: StateCreator<AppState, [], [], TeachSlice> = (set, get) => ({
  teaching: null,
  quizSession: null,
  openQuiz: (link) => {
    const current = get().quizSession;
    const resumed = current && current.phase !== 'done' ? { seed: current.seed, level: current.level } : null;
    set({ teaching: { kind: 'quiz', link: link ?? resumed ?? { seed: newSeed(Math.random), level: 1 } } });
  },
  setQuizSession: (quizSession) => set({ quizSession }),
  openPresenter: (presetId) => set({ teaching: { kind: 'presenter', presetId } }),
  closeTeaching: () => set({ teaching: null }),
});
