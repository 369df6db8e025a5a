/**
 * Python source → a Lezer syntax tree, with the problems a reader should hear about. Lezer recovers
 * from errors on its own, but an unclosed bracket makes it read the rest of the file as that
 * bracket's contents. So an unclosed bracket is closed where the code visibly moved on (the first
 * later line back at the statement's indentation that does not start with a closer) and the text is
 * read again. The closers go at the end of a line, so every line number, and every column before
 * them, is the same in the repaired text as in the pasted one.
 */
import { parser } from '@lezer/python';
import type { SyntaxNode, Tree } from '@lezer/common';
import { clip } from '../structured';

export interface SyntaxProblem {
  /** Offset in the repaired text (same line and column as in the original). */
  readonly offset: number;
  readonly message: string;
  readonly found?: string;
}

export interface ParsedPython {
  /** The text the tree was read from: the original with any missing closers added. */
  readonly text: string;
  readonly tree: Tree;
  readonly problems: readonly SyntaxProblem[];
}

const CLOSER: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };
const STRING_NODES = new Set(['String', 'FormatString']);
/** Each repair reads the text again; a few cover any real file, and the cap keeps garbage linear. */
const MAX_REPAIRS = 12;
const MAX_NESTING = 200;
/** The import shows at most 100 problems; text that is all errors is not searched for more. */
const MAX_PROBLEMS = 100;
/** The reading deadline: 1.5 s, or 20 µs a character (about twenty times what real DAG files take). */
const MIN_PARSE_MS = 1_500;
const PARSE_MS_PER_CHAR = 0.02;
/** Error-recovery steps allowed: 2,000 (some 400 errors), and one more every 20 characters. */
const MIN_RECOVERY_STEPS = 2_000;
const CHARS_PER_RECOVERY_STEP = 20;

interface Opener {
  readonly from: number;
  readonly name: string;
}

/**
 * Opening brackets whose closer is missing, in document order, among nodes starting before `end`.
 * An opener and its closer are siblings, so each node's children are matched with a stack of their
 * own, in one walk of the tree's cursor (no node objects are made).
 */
function unclosedOpeners(tree: Tree, end: number): Opener[] {
  const out: Opener[] = [];
  const c = tree.cursor();
  const stacks: Opener[][] = [[]];
  let depth = 0;
  for (;;) {
    const level = stacks[depth] ?? [];
    if (c.to - c.from === 1 && CLOSER[c.name] !== undefined && c.from < end) level.push({ from: c.from, name: c.name });
    else if (c.to - c.from === 1 && level.length > 0 && CLOSER[level[level.length - 1]?.name ?? ''] === c.name) level.pop();
    if (c.from < end && c.firstChild()) {
      stacks[++depth] = [];
      continue;
    }
    while (!c.nextSibling()) {
      out.push(...(stacks[depth] ?? []));
      if (!c.parent()) return out.sort((a, b) => a.from - b.from);
      depth--;
    }
  }
}

/**
 * CPython refuses brackets nested more than 200 deep (and its parser overflows on thousands of
 * prefix operators, `- - - … x`); reading such nesting is slow for the grammar too. A rough count
 * (strings are not told apart) finds such a statement; its characters become spaces, so the rest of
 * the file reads at the same lines and columns.
 */
