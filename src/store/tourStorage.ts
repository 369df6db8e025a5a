import type { StoreApi } from 'zustand/vanilla';
import type { KeyValueStore } from '../persistence/browserStorage';
import type { AppState } from './appState';

/** Set once the tour was finished or skipped; e2e stories set it to start without the tour. */
export const TOUR_SEEN_KEY = 'pipeline-seams:tour-seen';

/** A first visit gets the tour, unless it came to open a shared link: that visitor came for the link. */
export function firstVisit(kv: KeyValueStore, hash: string): boolean {
  return kv.getItem(TOUR_SEEN_KEY) === null && !hash.startsWith('#ws=');
}

/** Remembers in this browser that the tour was seen, the moment it closes. */
export function persistTourSeen(store: StoreApi<AppState>, kv: KeyValueStore): void {
  store.subscribe((s, prev) => {
    if (s.tourOpen || !prev.tourOpen) return;
    try {
      kv.setItem(TOUR_SEEN_KEY, '1');
    } catch {
      // Not remembering means the tour is offered once more; not worth a warning.
    }
  });
}
