/** Where minutes fall across the chart's plot, and back: the one mapping the bars, ticks and drags share. */
export interface Scale {
  readonly from: number;
  readonly to: number;
  readonly left: number;
  readonly width: number;
}

export const xOf = (s: Scale, minute: number): number => s.left + ((minute - s.from) / (s.to - s.from)) * s.width;

/** The whole minute under a point, kept on the chart. */
export function minuteAt(s: Scale, x: number): number {
  const m = Math.round(s.from + ((x - s.left) / s.width) * (s.to - s.from));
  return Math.min(s.to, Math.max(s.from, m));
}

const TICK_STEPS = [15, 30, 60, 120, 180, 240, 360];
/** Labelled clock lines at least this far apart, so "03:30" never touches "04:00". */
const MIN_TICK_GAP = 56;

export function ticks(s: Scale): number[] {
  const step = TICK_STEPS.find((t) => (t / (s.to - s.from)) * s.width >= MIN_TICK_GAP) ?? 720;
  const out: number[] = [];
  for (let m = Math.ceil(s.from / step) * step; m <= s.to; m += step) out.push(m);
  return out;
}
