/**
 * Scoring one importer result against its expectation: expected components are matched to produced
 * ones by normalized name (or an alias), one to one; a match is right when the produced stage is the
 * expected one or an allowed alternative. A missing component counts as wrong.
 */
import type { Placement } from '../../src/domain/pipeline';
import type { Expectation } from './expectation';

/** Case, punctuation, accents and spacing do not matter: "Orders Mart", "orders_mart" and "orders-mart" are one name. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export interface Produced {
  readonly name: string;
  readonly stage: Placement;
}

/** What the importer did with one text: its components, or why it read nothing. */
export type Outcome =
  | { readonly ok: true; readonly format: string; readonly components: readonly Produced[] }
  | { readonly ok: false; readonly error: string };

export interface ComponentVerdict {
  readonly name: string;
  readonly expected: Placement;
  readonly alt: readonly Placement[];
  /** The produced component it matched, or null when the importer did not produce it. */
  readonly got: Produced | null;
  readonly right: boolean;
}

export interface EntryScore {
  readonly parsed: boolean;
  /** The detected format, or the error kind when nothing was read. */
  readonly detected: string;
  readonly formatAsExpected: boolean;
  readonly components: readonly ComponentVerdict[];
  /** Produced components the expectation lists as not components. */
  readonly notComponentsTaken: readonly string[];
  /** Other produced components nobody expected (duplicates of a matched name included). */
  readonly otherExtras: readonly string[];
}

/** Scores one outcome; pure. */
export function scoreEntry(expect: Expectation, outcome: Outcome): EntryScore {
  const produced = outcome.ok ? outcome.components : [];
  const used = new Set<number>();
  const components = expect.components.map((c): ComponentVerdict => {
    const keys = new Set([c.name, ...(c.aliases ?? [])].map(normalizeName));
    const at = produced.findIndex((p, i) => !used.has(i) && keys.has(normalizeName(p.name)));
    const alt = c.alt ?? [];
    if (at < 0) return { name: c.name, expected: c.stage, alt, got: null, right: false };
    used.add(at);
    const got = produced[at]!;
    return { name: c.name, expected: c.stage, alt, got, right: got.stage === c.stage || alt.includes(got.stage) };
  });
  const banned = new Set((expect.not_components ?? []).map(normalizeName));
  const extras = produced.filter((_, i) => !used.has(i)).map((p) => p.name);
  return {
    parsed: outcome.ok,
    detected: outcome.ok ? outcome.format : outcome.error,
    formatAsExpected: outcome.ok && outcome.format === expect.format,
    components,
    notComponentsTaken: extras.filter((n) => banned.has(normalizeName(n))),
    otherExtras: extras.filter((n) => !banned.has(normalizeName(n))),
  };
}

export interface Totals {
  readonly entries: number;
  readonly parsed: number;
  readonly formatAsExpected: number;
  readonly expected: number;
  readonly found: number;
  readonly right: number;
  readonly notComponentsTaken: number;
  readonly otherExtras: number;
}

export const EMPTY_TOTALS: Totals = { entries: 0, parsed: 0, formatAsExpected: 0, expected: 0, found: 0, right: 0, notComponentsTaken: 0, otherExtras: 0 };

export function addScore(t: Totals, s: EntryScore): Totals {
  return {
    entries: t.entries + 1,
    parsed: t.parsed + (s.parsed ? 1 : 0),
    formatAsExpected: t.formatAsExpected + (s.formatAsExpected ? 1 : 0),
    expected: t.expected + s.components.length,
    found: t.found + s.components.filter((c) => c.got).length,
    right: t.right + s.components.filter((c) => c.right).length,
    notComponentsTaken: t.notComponentsTaken + s.notComponentsTaken.length,
    otherExtras: t.otherExtras + s.otherExtras.length,
  };
}

/** Right-stage share of the expected components, 0..1 (1 for none expected). */
export const rightShare = (t: Totals): number => (t.expected ? t.right / t.expected : 1);

/** Totals per group, groups in first-seen order. */
export function totalsBy<T>(items: readonly T[], group: (item: T) => string, score: (item: T) => EntryScore): Map<string, Totals> {
  const out = new Map<string, Totals>();
  for (const item of items) {
    const key = group(item);
    out.set(key, addScore(out.get(key) ?? EMPTY_TOTALS, score(item)));
  }
  return out;
}
