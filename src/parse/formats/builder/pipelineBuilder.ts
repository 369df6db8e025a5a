/**
 * The one builder every reader fills, structured or free text: unique slug ids, edges only between
 * known components (never a self-loop) and at most MAX_EDGES of them, hints de-duplicated, warnings
 * positioned from 1 and bounded, so the result is always well-formed. Structured readers key components
 * themselves (a task id, a dbt unique_id); text readers `mention` names, keyed by how the name is spelled.
 */
import { warningOf, type ParseProblem } from '../../problems';
import type { ParseWarning, Placement, RawComponent, RawPipeline } from '../../types';
import { MAX_EDGES, MAX_NAME, slugify, squash, truncate } from '../text';
import { EdgeSet, type EdgeExtra } from './edgeSet';
import type { Position } from './positions';
import { clip } from './values';
import { WarningLog } from './warningLog';

export interface ComponentInit {
  readonly name: string;
  /** Text the id is slugged from (defaults to the name). */
  readonly idBase?: string;
  readonly hints?: readonly (string | undefined | null)[];
  readonly explicit?: Placement;
  readonly line?: number;
  readonly schedule?: string | undefined;
}

interface MutableComponent {
  id: string;
  name: string;
  hints: string[];
  explicit?: Placement;
  line?: number;
  schedule?: string;
}

export interface MentionOptions {
  /** Identity for de-duplication; default: `keyOf(name)`. */
  readonly key?: string;
  /** What the id is made from; default: the name. */
  readonly slugFrom?: string;
  readonly line?: number;
  readonly explicit?: Placement;
  readonly hints?: readonly string[];
  /** Where the mention is, to warn about a stage that contradicts an earlier one. */
  readonly at?: { readonly line: number; readonly column: number };
}

const MAX_HINTS = 12;
const MAX_HINT_LENGTH = 120;

/** A hint on one line and at most MAX_HINT_LENGTH long; nothing for an empty one. */
const cleanHint = (hint: string | undefined | null): string | undefined => (typeof hint === 'string' ? clip(hint, MAX_HINT_LENGTH) || undefined : undefined);

export class PipelineBuilder {
  private readonly list: MutableComponent[] = [];
  private readonly byKey = new Map<string, MutableComponent>();
  private readonly byId = new Map<string, MutableComponent>();
  /** Per slug, the suffix to try next: probing from 2 each time made n names with one slug cost n². */
  private readonly nextSuffix = new Map<string, number>();
  private readonly edges = new EdgeSet((id) => this.byId.has(id));
  private readonly warnings = new WarningLog();

  /** The default key of a mentioned name: its spelling, case- and space-insensitive. */
  static nameKey(name: string): string {
    return squash(name).toLowerCase();
  }

  /** How a mentioned name meets an earlier mention; a format may know spellings that meet. */
  keyOf: (name: string) => string = (name) => PipelineBuilder.nameKey(name);

