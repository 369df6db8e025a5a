/**
 * Mermaid `flowchart` / `graph`, read by hand (Mermaid's own parser needs a DOM).
 *
 * Nodes: `A`, `A[Label]` and every shape (`(…)`, `([…])`, `[[…]]`, `[(…)]`, `((…))`, `(((…)))`, `>…]`,
 * `{…}`, `{{…}}`, `[/…/]`, `[\…\]`, `[/…\]`, `[\…/]`), quoted and markdown labels, `<br/>`, `:::class`,
 * `@{ shape: …, label: … }`. Links: `-->`, `---`, `-.->`, `-.-`, `==>`, `===`, `--o`, `--x`, `<-->`, any length,
 * labels `-->|x|`, `-- x -->`, `-. x .->`, `== x ==>`; `~~~` is layout only. `&` fans out, chains chain.
 * `subgraph … end` nest; their titles become hints of the nodes first seen inside. Styling, `click`,
 * `direction`, accessibility lines and `%%` comments are skipped.
 */
import type { FormatParser, RawPipeline } from '../types';
import { DETECT_HEAD, type PipelineBuilder, isWordChar, safely, splitLines, splitOverride, squash } from './text';

const DIRECTIONS = new Set(['TD', 'TB', 'BT', 'LR', 'RL', '<', '>', '^', 'V']);
const IGNORED = new Set(['classDef', 'class', 'style', 'linkStyle', 'click', 'direction', 'accTitle', 'accDescr', 'title', 'callback']);
const HEADER = /^(?:graph|flowchart)(?:-elk)?(?=\s|;|$)/i;
const OTHER_DIAGRAM = /^(?:sequenceDiagram|classDiagram|stateDiagram(?:-v2)?|erDiagram|gantt|pie|journey|gitGraph|mindmap|timeline|quadrantChart|requirementDiagram|C4Context|sankey-beta|xychart-beta|block-beta)\b/;

/** Shapes, longest opener first; a shape whose closer is missing falls back to the next that fits. */
const SHAPES: readonly { open: string; close: readonly string[]; hint?: string }[] = [
  { open: '(((', close: [')))'] },
  { open: '((', close: ['))'] },
  { open: '([', close: ['])'] },
  { open: '[[', close: [']]'] },
  { open: '[(', close: [')]'], hint: 'database' },
  { open: '[/', close: ['/]', '\\]'] },
  { open: '[\\', close: ['\\]', '/]'] },
  { open: '{{', close: ['}}'] },
  { open: '(', close: [')'] },
  { open: '[', close: [']'] },
  { open: '{', close: ['}'] },
  { open: '>', close: [']'] },
];
const DATABASE_SHAPES = new Set(['cyl', 'cylinder', 'database', 'db', 'das', 'lin-cyl', 'h-cyl', 'horizontal-cylinder', 'disk', 'lined-cylinder']);

interface NodeRef {
  readonly id: string;
  readonly label?: string;
  readonly hints: readonly string[];
  readonly column: number;
}

interface Link {
  readonly kind: 'flow' | 'invisible';
  readonly direction: 'forward' | 'back' | 'both';
  readonly label?: string;
  readonly column: number;
  readonly text: string;
}

interface Subgraph {
  readonly title: string;
  readonly line: number;
  readonly column: number;
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0';
}



/** Characters that end a node id. */
const ID_STOP = new Set(['[', ']', '(', ')', '{', '}', '<', '>', '|', '&', ';', '"', "'", '`', '=', '~', ',', ':', '@']);

const ENTITIES = new Map<string, string>([
  ['quot', '"'], ['amp', '&'], ['lt', '<'], ['gt', '>'], ['nbsp', ' '], ['apos', "'"], ['#39', "'"],
]);

/**
 * Label text as a person reads it: entities decoded, `<br/>`, tags and icons dropped, markdown
 * emphasis removed. Markup is dropped before entities are decoded, as Mermaid does: an escaped
 * `fa#58;fa-car` or `#lt;b#gt;` is text.
 */
