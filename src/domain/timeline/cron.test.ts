import { describe, expect, it } from 'vitest';
import { clockTime, duration, parseClock } from './clock';
import { readCadence } from './cron';

describe('reading a schedule', () => {
  it.each([
    ['0 3 * * *', { start: 180, everyMinutes: 1440 }],
    ["'0 3 * * *'", { start: 180, everyMinutes: 1440 }],
    ['7 3 * * *', { start: 187, everyMinutes: 1440 }],
    ['0 */4 * * *', { start: 0, everyMinutes: 240 }],
    ['*/15 * * * *', { start: 0, everyMinutes: 15 }],
    ['30 1,13 * * *', { start: 90, everyMinutes: 720 }],
    ['@hourly', { start: 0, everyMinutes: 60 }],
    ['@daily', { start: 0, everyMinutes: 1440 }],
    ['0 3 * * 1', { start: 180 }],
    ['0 1,2,9 * * *', { start: 60 }],
  ])('%s', (cron, cadence) => {
    expect(readCadence(cron)).toEqual(cadence);
  });

  it.each(['@once', 'None', '', '0 25 * * *', '61 3 * * *', 'every day', '0 3 * *'])('cannot place %j on the clock', (text) => {
    expect(readCadence(text)).toBeNull();
  });
});

describe('the clock', () => {
  it('shows times and lengths as people write them', () => {
    expect(clockTime(187)).toBe('03:07');
    expect(clockTime(1440 + 30)).toBe('00:30 (+1 d)');
    expect(duration(1)).toBe('1 minute');
    expect(duration(7)).toBe('7 minutes');
    expect(duration(240)).toBe('4 h');
    expect(duration(90)).toBe('1 h 30 min');
    expect(parseClock('03:07')).toBe(187);
    expect(parseClock('24:00')).toBeNull();
  });
});
