import { DAY } from './clock';

/** When a schedule first fires in a day and how often it fires again. */
export interface Cadence {
  /** Minutes after midnight UTC of the first run in a day. */
  readonly start: number;
  /** Minutes between runs; undefined when runs are not evenly spaced within a day (weekdays only, a list of hours). */
  readonly everyMinutes?: number;
}

/** Airflow's and cron's named schedules. */
const NAMED: Readonly<Record<string, Cadence>> = {
  '@hourly': { start: 0, everyMinutes: 60 },
  '@daily': { start: 0, everyMinutes: DAY },
  '@midnight': { start: 0, everyMinutes: DAY },
  '@weekly': { start: 0, everyMinutes: 7 * DAY },
  '@monthly': { start: 0 },
  '@yearly': { start: 0 },
  '@annually': { start: 0 },
};

/** The values one cron field allows: `*`, `5`, `*\/4`, `1,13`, `0-6/2`; null when it cannot be read. */
function fieldValues(field: string, max: number): number[] | null {
  const out = new Set<number>();
  for (const part of field.split(',')) {
    const m = /^(\*|\d+)(?:-(\d+))?(?:\/(\d+))?$/.exec(part);
    if (!m) return null;
    const from = m[1] === '*' ? 0 : Number(m[1]);
    const to = m[2] !== undefined ? Number(m[2]) : m[1] === '*' || m[3] !== undefined ? max : from;
    const step = m[3] !== undefined ? Number(m[3]) : 1;
    if (step < 1 || from > to || to > max) return null;
    for (let v = from; v <= to; v += step) out.add(v);
  }
  return [...out].sort((a, b) => a - b);
}

/** Evenly spaced times around the clock give a cadence; uneven ones only a first run. */
function spacing(times: readonly number[]): number | undefined {
  if (times.length === 1) return DAY;
  const gaps = times.slice(1).map((t, i) => t - (times[i] ?? 0));
  gaps.push(DAY - (times[times.length - 1] ?? 0) + (times[0] ?? 0));
  return gaps.every((g) => g === gaps[0]) ? gaps[0] : undefined;
}

/**
 * Reads a cron string (`0 3 * * *`, `*\/15 * * * *`) or a named schedule (`@daily`) into the first
 * run of a day and the time between runs. Null for what is not a time of day (`@once`, `None`, a
 * dataset trigger) or cannot be read.
 */
export function readCadence(schedule: string): Cadence | null {
  const text = schedule.trim().replace(/^["']|["']$/g, '');
  const named = NAMED[text.toLowerCase()];
  if (named) return named;
  const fields = text.split(/\s+/);
  if (fields.length !== 5) return null;
  const [min, hour, dom, month, dow] = fields as [string, string, string, string, string];
  const minutes = fieldValues(min, 59);
  const hours = fieldValues(hour, 23);
  if (!minutes || !hours || minutes.length === 0 || hours.length === 0) return null;
  const times = hours.flatMap((h) => minutes.map((m) => h * 60 + m));
  const start = times[0] ?? 0;
  const everyDay = dom === '*' && month === '*' && (dow === '*' || dow === '?');
  const every = everyDay ? spacing(times) : undefined;
  return every === undefined ? { start } : { start, everyMinutes: every };
}