function blankDeepNesting(text: string, problems: SyntaxProblem[]): string {
  let depth = 0;
  let prefixOps = 0;
  const out: string[] = [];
  let copied = 0;
  let lineStart = 0;
  const blank = (at: number, scanFrom: number, what: string): number => {
    let to = scanFrom;
    for (let d = depth; to < text.length && d >= MAX_NESTING; to++) {
      const c = text.charCodeAt(to);
      if (c === 40 || c === 91 || c === 123) d++;
      else if (c === 41 || c === 93 || c === 125) d--;
    }
    const from = lineStart + indentOf(text, lineStart);
    const lineEnd = text.indexOf('\n', to);
    const stop = lineEnd < 0 ? text.length : lineEnd;
    out.push(text.slice(copied, from), text.slice(from, stop).replace(/[^\n]/g, ' '));
    copied = stop;
    problems.push({ offset: from, message: `Statement skipped: ${what} nested more than ${MAX_NESTING} deep`, found: text.charAt(at) });
    depth = 0;
    prefixOps = 0;
    return stop - 1;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 45 || ch === 43 || ch === 126) {
      // A rule of dashes in a comment is no nesting.
      if (++prefixOps > MAX_NESTING) {
        if (text.lastIndexOf('#', i) >= lineStart) prefixOps = 0;
        else i = blank(i, i, 'operators');
      }
      continue;
    }
    if (ch !== 32 && ch !== 9) prefixOps = 0;
    if (ch === 10) {
      lineStart = i + 1;
      const next = text.charCodeAt(i + 1);
      // A line starting at column 0 with a name or decorator starts a new statement, whatever was left open.
      if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 95 || next === 64) depth = 0;
    } else if (ch === 40 || ch === 91 || ch === 123) {
      if (++depth > MAX_NESTING) i = blank(i, i + 1, 'brackets');
    } else if (ch === 41 || ch === 93 || ch === 125) depth = Math.max(0, depth - 1);
  }
  return out.length > 0 ? out.join('') + text.slice(copied) : text;
}

const indentOf = (text: string, lineStart: number): number => {
  let i = lineStart;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i - lineStart;
};

