/** How far a promise at a seam can be trusted. */
export const VERDICTS = ['unknown', 'holds', 'suspect', 'broken'] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * Severity order used to find a seam's worst clause. "unknown" outranks "holds": a seam only
 * holds when every clause on it has been checked and holds.
 */
const SEVERITY: Readonly<Record<Verdict, number>> = { holds: 0, unknown: 1, suspect: 2, broken: 3 };

export function severity(v: Verdict): number {
  return SEVERITY[v];
}

export function worst(a: Verdict, b: Verdict): Verdict {
  return SEVERITY[b] > SEVERITY[a] ? b : a;
}

export const VERDICT_LABEL: Readonly<Record<Verdict, string>> = {
  unknown: 'Unknown',
  holds: 'Holds',
  suspect: 'Suspect',
  broken: 'Broken',
};

export function isVerdict(value: unknown): value is Verdict {
  return typeof value === 'string' && (VERDICTS as readonly string[]).includes(value);
}
