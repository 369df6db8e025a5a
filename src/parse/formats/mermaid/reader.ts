/**
 * The flowchart reader: front matter and directives, the header, then `;`-separated statements
 * (subgraphs, `end`, ignored styling, and chains of node groups joined by links).
 */
import type { ParseProblem } from '../../problems';
import { splitOverride } from '../../classify/rules/override';
import { type PipelineBuilder, isSpace, skipSpace } from '../text';
import { bracketed, cleanLabel, tellApart, unquoteLabel } from './labels';
import { readLink } from './links';
import { readGroup, type Report } from './nodes';
import { statementLines } from './preamble';
import { DIRECTIONS, HEADER, IGNORED, OTHER_DIAGRAM, type Link, type NodeRef, type Subgraph } from './syntax';

/** Reads a flowchart statement by statement into the builder, problems and all. */
export class MermaidReader {
  /** Diagram id → component id, and the name and further label lines a label gave it. */
  private readonly nodes = new Map<string, { id: string; name?: string; detail?: string }>();
  private readonly subgraphIds = new Map<string, string>();
  private readonly open: Subgraph[] = [];
  private sawHeader = false;
  private lineNo = 1;

  constructor(private readonly b: PipelineBuilder) {}

  private readonly report: Report = (problem, column, found) => this.b.problem(problem, { line: this.lineNo, column }, found);

  read(text: string): void {
    statementLines(text, this.b, ({ text: s, line }) => {
      this.lineNo = line;
      const t = s.trim();
      let pos = s.length - s.trimStart().length;
      if (!this.sawHeader) {
        this.sawHeader = true;
        const m = HEADER.exec(t);
        if (m) {
          pos = this.header(s, pos + m[0].length);
        } else {
          const other = OTHER_DIAGRAM.exec(t);
          this.b.problem(other ? { kind: 'notFlowchart', diagram: other[0] } : { kind: 'notFlowchart' }, { line, column: pos + 1 }, t);
          if (other) return false;
        }
      }
      return this.statements(s, pos);
    });
    for (const g of this.open) this.b.problem({ kind: 'subgraphUnclosed', title: g.title }, { line: g.line, column: g.column }, 'subgraph');
    this.nameSubgraphNodes();
    tellApart(this.b, this.nodes.values());
  }

  /** `flowchart LR` → checks the direction; returns where statements may continue on the line. */
  private header(s: string, pos: number): number {
    let p = skipSpace(s, pos);
    const start = p;
    while (p < s.length && !isSpace(s[p]) && s[p] !== ';') p++;
    const dir = s.slice(start, p);
    if (dir !== '' && !DIRECTIONS.has(dir.toUpperCase())) {
      this.report({ kind: 'unknownDirection', direction: dir }, start + 1, dir);
    }
    return p;
  }

  /** Reads `;`-separated statements from pos; returns true when an `accDescr {` block stays open. */
  private statements(s: string, from: number): boolean {
    let pos = from;
    for (;;) {
      while (pos < s.length && (isSpace(s[pos]) || s[pos] === ';')) pos++;
      if (pos >= s.length || s.startsWith('%%', pos)) return false;
      const r = this.statement(s, pos);
      if (r.block) return true;
      pos = Math.max(r.end, pos + 1);
    }
  }

  private statementEnd(s: string, pos: number): number {
    const j = s.indexOf(';', pos);
    return j < 0 ? s.length : j;
  }

  private statement(s: string, pos: number): { end: number; block?: boolean } {
    let p = pos;
    while (p < s.length && /[A-Za-z-]/.test(s[p] ?? '')) p++;
    const word = s.slice(pos, p);
    const boundary = p >= s.length || isSpace(s[p]) || s[p] === ';';
    if (word === 'subgraph' && boundary) return { end: this.subgraph(s, p) };
    if (word === 'end' && boundary) {
      if (!this.open.pop()) this.report({ kind: 'endWithoutSubgraph' }, pos + 1, 'end');
      return { end: p };
    }
    if ((word === 'accTitle' || word === 'accDescr') && (s[p] === ':' || isSpace(s[p]) || s[p] === '{')) {
      const rest = s.slice(p);
      return { end: s.length, block: rest.trimStart().startsWith('{') && !rest.includes('}') };
    }
    if (IGNORED.has(word) && boundary) return { end: this.statementEnd(s, p) };
    if (HEADER.test(s.slice(pos, pos + 20)) && boundary) {
      this.report({ kind: 'secondHeader' }, pos + 1, s.slice(pos, p));
      return { end: this.statementEnd(s, p) };
    }
    return { end: this.chain(s, pos) };
  }

