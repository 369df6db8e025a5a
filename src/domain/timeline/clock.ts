/** Minutes in a day: times past it are shown as the next day's. */
export const DAY = 24 * 60;

const pad = (n: number) => String(n).padStart(2, '0');

/** 187 → "03:07"; a time past midnight says which day it falls on. */
export function clockTime(minutes: number): string {
  const m = Math.round(minutes);
  const day = Math.floor(m / DAY);
  const inDay = m - day * DAY;
  const hhmm = `${pad(Math.floor(inDay / 60))}:${pad(inDay % 60)}`;
  if (day === 0) return hhmm;
  return day > 0 ? `${hhmm} (+${day} d)` : `${hhmm} (${day} d)`;
}

/** 7 → "7 minutes", 240 → "4 h", 90 → "1 h 30 min": a length as a person would say it. */
export function duration(minutes: number): string {
  const m = Math.round(Math.abs(minutes));
  if (m < 60) return m === 1 ? '1 minute' : `${m} minutes`;
  const h = Math.floor(m / 60);
  const rest = m % 60;
  return rest === 0 ? `${h} h` : `${h} h ${rest} min`;
}

/** "03:07" or "3:07" → 187; null for anything else. */
export function parseClock(text: string): number | null {
  const match = /^\s*(\d{1,2}):(\d{2})\s*$/.exec(text);
  if (!match) return null;
  const h = Number(match[1]);
  const m = Number(match[2]);
  return h < 24 && m < 60 ? h * 60 + m : null;
}
