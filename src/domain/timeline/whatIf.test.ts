import { describe, expect, it } from 'vitest';
import { detectFlags } from './detect';
import type { Timeline } from './types';
import { addNeed, clockRange, declareWait, dependencies, freshnessWindows, moveTask, removeNeed, unfinishedUpstreams, widenRange } from './whatIf';

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

describe('a consumer\'s freshness window', () => {
  const model = { id: 'm', name: 'Model', start: 0, everyMinutes: 240, upstream: [] };
  const need = { consumer: 'Fraud model', task: 'm', maxAgeMinutes: 60 };

  it('is fresh for the hour after each 4-hourly refresh and stale for the three hours before the next', () => {
    expect(freshnessWindows(model, need, { from: 0, to: 480 })).toEqual([
      { fresh: [0, 60], stale: [60, 240] },
      { fresh: [240, 300], stale: [300, 480] },
      { fresh: [480, 540], stale: [540, 720] },
    ]);
  });

  it('is never stale when the refresh is as frequent as the need', () => {
    expect(freshnessWindows({ ...model, everyMinutes: 60 }, need, { from: 0, to: 120 }).every((w) => w.stale === undefined)).toBe(true);
  });

  it('starts from the finish when one is given, and includes the run already under way at the chart\'s start', () => {
    expect(freshnessWindows({ ...model, finish: 30 }, need, { from: 200, to: 300 })).toEqual([
      { fresh: [30, 90], stale: [90, 270] },
      { fresh: [270, 330], stale: [330, 510] },
    ]);
  });

  it('adds and removes what-if needs without touching the tasks, and lists upstreams with no finish', () => {
    const withNeed = addNeed(seed, { consumer: 'Dashboard', task: 'up', maxAgeMinutes: 240 });
    expect(withNeed.needs).toHaveLength(1);
    expect(removeNeed(withNeed, 0).needs).toEqual([]);
    expect(unfinishedUpstreams(seed)).toEqual([]);
    expect(unfinishedUpstreams(moveTask(seed, 'up', { finish: undefined })).map((t) => t.id)).toEqual(['up']);
  });
});

describe('widening the chart for a typed time', () => {
  it('keeps a time inside as it is and makes room for one outside', () => {
    expect(widenRange({ from: 135, to: 240 }, 180)).toEqual({ from: 135, to: 240 });
    expect(widenRange({ from: 135, to: 240 }, 300)).toEqual({ from: 135, to: 345 });
    expect(widenRange({ from: 135, to: 240 }, 20)).toEqual({ from: 0, to: 240 });
  });
});

describe('moving a task known by its duration', () => {
  const t: Timeline = { tasks: [{ id: 'a', name: 'a', start: 120, durationMinutes: 30, upstream: [] }], needs: [] };

  it('carries its finish along when its start moves, and takes a new duration when its finish moves', () => {
    expect(moveTask(t, 'a', { start: 150 }).tasks[0]).toMatchObject({ start: 150, durationMinutes: 30 });
    const moved = moveTask(t, 'a', { finish: 200 }).tasks[0];
    expect(moved).toMatchObject({ start: 120, durationMinutes: 80 });
    expect(moved?.finish).toBeUndefined();
  });
});
