/** One arrow line into a builder: chains of groups joined by arrows, or a bare name. */
import { type PipelineBuilder, finder, squash } from '../text';
import { afterBullet, scanLine } from './scan';
import { looksLikeName, readGroup, readName } from './names';
import { unnest } from './nested';

export function isFence(trimmed: string): boolean {
  return trimmed.startsWith('```') || trimmed.startsWith('~~~');
}

/** The stretches of a line from `from` to `end` around its arrows: one before each arrow, and one after the last. */
function between(arrows: readonly { start: number; end: number }[], from: number, end: number): [number, number][] {
  return [from, ...arrows.map((a) => a.end)].map((start, k) => [start, arrows[k]?.start ?? end]);
}

/**
 * Reads one arrow line into a builder (the arrow format's, or another format's: a flow stated inside a page).
 * `above`: what the line above ended on, where this line opens with an arrow; `goesOn`: the line below opens with one.
 * Returns the names the line ends on.
 */
export function readArrowLine(b: PipelineBuilder, written: string, lineNo: number, above: readonly string[] = [], goesOn = false): readonly string[] {
  const from = afterBullet(written);
  const { line, containers } = unnest(written, from);
  for (const c of containers) {
    const name = readName(b, c.text, lineNo, c.column + 1);
    if (name) b.mention(name.name, { line: lineNo, explicit: name.explicit, hints: name.hints, at: { line: lineNo, column: c.column + 1 } });
  }
  const scanned = scanLine(line, from);
  const { arrows, end } = scanned;
  if (scanned.unclosedQuote !== undefined) {
    b.warnAt(lineNo, scanned.unclosedQuote + 1, 'Quote is never closed; read to the end of the line', line.slice(scanned.unclosedQuote));
  }
  const content = line.slice(from, end);
  if (content.trim() === '') return [];

  if (arrows.length === 0) {
    const column = from + (content.length - content.trimStart().length) + 1;
    if (looksLikeName(content)) {
      const name = readName(b, content.trim(), lineNo, column);
      if (!goesOn) b.warnAt(lineNo, column, 'No arrow on this line; kept as a component with no connections', content.trim());
      if (name) return [b.mention(name.name, { line: lineNo, explicit: name.explicit, hints: name.hints, at: { line: lineNo, column } })];
    } else {
      b.warnAt(lineNo, column, 'No arrow on this line; ignored', content.trim());
    }
    return [];
  }

  // Groups between arrows: group k is left of arrow k, group k+1 right of it.
  const find = finder(line);
  const groups = between(arrows, from, end).map(([start, stop]) => readGroup(b, line, lineNo, start, stop, find));
  if (groups[0]?.length === 0 && above.length > 0) groups[0] = [...above];

  arrows.forEach((a, k) => {
    const left = groups[k] ?? [];
    const right = groups[k + 1] ?? [];
    const text = line.slice(a.start, a.end);
    if (a.odd) b.warnAt(lineNo, a.start + 1, `"${text}" is not an arrow here; read as "->"`, text);
    if (left.length === 0 || right.length === 0) {
      // Each gap is told once: before the first arrow, between two arrows (at the later one), after the last.
      const gap =
        left.length === 0 && k === 0 ? 'Arrow with nothing before it'
        : right.length > 0 ? 'Nothing between two arrows'
        : k === arrows.length - 1 ? 'Arrow with nothing after it'
        : undefined;
      if (gap !== undefined) b.warnAt(lineNo, a.start + 1, gap, text);
      return;
    }
    b.fanOut(left, right, { line: lineNo, direction: a.direction, label: a.label });
  });
  return groups.at(-1) ?? [];
}

/** Words that make the text between two arrows a sentence ("S3 → Created with restricted permissions"). */
const SENTENCE_WORDS = new Set('is are was were be this that we our then when which while'.split(' '));
/**
 * Words that join a name to where it lives ("Iceberg on S3-compatible storage", "Parquet in
 * MinIO"): inside a piece of a longer chain they are part of its name; leading a piece, or in a
 * single arrow, they start a sentence.
 */
const LINKING_WORDS = new Set('to into with for from by on of in using its the'.split(' '));
const MAX_CHAIN_NAME_WORDS = 6;

/**
 * Whether a line is a chain of names joined by arrows (`PostgreSQL → Debezium → Kafka`), as opposed
 * to prose that happens to use an arrow (`**Amazon S3** → Storage layer for raw CSV data`).
 */
export function isArrowChain(line: string): boolean {
  const from = afterBullet(line);
  const s = scanLine(line, from);
  if (s.arrows.length === 0) return false;
  const pieces = between(s.arrows, from, s.end).map(([start, stop]) => line.slice(start, stop));
  const long = s.arrows.length >= 2;
  return pieces.every((p) => {
    const t = squash(p.replace(/\([^()]{0,80}\)/g, ' ').replace(/[*_`]/g, ' '));
    if (t === '') return true;
    const words = t.split(' ').map((w) => w.toLowerCase());
    const prose = words.some((w, i) => SENTENCE_WORDS.has(w) || (LINKING_WORDS.has(w) && (!long || i === 0)));
    return words.length <= MAX_CHAIN_NAME_WORDS && !/[.!?:;]$/.test(t) && !prose;
  });
}
