/**
 * Whether words in no format we know are worth reading as prose: they name a product the catalog
 * knows, and they are not code, a query, a trace or rows of data pasted by mistake (read as prose,
 * those would open as a workspace of junk instead of a plain refusal).
 */
import { catalogStrength } from '../../classify/classify';
import { splitLines } from '../text';
import { knownAt, tokenize } from './tokens';

const SAMPLE = 20_000;
/** First words of code, queries and config: SQL, a Dockerfile, Terraform, Python, a script. */
const CODE_START = /^(?:select|with|insert|update|delete|create|alter|drop|merge|from|run|resource|provider|terraform|variable|module|import|def|class|package|using|namespace|#!|<\?xml|<!doctype|<html)\b/i;
/** A stack trace or a diff anywhere in it. */
const TRACE = /Traceback \(most recent call last\)|^\s+at [\w$.<>]+\(.*:\d+\)\s*$|^diff --git |^@@ -\d/m;
const DELIMITERS = [',', '\t', ';', '|'] as const;

/** Rows of data: most lines split into the same number of fields (two or more) by one delimiter, or by wide gaps. */
function tabular(lines: readonly string[]): boolean {
  if (lines.length < 3) return false;
  const shapes = [...DELIMITERS.map((d) => (l: string) => l.split(d).length - 1), (l: string) => (l.trim().match(/\S\s{2,}(?=\S)/g) ?? []).length];
  return shapes.some((count) => {
    const counts = lines.map(count);
    const first = counts[0] ?? 0;
    return first >= 2 && counts.filter((c) => c === first).length >= 0.8 * lines.length;
  });
}

function namesProduct(text: string): boolean {
  const toks = tokenize({ text, line: 1, col: 1 }, true);
  return toks.some((t, i) => {
    // A product in backticks (`MinIO`) is one token of code.
    if (t.kind === 'code') return catalogStrength(t.text) === 'product';
    const n = knownAt(toks, i);
    return n > 0 && catalogStrength(toks.slice(i, i + n).map((t) => t.text).join(' ')) === 'product';
  });
}

export function readsAsProse(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  const lines = splitLines(sample).map((l) => l.text).filter((t) => t.trim() !== '');
  const first = (lines[0] ?? '').trim();
  if (first === '' || /^[{[<]/.test(first) || CODE_START.test(first) || TRACE.test(sample) || tabular(lines.slice(0, 50))) return false;
  return namesProduct(sample);
}
