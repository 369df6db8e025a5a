/** Nodes and `&` groups: an id, then a shape with its label, `@{…}` metadata and `:::class`. */
import type { ParseProblem } from '../../problems';
import { catalogStrength } from '../../classify/classify';
import { STATUS_TAIL } from '../markdown/lexicon';
import { cleanLabel, labelLines, labelUntil } from './labels';
import { ASIDE_TAIL } from '../builder/tidyNames';
import { isSpace, skipSpace } from '../text';
import { DATABASE_SHAPES, ID_STOP, SHAPES, type NodeRef } from './syntax';

/** Where the caller reports a problem on the current line. */
export type Report = (problem: ParseProblem, column: number, found?: string) => void;

export function readGroup(s: string, start: number, report: Report): { nodes: NodeRef[]; end: number; shaped: boolean } | undefined {
  const first = readNode(s, start, report);
  if (!first) return undefined;
  const nodes = [first.node];
  let shaped = first.shaped;
  let p = first.end;
  for (;;) {
    let q = skipSpace(s, p);
    if (s[q] !== '&') break;
    q = skipSpace(s, q + 1);
    const next = readNode(s, q, report);
    if (!next) {
      report({ kind: 'danglingAmpersand' }, q, '&');
      p = q;
      break;
    }
    nodes.push(next.node);
    shaped ||= next.shaped;
    p = next.end;
  }
  return { nodes, end: p, shaped };
}

export function readNode(s: string, start: number, report: Report): { node: NodeRef; end: number; shaped: boolean } | undefined {
  let p = start;
  while (p < s.length) {
    const c = s[p] ?? '';
    if (isSpace(c) || ID_STOP.has(c)) break;
    if (c === '-') {
      const d = s[p + 1];
      if (d === '-' || d === '.' || d === '>' || d === '=' || d === undefined) break;
    }
    if (c === '%' && s[p + 1] === '%') break;
    p++;
  }
  if (p === start) return undefined;
  const id = s.slice(start, p);
  let label: string | undefined;
  const hints: string[] = [];
  let shaped = false;
  // Shape, then `@{…}` metadata, then `:::class`, in any order they come.
  for (let round = 0; round < 3 && p < s.length; round++) {
    const c = s[p];
    if (c === '[' || c === '(' || c === '{' || c === '>') {
      if (shaped) break;
      const shape = readShape(s, p);
      shaped = true;
      if ('error' in shape) {
        // The label would swallow the rest of the line: the node keeps its id as its name.
        report(shape.error, p + 1, s.slice(p));
        p = s.length;
        break;
      }
      label = shape.text;
      if (shape.hint) hints.push(shape.hint);
      p = shape.end;
    } else if (c === '@' && s[p + 1] === '{') {
      const close = s.indexOf('}', p + 2);
      if (close < 0) {
        report({ kind: 'metadataUnclosed' }, p + 1, s.slice(p));
        p = s.length;
        break;
      }
      const meta = s.slice(p + 2, close);
      // The metadata is YAML: a quoted label may escape its quote (`"<img src=\"logo.png\">Kafka"`).
      const l = /(?:^|[,{\s])label\s*:\s*("((?:[^"\\]|\\.)*)"|'([^']*)'|[^,}]+)/.exec(meta);
      if (l) label = cleanLabel((l[2] ?? l[3] ?? l[1] ?? '').replace(/\\(["\\])/g, '$1'), true, true) || label;
      const sh = /(?:^|[,{\s])shape\s*:\s*["']?([\w-]+)/.exec(meta);
      if (sh && DATABASE_SHAPES.has((sh[1] ?? '').toLowerCase())) hints.push('database');
      shaped = true;
      p = close + 1;
    } else if (s.startsWith(':::', p)) {
      const from = (p += 3);
      while (p < s.length && !isSpace(s[p]) && !ID_STOP.has(s[p] ?? '') && s[p] !== '-') p++;
      // A class named for what the node is (`:::topic`, `:::database`) says it as a shape does.
      const cls = s.slice(from, p);
      if (catalogStrength(cls) !== undefined) hints.push(cls);
    } else break;
  }
  let detail: string | undefined;
  // A label stating its stage (as the app's own export writes every one) ends in it, so is read exactly.
  const tail = label === undefined ? null : (STATUS_TAIL.exec(label) ?? ASIDE_TAIL.exec(label));
  if (label !== undefined && tail) {
    label = label.slice(0, tail.index);
    hints.push(tail[0].replace(/^\s+(?:[-–—:]\s+)?/, ''));
  }
  if (label?.includes('\n')) {
    // The first line names it; the rest describe it and help place it.
    const { name, rest } = labelLines(label);
    const aside = ASIDE_TAIL.exec(name);
    label = aside ? name.slice(0, aside.index) : name;
    hints.push(rest, aside?.[0].trim() ?? '');
    detail = rest || undefined;
  }
  const node: NodeRef = { id, hints, column: start + 1, ...(label ? { label } : {}), ...(detail ? { detail } : {}) };
  return { node, end: p, shaped };
}

function readShape(s: string, pos: number): { text: string; end: number; hint?: string } | { error: ParseProblem } {
  let firstOpen: string | undefined;
  for (const shape of SHAPES) {
    if (!s.startsWith(shape.open, pos)) continue;
    firstOpen ??= shape.open;
    const r = labelUntil(s, pos + shape.open.length, shape.close);
    if (r) return { text: r.text, end: r.end, ...(shape.hint ? { hint: shape.hint } : {}) };
  }
  return { error: { kind: 'shapeUnclosed', open: firstOpen ?? s[pos] ?? '' } };
}

