/**
 * A builder that keeps a structured parse well-formed: unique slug ids, edges only between known
 * components, hints de-duplicated, warnings positioned from 1 and bounded.
 */
import { warningOf, type ParseProblem } from '../../problems';
import type { ParseWarning, Placement, RawComponent, RawEdge, RawPipeline } from '../../types';
import { slugify } from '../text';
import type { Position } from './positions';
import { clip } from './values';

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

  /** A warning in words; a reader of its own problems reports them with `problem` instead. */
  warn(warning: { line: number; column: number; message: string; found?: string | undefined; problem?: ParseProblem | undefined }): void {
    const w: { line: number; column: number; message: string; found?: string; problem?: ParseProblem } = {
      line: Number.isFinite(warning.line) ? Math.max(1, Math.floor(warning.line)) : 1,
      column: Number.isFinite(warning.column) ? Math.max(1, Math.floor(warning.column)) : 1,
      message: warning.message,
    };
    if (warning.found !== undefined) w.found = clip(warning.found);
    if (warning.problem !== undefined) w.problem = warning.problem;
    this.warningList.push(w);
  }

  /** Reports a problem where it was found; the warning's message is its description. */
  problem(problem: ParseProblem, at: Position = { line: 1, column: 1 }, found?: string): void {
    this.warn(warningOf(problem, at, found));
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
    if (next) warnings.push(warningOf({ kind: 'moreProblems', count: sorted.length - MAX_WARNINGS }, next));
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
export function failed(reason: string | ParseProblem, position: Position = { line: 1, column: 1 }, found?: string): RawPipeline {
  const b = new PipelineBuilder();
  if (typeof reason === 'string') b.warn({ ...position, message: reason, found });
  else b.problem(reason, position, found);
  return b.build();
}

/** The message of an exception, for an `unreadable` problem. */
export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
