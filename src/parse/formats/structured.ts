/**
 * Shared helpers for the structured formats (own YAML/JSON, docker-compose, dbt, OpenLineage, Airflow):
 * JSON and YAML loading with located errors, slugs, and a builder that keeps a parse well-formed
 * (unique ids, edges only between known components, 1-based warning positions).
 */
import { LineCounter, Scalar, isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Document, Node as YamlNode, Pair } from 'yaml';
import type { ParseWarning, Placement, RawComponent, RawEdge, RawPipeline } from '../types';

// ---------------------------------------------------------------------------------------------
// Small value helpers
// ---------------------------------------------------------------------------------------------

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-empty trimmed string, or undefined. Numbers and booleans are read as their text. */
export function str(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const t = value.trim();
    return t === '' ? undefined : t;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** One slug rule for every parser: see text.ts. */
import { slugify } from './text';
export { slugify };

/** First characters of a text, on one line, for `found`. */
export function clip(text: string, max = 80): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/** True when the text, past leading whitespace and a BOM, starts like JSON (`{` or `[`). */
export function looksLikeJson(text: string): boolean {
  const m = /^[\s\uFEFF]*([[{])/.exec(text.slice(0, 4096));
  return m !== null;
}

// ---------------------------------------------------------------------------------------------
// Positions
// ---------------------------------------------------------------------------------------------

export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Offset → 1-based line/column, with a binary search over line starts (built once per text). */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  at(offset: number): Position {
    const off = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= off) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: off - (this.starts[lo] ?? 0) + 1 };
  }
  /** Offset of a 1-based line and column. */
  offset(line: number, column: number): number {
    const start = this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))] ?? 0;
    return Math.min(this.text.length, start + Math.max(0, column - 1));
  }
}

/** The text at an offset for `found`: the token there, or the rest of its line, or "end of input". */
export function foundAt(text: string, offset: number, end?: number): string {
  if (offset >= text.length) return 'end of input';
  if (end !== undefined && end > offset) {
    const slice = text.slice(offset, end).split('\n')[0] ?? '';
    if (slice.trim() !== '') return clip(slice, 40);
  }
  const rest = text.slice(offset, offset + 200).split('\n')[0] ?? '';
  const token = /^(?:"(?:[^"\\]|\\.)*"?|'(?:[^'\\]|\\.)*'?|[\w.$:/-]+|\S)/.exec(rest);
  if (token) return clip(token[0], 40);
  return rest.trim() === '' ? 'end of line' : clip(rest, 40);
}

// ---------------------------------------------------------------------------------------------
// JSON
// ---------------------------------------------------------------------------------------------

export interface JsonLoad {
  /** The parsed value; after a syntax error, what could be recovered (or undefined). */
  readonly value: unknown;
  readonly ok: boolean;
  readonly warnings: readonly ParseWarning[];
}

/**
 * Offset of a JSON.parse error, read from its message: V8 "at position 123", Firefox/V8
 * "(line 4 column 7)", V8 "Unexpected token 'x', ..."snippet"... is not valid JSON", or
 * "Unexpected end of JSON input". Undefined when the message says nothing usable.
 */
export function jsonErrorOffset(text: string, message: string, index = new LineIndex(text)): number | undefined {
  const lc = /line (\d+) column (\d+)/i.exec(message);
  if (lc) return index.offset(Number(lc[1]), Number(lc[2]));
  const pos = /at position (\d+)/i.exec(message);
  if (pos) return Math.min(Number(pos[1]), text.length);
  if (/end of (?:JSON )?(?:input|data)/i.test(message)) return text.length;
  const snip = /Unexpected token .*?, (.*) is not valid JSON/s.exec(message);
  if (snip?.[1] !== undefined) {
    let s = snip[1];
    const lead = s.startsWith('...');
    const trail = s.endsWith('...');
    if (lead) s = s.slice(3);
    if (trail) s = s.slice(0, -3);
    if (s.startsWith('"') && s.endsWith('"')) s = s.slice(1, -1);
    else if (s.startsWith('"')) s = s.slice(1);
    else if (s.endsWith('"')) s = s.slice(0, -1);
    if (lead) {
      const at = text.indexOf(s);
      if (at >= 0) return at + 10;
    } else if (trail) {
      return Math.max(0, s.length - 10);
    }
  }
  return undefined;
}

