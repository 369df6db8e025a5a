/** One left-to-right pass over an arrow line: where its arrows, comment and quotes are. */
import { closingQuote, isSpace, skipSpace } from '../text';
import { isKnownProduct } from '../markdown/lexicon';

type Direction = 'forward' | 'back' | 'both';

interface Arrow {
  readonly start: number;
  readonly end: number;
  readonly direction: Direction;
  readonly label?: string;
  /** Arrow-like syntax we read but do not endorse, e.g. `->>`. */
  readonly odd?: boolean;
}

interface ScannedLine {
  readonly arrows: Arrow[];
  /** Where the content ends: the start of a trailing comment, or the line length. */
  readonly end: number;
  /** An opening quote never closed, at this index (then read as an ordinary character). */
  readonly unclosedQuote?: number;
}

// Emoji arrows (`➡️`) too: READMEs chain names with them, the variation selector after one is part of it.
const FORWARD_CHARS = new Set(['→', '⟶', '⇒', '➔', '➜', '⇨', '⟹', '➡', '⮕', '➝', '➞']);
const BACK_CHARS = new Set(['←', '⟵', '⇐']);
const BOTH_CHARS = new Set(['↔', '⟷', '⇔']);
const DASHES = new Set(['-', '—', '–']);
// A line drawn with box characters and an arrowhead (`──▶`, `━━►`) is an arrow too.
const RULES = new Set(['─', '━', '═']);
const HEADS = new Set(['>', '▶', '►', '▷', '▸']);
const TAILS = new Set(['<', '◀', '◄']);

/** Counts a run of `chars` from i; returns the index after it. */
function runEnd(line: string, i: number, chars: ReadonlySet<string>): number {
  let j = i;
  while (j < line.length && chars.has(line[j] ?? '')) j++;
  return j;
}

const EQUALS = new Set(['=']);
const MAX_LABEL = 200;

export function scanLine(line: string, from: number): ScannedLine {
  const arrows: Arrow[] = [];
  let unclosedQuote: number | undefined;
  let atNameStart = true;
  let closeCache = -2; // cached result of indexOf(']', ≥ its search start)
  let i = from;
  const done = (end: number): ScannedLine => ({ arrows, end, ...(unclosedQuote !== undefined ? { unclosedQuote } : {}) });
  /** An arrow found: the scan goes on after it, at the start of a name. */
  const arrow = (a: Arrow): void => {
    arrows.push(a);
    i = a.end;
    atNameStart = true;
  };
  while (i < line.length) {
    const c = line[i] ?? '';
    if (isSpace(c)) {
      i++;
      continue;
    }
    const prevSpace = i === 0 || isSpace(line[i - 1]);
    if (prevSpace && (c === '#' || (c === '/' && line[i + 1] === '/'))) return done(i);
    if (atNameStart && unclosedQuote === undefined) {
      const close = closingQuote(c);
      if (close !== undefined && c !== '`') {
        const j = line.indexOf(close, i + 1);
        if (j >= 0) {
          i = j + 1;
          atNameStart = false;
          continue;
        }
        unclosedQuote = i; // later quotes cannot close either: the rest is read as plain text
      }
    }
    if (c === ',') {
      atNameStart = true;
      i++;
      continue;
    }
    if (FORWARD_CHARS.has(c) || BACK_CHARS.has(c) || BOTH_CHARS.has(c)) {
      const direction: Direction = FORWARD_CHARS.has(c) ? 'forward' : BACK_CHARS.has(c) ? 'back' : 'both';
      arrow({ start: i, end: line[i + 1] === '\uFE0F' ? i + 2 : i + 1, direction });
      continue;
    }
    const next = line[i + 1] ?? '';
    if (TAILS.has(c) && (next === '-' || next === '=' || RULES.has(next))) {
      const set = next === '-' ? DASHES : next === '=' ? EQUALS : RULES;
      const j = runEnd(line, i + 1, set);
      const head = set === RULES ? HEADS.has(line[j] ?? '') : line[j] === '>';
      if (head || set !== EQUALS) {
        arrow(head ? { start: i, end: j + 1, direction: 'both' } : { start: i, end: j, direction: 'back' });
        continue;
      }
      i = j;
      atNameStart = false;
      continue;
    }
    if (DASHES.has(c) || c === '=' || RULES.has(c)) {
      const set = c === '=' ? EQUALS : RULES.has(c) ? RULES : DASHES;
      const j = runEnd(line, i, set);
      if (line[j] === '>' || (set === RULES && HEADS.has(line[j] ?? ''))) {
        let end = j + 1;
        while (line[end] === '>') end++;
        arrow({ start: i, end, direction: 'forward', ...(end > j + 1 ? { odd: true } : {}) });
        continue;
      }
      // Mermaid's link with text, `Spark -- Read --> Raw`: the words between the dashes label the arrow.
      // A product there is a stop on a line drawn in two strokes (`Postgres -- Debezium --> Kafka`).
      const text = set === DASHES && c === '-' && j - i >= 2 && isSpace(line[i - 1]) ? /^ ([^<>|-]{1,40}?) -{2,}>/.exec(line.slice(j, j + MAX_LABEL + 8)) : null;
      if (text) {
        const label = text[1] ?? '';
        arrow(isKnownProduct(label) ? { start: i, end: j, direction: 'forward' } : { start: i, end: j + text[0].length, direction: 'forward', label });
        continue;
      }
      if (line[j] === '[' && c !== '–' && c !== '—') {
        if (closeCache !== -1 && closeCache < j) closeCache = line.indexOf(']', j);
        const close = closeCache;
        if (close > j && close - j <= MAX_LABEL) {
          const k = runEnd(line, close + 1, set);
          if (k > close + 1 && line[k] === '>') {
            arrow({ start: i, end: k + 1, direction: 'forward', label: line.slice(j + 1, close) });
            continue;
          }
        }
      }
      i = j;
      atNameStart = false;
      continue;
    }
    atNameStart = false;
    i++;
  }
  return done(line.length);
}

/** A markdown bullet, number or tree branch at the start of a line: `- `, `* `, `• `, `1. `, `2) `, `└── `. Returns where content starts. */
export function afterBullet(line: string): number {
  const i = skipSpace(line, 0);
  // A tree's branch (`└── Snowpipe`, `├─ Kafka`, `│  `) is drawing, not part of the name.
  const branch = /^(?:[│├└┃┣┗]?[─━]+|[|`+\\]-{2,})\s+/.exec(line.slice(i));
  if (branch) return i + branch[0].length;
  const bullet = /^(?:[-*•+]|\d{1,4}[.)])[ \t\u00a0]/.exec(line.slice(i));
  return bullet ? skipSpace(line, i + bullet[0].length) : 0;
}
