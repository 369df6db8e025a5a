/**
 * The warnings a builder collects: positioned from 1, bounded in memory while reading, and at most
 * MAX_WARNINGS shown, the first by position, with the rest summed up in one.
 */
import { warningOf } from '../../problems';
import type { ParseWarning } from '../../types';
import { clip } from './values';

/** Beyond this many warnings, the rest are summed up in one: a broken paste should not flood the UI. */
const MAX_WARNINGS = 100;
/** Warnings kept while reading (the first MAX_WARNINGS by position are shown); the rest only counted. */
const KEPT_WARNINGS = 1_000;

const byPosition = (a: ParseWarning, b: ParseWarning): number => a.line - b.line || a.column - b.column;

export class WarningLog {
  private readonly list: ParseWarning[] = [];
  private dropped = 0;

  add(warning: ParseWarning): void {
    this.list.push({
      line: Number.isFinite(warning.line) ? Math.max(1, Math.floor(warning.line)) : 1,
      column: Number.isFinite(warning.column) ? Math.max(1, Math.floor(warning.column)) : 1,
      message: warning.message,
      ...(warning.found !== undefined ? { found: clip(warning.found) } : {}),
      ...(warning.problem !== undefined ? { problem: warning.problem } : {}),
    });
    // Bounded memory, yet the first warnings by position survive: past twice the budget, keep the earliest.
    if (this.list.length >= 2 * KEPT_WARNINGS) {
      this.list.sort(byPosition);
      this.dropped += this.list.length - KEPT_WARNINGS;
      this.list.length = KEPT_WARNINGS;
    }
  }

  /** The warnings to show, by position (a stable sort: those at one position keep their order). */
  shown(): ParseWarning[] {
    const sorted = [...this.list].sort(byPosition);
    const warnings = sorted.slice(0, MAX_WARNINGS);
    const next = sorted[MAX_WARNINGS] ?? (this.dropped > 0 ? sorted[sorted.length - 1] : undefined);
    const more = sorted.length - warnings.length + this.dropped;
    if (next && more > 0) warnings.push(warningOf({ kind: 'moreProblems', count: more }, next));
    return warnings;
  }
}
