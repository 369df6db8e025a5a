/**
 * Shared helpers for the text formats (arrows, list, mermaid): slugs, lines and positions,
 * `name [stage]` overrides, and a builder that keeps ids unique, edges de-duplicated and
 * warnings bounded. Everything here is linear in the size of its input.
 */

/** Past this many, more edges would only bury the useful ones. */
export const MAX_EDGES = 50_000;
const MAX_FOUND = 80;
const MAX_SLUG = 60;
export const MAX_NAME = 200;

/** Only this much of a text is looked at by `detect`. */
export const DETECT_HEAD = 64_000;

/** `Mobile App (iOS)` → `mobile-app-ios`; accents dropped, other letters and digits kept. Never empty. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .slice(0, MAX_SLUG)
    .replace(/^-|-$/g, '');
  return slug === '' ? 'component' : slug;
}

/** indexOf with memory: amortised linear when `from` only grows, as in a left-to-right scan. */
export function finder(s: string): (needle: string, from: number) => number {
  const cache = new Map<string, number>();
  return (needle, from) => {
    const c = cache.get(needle);
    if (c !== undefined && (c === -1 || c >= from)) return c;
    const r = s.indexOf(needle, from);
    cache.set(needle, r);
    return r;
  };
}

/** A letter, digit or underscore (any script). */
export function isWordChar(c: string | undefined): boolean {
  if (c === undefined || c === '') return false;
  const k = c.charCodeAt(0);
  if (k < 128) return (k >= 97 && k <= 122) || (k >= 65 && k <= 90) || (k >= 48 && k <= 57) || k === 95;
  return /[\p{L}\p{N}]/u.test(c);
}

/** A paste copied from inside a list or an indented block carries that indent on every line: it is not the text's own. */
export function unindent(text: string): { source: string; indent: number } {
  const indent = [...text.matchAll(/^[ \t]*(?=\S)/gm)].reduce((n, m) => Math.min(n, m[0].length), Infinity);
  return indent > 0 && indent < Infinity ? { source: text.replace(new RegExp(`^[ \\t]{0,${indent}}`, 'gm'), ''), indent } : { source: text, indent: 0 };
}

export function getOrAdd<K, V>(map: { get(key: K): V | undefined; set(key: K, value: V): unknown }, key: K, make: () => V): V {
  const known = map.get(key);
  if (known !== undefined) return known;
  const made = make();
  map.set(key, made);
  return made;
}

/** A space, tab or no-break space: what separates words on a line. */
export function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0';
}

export function skipSpace(s: string, i: number): number {
  while (isSpace(s[i])) i++;
  return i;
}

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const NAMED_ENTITIES = new Map([['quot', '"'], ['amp', '&'], ['lt', '<'], ['gt', '>'], ['nbsp', ' '], ['apos', "'"]]);

/** The character an HTML reference names (`amp`, `#39`, `#x27`), or undefined: one past Unicode names none. */
export function entityChar(ref: string): string | undefined {
  const num = /^#(?:x([0-9a-f]{1,8})|(\d{1,8}))$/i.exec(ref);
  if (!num) return NAMED_ENTITIES.get(ref.toLowerCase());
  const code = num[1] !== undefined ? parseInt(num[1], 16) : Number(num[2]);
  return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : undefined;
}

/** Icons at either end of a name (`🐘 Postgres`, `Cloud Function ☁️`): decoration, not part of it. */
export const DECORATION = /^[\p{Extended_Pictographic}\p{So}\uFE0F\s]+|[\p{Extended_Pictographic}\p{So}\uFE0F\s]+$/gu;

export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function truncate(s: string, max = MAX_FOUND): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

export interface SourceLine {
  /** The line without its terminator. */
  readonly text: string;
  /** 1-based. */
  readonly line: number;
  /** Offset of the line's first character in the whole text. */
  readonly offset: number;
}

/** Splits on \n, \r\n and \r; a leading byte-order mark is blanked (columns stay as an editor counts them). */
export function splitLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  let start = 0;
  for (const m of text.matchAll(/\r\n?|\n/g)) {
    out.push({ text: text.slice(start, m.index), line: out.length + 1, offset: start });
    start = m.index + m[0].length;
  }
  out.push({ text: text.slice(start), line: out.length + 1, offset: start });
  const first = out[0];
  if (first?.text.startsWith('\uFEFF')) out[0] = { ...first, text: ` ${first.text.slice(1)}` };
  return out;
}

/** The index of the last value at most `limit` in an ascending list, by binary search; 0 when none is. */
export function lastIndexAtOrBefore(sorted: readonly number[], limit: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sorted[mid] ?? 0) <= limit) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** 1-based line and column (in UTF-16 units, as editors count) of an offset. */
export function positionAt(starts: readonly number[], offset: number): { line: number; column: number } {
  const lo = lastIndexAtOrBefore(starts, offset);
  return { line: lo + 1, column: Math.max(0, offset - (starts[lo] ?? 0)) + 1 };
}

/** Width of a line's indentation, tabs to the next multiple of 4. */
export function indentWidth(line: string): number {
  let w = 0;
  for (const c of line) {
    if (c === ' ') w++;
    else if (c === '\t') w += 4 - (w % 4);
    else break;
  }
  return w;
}

const QUOTE_PAIRS = new Map<string, string>([
  ['"', '"'], ["'", "'"], ['“', '”'], ['‘', '’'], ['`', '`'],
]);

/** The closing quote for an opening one, or undefined when `c` opens no quote. */
export function closingQuote(c: string | undefined): string | undefined {
  return c === undefined ? undefined : QUOTE_PAIRS.get(c);
}

/** `"Mobile app"` → `Mobile app`; anything not wholly quoted is returned as is. */
export function unquote(s: string): { text: string; quoted: boolean } {
  const close = closingQuote(s[0]);
  if (close !== undefined && s.length >= 2 && s.endsWith(close)) return { text: s.slice(1, -1), quoted: true };
  return { text: s, quoted: false };
}

export { PipelineBuilder } from './builder/pipelineBuilder';
export { safely } from './builder/outcomes';