  idOf(key: string): string | undefined {
    return this.byKey.get(key)?.id;
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  get size(): number {
    return this.list.length;
  }

  /** Adds a component, or merges hints (and a missing explicit stage or line) into the one already under the key. Returns its id. */
  component(key: string, init: ComponentInit): string {
    let c = this.byKey.get(key);
    if (!c) {
      const base = slugify(init.idBase ?? init.name);
      let id = base;
      if (this.byId.has(id)) {
        let n = this.nextSuffix.get(base) ?? 2;
        while (this.byId.has(`${base}-${n}`)) n++;
        this.nextSuffix.set(base, n + 1);
        id = `${base}-${n}`;
      }
      c = { id, name: init.name.trim() === '' ? id : init.name.trim(), hints: [] };
      this.list.push(c);
      this.byKey.set(key, c);
      this.byId.set(id, c);
    }
    this.mergeHints(c, init.hints ?? []);
    c.explicit ??= init.explicit;
    if (c.line === undefined && init.line !== undefined && Number.isFinite(init.line) && init.line >= 1) c.line = Math.floor(init.line);
    c.schedule ??= cleanHint(init.schedule);
    return c.id;
  }

  /**
   * The component a text names, created on first mention (keyed by `keyOf(name)` unless `opts.key`).
   * A name past MAX_NAME is shortened with a warning; a stage contradicting an earlier one is warned about.
   */
  mention(fullName: string, opts: MentionOptions = {}): string {
    let name = fullName;
    if (name.length > MAX_NAME) {
      name = truncate(name, MAX_NAME);
      const at = opts.at ?? { line: opts.line ?? 1, column: 1 };
      this.warnAt(at.line, at.column, `Name longer than ${MAX_NAME} characters; shortened`, name);
    }
    const key = opts.key ?? this.keyOf(name);
    const was = this.byKey.get(key)?.explicit;
    if (was !== undefined && opts.explicit !== undefined && was !== opts.explicit && opts.at) {
      this.warnAt(opts.at.line, opts.at.column, `"${this.byKey.get(key)?.name ?? name}" was already marked [${was}]; keeping that`, `[${opts.explicit}]`);
    }
    return this.component(key, { name, idBase: opts.slugFrom, hints: opts.hints, explicit: opts.explicit, line: opts.line });
  }

  nameById(id: string): string | undefined {
    return this.byId.get(id)?.name;
  }

  explicitOf(id: string): Placement | undefined {
    return this.byId.get(id)?.explicit;
  }

  setName(id: string, name: string): void {
    const c = this.byId.get(id);
    if (c) c.name = name;
  }

  addHints(id: string, hints: readonly string[]): void {
    const c = this.byId.get(id);
    if (c) this.mergeHints(c, hints);
  }

  /** Counts edges not even enumerated because the limit was reached. */
  skipEdges(n: number): void {
    this.edges.dropped += n;
  }

  /** Every `from` feeds every `to` (backwards or both ways when asked); stops at the edge limit. */
  fanOut(froms: readonly string[], tos: readonly string[], opts: { label?: string; line?: number; direction?: 'forward' | 'back' | 'both'; order?: boolean } = {}): void {
    const extra = { label: opts.label, line: opts.line, ...(opts.order === true ? { order: true } : {}) };
    for (const [i, f] of froms.entries()) {
      // Once no more edges are kept, the rest of the cross product is only counted.
      if (this.edges.full) {
        this.skipEdges((froms.length - i) * tos.length);
        return;
      }
      for (const t of tos) {
        if (opts.direction !== 'back') this.edge(f, t, extra);
        if (opts.direction === 'back' || opts.direction === 'both') this.edge(t, f, extra);
      }
    }
  }

  /** Lets a second key (an alias such as a map key or a variable name) point at an existing component. */
  alias(key: string, existingKey: string): void {
    const c = this.byKey.get(existingKey);
    if (c && !this.byKey.has(key)) this.byKey.set(key, c);
  }

  private mergeHints(c: MutableComponent, hints: readonly (string | undefined | null)[]): void {
    for (const h of hints) {
      if (c.hints.length >= MAX_HINTS) return;
      const t = cleanHint(h);
      if (t === undefined || t === c.name || c.hints.some((x) => x.toLowerCase() === t.toLowerCase())) continue;
      c.hints.push(t);
    }
  }

  /** Adds an edge between two component ids. Unknown ids and self-loops are ignored; a repeated pair is kept once (a data edge wins over a control one). */
  edge(from: string | undefined, to: string | undefined, extra: EdgeExtra = {}): boolean {
    return this.edges.add(from, to, extra);
  }

  /** A warning in words; a reader of its own problems reports them with `problem` instead. */
  warn(warning: ParseWarning): void {
    this.warnings.add(warning);
  }

  /** A warning at a line and column, as the text readers give them. */
  warnAt(line: number, column: number, message: string, found?: string): void {
    this.warn({ line, column, message, found });
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
      const out: { id: string; name: string; hints?: string[]; explicit?: Placement; line?: number; schedule?: string } = { id: c.id, name: c.name };
      if (c.hints.length > 0) out.hints = [...c.hints];
      if (c.explicit !== undefined) out.explicit = c.explicit;
      if (c.line !== undefined) out.line = c.line;
      if (c.schedule !== undefined) out.schedule = c.schedule;
      return out;
    });
    const warnings = this.warnings.shown();
    if (this.edges.dropped > 0) warnings.unshift(warningOf({ kind: 'tooManyEdges', dropped: this.edges.dropped, limit: MAX_EDGES }, { line: 1, column: 1 }));
    return { components, edges: this.edges.toArray(), warnings };
  }
}
