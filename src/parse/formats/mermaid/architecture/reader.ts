/**
 * The architecture reader: services become components, named by their title (else their id). A
 * service's icon (`logos:aws-s3`, `database`) is a hint that may name what it is; the titles of the
 * groups around it are hints that only frame it, as a flowchart's subgraph titles are. Junctions are
 * routing points; edges through them join the services on either side (see junctions.ts).
 */
import { splitOverride } from '../../../classify/rules/override';
import { MAX_EDGES, type PipelineBuilder } from '../../text';
import { statementLines } from '../preamble';
import { throughJunctions, type Hop } from './junctions';
import { ARCH_HEADER, type ArchEdge, type ArchEnd, type ArchNode, readArchLine } from './statements';

interface Placed<T> {
  readonly item: T;
  readonly line: number;
}

/** Deeper nesting than this is a cycle of `in`s, not a diagram. */
const MAX_NESTING = 32;

/**
 * An icon's words: `logos:aws-s3` → "aws s3", `logos:kafka-icon` → "kafka". The part before the colon
 * names the icon set, and `-icon` is the set's square variant of a logo: neither says what the service is.
 */
export function iconWords(icon: string): string {
  const name = icon.includes(':') ? icon.slice(icon.indexOf(':') + 1) : icon;
  return name.replace(/[-_]+/g, ' ').replace(/\s+icon$/i, '').trim();
}

export class ArchitectureReader {
  private readonly groups = new Map<string, Placed<ArchNode>>();
  private readonly services = new Map<string, Placed<ArchNode>>();
  private readonly junctions = new Set<string>();
  private readonly edges: Placed<ArchEdge>[] = [];
  private readonly junctionNodes: Placed<ArchNode>[] = [];
  /** Diagram id → component id. */
  private readonly ids = new Map<string, string>();

  constructor(private readonly b: PipelineBuilder) {}

  read(text: string): void {
    let sawHeader = false;
    statementLines(text, this.b, ({ text: s, line }) => {
      const t = s.trim();
      if (!sawHeader && ARCH_HEADER.test(t)) sawHeader = true;
      else if (/^accDescr(?=[\s:{]|$)/.test(t)) return t.includes('{') && !t.includes('}');
      else if (!/^(?:title|accTitle)(?=[\s:]|$)/.test(t)) this.statement(s, s.length - s.trimStart().length, line);
      return false;
    });
    this.build();
  }

  private statement(s: string, from: number, line: number): void {
    const r = readArchLine(s, from);
    if (r.problem) this.b.problem(r.problem.problem, { line, column: r.problem.column }, r.problem.found);
    const st = r.statement;
    if (!st) return;
    if (st.kind === 'edge') {
      this.edges.push({ item: st, line });
      return;
    }
    if (st.kind === 'junction') {
      this.junctions.add(st.id);
      // A junction is no component to place; its `in` is only checked.
      this.junctionNodes.push({ item: st, line });
      return;
    }
    const table = st.kind === 'group' ? this.groups : this.services;
    if (table.has(st.id)) this.b.problem({ kind: 'listedTwice', name: st.id }, { line, column: st.column }, st.id);
    else table.set(st.id, { item: st, line });
  }

  private build(): void {
    // Mermaid lets a group be declared after what is in it, so parents are checked once all are read.
    const declared = [...this.groups.values(), ...this.services.values(), ...this.junctionNodes].sort((a, b) => a.line - b.line);
    for (const { item: { parent }, line } of declared) {
      if (parent === undefined || this.groups.has(parent.id)) continue;
      this.b.problem({ kind: 'groupUnknown', group: parent.id }, { line, column: parent.column }, parent.id);
    }
    for (const [id, { item, line }] of this.services) {
      const title = item.title ?? '';
      const o = splitOverride(title);
      const name = o.name || title || id;
      const hints = [...this.framing(item.parent?.id), ...(item.icon ? [iconWords(item.icon)] : [])];
      this.ids.set(id, this.b.mention(name, { key: id, slugFrom: id, line, explicit: o.explicit, hints, at: { line, column: item.column } }));
    }
    const hops: Hop[] = [];
    for (const { item: e, line } of this.edges) {
      const from = this.end(e.from, line);
      const to = this.end(e.to, line);
      const label = e.title ? { label: e.title } : {};
      // No head at all: the edge has no direction, and the order it is written in is the best guess.
      if (e.headTo || !e.headFrom) hops.push({ from, to, line, ...label });
      if (e.headFrom) hops.push({ from: to, to: from, line, ...label });
    }
    const joined = throughJunctions(hops, (id) => this.junctions.has(id) && !this.ids.has(id), MAX_EDGES);
    for (const h of joined.hops) {
      this.b.edge(this.ids.get(h.from), this.ids.get(h.to), { line: h.line, ...(h.label ? { label: h.label } : {}) });
    }
    this.b.skipEdges(joined.skipped);
  }

  /** The titles of the groups around a service, outermost first. */
  private framing(groupId: string | undefined): string[] {
    const titles: string[] = [];
    let id = groupId;
    for (let depth = 0; id !== undefined && depth < MAX_NESTING; depth++) {
      const g = this.groups.get(id)?.item;
      if (!g) break;
      titles.unshift(g.title ?? g.id);
      id = g.parent?.id;
    }
    return titles;
  }

  /** An edge end: a service, a junction, or (an id nothing declares) a component added with a warning. */
  private end(end: ArchEnd, line: number): string {
    if (this.ids.has(end.id) || this.junctions.has(end.id)) return end.id;
    this.b.problem({ kind: 'undeclaredEnd', name: end.id }, { line, column: end.column }, end.id);
    const group = this.groups.get(end.id)?.item;
    const name = group?.title ?? end.id;
    this.ids.set(end.id, this.b.mention(name, { key: end.id, slugFrom: end.id, line, hints: this.framing(group?.parent?.id) }));
    return end.id;
  }
}