function cleanLabel(raw: string, markdown = false): string {
  let s = raw
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/?[a-z][^<>]{0,200}>/gi, '')
    .replace(/\bfa[bsr]?:fa-[\w-]{1,40}/g, ' ')
    .replace(/[#&](#?\w{1,8});/g, (m, name: string) => {
      if (/^#?\d+$/.test(name)) {
        const code = Number(name.replace('#', ''));
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
      }
      return ENTITIES.get(name.toLowerCase()) ?? m;
    });
  if (markdown) s = s.replace(/\*\*|__|\*|`/g, '');
  return squash(s);
}

class MermaidReader {
  private readonly nodes = new Map<string, { id: string; labelled: boolean }>();
  private readonly subgraphIds = new Map<string, string>();
  private readonly open: Subgraph[] = [];
  private sawHeader = false;
  private lineNo = 1;

  constructor(private readonly b: PipelineBuilder) {}

  read(text: string): void {
    const lines = splitLines(text);
    let i = 0;
    // YAML front matter (`---` … `---`) at the very top.
    while (i < lines.length && (lines[i]?.text.trim() ?? '') === '') i++;
    if (lines[i]?.text.trim() === '---') {
      const start = i;
      i++;
      while (i < lines.length && lines[i]?.text.trim() !== '---') i++;
      if (i >= lines.length) {
        this.b.warn(start + 1, 1, 'Front matter is never closed with ---', '---');
        return;
      }
      i++;
    }
    let inDirective: { line: number } | undefined;
    let inBlock = false;
    for (; i < lines.length; i++) {
      const src = lines[i];
      if (!src) continue;
      this.lineNo = src.line;
      const s = src.text;
      const t = s.trim();
      if (inDirective) {
        if (s.includes('}%%')) inDirective = undefined;
        continue;
      }
      if (inBlock) {
        if (s.includes('}')) inBlock = false;
        continue;
      }
      if (t === '' || t.startsWith('```') || t.startsWith('~~~')) continue;
      if (t.startsWith('%%{')) {
        if (!t.includes('}%%')) inDirective = { line: src.line };
        continue;
      }
      if (t.startsWith('%%')) continue;
      let pos = s.length - s.trimStart().length;
      if (!this.sawHeader) {
        this.sawHeader = true;
        const m = HEADER.exec(t);
        if (m) {
          pos = this.header(s, pos + m[0].length);
        } else {
          const other = OTHER_DIAGRAM.exec(t);
          this.b.warn(
            src.line,
            pos + 1,
            other ? `This is a Mermaid ${other[0]}, not a flowchart; read as a flowchart anyway` : 'No "flowchart" or "graph" header; read as a flowchart anyway',
            t,
          );
          if (other) continue;
        }
      }
      inBlock = this.statements(s, pos);
    }
    if (inDirective) this.b.warn(inDirective.line, 1, 'Directive %%{ … }%% is never closed', '%%{');
    for (const g of this.open) this.b.warn(g.line, g.column, `Subgraph "${g.title}" is never closed with "end"`, 'subgraph');
    this.nameSubgraphNodes();
  }

  /** `flowchart LR` → checks the direction; returns where statements may continue on the line. */
  private header(s: string, pos: number): number {
    let p = pos;
    while (isSpace(s[p])) p++;
    const start = p;
    while (p < s.length && !isSpace(s[p]) && s[p] !== ';') p++;
    const dir = s.slice(start, p);
    if (dir !== '' && !DIRECTIONS.has(dir.toUpperCase())) {
      this.b.warn(this.lineNo, start + 1, `Unknown direction "${dir}"; expected TD, TB, BT, LR or RL`, dir);
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
      if (!this.open.pop()) this.b.warn(this.lineNo, pos + 1, '"end" without an open subgraph', 'end');
      return { end: p };
    }
    if ((word === 'accTitle' || word === 'accDescr') && (s[p] === ':' || isSpace(s[p]) || s[p] === '{')) {
      const rest = s.slice(p);
      return { end: s.length, block: rest.trimStart().startsWith('{') && !rest.includes('}') };
    }
    if (IGNORED.has(word) && boundary) return { end: this.statementEnd(s, p) };
    if (HEADER.test(s.slice(pos, pos + 20)) && boundary) {
      this.b.warn(this.lineNo, pos + 1, 'A second diagram header; ignored', s.slice(pos, p));
      return { end: this.statementEnd(s, p) };
    }
    return { end: this.chain(s, pos) };
  }

  private subgraph(s: string, from: number): number {
    let p = from;
    while (isSpace(s[p])) p++;
    const column = from - 'subgraph'.length + 1;
    const end = this.statementEnd(s, p);
    let id = '';
    let title: string;
    if (s[p] === '"') {
      const q = s.indexOf('"', p + 1);
      title = q < 0 ? s.slice(p + 1, end) : s.slice(p + 1, q);
      if (q < 0) this.b.warn(this.lineNo, p + 1, 'Quote is never closed', s.slice(p, end));
    } else {
      const start = p;
      while (p < end && !isSpace(s[p]) && s[p] !== '[') p++;
      id = s.slice(start, p);
      let q = p;
      while (isSpace(s[q])) q++;
      if (s[q] === '[') {
        const label = this.bracketed(s, q + 1, ']', end);
        if (label.close < 0) this.b.warn(this.lineNo, q + 1, 'Unclosed "[" in subgraph title', s.slice(q, end));
        title = label.text;
      } else {
        title = s.slice(start, end).trim();
        if (title !== id) id = title;
      }
    }
    title = cleanLabel(unquoteLabel(title), true);
    if (title === '' && id === '') this.b.warn(this.lineNo, column, 'Subgraph without a name', 'subgraph');
    if (id !== '' && title !== '') this.subgraphIds.set(id, title);
    this.open.push({ title: title || id, line: this.lineNo, column });
    return end;
  }

  /** Text up to `close` from pos, skipping a quoted stretch; close = -1 when missing before `limit`. */
  private bracketed(s: string, pos: number, close: string, limit: number): { text: string; close: number } {
    let p = pos;
    while (isSpace(s[p])) p++;
    if (s[p] === '"') {
      const q = s.indexOf('"', p + 1);
      if (q >= 0) {
        const c = s.indexOf(close, q + 1);
        return c >= 0 && c <= limit ? { text: s.slice(p, q + 1), close: c } : { text: s.slice(p, limit), close: -1 };
      }
    }
    const c = s.indexOf(close, pos);
    return c >= 0 && c <= limit ? { text: s.slice(pos, c), close: c } : { text: s.slice(pos, limit), close: -1 };
  }

  /** `A & B --> C -.-> D`; registers nodes and edges, or warns. Returns where the statement ends. */
  private chain(s: string, start: number): number {
    const groups: NodeRef[][] = [];
    const links: Link[] = [];
    const first = this.group(s, start);
    if (!first) {
      const end = this.statementEnd(s, start);
      this.b.warn(this.lineNo, start + 1, 'Unknown statement', s.slice(start, end).trim());
      return end;
    }
    groups.push(first.nodes);
    let p = first.end;
    let bad: { at: number; message: string; linked?: boolean } | undefined;
    for (;;) {
      while (isSpace(s[p])) p++;
      if (p >= s.length || s[p] === ';' || s.startsWith('%%', p)) break;
      const link = this.link(s, p);
      if (!link) {
        bad = { at: p, message: links.length === 0 && first.shaped ? 'Expected a link after the node' : links.length === 0 ? 'Unknown statement' : 'Unexpected text after a node' };
        break;
      }
      if ('error' in link) {
        bad = { at: link.at, message: link.error, linked: true };
        p = s.length;
        break;
      }
      p = link.end;
      while (isSpace(s[p])) p++;
      const next = this.group(s, p);
      if (!next) {
        bad = { at: link.link.column - 1, message: 'Link with nothing after it', linked: true };
        break;
      }
      links.push(link.link);
      groups.push(next.nodes);
      p = next.end;
    }
    if (bad && links.length === 0 && !first.shaped && !bad.linked) {
      // `participant A`, `note right of B`: not a flowchart statement; nothing is kept.
      const end = this.statementEnd(s, start);
      this.b.warn(this.lineNo, start + 1, 'Unknown statement', s.slice(start, end).trim());
      return end;
    }
    this.commit(groups, links, links.length === 0);
    if (bad) {
      const end = this.statementEnd(s, bad.at);
      this.b.warn(this.lineNo, bad.at + 1, bad.message, s.slice(bad.at, Math.max(end, bad.at + 1)).trim());
      return end;
    }
    return p;
  }

  private commit(groups: readonly NodeRef[][], links: readonly Link[], declaration: boolean): void {
    const hints = this.open.map((g) => g.title).filter((t) => t !== '');
    const ids = groups.map((g) => [...new Set(g.map((n) => this.register(n, hints, declaration)))]);
    links.forEach((link, k) => {
      if (link.kind === 'invisible') return;
      this.b.fanOut(ids[k] ?? [], ids[k + 1] ?? [], {
        line: this.lineNo,
        both: link.direction === 'both',
        reverse: link.direction === 'back',
        ...(link.label ? { label: link.label } : {}),
      });
    });
  }

  private register(n: NodeRef, subgraphHints: readonly string[], declaration: boolean): string {
    const known = this.nodes.get(n.id);
    let name = n.id;
    let explicit: ReturnType<typeof splitOverride>['explicit'];
    if (n.label !== undefined) {
      const o = splitOverride(n.label);
      name = o.name || n.label;
      explicit = o.explicit;
    }
    if (!known) {
      const id = this.b.component(name, {
        key: n.id,
        slugFrom: n.id,
        line: this.lineNo,
        explicit,
        hints: [...subgraphHints, ...n.hints],
        at: { line: this.lineNo, column: n.column },
      });
      this.nodes.set(n.id, { id, labelled: n.label !== undefined });
      return id;
    }
    if (n.label !== undefined) {
      this.b.setName(known.id, name);
      known.labelled = true;
      if (explicit) this.b.component(name, { key: n.id, explicit, at: { line: this.lineNo, column: n.column } });
    }
    // Listing a node inside a subgraph, or defining it there, places it in the subgraph.
    this.b.addHints(known.id, [...(declaration || n.label !== undefined ? subgraphHints : []), ...n.hints]);
    return known.id;
  }

  /** An edge to a subgraph's id: the component is named after the subgraph. */
  private nameSubgraphNodes(): void {
    for (const [id, title] of this.subgraphIds) {
      const n = this.nodes.get(id);
      if (n && !n.labelled) {
        this.b.setName(n.id, title);
        this.b.addHints(n.id, ['subgraph']);
      }
    }
  }

  private group(s: string, start: number): { nodes: NodeRef[]; end: number; shaped: boolean } | undefined {
    const first = this.node(s, start);
    if (!first) return undefined;
    const nodes = [first.node];
    let shaped = first.shaped;
    let p = first.end;
    for (;;) {
      let q = p;
      while (isSpace(s[q])) q++;
      if (s[q] !== '&') break;
      q++;
      while (isSpace(s[q])) q++;
      const next = this.node(s, q);
      if (!next) {
        this.b.warn(this.lineNo, q, '"&" with no node after it', '&');
        p = q;
        break;
      }
      nodes.push(next.node);
      shaped ||= next.shaped;
      p = next.end;
    }
    return { nodes, end: p, shaped };
  }

  private node(s: string, start: number): { node: NodeRef; end: number; shaped: boolean } | undefined {
    let p = start;
    while (p < s.length) {
      const c = s[p] ?? '';
      if (isSpace(c) || ID_STOP.has(c)) break;
      if (c === '-') {
        const d = s[p + 1];
        if (d === '-' || d === '.' || d === '>' || d === '=' || d === undefined) break;
      }
      if (c === '%' && s[p + 1] === '%') break;
      p++;
    }
    if (p === start) return undefined;
    const id = s.slice(start, p);
    let label: string | undefined;
    const hints: string[] = [];
    let shaped = false;
    // Shape, then `@{…}` metadata, then `:::class`, in any order they come.
    for (let round = 0; round < 3 && p < s.length; round++) {
      const c = s[p];
      if (c === '[' || c === '(' || c === '{' || c === '>') {
        if (shaped) break;
        const shape = this.shape(s, p);
        shaped = true;
        if ('error' in shape) {
          // The label would swallow the rest of the line: the node keeps its id as its name.
          this.b.warn(this.lineNo, p + 1, shape.error, s.slice(p));
          p = s.length;
          break;
        }
        label = shape.text;
        if (shape.hint) hints.push(shape.hint);
        p = shape.end;
      } else if (c === '@' && s[p + 1] === '{') {
        const close = s.indexOf('}', p + 2);
        if (close < 0) {
          this.b.warn(this.lineNo, p + 1, 'Unclosed "@{"', s.slice(p));
          p = s.length;
          break;
        }
        const meta = s.slice(p + 2, close);
        const l = /(?:^|[,{\s])label\s*:\s*("([^"]*)"|'([^']*)'|[^,}]+)/.exec(meta);
        if (l) label = cleanLabel(l[2] ?? l[3] ?? l[1] ?? '', true) || label;
        const sh = /(?:^|[,{\s])shape\s*:\s*["']?([\w-]+)/.exec(meta);
        if (sh && DATABASE_SHAPES.has((sh[1] ?? '').toLowerCase())) hints.push('database');
        shaped = true;
        p = close + 1;
      } else if (s.startsWith(':::', p)) {
        p += 3;
        while (p < s.length && !isSpace(s[p]) && !ID_STOP.has(s[p] ?? '') && s[p] !== '-') p++;
      } else break;
    }
    const node: NodeRef = { id, hints, column: start + 1, ...(label ? { label } : {}) };
    return { node, end: p, shaped };
  }

  private shape(s: string, pos: number): { text: string; end: number; hint?: string } | { error: string } {
    let firstOpen: string | undefined;
    for (const shape of SHAPES) {
      if (!s.startsWith(shape.open, pos)) continue;
      firstOpen ??= shape.open;
      const from = pos + shape.open.length;
      const r = this.labelUntil(s, from, shape.close);
      if (r) return { text: r.text, end: r.end, ...(shape.hint ? { hint: shape.hint } : {}) };
    }
    return { error: `Unclosed "${firstOpen ?? s[pos] ?? ''}"` };
  }

  /** Label text from `from` up to one of `closers`; a quoted label may hold any brackets. */
  private labelUntil(s: string, from: number, closers: readonly string[]): { text: string; end: number } | undefined {
    let p = from;
    while (isSpace(s[p])) p++;
    if (s[p] === '"') {
      const markdown = s[p + 1] === '`';
      const q = markdown ? s.indexOf('`"', p + 2) : s.indexOf('"', p + 1);
      if (q >= 0) {
        const after = q + (markdown ? 2 : 1);
        let r = after;
        while (isSpace(s[r])) r++;
        for (const c of closers) {
          if (s.startsWith(c, r)) {
            const inner = s.slice(p + (markdown ? 2 : 1), q);
            return { text: cleanLabel(inner, markdown), end: r + c.length };
          }
        }
      }
    }
    let best = -1;
    let bestLen = 0;
    for (const c of closers) {
      const j = c.length === 1 ? this.matching(s, from, c) : s.indexOf(c, from);
      if (j >= 0 && (best < 0 || j < best)) {
        best = j;
        bestLen = c.length;
      }
    }
    if (best < 0) return undefined;
    return { text: cleanLabel(unquoteLabel(s.slice(from, best).trim()), false), end: best + bestLen };
  }

  /** The closing bracket at the same depth: `A(foo (bar))` closes at the last `)`. */
  private matching(s: string, from: number, close: string): number {
    const open = close === ')' ? '(' : close === ']' ? '[' : close === '}' ? '{' : undefined;
    let depth = 0;
    for (let i = from; i < s.length; i++) {
      const c = s[i];
      if (c === open) depth++;
      else if (c === close) {
        if (depth === 0) return i;
        depth--;
      }
    }
    return -1;
  }

  /** A link at pos, with its label; undefined when there is none. */
  private link(s: string, pos: number): { link: Link; end: number } | { error: string; at: number } | undefined {
    let p = pos;
    // Edge id: `e1@-->`.
    let q = p;
    while (q < s.length && q - p < 40 && isWordChar(s[q])) q++;
    if (q > p && s[q] === '@' && '-=<ox~.'.includes(s[q + 1] ?? '#')) p = q + 1;
    const start = p;
    let left = false;
    if ((s[p] === '<' || s[p] === 'o' || s[p] === 'x') && (s[p + 1] === '-' || s[p + 1] === '=')) {
      left = true;
      p++;
    }
    const c = s[p];
    let label: string | undefined;
    let head = false;
    const readHead = (): void => {
      if (s[p] === '>') {
        head = true;
        p++;
      } else if ((s[p] === 'o' || s[p] === 'x') && !isWordChar(s[p + 1]) && s[p + 1] !== '-') {
        head = true;
        p++;
      }
    };
    if (c === '~') {
      let n = 0;
      while (s[p] === '~') {
        p++;
        n++;
      }
      if (n < 3) return undefined;
      return { link: { kind: 'invisible', direction: 'forward', column: start + 1, text: s.slice(start, p) }, end: p };
    }
    if (c === '-' && s[p + 1] === '.') {
      // Dotted: -.-> -..-> -.- or -. label .->
      p += 1;
      while (s[p] === '.') p++;
      if (s[p] === '-') {
        p++;
        readHead();
      } else {
        const close = s.indexOf('.-', p);
        if (close < 0) return { error: 'Link label is never closed (expected ".->")', at: start };
        label = s.slice(p, close);
        p = close;
        while (s[p] === '.') p++;
        if (s[p] !== '-') return { error: 'Link label is never closed (expected ".->")', at: start };
        p++;
        readHead();
      }
    } else if (c === '-' || c === '=') {
      const runStart = p;
      while (s[p] === c) p++;
      const n = p - runStart;
      readHead();
      if (!head && n === 2) {
        // Text link: -- label --> / == label ==>
        const close = s.indexOf(c + c, p);
        if (close < 0) return { error: `Link label is never closed (expected "${c}${c}>")`, at: start };
        label = s.slice(p, close);
        p = close;
        while (s[p] === c) p++;
        readHead();
      } else if (!head && n < 3) return undefined;
    } else return undefined;
    const text = s.slice(start, p);
    // Pipe label: -->|label|
    let r = p;
    while (isSpace(s[r])) r++;
    if (s[r] === '|') {
      // A quoted label may hold a pipe: -->|"a | b"|
      let from = r + 1;
      while (isSpace(s[from])) from++;
      if (s[from] === '"') {
        const q = s.indexOf('"', from + 1);
        if (q >= 0) from = q + 1;
        else from = r + 1;
      } else from = r + 1;
      const close = s.indexOf('|', from);
      if (close < 0) return { error: 'Unclosed "|" in link label', at: r };
      label = s.slice(r + 1, close);
      p = close + 1;
    }
    const cleaned = label === undefined ? undefined : cleanLabel(unquoteLabel(label.trim()), label.trim().startsWith('"`'));
    return {
      link: {
        kind: 'flow',
        direction: left ? (head ? 'both' : 'back') : 'forward',
        column: start + 1,
        text,
        ...(cleaned ? { label: cleaned } : {}),
      },
      end: p,
    };
  }
}

/** `"x"` → `x`; "`x`" (markdown) → `x`. */
function unquoteLabel(s: string): string {
  const t = s.trim();
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) {
    const inner = t.slice(1, -1);
    return inner.length >= 2 && inner.startsWith('`') && inner.endsWith('`') ? inner.slice(1, -1) : inner;
  }
  return t;
}