/** Offset of the first JSON syntax error, found by a small scanner (fallback when the message has no position). */
export function scanJsonError(text: string): number {
  let i = 0;
  const n = text.length;
  const ws = (): void => {
    while (i < n && /[\s\uFEFF]/.test(text.charAt(i))) i++;
  };
  const fail = (at: number): never => {
    throw new ScanError(at);
  };
  const value = (depth: number): void => {
    if (depth > 2000) fail(i);
    ws();
    const c = text.charAt(i);
    if (c === '{') {
      i++;
      ws();
      if (text.charAt(i) === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text.charAt(i) !== '"') fail(i);
        string();
        ws();
        if (text.charAt(i) !== ':') fail(i);
        i++;
        value(depth + 1);
        ws();
        if (text.charAt(i) === ',') {
          i++;
          continue;
        }
        if (text.charAt(i) === '}') {
          i++;
          return;
        }
        fail(i);
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text.charAt(i) === ']') {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        ws();
        if (text.charAt(i) === ',') {
          i++;
          continue;
        }
        if (text.charAt(i) === ']') {
          i++;
          return;
        }
        fail(i);
      }
    } else if (c === '"') {
      string();
    } else {
      const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
      if (!m) fail(i);
      else i += m[0].length;
    }
  };
  const string = (): void => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 32) fail(i);
      if (c === 92) {
        const e = text.charAt(i + 1);
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail(i);
          i += 6;
        } else if ('"\\/bfnrt'.includes(e) && e !== '') i += 2;
        else fail(i);
      } else i++;
    }
    fail(n);
  };
  try {
    value(0);
    ws();
    return i < n ? i : n;
  } catch (e) {
    if (e instanceof ScanError) return e.at;
    return 0;
  }
}

class ScanError extends Error {
  constructor(readonly at: number) {
    super('json scan');
  }
}

function jsonMessage(message: string): string {
  // Drop V8's trailing snippet and position: the warning already says where.
  const m = message
    .replace(/,\s*(?:\.\.\.)?".*" is not valid JSON$/s, '')
    .replace(/,\s*\.\.\..*\.\.\. is not valid JSON$/s, '')
    .replace(/\s*\(line \d+ column \d+\)/i, '')
    .replace(/ in JSON at position \d+/i, '')
    .replace(/ at position \d+/i, '')
    .replace(/^JSON\.parse:\s*/i, '')
    .replace(/ at line \d+ column \d+ of the JSON data$/i, '')
    .trim();
  return `Invalid JSON: ${m === '' ? 'syntax error' : m}`;
}

/**
 * Reads as much JSON as possible and stops at the first error: containers open at that point are
 * closed with what they hold so far. Linear; used to keep a partial result after JSON.parse failed.
 */
export function parseJsonPrefix(text: string): unknown {
  let i = 0;
  let failed = false;
  const n = text.length;
  const ws = (): void => {
    while (i < n && /[\s\uFEFF]/.test(text.charAt(i))) i++;
  };
  const string = (): string | undefined => {
    const start = i;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 92) i += 2;
      else if (c === 34) {
        i++;
        try {
          return JSON.parse(text.slice(start, i)) as string;
        } catch {
          failed = true;
          return undefined;
        }
      } else if (c < 32) break;
      else i++;
    }
    failed = true;
    return undefined;
  };
  const value = (depth: number): unknown => {
    ws();
    const c = text.charAt(i);
    if (depth > 2000) {
      failed = true;
      return undefined;
    }
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      for (;;) {
        ws();
        if (text.charAt(i) === '}') {
          i++;
          return obj;
        }
        if (text.charAt(i) !== '"') {
          failed = true;
          return obj;
        }
        const key = string();
        ws();
        if (failed || key === undefined || text.charAt(i) !== ':') {
          failed = true;
          return obj;
        }
        i++;
        const v = value(depth + 1);
        if (v !== undefined) obj[key] = v;
        if (failed) return obj;
        ws();
        if (text.charAt(i) === ',') i++;
        else if (text.charAt(i) !== '}') {
          failed = true;
          return obj;
        }
      }
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      for (;;) {
        ws();
        if (text.charAt(i) === ']') {
          i++;
          return arr;
        }
        const v = value(depth + 1);
        if (v !== undefined) arr.push(v);
        if (failed) return arr;
        ws();
        if (text.charAt(i) === ',') i++;
        else if (text.charAt(i) !== ']') {
          failed = true;
          return arr;
        }
      }
    }
    if (c === '"') return string();
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!m) {
      failed = true;
      return undefined;
    }
    i += m[0].length;
    return JSON.parse(m[0]) as unknown;
  };
  return value(0);
}

