/**
 * Whether words in no format we know are worth reading as prose: they name a product the catalog knows,
 * and are not code, a query, a trace or rows of data pasted by mistake (read as prose, those would open
 * as a workspace of junk instead of a plain refusal).
 */
import { catalogStrength } from '../../classify/classify';
import { splitLines } from '../text';
import { knownAt, tokenize } from './tokens';

/** First words of code, queries and config: SQL, a Dockerfile, Terraform, Python, a script. */
const CODE_START = /^(?:select|with|insert|update|delete|create|alter|drop|merge|from|run|resource|provider|terraform|variable|module|import|def|class|package|using|namespace|#!|<\?xml|<!doctype|<html)\b|^[{[<]/i;
/** A stack trace or a diff anywhere in it. */
const TRACE = /Traceback \(most recent call last\)|^\s+at [\w$.<>]+\(.*:\d+\)\s*$|^diff --git |^@@ -\d/m;
/** Fields of a row: by one delimiter, or by wide gaps (a command's table output). */
const FIELDS = [/,/g, /\t/g, /;/g, /\|/g, /\S\s{2,}(?=\S)/g] as const;

/** Rows of data: most lines split into the same number of fields, two or more. */
const tabular = (lines: readonly string[]): boolean =>
  lines.length >= 3 &&
  FIELDS.some((re) => {
    const counts = lines.map((l) => (l.trim().match(re) ?? []).length);
    return (counts[0] ?? 0) >= 2 && counts.filter((c) => c === counts[0]).length >= 0.8 * lines.length;
  });

export function readsAsProse(text: string): boolean {
  const sample = text.slice(0, 20_000);
  const lines = splitLines(sample).map((l) => l.text).filter((t) => t.trim() !== '');
  if (lines.length === 0 || CODE_START.test((lines[0] ?? '').trim()) || TRACE.test(sample) || tabular(lines.slice(0, 50))) return false;
  const toks = tokenize({ text: sample, line: 1, col: 1 }, true);
  // A product in backticks (`MinIO`) is one token of code.
  const product = (from: number, n: number): boolean => catalogStrength(toks.slice(from, from + n).map((t) => t.text).join(' ')) === 'product';
  return toks.some((t, i) => (t.kind === 'code' ? product(i, 1) : knownAt(toks, i) > 0 && product(i, knownAt(toks, i))));
}
