import { describe, expect, it } from 'vitest';
import { memoryStore } from '../persistence/memoryStore';
import { storeOn } from '../test/storeOn';
import { selectWalk } from './walkthroughSelectors';

async function openWalk() {
  const store = storeOn(memoryStore());
  await store.getState().openWalkthrough();
  return store;
}

describe('the walkthrough selector', () => {
  it('returns the same state on every call while nothing changed, with or without a trail', async () => {
    const store = await openWalk();
    const first = selectWalk(store.getState());
    expect(first).not.toBeNull();
    expect(selectWalk(store.getState())).toBe(first);
    store.getState().toggleWalkSymptom('rows-missing');
    const after = selectWalk(store.getState());
    expect(after).not.toBe(first);
    expect(selectWalk(store.getState())).toBe(after);
  });

  it('reuses the ranking while notes name no product, and re-ranks when they do', async () => {
    const store = await openWalk();
    store.getState().toggleWalkSymptom('rows-missing');
    const before = selectWalk(store.getState())!;
    store.getState().setWalkNotes('orders short since Monday');
    const typed = selectWalk(store.getState())!;
    expect(typed.ranking).toBe(before.ranking);
    expect(typed.reported).toContain('Notes: orders short since Monday');
    store.getState().setWalkNotes('orders short since Monday; the Airflow sensor fired early');
    const named = selectWalk(store.getState())!;
    expect(named.ranking).not.toBe(before.ranking);
    expect(named.reasons.get(named.ranking.seams[0]!.seam)?.some((r) => r.kind === 'text')).toBe(true);
  });

  it('keeps an accepted verdict when only the notes change', async () => {
    const store = await openWalk();
    const s = store.getState();
    s.toggleWalkSymptom('rows-missing');
    const cause = selectWalk(store.getState())!.conclusion!.top.top.cause;
    s.acceptConclusion(cause.id, false);
    s.setWalkNotes('more detail');
    const ws = store.getState().workspaces[store.getState().activeId];
    expect(ws?.walkthrough?.accepted?.causeId).toBe(cause.id);
    expect(ws?.walkthrough?.notes).toBe('more detail');
  });
});
