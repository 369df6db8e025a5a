import type { StateCreator } from 'zustand';
import type { AppState } from './appState';

/** What the last hand edit did, in words, for screen readers; `at` tells two equal messages apart. */
export interface GraphNotice {
  readonly text: string;
  readonly at: number;
}

/**
 * What the store keeps of hand edits: the last one in words. The edits themselves
 * (`pipelineEdits.ts`) load with the editors that call them, not with the first page.
 */
export interface PipelineSlice {
  graphNotice: GraphNotice | null;
  /** Says something about the pipeline that is not an edit, e.g. why a drawn edge was refused. */
  sayGraph: (text: string) => void;
}

export const createPipelineSlice: StateCreator<AppState, [], [], PipelineSlice> = (set) => ({
  graphNotice: null,
  sayGraph: (text) => set({ graphNotice: { text, at: Date.now() } }),
});