/**
 * JSON.parse with a located warning on failure. With `recover`, a broken text is also read up to its
 * first error (see parseJsonPrefix) so the caller can keep a partial result.
 */
export function loadJson(text: string, options: { recover?: boolean } = {}): JsonLoad {
  const source = text.replace(/^\uFEFF/, '');
  const shift = text.length - source.length;
  try {
    return { value: JSON.parse(source) as unknown, ok: true, warnings: [] };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const index = new LineIndex(text);
    const offset = (jsonErrorOffset(source, message) ?? scanJsonError(source)) + shift;
    const warning: ParseWarning = { ...index.at(offset), message: jsonMessage(message), found: foundAt(text, offset) };
    const value = options.recover === true ? parseJsonPrefix(source) : undefined;
    return { value, ok: false, warnings: [warning] };
  }
}

/**
 * Offsets where each top-level value starts: the elements of a top-level array, or a single top-level
 * value. Linear scan, string-aware; used to give JSON events/items a line without a located parser.
 */
export function topLevelItemOffsets(text: string): number[] {
  const out: number[] = [];
  let depth = 0;
  let inString = false;
  let rootIsArray = false;
  let expectItem = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (/\s/.test(c)) continue;
    if (depth === 0) {
      if (c === '[') {
        rootIsArray = true;
        expectItem = true;
        depth = 1;
        continue;
      }
      out.push(i);
      if (c === '{') depth = 1;
      else if (c === '"') inString = true;
      continue;
    }
    if (rootIsArray && depth === 1) {
      if (c === ',') {
        expectItem = true;
        continue;
      }
      if (c === ']') {
        depth = 0;
        rootIsArray = false;
        continue;
      }
      if (expectItem) {
        out.push(i);
        expectItem = false;
      }
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth = Math.max(0, depth - 1);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// YAML
// ---------------------------------------------------------------------------------------------

export interface YamlLoad {
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
  readonly warnings: readonly ParseWarning[];
  /** 1-based position of a node's start, when it has a source range. */
  posOf(node: unknown): Position | undefined;
  /** 1-based line of a node's start. */
  lineOf(node: unknown): number | undefined;
}

/** Collections nested deeper than this are not handed to the YAML parser (it recurses, and can exhaust the stack or crash V8). */
export const MAX_YAML_DEPTH = 512;

/**
 * Offset where the text nests more than `max` collections, if it does: flow `[`/`{` (quotes ignored: a
 * cheap upper bound), compact block sequences `- - - …` on one line, or indentation deeper than 4×max.
 */
function tooDeep(text: string, max: number): number | undefined {
  let depth = 0;
  let lineStart = true;
  let indent = 0;
  let dashes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lineStart = true;
      indent = 0;
      dashes = 0;
      continue;
    }
    if (lineStart) {
      if (c === 32 || c === 9) {
        if (++indent > 4 * max) return i;
        continue;
      }
      if (c === 45 && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9)) {
        if (++dashes > max) return i;
        i++;
        continue;
      }
      lineStart = false;
    }
    if (c === 91 || c === 123) {
      if (++depth > max) return i;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return undefined;
}

/** parseDocument with syntax errors and warnings turned into located ParseWarnings; the document keeps what could be read. */
export function loadYaml(text: string, options: { merge?: boolean } = {}): YamlLoad {
  const lineCounter = new LineCounter();
  const deep = tooDeep(text, MAX_YAML_DEPTH);
  const warnings: ParseWarning[] = [];
  if (deep !== undefined) {
    const index = new LineIndex(text);
    warnings.push({ ...index.at(deep), message: `Nested more than ${MAX_YAML_DEPTH} levels deep; not read`, found: foundAt(text, deep) });
  }
  // The library finds a repeated key by comparing it with every earlier key of its map, which made
  // a map of n keys (a compose file's services) cost n²; repeats are found here with a set instead.
  // Each syntax error is an Error object, and capturing its stack cost more than the rest of the
  // parse (a stray comma per character: 100,000 errors in 7 s); only position and message are read.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let doc: Document.Parsed;
  try {
    doc = parseDocument(deep === undefined ? text : '', { lineCounter, prettyErrors: false, merge: options.merge ?? false, logLevel: 'error', uniqueKeys: false });
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  // Found once for the whole document: looking them up per error made a file with an unclosed quote
  // on every line cost lines².
  let unclosed: number[] | undefined;
  for (const err of [...doc.errors, ...repeatedKeys(doc), ...doc.warnings]) {
    let [start, end] = err.pos;
    if (err.code === 'MISSING_CHAR' && /quote/i.test(err.message)) {
      // Reported where the text ends; the quote that was never closed is more useful.
      unclosed ??= unclosedQuoteStarts(doc, text);
      const open = lastAtOrBefore(unclosed, start);
      if (open !== undefined) [start, end] = [open, open + 1];
    }
    const { line, col } = lineCounter.linePos(start);
    warnings.push({
      line: Math.max(1, line),
      column: Math.max(1, col),
      message: `YAML: ${err.message.split('\n')[0] ?? err.message}`,
      found: foundAt(text, start, end),
    });
  }
  const posOf = (node: unknown): Position | undefined => {
    const range = (node as { range?: unknown } | null | undefined)?.range;
    if (!Array.isArray(range) || typeof range[0] !== 'number') return undefined;
    const { line, col } = lineCounter.linePos(range[0]);
    return { line: Math.max(1, line), column: Math.max(1, col) };
  };
  return { doc, lineCounter, warnings, posOf, lineOf: (node) => posOf(node)?.line };
}

/** A key written twice in one map, reported as the library would: at the later key. */
function repeatedKeys(doc: Document): { pos: [number, number]; code: string; message: string }[] {
  const found: { pos: [number, number]; code: string; message: string }[] = [];
  visit(doc, {
    Map(_key, node) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key;
        if (!isScalar(key)) continue;
        if (!seen.has(key.value)) seen.add(key.value);
        else if (key.range) found.push({ pos: [key.range[0], key.range[0] + 1], code: 'DUPLICATE_KEY', message: 'Map keys must be unique' });
      }
    },
  });
  return found;
}

