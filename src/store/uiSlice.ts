import type { StateCreator } from 'zustand';
import type { SeamId } from '../domain/seams';
import type { SetAside } from '../persistence/storage';
import type { AppState } from './appState';

export type Theme = 'system' | 'light' | 'dark';
/** Where edits go: browser storage, or memory only because storage is full or unavailable. */
export type StorageStatus = 'saved' | 'full' | 'unavailable';

export interface UiSlice {
  selectedSeam: SeamId | null;
  theme: Theme;
  storageStatus: StorageStatus;
  setAside: readonly SetAside[];
  selectSeam: (seam: SeamId | null) => void;
  setTheme: (theme: Theme) => void;
  setStorageStatus: (status: StorageStatus) => void;
  dismissSetAside: () => void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  selectedSeam: null,
  theme: 'system',
  storageStatus: 'saved',
  setAside: [],
  // Opening a seam puts the walkthrough aside; its trail stays in the workspace.
  selectSeam: (selectedSeam) => set({ selectedSeam, walkthroughOpen: false }),
  setTheme: (theme) => set({ theme }),
  setStorageStatus: (storageStatus) => set({ storageStatus }),
  dismissSetAside: () => set({ setAside: [] }),
});
