import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFlags, missedMinutes } from './detect';
import { describeFlag } from './explain';
import type { Timeline } from './types';

/** The seed's orchestration example: load_raw scheduled 03:00, upstream writing until 03:07, no declared wait. */
const seedRace = (start = 180, finish = 187, declared = false): Timeline => ({
  tasks: [
    { id: 'up', name: 'upstream', finish, upstream: [] },
    { id: 'load', name: 'load_raw', start, upstream: [{ task: 'up', declared }] },
  ],
  needs: [],
});

const freshness = (everyMinutes: number, maxAgeMinutes: number, finish?: number, by?: number): Timeline => ({
  tasks: [{ id: 'model', name: 'Model', start: 0, everyMinutes, upstream: [], ...(finish === undefined ? {} : { finish }) }],
  needs: [{ consumer: 'Fraud model', task: 'model', maxAgeMinutes, ...(by === undefined ? {} : { by }) }],
});

describe('race detection', () => {
  it('flags a start before the upstream finish with no declared wait, with the minutes never loaded', () => {
    const t = seedRace();
    const flags = detectFlags(t);
    expect(flags).toEqual([{ kind: 'race', task: 'load', upstream: 'up', start: 180, upstreamFinish: 187, missedMinutes: 7 }]);
    expect(describeFlag(flags[0]!, t)).toBe(
      'load_raw starts at 03:00 UTC, but upstream is still writing until 03:07 and nothing tells load_raw to wait: 7 minutes of rows never loaded.',
    );
  });

  it('finds no race when the start is at or after the upstream finish', () => {
    expect(detectFlags(seedRace(187))).toEqual([]);
    expect(detectFlags(seedRace(200))).toEqual([]);
  });

  it('finds no race when the wait is declared (a sensor or a dependency)', () => {
    expect(detectFlags(seedRace(180, 187, true))).toEqual([]);
  });

  it('says it cannot tell when the upstream finish is unknown and nothing waits for it', () => {
    const t: Timeline = {
      tasks: [
        { id: 'up', name: 'extract', start: 120, upstream: [] },
        { id: 'load', name: 'load_raw', start: 180, upstream: [{ task: 'up', declared: false }] },
      ],
      needs: [],
    };
    const flags = detectFlags(t);
    expect(flags.map((f) => f.kind)).toEqual(['unknownFinish']);
    expect(describeFlag(flags[0]!, t)).toContain('when extract finishes is not known');
  });

  it('ignores a dependency on a task the timeline does not hold', () => {
    expect(detectFlags({ tasks: [{ id: 'a', name: 'a', start: 0, upstream: [{ task: 'ghost', declared: false }] }], needs: [] })).toEqual([]);
  });
});

describe('freshness detection', () => {
  it('flags a refresh every 4 h for a consumer that needs data no older than 1 h', () => {
    const t = freshness(240, 60);
    const flags = detectFlags(t);
    expect(flags).toEqual([{ kind: 'refreshTooSlow', task: 'model', consumer: 'Fraud model', everyMinutes: 240, maxAgeMinutes: 60 }]);
    expect(describeFlag(flags[0]!, t)).toBe(
      'Model refreshes every 4 h, but Fraud model needs data no older than 1 h: for up to 3 h of every cycle it reads stale data.',
    );
  });

  it('accepts a refresh as often as the consumer needs', () => {
    expect(detectFlags(freshness(240, 240))).toEqual([]);
  });

  it('flags a finish past the time the consumer needs it by', () => {
    const t = freshness(60, 60, 390, 360);
    const flags = detectFlags(t);
    expect(flags.map((f) => f.kind)).toEqual(['lateFinish']);
    expect(describeFlag(flags[0]!, t)).toBe('Model finishes at 06:30 UTC, but Fraud model needs it by 06:00: 30 minutes late.');
  });
});

const minute = fc.integer({ min: 0, max: 2 * 24 * 60 });
const races = (t: Timeline) => detectFlags(t).filter((f) => f.kind === 'race');

describe('race properties', () => {
  it('a start at or after the upstream finish never races', () => {
    fc.assert(fc.property(minute, fc.nat(600), (finish, after) => races(seedRace(finish + after, finish)).length === 0));
  });

  it('declaring the wait removes every race', () => {
    fc.assert(fc.property(minute, minute, (start, finish) => races(seedRace(start, finish, true)).length === 0));
  });

  it('a start before the upstream finish races by exactly the gap', () => {
    fc.assert(
      fc.property(minute, fc.integer({ min: 1, max: 600 }), (start, gap) => {
        expect(missedMinutes(detectFlags(seedRace(start, start + gap)))).toBe(gap);
      }),
    );
  });

  it('starting later never loses more rows, and an earlier upstream finish never adds a race', () => {
    fc.assert(
      fc.property(minute, minute, fc.nat(300), (start, finish, shift) => {
        const base = missedMinutes(detectFlags(seedRace(start, finish)));
        expect(missedMinutes(detectFlags(seedRace(start + shift, finish)))).toBeLessThanOrEqual(base);
        expect(missedMinutes(detectFlags(seedRace(start, finish - shift)))).toBeLessThanOrEqual(base);
      }),
    );
  });

  it('every flag is told with the figures it was given', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 59 }), (start, gap) => {
        const t = seedRace(start, start + gap);
        const text = describeFlag(detectFlags(t)[0]!, t);
        const hhmm = `${String(Math.floor(start / 60)).padStart(2, '0')}:${String(start % 60).padStart(2, '0')}`;
        expect(text).toContain(hhmm);
        expect(text).toContain(`${gap} minute`);
      }),
    );
  });
});

describe('freshness properties', () => {
  it('a refresh interval within the need never misses it; a longer one always does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 10_000 }), (every, need) => {
        const missed = detectFlags(freshness(every, need)).some((f) => f.kind === 'refreshTooSlow');
        expect(missed).toBe(every > need);
      }),
    );
  });
});

describe('finishes from expected durations', () => {
  /** upstream starts at 02:45 and takes 22 minutes: done at 03:07. */
  const byDuration = (upStart: number, duration = 22): Timeline => ({
    tasks: [
      { id: 'up', name: 'upstream', start: upStart, durationMinutes: duration, upstream: [] },
      { id: 'load', name: 'load_raw', start: 180, upstream: [{ task: 'up', declared: false }] },
    ],
    needs: [],
  });

  it('reads the finish as start plus duration', () => {
    expect(detectFlags(byDuration(165))).toMatchObject([{ kind: 'race', upstreamFinish: 187, missedMinutes: 7 }]);
  });

  it('starting the upstream earlier by some minutes loses that many fewer rows, down to none', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 300 }), (earlier, duration) => {
        const before = missedMinutes(detectFlags(byDuration(165, duration)));
        const after = missedMinutes(detectFlags(byDuration(165 - earlier, duration)));
        expect(after).toBe(Math.max(0, before - earlier));
      }),
    );
  });
});