function parseMermaid(text: string): RawPipeline {
  return safely((b) => new MermaidReader(b).read(text));
}

function detectMermaid(text: string): number {
  const lines = splitLines(text.slice(0, DETECT_HEAD)).slice(0, 300);
  let i = 0;
  const skip = (): void => {
    while (i < lines.length) {
      const t = lines[i]?.text.trim() ?? '';
      if (t === '' || t.startsWith('```') || (t.startsWith('%%') && !t.startsWith('%%{'))) i++;
      else break;
    }
  };
  skip();
  if (lines[i]?.text.trim() === '---') {
    i++;
    while (i < lines.length && lines[i]?.text.trim() !== '---') i++;
    i++;
  }
  skip();
  // `%%{init: …}%%`, possibly over several lines.
  if (lines[i]?.text.trim().startsWith('%%{')) {
    while (i < lines.length && !(lines[i]?.text.includes('}%%') ?? false)) i++;
    i++;
    skip();
  }
  const first = lines[i]?.text.trim() ?? '';
  if (first === '') return 0;
  if (HEADER.test(first)) return 0.97;
  if (OTHER_DIAGRAM.test(first)) return 0.3;
  // No header: Mermaid-only syntax (node shapes, pipe labels) on most link lines.
  let linkLines = 0;
  let shaped = 0;
  for (const l of lines.slice(i)) {
    const t = l.text.slice(0, 400);
    if (!/-->|---|-\.->|==>|===|-\.-/.test(t)) continue;
    linkLines++;
    if (/[\p{L}\p{N}_](?:\[|\(|\{)[^\]})]{0,80}[\]})]/u.test(t) || /-->\s*\|/.test(t) || t.includes(':::')) shaped++;
  }
  if (linkLines >= 1 && shaped * 2 >= linkLines) return 0.7;
  return linkLines > 0 ? 0.2 : 0.02;
}

export const mermaidParser: FormatParser = {
  id: 'mermaid',
  label: 'Mermaid flowchart',
  example: 'flowchart LR\n  app[Mobile app] --> kafka[Kafka] --> s3[(S3 raw)]\n  s3 -->|nightly| spark[Spark]',
  detect: detectMermaid,
  parse: parseMermaid,
};
