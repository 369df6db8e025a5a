/**
 * Arrow text: `Mobile app -> Kafka -> S3 raw bucket`, one or more chains per line.
 *
 * Arrows: `->`, `-->`, `=>`, `==>`, `—>`, `–>`, `→` (and `⟶ ⇒ ➔ ➜`), backwards `<-` `←`, both ways `<->` `↔`;
 * a label rides inside the arrow: `a -[events]-> b`. `a -> b, c` feeds b and c; `a, b -> c` feeds c from both.
 * Names may contain spaces and be quoted (`"Sessions, enriched"`); `name [stage]` states a stage.
 * `#` and `//` start a comment at the start of a line or after a space. Markdown bullets are ignored.
 */
import type { FormatParser, RawPipeline } from '../types';
import {
  DETECT_HEAD,
  type PipelineBuilder,
  closingQuote,
  finder,
  safely,
  splitLines,
  splitOverride,
  squash,
  stageWord,
  truncate,
  unquote,
} from './text';

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

const FORWARD_CHARS = new Set(['→', '⟶', '⇒', '➔', '➜', '⇨', '⟹']);
const BACK_CHARS = new Set(['←', '⟵', '⇐']);
const BOTH_CHARS = new Set(['↔', '⟷', '⇔']);
const DASHES = new Set(['-', '—', '–']);

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0';
}

/** Counts a run of `chars` from i; returns the index after it. */
function runEnd(line: string, i: number, chars: ReadonlySet<string>): number {
  let j = i;
  while (j < line.length && chars.has(line[j] ?? '')) j++;
  return j;
}

const EQUALS = new Set(['=']);
const MAX_LABEL = 200;