/** Start offsets of every quoted scalar whose closing quote is missing, in ascending order. */
function unclosedQuoteStarts(doc: Document, text: string): number[] {
  const starts: number[] = [];
  visit(doc, {
    Scalar(_key, node) {
      const range = node.range;
      if (!range) return;
      const quote = node.type === Scalar.QUOTE_DOUBLE ? '"' : node.type === Scalar.QUOTE_SINGLE ? "'" : undefined;
      if (quote === undefined) return;
      const source = text.slice(range[0], range[1]);
      if (source.length < 2 || !source.endsWith(quote)) starts.push(range[0]);
    },
  });
  return starts.sort((x, y) => x - y);
}

/** The largest value in a sorted list that is at most `limit`, by binary search. */
function lastAtOrBefore(sorted: readonly number[], limit: number): number | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? Infinity) <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? sorted[lo - 1] : undefined;
}

/** The pairs of a YAML map node whose key is a scalar, as [key text, pair]. */
export function yamlEntries(node: unknown): [string, Pair<unknown, unknown>][] {
  if (!isMap(node)) return [];
  const out: [string, Pair<unknown, unknown>][] = [];
  for (const pair of node.items) {
    const key = pair.key;
    const text = isScalar(key) ? str(key.value) : undefined;
    if (text !== undefined) out.push([text, pair]);
  }
  return out;
}

/** The value node under a key of a YAML map node (and the key node, for positions). */
export function yamlGet(node: unknown, key: string): { key: unknown; value: unknown } | undefined {
  for (const [k, pair] of yamlEntries(node)) if (k === key) return { key: pair.key, value: pair.value };
  return undefined;
}

/** The items of a YAML sequence node. */
export function yamlItems(node: unknown): unknown[] {
  return isSeq(node) ? [...node.items] : [];
}

/** A scalar node's value as text. */
export function yamlText(node: unknown): string | undefined {
  return isScalar(node) ? str(node.value) : undefined;
}

/** A node as a plain JS value (merges and aliases resolved as the document allows). */
export function yamlJs(node: unknown, doc: Document): unknown {
  if (node === null || node === undefined) return node;
  const n = node as YamlNode;
  if (typeof (n as { toJS?: unknown }).toJS !== 'function') return node;
  try {
    return n.toJS(doc, { maxAliasCount: 100 }) as unknown;
  } catch {
    return undefined;
  }
}