  private subgraph(s: string, from: number): number {
    let p = skipSpace(s, from);
    const column = from - 'subgraph'.length + 1;
    const end = this.statementEnd(s, p);
    let id = '';
    let title: string;
    if (s[p] === '"') {
      const q = s.indexOf('"', p + 1);
      title = q < 0 ? s.slice(p + 1, end) : s.slice(p + 1, q);
      if (q < 0) this.report({ kind: 'quoteUnclosed' }, p + 1, s.slice(p, end));
    } else {
      const start = p;
      while (p < end && !isSpace(s[p]) && s[p] !== '[') p++;
      id = s.slice(start, p);
      const q = skipSpace(s, p);
      if (s[q] === '[') {
        const label = bracketed(s, q + 1, ']', end);
        if (label.close < 0) this.report({ kind: 'subgraphTitleUnclosed' }, q + 1, s.slice(q, end));
        title = label.text;
      } else {
        title = s.slice(start, end).trim();
        id = title;
      }
    }
    title = cleanLabel(unquoteLabel(title), true);
    if (title === '' && id === '') this.report({ kind: 'subgraphUnnamed' }, column, 'subgraph');
    if (id !== '' && title !== '') this.subgraphIds.set(id, title);
    this.open.push({ title: title || id, line: this.lineNo, column });
    return end;
  }

  /** `A & B --> C -.-> D`; registers nodes and edges, or warns. Returns where the statement ends. */
  private chain(s: string, start: number): number {
    const first = readGroup(s, start, this.report);
    if (!first) return this.unknownStatement(s, start);
    const groups: NodeRef[][] = [first.nodes];
    const links: Link[] = [];
    let p = first.end;
    let bad: { at: number; problem: ParseProblem; linked?: boolean } | undefined;
    for (;;) {
      p = skipSpace(s, p);
      if (p >= s.length || s[p] === ';' || s.startsWith('%%', p)) break;
      const link = readLink(s, p);
      if (!link) {
        bad = { at: p, problem: { kind: links.length === 0 ? 'linkExpected' : 'textAfterNode' } };
        break;
      }
      if ('error' in link) {
        bad = { at: link.at, problem: link.error, linked: true };
        break;
      }
      p = skipSpace(s, link.end);
      const next = readGroup(s, p, this.report);
      if (!next) {
        bad = { at: link.link.column - 1, problem: { kind: 'danglingLink' }, linked: true };
        break;
      }
      links.push(link.link);
      groups.push(next.nodes);
      p = next.end;
    }
    // `participant A`, `note right of B`: not a flowchart statement; nothing is kept.
    if (bad && links.length === 0 && !first.shaped && !bad.linked) return this.unknownStatement(s, start);
    this.commit(groups, links, links.length === 0);
    if (bad) {
      const end = this.statementEnd(s, bad.at);
      this.report(bad.problem, bad.at + 1, s.slice(bad.at, Math.max(end, bad.at + 1)).trim());
      return end;
    }
    return p;
  }

  /** A statement that is none of the flowchart's, reported whole; returns where it ends. */
  private unknownStatement(s: string, start: number): number {
    const end = this.statementEnd(s, start);
    this.report({ kind: 'unknownStatement' }, start + 1, s.slice(start, end).trim());
    return end;
  }

  private commit(groups: readonly NodeRef[][], links: readonly Link[], declaration: boolean): void {
    const hints = this.open.map((g) => g.title).filter((t) => t !== '');
    const ids = groups.map((g) => [...new Set(g.map((n) => this.register(n, hints, declaration)))]);
    links.forEach((link, k) => {
      if (link.kind === 'invisible') return;
      this.b.fanOut(ids[k] ?? [], ids[k + 1] ?? [], { line: this.lineNo, direction: link.direction, label: link.label });
    });
  }

  private register(n: NodeRef, subgraphHints: readonly string[], declaration: boolean): string {
    const known = this.nodes.get(n.id);
    const o = n.label === undefined ? undefined : splitOverride(n.label);
    const name = o?.name || n.label || n.id;
    const explicit = o?.explicit;
    if (!known) {
      const id = this.b.mention(name, {
        key: n.id,
        slugFrom: n.id,
        line: this.lineNo,
        explicit,
        hints: [...subgraphHints, ...n.hints],
        at: { line: this.lineNo, column: n.column },
      });
      this.nodes.set(n.id, { id, ...(n.label !== undefined ? { name } : {}), ...(n.detail ? { detail: n.detail } : {}) });
      return id;
    }
    if (n.label !== undefined) {
      this.b.setName(known.id, name);
      known.name = name;
      if (n.detail) known.detail = n.detail;
      if (explicit) this.b.mention(name, { key: n.id, explicit, at: { line: this.lineNo, column: n.column } });
    }
    // Listing a node inside a subgraph, or defining it there, places it in the subgraph.
    this.b.addHints(known.id, [...(declaration || n.label !== undefined ? subgraphHints : []), ...n.hints]);
    return known.id;
  }

  /** An edge to a subgraph's id: the component is named after the subgraph. */
  private nameSubgraphNodes(): void {
    for (const [id, title] of this.subgraphIds) {
      const n = this.nodes.get(id);
      if (n && n.name === undefined) {
        this.b.setName(n.id, title);
        this.b.addHints(n.id, ['subgraph']);
      }
    }
  }
}