/** Finds arrows, the comment start and quoted stretches in one left-to-right pass. */
function scanLine(line: string, from: number): ScannedLine {
  const arrows: Arrow[] = [];
  let unclosedQuote: number | undefined;
  let atNameStart = true;
  let closeCache = -2; // cached result of indexOf(']', ≥ its search start)
  let i = from;
  while (i < line.length) {
    const c = line[i] ?? '';
    if (isSpace(c)) {
      i++;
      continue;
    }
    const prevSpace = i === 0 || isSpace(line[i - 1]);
    if (prevSpace && (c === '#' || (c === '/' && line[i + 1] === '/'))) {
      return { arrows, end: i, ...(unclosedQuote !== undefined ? { unclosedQuote } : {}) };
    }
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
      arrows.push({ start: i, end: i + 1, direction });
      i++;
      atNameStart = true;
      continue;
    }
    if (c === '<' && (line[i + 1] === '-' || line[i + 1] === '=')) {
      const set = line[i + 1] === '-' ? DASHES : EQUALS;
      const j = runEnd(line, i + 1, set);
      if (line[j] === '>') {
        arrows.push({ start: i, end: j + 1, direction: 'both' });
        i = j + 1;
        atNameStart = true;
        continue;
      }
      if (set === DASHES) {
        arrows.push({ start: i, end: j, direction: 'back' });
        i = j;
        atNameStart = true;
        continue;
      }
      i = j;
      atNameStart = false;
      continue;
    }
    if (DASHES.has(c) || c === '=') {
      const set = c === '=' ? EQUALS : DASHES;
      const j = runEnd(line, i, set);
      if (line[j] === '>') {
        let end = j + 1;
        while (line[end] === '>') end++;
        arrows.push({ start: i, end, direction: 'forward', ...(end > j + 1 ? { odd: true } : {}) });
        i = end;
        atNameStart = true;
        continue;
      }
      if (line[j] === '[' && c !== '–' && c !== '—') {
        if (closeCache !== -1 && closeCache < j) closeCache = line.indexOf(']', j);
        const close = closeCache;
        if (close > j && close - j <= MAX_LABEL) {
          const k = runEnd(line, close + 1, set);
          if (k > close + 1 && line[k] === '>') {
            arrows.push({ start: i, end: k + 1, direction: 'forward', label: line.slice(j + 1, close) });
            i = k + 1;
            atNameStart = true;
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
  return { arrows, end: line.length, ...(unclosedQuote !== undefined ? { unclosedQuote } : {}) };
}

/** A markdown bullet or number at the start of a line: `- `, `* `, `• `, `1. `, `2) `. Returns where content starts. */
function afterBullet(line: string): number {
  let i = 0;
  while (isSpace(line[i])) i++;
  const c = line[i];
  let j = i;
  if (c === '-' || c === '*' || c === '•' || c === '+') j = i + 1;
  else {
    while (j < line.length && j - i < 4 && line[j]! >= '0' && line[j]! <= '9') j++;
    if (j === i || (line[j] !== '.' && line[j] !== ')')) return 0;
    j++;
  }
  if (!isSpace(line[j])) return 0;
  while (isSpace(line[j])) j++;
  return j;
}

/** Splits a stretch of a line on commas (outside quotes) into names, and registers them. */
function readGroup(
  b: PipelineBuilder,
  line: string,
  lineNo: number,
  start: number,
  end: number,
  find: (needle: string, from: number) => number,
): string[] {
  const out = new Set<string>();
  const pieces: { text: string; at: number }[] = [];
  let pieceStart = start;
  let atNameStart = true;
  let depth = 0; // commas inside parentheses belong to the name: `S3 (raw, curated)`
  for (let i = start; i < end; i++) {
    const c = line[i] ?? '';
    if (atNameStart && isSpace(c)) continue;
    const close = atNameStart && c !== '`' ? closingQuote(c) : undefined;
    if (close !== undefined) {
      const j = find(close, i + 1);
      if (j >= 0 && j < end) i = j;
      atNameStart = false;
      continue;
    }
    atNameStart = false;
    if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    else if (c === ',' && depth === 0) {
      pieces.push({ text: line.slice(pieceStart, i), at: pieceStart });
      pieceStart = i + 1;
      atNameStart = true;
    }
  }
  pieces.push({ text: line.slice(pieceStart, end), at: pieceStart });
  const several = pieces.length > 1;
  for (const p of pieces) {
    const lead = p.text.length - p.text.trimStart().length;
    const column = p.at + lead + 1;
    const raw = p.text.trim();
    if (raw === '') {
      if (several) b.warn(lineNo, column, 'Empty name between commas', truncate(line.slice(start, end).trim()));
      continue;
    }
    const name = readName(b, raw, lineNo, column);
    if (name === undefined) continue;
    out.add(b.component(name.name, { line: lineNo, explicit: name.explicit, at: { line: lineNo, column } }));
  }
  return [...out];
}

/** `"Sessions, enriched" [process]` → name and stage; warns about a bracket that names no stage. */
function readName(
  b: PipelineBuilder,
  raw: string,
  lineNo: number,
  column: number,
): { name: string; explicit?: ReturnType<typeof stageWord> } | undefined {
  const o = splitOverride(undecorate(raw));
  if (o.unknown) {
    b.warn(lineNo, column + o.unknown.index, `"[${o.unknown.word}]" is not a stage; kept as part of the name`, `[${o.unknown.word}]`);
  }
  const { text, quoted } = unquote(o.name);
  let name = squash(text);
  if (!quoted) name = name.replace(/^["'“‘]/, '').replace(/[.;]+$/, '').trim();
  if (name === '') {
    b.warn(lineNo, column, o.explicit ? 'A stage override with no name before it' : 'Empty name', raw);
    return undefined;
  }
  return o.explicit ? { name, explicit: o.explicit } : { name };
}

/**
 * ASCII diagrams box their names (`[--- Kafka ---]`, `[ Spark ]`, `(( S3 ))`) and READMEs link them
 * (`[Docker](https://…)`): the name is what is inside.
 */
function undecorate(raw: string): string {
  const unlinked = raw.replace(/\[([^\]]+)\]\([^)\s]*\)/g, '$1');
  const boxed = /^[[({]+\s*[-=*_|~]*\s*([^[\](){}]*?)\s*[-=*_|~]*\s*[\])}]+$/.exec(unlinked.trim());
  const inner = boxed?.[1];
  if (inner === undefined || inner === '' || stageWord(inner) !== undefined) return unlinked;
  return inner;
}

/** Whether a line without arrows reads like a bare component name rather than a sentence or heading. */
function looksLikeName(s: string): boolean {
  const t = s.trim();
  if (t === '' || t.length > 60 || !/[\p{L}\p{N}]/u.test(t)) return false;
  if (/[:.?!]$/.test(t) || /[:.?!]\s/.test(t)) return false;
  if (unquote(t).quoted) return true;
  if (t.includes(',')) return false;
  return t.split(/\s+/).length <= 5;
}

function isFence(trimmed: string): boolean {
  return trimmed.startsWith('```') || trimmed.startsWith('~~~');
}

function readLine(b: PipelineBuilder, line: string, lineNo: number): void {
  const from = afterBullet(line);
  const scanned = scanLine(line, from);
  const { arrows, end } = scanned;
  if (scanned.unclosedQuote !== undefined) {
    b.warn(lineNo, scanned.unclosedQuote + 1, 'Quote is never closed; read to the end of the line', line.slice(scanned.unclosedQuote));
  }
  const content = line.slice(from, end);
  if (content.trim() === '') return;

  if (arrows.length === 0) {
    const column = from + (content.length - content.trimStart().length) + 1;
    if (looksLikeName(content)) {
      const name = readName(b, content.trim(), lineNo, column);
      b.warn(lineNo, column, 'No arrow on this line; kept as a component with no connections', content.trim());
      if (name) b.component(name.name, { line: lineNo, explicit: name.explicit, at: { line: lineNo, column } });
    } else {
      b.warn(lineNo, column, 'No arrow on this line; ignored', content.trim());
    }
    return;
  }

  // Groups between arrows: group k is left of arrow k, group k+1 right of it.
  const groups: string[][] = [];
  const find = finder(line);
  let start = from;
  for (const a of arrows) {
    groups.push(readGroup(b, line, lineNo, start, a.start, find));
    start = a.end;
  }
  groups.push(readGroup(b, line, lineNo, start, end, find));

  arrows.forEach((a, k) => {
    const left = groups[k] ?? [];
    const right = groups[k + 1] ?? [];
    const text = line.slice(a.start, a.end);
    if (a.odd) b.warn(lineNo, a.start + 1, `"${text}" is not an arrow here; read as "->"`, text);
    if (left.length === 0 && right.length === 0) {
      if (k === 0) b.warn(lineNo, a.start + 1, 'Arrow with nothing before it', text);
      else if (k === arrows.length - 1) b.warn(lineNo, a.start + 1, 'Arrow with nothing after it', text);
      return;
    }
    if (left.length === 0) {
      b.warn(lineNo, a.start + 1, k === 0 ? 'Arrow with nothing before it' : 'Nothing between two arrows', text);
      return;
    }
    if (right.length === 0) {
      if (k === arrows.length - 1) b.warn(lineNo, a.start + 1, 'Arrow with nothing after it', text);
      return;
    }
    const label = a.label === undefined ? undefined : squash(a.label) || undefined;
    b.fanOut(left, right, {
      line: lineNo,
      both: a.direction === 'both',
      reverse: a.direction === 'back',
      ...(label ? { label } : {}),
    });
  });
}

/** Words that make the text between two arrows a sentence ("S3 → Created with restricted permissions"). */
const PROSE_WORDS = new Set(
  'to into with for from by on of in using is are was were be its this that the we our then when which while'.split(' '),
);
const MAX_CHAIN_NAME_WORDS = 6;

/**
 * Whether a line is a chain of names joined by arrows (`PostgreSQL → Debezium → Kafka`), as opposed
 * to prose that happens to use an arrow (`**Amazon S3** → Storage layer for raw CSV data`).
 */
export function isArrowChain(line: string): boolean {
  const from = afterBullet(line);
  const s = scanLine(line, from);
  if (s.arrows.length === 0) return false;
  let start = from;
  const pieces: string[] = [];
  for (const a of s.arrows) {
    pieces.push(line.slice(start, a.start));
    start = a.end;
  }
  pieces.push(line.slice(start, s.end));
  return pieces.every((p) => {
    const t = squash(p.replace(/\([^()]{0,80}\)/g, ' ').replace(/[*_`]/g, ' '));
    if (t === '') return true;
    const words = t.split(' ');
    return words.length <= MAX_CHAIN_NAME_WORDS && !/[.!?:;]$/.test(t) && !words.some((w) => PROSE_WORDS.has(w.toLowerCase()));
  });
}

/** Reads one arrow line into a builder another format is filling: a flow stated inside a page. */
export function readArrowLine(b: PipelineBuilder, line: string, lineNo: number): void {
  readLine(b, line, lineNo);
}

function parseArrows(text: string): RawPipeline {
  return safely((b) => {
    for (const { text: line, line: lineNo } of splitLines(text)) {
      if (isFence(line.trim())) continue;
      readLine(b, line, lineNo);
    }
  });
}

/** Is the first meaningful line a Mermaid flowchart header? */
function mermaidHeader(lines: readonly string[]): boolean {
  for (const l of lines) {
    const t = l.trim();
    if (t === '' || isFence(t) || t.startsWith('%%')) continue;
    return /^(?:graph|flowchart)(?:-elk)?(?:\s|;|$)/i.test(t);
  }
  return false;
}

/** Mermaid node syntax (`A[Label]`, `B((x))`, `-->|label|`) with no header. */
function mermaidShaped(line: string): boolean {
  if (line.includes('-->|') || line.includes('-.->')) return true;
  const m = /[\p{L}\p{N}_][[({]([^\])}]{0,60})[\])}]/u.exec(line.slice(0, 400));
  return m !== null && stageWord(m[1] ?? '') === undefined;
}

function detectArrows(text: string): number {
  const lines = splitLines(text.slice(0, DETECT_HEAD)).slice(0, 300).map((l) => l.text);
  if (mermaidHeader(lines)) return 0.05;
  let content = 0;
  let withArrow = 0;
  let shaped = 0;
  for (const line of lines) {
    if (isFence(line.trim())) continue;
    const from = afterBullet(line);
    const s = scanLine(line, from);
    if (line.slice(from, s.end).trim() === '') continue;
    content++;
    // A page whose arrows sit inside sentences is prose, not a diagram.
    if (s.arrows.length > 0 && isArrowChain(line)) {
      withArrow++;
      if (mermaidShaped(line)) shaped++;
    }
  }
  if (content === 0 || withArrow === 0) return 0;
  const ratio = withArrow / content;
  const score = ratio >= 0.5 ? 0.8 + 0.3 * (ratio - 0.5) : ratio * 1.2;
  return shaped * 2 >= withArrow ? Math.min(score, 0.5) : score;
}

export const arrowsParser: FormatParser = {
  id: 'arrows',
  label: 'Arrows (a -> b)',
  example: 'Mobile app -> Kafka -> S3 raw bucket\nS3 raw bucket -> Spark -> Snowflake [store] -> Looker',
  detect: detectArrows,
  parse: parseArrows,
};
