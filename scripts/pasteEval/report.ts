/** Plain-text tables of paste-corpus scores: per entry, per group, and the misses. */
import { rightShare, type EntryScore, type Totals } from './match';

export interface Scored {
  readonly id: string;
  readonly kind: string;
  readonly format: string;
  readonly score: EntryScore;
}

const pct = (share: number): string => `${(100 * share).toFixed(1)} %`;

const HEADER = `${'parsed'.padStart(7)} ${'format'.padStart(7)} ${'expected'.padStart(8)} ${'found'.padStart(6)} ${'right'.padStart(6)} ${'right %'.padStart(8)} ${'not-comp'.padStart(8)} ${'extras'.padStart(6)}`;

/** One row of a totals table; `parsed` and `format` count entries, the rest components. */
export function totalsRow(label: string, t: Totals, width: number): string {
  return [
    label.padEnd(width),
    `${t.parsed}/${t.entries}`.padStart(7),
    `${t.formatAsExpected}/${t.entries}`.padStart(7),
    String(t.expected).padStart(8),
    String(t.found).padStart(6),
    String(t.right).padStart(6),
    pct(rightShare(t)).padStart(8),
    String(t.notComponentsTaken).padStart(8),
    String(t.otherExtras).padStart(6),
  ].join(' ');
}

export function totalsTable(title: string, groups: ReadonlyMap<string, Totals>, minWidth = 0): string {
  const width = Math.max(minWidth, title.length, ...[...groups.keys()].map((k) => k.length)) + 1;
  return [`${title.padEnd(width)} ${HEADER}`, ...[...groups].map(([k, t]) => totalsRow(k, t, width))].join('\n');
}

export function entryLine(s: Scored, width: number): string {
  const c = s.score.components;
  const right = c.filter((v) => v.right).length;
  const detected = s.score.formatAsExpected ? s.score.detected : `${s.score.detected} (want ${s.format})`;
  const extras = s.score.notComponentsTaken.length ? `  not-components taken: ${s.score.notComponentsTaken.join(', ')}` : '';
  return `${s.id.padEnd(width)} ${s.score.parsed ? 'ok  ' : 'FAIL'} ${detected.padEnd(30)} ${`${right}/${c.length}`.padStart(7)} right, ${String(c.filter((v) => v.got).length).padStart(3)} found, ${String(s.score.otherExtras.length).padStart(3)} extras${extras}`;
}

/** Each wrong or missing component: what the importer gave against what an engineer would. */
export function missLines(s: Scored): string[] {
  const lines = s.score.components
    .filter((v) => !v.right)
    .map((v) => {
      const want = [v.expected, ...v.alt].join('|');
      return v.got ? `  ${v.name}: got ${v.got.stage}, want ${want}` : `  ${v.name}: MISSING, want ${want}`;
    });
  if (s.score.notComponentsTaken.length) lines.push(`  not components, taken: ${s.score.notComponentsTaken.join(', ')}`);
  if (s.score.otherExtras.length) lines.push(`  extras: ${s.score.otherExtras.join(', ')}`);
  return lines.length ? [`${s.id} (${s.kind}, ${s.score.detected}):`, ...lines] : [];
}
