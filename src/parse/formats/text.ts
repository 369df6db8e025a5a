/**
 * Shared helpers for the text formats (arrows, list, mermaid): slugs, lines and positions,
 * `name [stage]` overrides, and a builder that keeps ids unique, edges de-duplicated and
 * warnings bounded. Everything here is linear in the size of its input.
 */
import type { ParseWarning, Placement, RawComponent, RawEdge, RawPipeline } from '../types';

/** Past these, more edges or warnings would only bury the useful ones. */
export const MAX_EDGES = 50_000;
export const MAX_WARNINGS = 200;
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

/** Collapse runs of whitespace and trim. */
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
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      out.push({ text: text.slice(start, i), line, offset: start });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
      line++;
    }
  }
  out.push({ text: text.slice(start), line, offset: start });
  const first = out[0];
  if (first?.text.startsWith('\uFEFF')) out[0] = { ...first, text: ` ${first.text.slice(1)}` };
  return out;
}

/** Offsets where each line starts, for `positionAt`. */
export function lineStarts(text: string): number[] {
  return splitLines(text).map((l) => l.offset);
}

/** 1-based line and column (in UTF-16 units, as editors count) of an offset. */
export function positionAt(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
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

interface MutableComponent {
  id: string;
  name: string;
  hints: string[];
  explicit?: Placement;
  line?: number;
}

export interface ComponentOptions {
  /** Identity for de-duplication; default: the name, case- and space-insensitive. */
  readonly key?: string;
  /** What the id is made from; default: the name. */
  readonly slugFrom?: string;
  readonly line?: number;
  readonly explicit?: Placement;
  readonly hints?: readonly string[];
  /** Where the mention is, to warn about a stage that contradicts an earlier one. */
  readonly at?: { readonly line: number; readonly column: number };
}

/** Collects components, edges and warnings; ids unique, edges de-duplicated, everything capped. */
export class PipelineBuilder {
  private readonly byKey = new Map<string, MutableComponent>();
  private readonly byId = new Map<string, MutableComponent>();
  private readonly order: MutableComponent[] = [];
  private readonly nextSuffix = new Map<string, number>();
  private readonly edges: RawEdge[] = [];
  private readonly edgeKeys = new Set<string>();
  private readonly warnings: ParseWarning[] = [];
  private droppedWarnings = 0;
  private droppedEdges = 0;

  static nameKey(name: string): string {
    return squash(name).toLowerCase();
  }

  /** How a name is matched to an earlier mention when no key is given; a format may know spellings that meet. */
  keyOf: (name: string) => string = (name) => PipelineBuilder.nameKey(name);

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  idOf(key: string): string | undefined {
    return this.byKey.get(key)?.id;
  }

  /** Returns the id of the component for `name` (or `opts.key`), creating it on first mention. */
  component(fullName: string, opts: ComponentOptions = {}): string {
    let name = fullName;
    if (name.length > MAX_NAME) {
      name = truncate(name, MAX_NAME);
      const at = opts.at ?? { line: opts.line ?? 1, column: 1 };
      this.warn(at.line, at.column, `Name longer than ${MAX_NAME} characters; shortened`, name);
    }
    const key = opts.key ?? this.keyOf(name);
    let c = this.byKey.get(key);
    if (!c) {
      c = { id: this.freshId(slugify(opts.slugFrom ?? name)), name, hints: [] };
      if (opts.line !== undefined) c.line = Math.max(1, opts.line);
      this.byKey.set(key, c);
      this.byId.set(c.id, c);
      this.order.push(c);
    }
    if (opts.explicit) {
      if (!c.explicit) c.explicit = opts.explicit;
      else if (c.explicit !== opts.explicit && opts.at) {
        this.warn(opts.at.line, opts.at.column, `"${c.name}" was already marked [${c.explicit}]; keeping that`, `[${opts.explicit}]`);
      }
    }
    if (opts.hints) this.addHints(c.id, opts.hints);
    return c.id;
  }

  nameOf(id: string): string | undefined {
    return this.byId.get(id)?.name;
  }

  explicitOf(id: string): Placement | undefined {
    return this.byId.get(id)?.explicit;
  }

  setName(id: string, name: string): void {
    const c = this.byId.get(id);
    if (c) c.name = name;
  }

  setExplicit(id: string, explicit: Placement): void {
    const c = this.byId.get(id);
    if (c && !c.explicit) c.explicit = explicit;
  }

  addHints(id: string, hints: readonly string[]): void {
    const c = this.byId.get(id);
    if (!c) return;
    for (const h of hints) {
      const t = truncate(squash(h), 120);
      if (t !== '' && t !== c.name && !c.hints.includes(t) && c.hints.length < 12) c.hints.push(t);
    }
  }

  /** True once no more edges are kept: callers stop enumerating cross products. */
  get edgesFull(): boolean {
    return this.edges.length >= MAX_EDGES;
  }

  /** Counts edges not even enumerated because the limit was reached. */
  skipEdges(n: number): void {
    this.droppedEdges += n;
  }

  /** Every `from` feeds every `to` (both ways when asked); stops at the edge limit. */
  fanOut(
    froms: readonly string[],
    tos: readonly string[],
    opts: { label?: string; line?: number; both?: boolean; reverse?: boolean; noSelf?: boolean } = {},
  ): void {
    for (let i = 0; i < froms.length; i++) {
      if (this.edgesFull) {
        this.skipEdges((froms.length - i) * tos.length);
        return;
      }
      const f = froms[i] ?? '';
      for (const t of tos) {
        if (opts.noSelf && f === t) continue;
        const o = { ...(opts.label ? { label: opts.label } : {}), ...(opts.line !== undefined ? { line: opts.line } : {}) };
        if (!opts.reverse || opts.both) this.edge(f, t, o);
        if (opts.reverse || opts.both) this.edge(t, f, o);
      }
    }
  }

  edge(from: string, to: string, opts: { label?: string; line?: number } = {}): void {
    const label = opts.label === undefined ? undefined : squash(opts.label);
    const key = `${from}\u0000${to}\u0000${label ?? ''}`;
    if (this.edgeKeys.has(key)) return;
    if (this.edges.length >= MAX_EDGES) {
      this.droppedEdges++;
      return;
    }
    this.edgeKeys.add(key);
    const e: { from: string; to: string; label?: string; line?: number } = { from, to };
    if (label) e.label = label;
    if (opts.line !== undefined) e.line = Math.max(1, opts.line);
    this.edges.push(e);
  }

  warn(line: number, column: number, message: string, found?: string): void {
    if (this.warnings.length >= MAX_WARNINGS) {
      this.droppedWarnings++;
      return;
    }
    const w: { line: number; column: number; message: string; found?: string } = {
      line: Math.max(1, Math.floor(line) || 1),
      column: Math.max(1, Math.floor(column) || 1),
      message,
    };
    if (found !== undefined) w.found = truncate(found);
    this.warnings.push(w);
  }

  result(): RawPipeline {
    const warnings = [...this.warnings].sort((a, b) => a.line - b.line || a.column - b.column);
    const last = warnings[warnings.length - 1];
    if (this.droppedEdges > 0) {
      warnings.push({ line: 1, column: 1, message: `Too many edges: ${this.droppedEdges} more were not read (limit ${MAX_EDGES})` });
    }
    if (this.droppedWarnings > 0) {
      warnings.push({ line: last?.line ?? 1, column: last?.column ?? 1, message: `${this.droppedWarnings} more warnings not shown` });
    }
    const components: RawComponent[] = this.order.map((c) => ({
      id: c.id,
      name: c.name,
      ...(c.hints.length > 0 ? { hints: [...c.hints] } : {}),
      ...(c.explicit ? { explicit: c.explicit } : {}),
      ...(c.line !== undefined ? { line: c.line } : {}),
    }));
    return { components, edges: [...this.edges], warnings };
  }

  private freshId(base: string): string {
    if (!this.byId.has(base)) return base;
    let n = this.nextSuffix.get(base) ?? 2;
    while (this.byId.has(`${base}-${n}`)) n++;
    this.nextSuffix.set(base, n + 1);
    return `${base}-${n}`;
  }
}

/** Runs a parse; an unexpected exception becomes a warning and what was read so far is kept. */
export function safely(read: (b: PipelineBuilder) => void): RawPipeline {
  const b = new PipelineBuilder();
  try {
    read(b);
  } catch (e) {
    b.warn(1, 1, `Could not finish reading: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    return b.result();
  } catch {
    return { components: [], edges: [], warnings: [{ line: 1, column: 1, message: 'Could not read this text' }] };
  }
}
