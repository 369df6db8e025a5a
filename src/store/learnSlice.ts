import type { StateCreator } from 'zustand';
import type { LessonTarget } from '../domain/lessons/types';
import type { AppState } from './appState';

/** Teaching: the lesson in the side panel, the glossary dialog and the guided tour. */
export interface LearnSlice {
  /** The lesson the side panel shows; it takes the panel from a seam's contract or a component. */
  lesson: LessonTarget | null;
  /** The stable way in for any feature that links to a lesson (a quiz answer, a presenter step). */
  openLesson: (target: LessonTarget) => void;
  closeLesson: () => void;
  /** The glossary dialog, open on one term or on the whole list. */
  glossary: { readonly term: string | null } | null;
  openGlossary: (term?: string) => void;
  closeGlossary: () => void;
  tourOpen: boolean;
  startTour: () => void;
  /** Ends the tour whether finished or skipped; either way it is not offered again on its own. */
  endTour: () => void;
}

export const createLearnSlice: StateCreator<AppState, [], [], LearnSlice> = (set) => ({
  lesson: null,
  openLesson: (lesson) => set({ lesson, selectedSeam: null, selectedComponent: null, walkthroughOpen: false, panelOpen: true }),
  closeLesson: () => set({ lesson: null }),
  glossary: null,
  openGlossary: (term) => set({ glossary: { term: term ?? null } }),
  closeGlossary: () => set({ glossary: null }),
  tourOpen: false,
  startTour: () => set({ tourOpen: true, glossary: null }),
  endTour: () => set({ tourOpen: false }),
});
