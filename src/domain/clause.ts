import { worst, type Verdict } from './verdict';

/** One promise at a seam: what the receiving side assumed and what it actually received. */
export interface Clause {
  readonly id: string;
  /** One of the seam's dimensions, e.g. "unstated contracts". */
  readonly dimension: string;
  /** What the promise is about, e.g. `event_id`. */
  readonly subject: string;
  readonly assumed: string;
  readonly actual: string;
  /** Evidence and notes: log lines, query results, ticket links. */
  readonly evidence: string;
  /** The user's verdict; `null` means "let the tool suggest one from assumed vs actual". */
  readonly verdict: Verdict | null;
  /** The catalog template this clause was made from, if any. */
  readonly templateId?: string;
}

const normalise = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * What assumed vs actual suggests on its own: both stated and different means the promise
 * was broken; both stated and equal means it held; anything less is not yet known.
 */
export function suggestedVerdict(c: Pick<Clause, 'assumed' | 'actual'>): Verdict {
  const assumed = normalise(c.assumed);
  const actual = normalise(c.actual);
  if (!assumed || !actual) return 'unknown';
  return assumed === actual ? 'holds' : 'broken';
}

/** The user's word wins; otherwise the suggestion stands. */
export function clauseVerdict(c: Clause): Verdict {
  return c.verdict ?? suggestedVerdict(c);
}

/** A seam is as healthy as its worst clause; a seam nobody has written a clause for is unknown. */
export function seamVerdict(clauses: readonly Clause[]): Verdict {
  if (clauses.length === 0) return 'unknown';
  return clauses.map(clauseVerdict).reduce(worst, 'holds');
}

export function emptyClause(id: string, dimension: string): Clause {
  return { id, dimension, subject: '', assumed: '', actual: '', evidence: '', verdict: null };
}
