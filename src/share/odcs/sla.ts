/**
 * Clauses about time — freshness, cadence, deadlines, retention — as ODCS SLA properties, and
 * SLA properties back as words. ODCS SLA entries cannot carry custom properties, so the exact
 * clause travels in the contract's clause record; the SLA entry is the standard's view of it.
 */
import type { Clause } from '../../domain/clause';
import type { OdcsSlaProperty } from './types';

export type SlaKind = 'latency' | 'frequency' | 'timeOfAvailability' | 'retention';

// Only the clause's category (dimension and subject) decides: prose in "assumed" mentions time
// too often ("retried within 5 s") to move a clause out of the schema on its own.
const KINDS: readonly (readonly [RegExp, SlaKind])[] = [
  // \b keeps "refresh" (a cadence) out of freshness.
  [/\bfresh|latenc|stale/i, 'latency'],
  [/frequen|cadence|refresh|schedul/i, 'frequency'],
  [/timing|deadline|availab/i, 'timeOfAvailability'],
  [/retention/i, 'retention'],
];

/** Which ODCS SLA property a clause is, or null when it is not about time. */
export function slaKind(c: Pick<Clause, 'dimension' | 'subject'>): SlaKind | null {
  const about = `${c.dimension} ${c.subject}`;
  return KINDS.find(([re]) => re.test(about))?.[1] ?? null;
}

const UNITS: readonly (readonly [RegExp, string, number])[] = [
  [/^(?:ms|millis(?:econds?)?)$/i, 'ms', 1],
  [/^(?:s|secs?|seconds?)$/i, 's', 1],
  [/^(?:min|mins|minutes?)$/i, 'min', 1],
  [/^(?:h|hrs?|hours?)$/i, 'h', 1],
  [/^(?:d|days?)$/i, 'd', 1],
  // ODCS names no unit for weeks; days say the same thing unambiguously.
  [/^(?:w|wks?|weeks?)$/i, 'd', 7],
  [/^(?:y|yrs?|years?)$/i, 'y', 1],
];

const DURATION = /(\d+(?:\.\d+)?)\s*([a-z]+)\b/gi;
const TIME_OF_DAY = /\b(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s*(?:UTC|Z|[+-]\d{2}(?::?\d{2})?))?/i;

/**
 * The number an assumption states, in an ODCS unit ("data up to 4 hours old" → 4 h), or the
 * time of day it names ("by 03:00 UTC"). Without one the words themselves are the value: a
 * made-up number would be a promise nobody gave.
 */
export function slaValue(kind: SlaKind, assumed: string): { value: string | number; unit?: string } {
  if (kind === 'timeOfAvailability') {
    const time = TIME_OF_DAY.exec(assumed);
    return { value: time ? time[0] : assumed };
  }
  for (const m of assumed.matchAll(DURATION)) {
    const unit = UNITS.find(([re]) => re.test(m[2] ?? ''));
    if (unit) return { value: Number(m[1]) * unit[2], unit: unit[1] };
  }
  return { value: assumed };
}

const text = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

/** An SLA property as the promise it makes, e.g. "4 d on tab1.txn_ref_dt (regulatory)". */
export function describeSla(p: OdcsSlaProperty): string {
  const range = p.valueExt !== undefined && p.valueExt !== null && p.valueExt !== p.value ? ` to ${text(p.valueExt)}` : '';
  const unit = p.unit ? ` ${p.unit}` : '';
  const element = p.element ? ` on ${p.element}` : '';
  const driver = p.driver ? ` (${p.driver})` : '';
  const description = p.description ? `: ${p.description}` : '';
  return `${text(p.value)}${range}${unit}${element}${driver}${description}`;
}