/** Top-level keys of a YAML or JSON text, read cheaply from its start (for detect). */
export function topLevelYamlKeys(text: string, limit = 20_000): Set<string> {
  const keys = new Set<string>();
  const head = text.slice(0, limit);
  for (const m of head.matchAll(/^(?:"([^"\n]+)"|'([^'\n]+)'|([A-Za-z_][\w.-]*))[ \t]*:(?=\s|$)/gm)) {
    const key = m[1] ?? m[2] ?? m[3];
    if (key !== undefined) keys.add(key);
  }
  return keys;
}

// ---------------------------------------------------------------------------------------------
// Building a well-formed RawPipeline
// ---------------------------------------------------------------------------------------------

export interface ComponentInit {
  readonly name: string;
  /** Text the id is slugged from (defaults to the name). */
  readonly idBase?: string;
  readonly hints?: readonly (string | undefined | null)[];
  readonly explicit?: Placement;
  readonly line?: number;
}

interface MutableComponent {
  id: string;
  name: string;
  hints: string[];
  explicit?: Placement;
  line?: number;
}

const MAX_HINTS = 12;
/** Beyond this many warnings, the rest are summed up in one: a broken paste should not flood the UI. */
const MAX_WARNINGS = 100;
const MAX_HINT_LENGTH = 60;

function cleanHint(hint: string | undefined | null): string | undefined {
  if (typeof hint !== 'string') return undefined;
  const t = hint.replace(/\s+/g, ' ').trim();
  if (t === '') return undefined;
  return t.length > MAX_HINT_LENGTH ? `${t.slice(0, MAX_HINT_LENGTH - 1)}…` : t;
}

/**
 * Collects components by a parser-chosen key (a task id, a dbt unique_id…), gives each a unique slug id,
 * de-duplicates edges and drops edges to unknown ids or self-loops, so the result is always well-formed.
 */
export class PipelineBuilder {
  private readonly list: MutableComponent[] = [];
  private readonly byKey = new Map<string, MutableComponent>();
  private readonly byId = new Map<string, MutableComponent>();
  private readonly usedIds = new Set<string>();
  /** Per slug, the suffix to try next: probing from 2 each time made n names with one slug cost n². */
  private readonly nextSuffix = new Map<string, number>();
  private readonly edgeList: RawEdge[] = [];
  private readonly edgeIndex = new Map<string, number>();
  private readonly warningList: ParseWarning[] = [];

