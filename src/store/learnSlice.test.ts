import { describe, expect, it } from 'vitest';
import { memoryStore } from '../persistence/memoryStore';
import { storeOn } from '../test/storeOn';
import { firstVisit, persistTourSeen, TOUR_SEEN_KEY } from './tourStorage';

describe('lessons in the side panel', () => {
  it('a lesson takes the panel from a seam, and a seam takes it back', () => {
    const store = storeOn(memoryStore());
    store.getState().selectSeam('ingest-store');
    store.getState().openLesson({ kind: 'seam', seam: 'ingest-store' });
    expect(store.getState()).toMatchObject({ lesson: { kind: 'seam', seam: 'ingest-store' }, selectedSeam: null, panelOpen: true });
    store.getState().selectSeam('store-process');
    expect(store.getState()).toMatchObject({ lesson: null, selectedSeam: 'store-process' });
  });

  it('opening the walkthrough puts the lesson down', async () => {
    const store = storeOn(memoryStore());
    store.getState().openLesson({ kind: 'stage', stage: 'model' });
    await store.getState().openWalkthrough();
    expect(store.getState()).toMatchObject({ lesson: null, walkthroughOpen: true });
    // The walkthrough loads the knowledge base on first open.
  }, 30_000);
});

describe('the first-visit tour', () => {
  it('is offered once per browser, and not to a visitor who came to open a shared link', () => {
    const kv = memoryStore();
    expect(firstVisit(kv, '')).toBe(true);
    expect(firstVisit(kv, '#ws=abc')).toBe(false);
    const store = storeOn(kv);
    persistTourSeen(store, kv);
    store.getState().startTour();
    expect(firstVisit(kv, '')).toBe(true);
    store.getState().endTour();
    expect(kv.getItem(TOUR_SEEN_KEY)).not.toBeNull();
    expect(firstVisit(kv, '')).toBe(false);
  });
});
