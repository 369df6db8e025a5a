import { describe, expect, it } from 'vitest';
import { memoryStore } from '../persistence/memoryStore';
import { storeOn } from '../test/storeOn';
import { selectActive } from './selectors';

describe('a new triage names its workspace', () => {
  it('after the first symptom picked, unless the user named it', async () => {
    const store = storeOn(memoryStore());
    await store.getState().openWalkthrough();
    store.getState().toggleWalkSymptom('rows-missing');
    expect(selectActive(store.getState()).name).toMatch(/^Rows missing · \d{1,2} [A-Z][a-z]{2}$/);

    store.getState().toggleWalkSymptom('data-stale');
    expect(selectActive(store.getState()).name).toMatch(/^Rows missing · /);

    const s = store.getState();
    s.renameWorkspace(s.activeId, 'Checkout outage');
    s.toggleWalkSymptom('rows-missing');
    expect(selectActive(store.getState()).name).toBe('Checkout outage');
  });
});