const lineStartOf = (text: string, offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;

/** The statement an opener belongs to: the nearest ancestor that sits directly in a body or the script. */
function statementOf(node: SyntaxNode): SyntaxNode {
  let n = node;
  while (n.parent && n.parent.name !== 'Body' && n.parent.name !== 'Script') n = n.parent;
  return n;
}

/** True when the offset lies inside a string literal that really starts with a quote (not an error-recovery artefact). */
function insideString(tree: Tree, text: string, offset: number): boolean {
  for (let n: SyntaxNode | null = tree.resolveInner(offset, 1); n; n = n.parent) {
    if (STRING_NODES.has(n.name) && n.from < offset && /^[rRbBuUfF]{0,2}['"]/.test(text.slice(n.from, n.from + 3))) return true;
  }
  return false;
}

/** Where the closer of an opener left open goes: the end of the last code line before the code moved on. */
function closingPoint(tree: Tree, text: string, opener: Opener): number {
  const indent = indentOf(text, lineStartOf(text, statementOf(tree.resolveInner(opener.from, 1)).from));
  let lastCodeEnd = text.indexOf('\n', opener.from + 1);
  if (lastCodeEnd < 0) return text.length;
  let at = lastCodeEnd + 1;
  while (at < text.length) {
    const next = text.indexOf('\n', at);
    const end = next < 0 ? text.length : next;
    const first = at + indentOf(text, at);
    const ch = text.charAt(first);
    const code = first < end && ch !== '#' && ch !== '\r' && !insideString(tree, text, first);
    if (code && first - at <= indent && !')]}'.includes(ch)) break;
    if (code) lastCodeEnd = end;
    if (next < 0) return text.length;
    at = next + 1;
  }
  // Before a trailing comment, so the closer is not commented out.
  const lineStart = lineStartOf(text, lastCodeEnd);
  for (let n: SyntaxNode | null = tree.resolveInner(Math.max(lineStart, lastCodeEnd - 1), -1); n; n = n.parent) {
    if (n.name === 'Comment' && n.from >= lineStart) return n.from;
  }
  return lastCodeEnd > 0 && text[lastCodeEnd - 1] === '\r' ? lastCodeEnd - 1 : lastCodeEnd;
}

/** True when a string literal's text lacks its closing quote, or ends in a quote its backslash escapes. */
function unterminated(raw: string): boolean {
  const m = /^[rRbBuUfF]{0,2}('''|"""|'|")/.exec(raw);
  const quote = m?.[1];
  if (m === null || quote === undefined) return false;
  const body = raw.slice(m[0].length);
  if (body.length < quote.length || !body.endsWith(quote)) return true;
  let backslashes = 0;
  for (let k = body.length - quote.length - 1; k >= 0 && body[k] === '\\'; k--) backslashes++;
  return backslashes % 2 === 1;
}

/** Problems the tree shows: strings left open, closers with no opener, other text the grammar could not place. */
function treeProblems(tree: Tree, text: string): SyntaxProblem[] {
  const out: SyntaxProblem[] = [];
  // One "not read" problem a line: the end of the line last reported, found by one forward scan each.
  let reportedLineEnd = -1;
  const c = tree.cursor();
  do {
    if ((c.name === 'String' || c.name === 'FormatString') && unterminated(text.slice(c.from, c.to))) {
      out.push({ offset: c.from, message: 'Unterminated string', found: clip(text.slice(c.from, c.from + 30).split('\n')[0] ?? '', 30) });
    } else if (c.type.isError) {
      const found = text.slice(c.from, c.to);
      if (found.length === 1 && ')]}'.includes(found)) out.push({ offset: c.from, message: `Unmatched '${found}'`, found });
      else if (found.trim() !== '' && c.from > reportedLineEnd) {
        const lineEnd = text.indexOf('\n', c.from);
        reportedLineEnd = lineEnd < 0 ? text.length : lineEnd;
        out.push({ offset: c.from, message: 'Not read as Python here', found: clip(found, 30) });
      }
    }
  } while (out.length < MAX_PROBLEMS && c.next());
  return out;
}

/**
 * Reads the text, stopping early on text that is not Python at all (a paste read as the wrong
 * format), where the grammar recovers from an error every few characters and slows to a crawl:
 * after a budget of error-recovery steps, or at the deadline, whichever comes first. A real DAG
 * file spends few steps recovering (about five an error) and reads at about a second a megabyte.
 */
function parseUntil(text: string, deadline: number): { tree: Tree; stoppedAt?: number } {
  const parse = parser.startParse(text);
  // Lezer's parse keeps this count public but untyped; without it only the deadline applies.
  const state = parse as unknown as { recovering?: number };
  const recoveryBudget = MIN_RECOVERY_STEPS + text.length / CHARS_PER_RECOVERY_STEP;
  let recoverySteps = 0;
  let stoppedAt: number | undefined;
  for (let steps = 1; ; steps++) {
    const tree = parse.advance();
    if (tree) return { tree, stoppedAt };
    if (stoppedAt !== undefined) continue;
    if ((state.recovering ?? 0) > 0) recoverySteps++;
    if (recoverySteps > recoveryBudget || (steps % 256 === 0 && performance.now() > deadline)) {
      stoppedAt = parse.parsedPos;
      parse.stopAt(stoppedAt);
    }
  }
}

/** Characters Python source cannot hold outside strings (NUL and other controls) read as spaces. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

/** Reads Python text into a tree, closing brackets left open (see the file comment) and listing every problem. */
export function parsePython(source: string): ParsedPython {
  const deadline = performance.now() + Math.max(MIN_PARSE_MS, source.length * PARSE_MS_PER_CHAR);
  const unclosed: SyntaxProblem[] = [];
  let text = blankDeepNesting(source.replace(CONTROL, ' '), unclosed);
  let { tree, stoppedAt } = parseUntil(text, deadline);
  for (let round = 0; round < MAX_REPAIRS && stoppedAt === undefined && performance.now() < deadline; round++) {
    const first = unclosedOpeners(tree, text.length)[0];
    if (!first) break;
    const at = closingPoint(tree, text, first);
    // Brackets opened after it on the same lines and never closed either are closed at the same point, innermost first.
    const open = unclosedOpeners(tree, at);
    for (const o of open) unclosed.push({ offset: o.from, message: `Unclosed '${o.name}'`, found: o.name });
    const closers = open.map((o) => CLOSER[o.name] ?? ')').reverse().join('');
    text = text.slice(0, at) + closers + text.slice(at);
    ({ tree, stoppedAt } = parseUntil(text, deadline));
  }
  const end = stoppedAt ?? text.length;
  for (const o of unclosedOpeners(tree, end)) unclosed.push({ offset: o.from, message: `Unclosed '${o.name}'`, found: o.name });
  const problems = [...unclosed, ...treeProblems(tree, text)];
  if (stoppedAt !== undefined) problems.push({ offset: stoppedAt, message: 'Stopped reading here: the text from here on does not read as Python', found: clip(text.slice(stoppedAt, stoppedAt + 30), 30) });
  return { text, tree, problems: problems.sort((a, b) => a.offset - b.offset) };
}
