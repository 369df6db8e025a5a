// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { memoryStore } from '../persistence/memoryStore';
import type { Library } from '../persistence/yjs/library';
import { memoryLog } from '../persistence/yjs/updateLog';
import { selectActive } from './selectors';
import { createAppStore } from './appStore';
import { bindLibrary } from './libraryBinding';
import { UNWRITTEN_KEY } from './unwrittenStash';

const noTimers = { setInterval: (() => 0) as unknown as typeof setInterval, clearInterval: () => {} };
const settle = async (lib: Library) => {
  for (let i = 0; i < 3; i++) await lib.settled();
};

describe('a page closed in the middle of writing', () => {
  it('keeps aside what its log had not taken, and the next start writes it and forgets it', async () => {
    const [log, kv] = [memoryLog(), memoryStore()];
    const store = createAppStore();
    const lib = await bindLibrary(store, log, kv, { channel: null, timers: noTimers });
    await settle(lib);
    // The log stops taking writes, as when the page is going away with a write in flight.
    const append = log.append;
    log.append = () => new Promise<number>(() => {});
    store.getState().setNotes('Typed just before the reload.');
    window.dispatchEvent(new Event('pagehide'));
    expect(kv.getItem(UNWRITTEN_KEY)).not.toBeNull();

    log.append = append;
    const next = createAppStore();
    const again = await bindLibrary(next, log, kv, { channel: null, timers: noTimers });
    expect(selectActive(next.getState()).notes).toBe('Typed just before the reload.');
    await settle(again);
    expect(kv.getItem(UNWRITTEN_KEY)).toBeNull();
    const third = createAppStore();
    await bindLibrary(third, log, memoryStore(), { channel: null, timers: noTimers });
    expect(selectActive(third.getState()).notes).toBe('Typed just before the reload.');
  });
});
