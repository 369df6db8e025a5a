import { describe, expect, it } from 'vitest';
import { detectFlags } from './detect';
import type { Timeline } from './types';
import { clockRange, declareWait, dependencies, moveTask } from './whatIf';

const seed: Timeline = {
  tasks: [
    { id: 'up', name: 'upstream', finish: 187, upstream: [] },
    { id: 'load', name: 'load_raw', start: 180, upstream: [{ task: 'up', declared: false }] },
  ],
  needs: [],
};

describe('what-ifs on a timeline', () => {
  it('moving the schedule past the upstream finish ends the race; moving the finish back before it does too', () => {
    expect(detectFlags(moveTask(seed, 'load', { start: 190 }))).toEqual([]);
    expect(detectFlags(moveTask(seed, 'up', { finish: 175 }))).toEqual([]);
    expect(detectFlags(moveTask(seed, 'up', { finish: 200 }))).toMatchObject([{ kind: 'race', missedMinutes: 20 }]);
  });

  it('declaring the wait ends it, and taking it back brings it back', () => {
    const declared = declareWait(seed, 'load', 'up', true);
    expect(dependencies(declared)).toEqual([{ task: 'load', upstream: 'up', declared: true }]);
    expect(detectFlags(declared)).toEqual([]);
    expect(detectFlags(declareWait(declared, 'load', 'up', false))).toHaveLength(1);
  });

  it('leaves the timeline it was given untouched', () => {
    const before = JSON.stringify(seed);
    moveTask(seed, 'load', { start: 0 });
    declareWait(seed, 'load', 'up', true);
    expect(JSON.stringify(seed)).toBe(before);
  });

  it('shows the stated times with room either side, on quarter-hour lines', () => {
    expect(clockRange(seed)).toEqual({ from: 135, to: 240 });
    expect(clockRange({ tasks: [{ id: 'a', name: 'a', start: 600, upstream: [] }], needs: [] })).toEqual({ from: 555, to: 645 });
    expect(clockRange({ tasks: [], needs: [] })).toEqual({ from: 0, to: 1440 });
  });
});