  /** The id of the component under a key, if any. */
  idOf(key: string): string | undefined {
    return this.byKey.get(key)?.id;
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  nameOf(key: string): string | undefined {
    return this.byKey.get(key)?.name;
  }

  get size(): number {
    return this.list.length;
  }

  /** Adds a component, or merges hints (and a missing explicit stage or line) into the one already under the key. Returns its id. */
  component(key: string, init: ComponentInit): string {
    const existing = this.byKey.get(key);
    if (existing) {
      this.mergeHints(existing, init.hints ?? []);
      if (existing.explicit === undefined && init.explicit !== undefined) existing.explicit = init.explicit;
      if (existing.line === undefined && init.line !== undefined && init.line >= 1) existing.line = init.line;
      return existing.id;
    }
    const base = slugify(init.idBase ?? init.name);
    let id = base;
    if (this.usedIds.has(id)) {
      let n = this.nextSuffix.get(base) ?? 2;
      while (this.usedIds.has(`${base}-${n}`)) n++;
      this.nextSuffix.set(base, n + 1);
      id = `${base}-${n}`;
    }
    this.usedIds.add(id);
    const name = init.name.trim() === '' ? id : init.name.trim();
    const c: MutableComponent = { id, name, hints: [] };
    if (init.explicit !== undefined) c.explicit = init.explicit;
    if (init.line !== undefined && Number.isFinite(init.line) && init.line >= 1) c.line = Math.floor(init.line);
    this.mergeHints(c, init.hints ?? []);
    this.list.push(c);
    this.byKey.set(key, c);
    this.byId.set(id, c);
    return id;
  }

  /** Lets a second key (an alias such as a map key or a variable name) point at an existing component. */
  alias(key: string, existingKey: string): void {
    const c = this.byKey.get(existingKey);
    if (c && !this.byKey.has(key)) this.byKey.set(key, c);
  }

  hint(key: string, hints: readonly (string | undefined | null)[]): void {
    const c = this.byKey.get(key);
    if (c) this.mergeHints(c, hints);
  }

  private mergeHints(c: MutableComponent, hints: readonly (string | undefined | null)[]): void {
    for (const h of hints) {
      if (c.hints.length >= MAX_HINTS) return;
      const t = cleanHint(h);
      if (t === undefined || t === c.name) continue;
      if (c.hints.some((x) => x.toLowerCase() === t.toLowerCase())) continue;
      c.hints.push(t);
    }
  }

  /** Adds an edge between two component ids. Unknown ids and self-loops are ignored; a repeated pair is kept once (a data edge wins over a control one). */
  edge(from: string | undefined, to: string | undefined, extra: { label?: string; control?: boolean; line?: number } = {}): boolean {
    if (from === undefined || to === undefined || from === to) return false;
    if (!this.byId.has(from) || !this.byId.has(to)) return false;
    const key = `${from}\u0000${to}`;
    const at = this.edgeIndex.get(key);
    if (at !== undefined) {
      const prev = this.edgeList[at];
      if (prev?.control === true && extra.control !== true) {
        const { control: _control, ...rest } = prev;
        this.edgeList[at] = rest;
      }
      return false;
    }
    const e: { from: string; to: string; label?: string; control?: boolean; line?: number } = { from, to };
    const label = extra.label?.trim();
    if (label !== undefined && label !== '') e.label = label;
    if (extra.control === true) e.control = true;
    if (extra.line !== undefined && Number.isFinite(extra.line) && extra.line >= 1) e.line = Math.floor(extra.line);
    this.edgeIndex.set(key, this.edgeList.length);
    this.edgeList.push(e);
    return true;
  }

  warn(warning: { line: number; column: number; message: string; found?: string | undefined }): void {
    const w: { line: number; column: number; message: string; found?: string } = {
      line: Number.isFinite(warning.line) ? Math.max(1, Math.floor(warning.line)) : 1,
      column: Number.isFinite(warning.column) ? Math.max(1, Math.floor(warning.column)) : 1,
      message: warning.message,
    };
    if (warning.found !== undefined) w.found = clip(warning.found);
    this.warningList.push(w);
  }

  warnAll(warnings: readonly ParseWarning[]): void {
    for (const w of warnings) this.warn(w);
  }

  build(): RawPipeline {
    const components: RawComponent[] = this.list.map((c) => {
      const out: { id: string; name: string; hints?: string[]; explicit?: Placement; line?: number } = { id: c.id, name: c.name };
      if (c.hints.length > 0) out.hints = [...c.hints];
      if (c.explicit !== undefined) out.explicit = c.explicit;
      if (c.line !== undefined) out.line = c.line;
      return out;
    });
    const sorted = this.warningList
      .map((w, i) => ({ w, i }))
      .sort((a, b) => a.w.line - b.w.line || a.w.column - b.w.column || a.i - b.i)
      .map(({ w }) => w);
    const warnings = sorted.slice(0, MAX_WARNINGS);
    const next = sorted[MAX_WARNINGS];
    if (next) warnings.push({ line: next.line, column: next.column, message: `…and ${sorted.length - MAX_WARNINGS} more problems from here on` });
    return { components, edges: [...this.edgeList], warnings };
  }
}

/** What is wrong with a parse result's shape (empty when well-formed): ids unique and non-empty, edges between known ids, positions ≥ 1. */
export function wellFormedProblems(p: RawPipeline): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const c of p.components) {
    if (c.id === '') problems.push('empty id');
    if (ids.has(c.id)) problems.push(`duplicate id ${c.id}`);
    ids.add(c.id);
    if (c.line !== undefined && !(Number.isInteger(c.line) && c.line >= 1)) problems.push(`bad line on ${c.id}`);
  }
  for (const e of p.edges) {
    if (!ids.has(e.from) || !ids.has(e.to)) problems.push(`edge ${e.from} -> ${e.to} to an unknown id`);
    if (e.line !== undefined && !(Number.isInteger(e.line) && e.line >= 1)) problems.push(`bad line on edge ${e.from} -> ${e.to}`);
  }
  for (const w of p.warnings) {
    if (!(Number.isInteger(w.line) && w.line >= 1 && Number.isInteger(w.column) && w.column >= 1)) problems.push(`bad warning position ${w.line}:${w.column}`);
    if (w.message === '') problems.push('empty warning message');
  }
  return problems;
}

/** An empty result with one warning, for inputs that cannot be read at all. */
export function failed(message: string, position: Position = { line: 1, column: 1 }, found?: string): RawPipeline {
  const b = new PipelineBuilder();
  b.warn({ ...position, message, found });
  return b.build();
}
