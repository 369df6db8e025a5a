/**
 * One line of a Mermaid `architecture-beta` diagram as data: a group, a service, a junction or an
 * edge, with the columns of what a problem would point at. Mermaid's grammar is line-based (no `;`),
 * so a line is one statement; what cannot be read comes back as a problem and the rest is kept.
 */
import type { ParseProblem } from '../../../problems';
import { cleanLabel } from '../labels';
import { skipSpace } from '../../text';

/** The header on a line of its own: prose that opens with "architecture" is no diagram. */
export const ARCH_HEADER = /^architecture-beta\s*$/;

export interface ArchNode {
  readonly kind: 'group' | 'service' | 'junction';
  readonly id: string;
  /** `(logos:aws-s3)`, `(database)`, or a service's quoted text icon. */
  readonly icon?: string;
  readonly title?: string;
  /** The group it is `in`, with the column of that id. */
  readonly parent?: { readonly id: string; readonly column: number };
  readonly column: number;
}

/** One end of an edge: a service or junction id; `{group}` draws the edge from the id's group box. */
export interface ArchEnd {
  readonly id: string;
  readonly column: number;
}

export interface ArchEdge {
  readonly kind: 'edge';
  readonly from: ArchEnd;
  readonly to: ArchEnd;
  /** `<` before the dashes and `>` after them; neither: the edge has no direction. */
  readonly headFrom: boolean;
  readonly headTo: boolean;
  readonly title?: string;
}

export interface ArchProblem {
  readonly problem: ParseProblem;
  readonly column: number;
  readonly found: string;
}

export interface ArchLine {
  readonly statement?: ArchNode | ArchEdge;
  readonly problem?: ArchProblem;
}

const ID = /[\w](?:[-\w]*\w)?/y;
const ICON = /\(([\w\-:]+)\)/y;
/** A service's quoted text icon: `service s "S3" [Raw bucket]`. */
const TEXT_ICON = /"([^"]*)"/y;
/** `["Quoted [title]"]`, `['…']`: a backslash escapes the next character. */
const QUOTED_TITLE = /\[[ \t\u00a0]*(?:"((?:[^"\\]|\\[\s\S])*)"|'((?:[^'\\]|\\[\s\S])*)')[ \t\u00a0]*\]/y;
const PORT = /([LRTB])\s*:/y;
const GROUP_MOD = '{group}';

/** A cursor over one line: each read moves past what it matched and the spaces after it. */
class Cursor {
  constructor(readonly s: string, public pos: number) {
    this.moveTo(pos);
  }

  moveTo(pos: number): void {
    this.pos = skipSpace(this.s, pos);
  }

  get done(): boolean {
    return this.pos >= this.s.length;
  }

  match(re: RegExp): RegExpExecArray | undefined {
    re.lastIndex = this.pos;
    const m = re.exec(this.s);
    if (!m) return undefined;
    this.moveTo(this.pos + m[0].length);
    return m;
  }

  take(text: string): boolean {
    if (!this.s.startsWith(text, this.pos)) return false;
    this.moveTo(this.pos + text.length);
    return true;
  }

  get rest(): string {
    return this.s.slice(this.pos).trim();
  }
}

/** `[Title]`, `["Quoted [title]"]`, `['…']`: the text, or a problem when the bracket never closes. */
function readTitle(c: Cursor): { title?: string; problem?: ArchProblem } {
  if (c.s[c.pos] !== '[') return {};
  const at = c.pos;
  const quoted = c.match(QUOTED_TITLE);
  if (quoted) return { title: cleanLabel((quoted[1] ?? quoted[2] ?? '').replace(/\\(["'])/g, '$1')) };
  const close = c.s.indexOf(']', at + 1);
  const open = c.s.indexOf('[', at + 1);
  if (close < 0 || (open >= 0 && open < close)) {
    return { problem: { problem: { kind: 'shapeUnclosed', open: '[' }, column: at + 1, found: c.s.slice(at).trim() } };
  }
  c.moveTo(close + 1);
  return { title: cleanLabel(c.s.slice(at + 1, close)) };
}

/** `group id(icon)[Title] in parent`, `service id(icon)[Title] in parent`, `junction id in parent`. */
function readNode(kind: ArchNode['kind'], c: Cursor): ArchLine {
  const column = c.pos + 1;
  const id = c.match(ID)?.[0];
  if (!id) return { problem: { problem: { kind: 'unknownStatement' }, column, found: c.rest } };
  let icon: string | undefined;
  let title: string | undefined;
  let problem: ArchProblem | undefined;
  if (kind !== 'junction') {
    if (c.s[c.pos] === '(') {
      icon = c.match(ICON)?.[1];
      if (icon === undefined) problem = { problem: { kind: 'shapeUnclosed', open: '(' }, column: c.pos + 1, found: c.rest };
    } else if (kind === 'service') {
      icon = c.match(TEXT_ICON)?.[1];
    }
    if (!problem) ({ title, problem } = readTitle(c));
  }
  let parent: ArchNode['parent'];
  if (!problem && c.match(/in(?=\s)/y)) {
    const at = c.pos + 1;
    const p = c.match(ID)?.[0];
    if (p) parent = { id: p, column: at };
  }
  if (!problem && !c.done) problem = { problem: { kind: 'textAfterNode' }, column: c.pos + 1, found: c.rest };
  const node: ArchNode = { kind, id, column, ...(icon ? { icon } : {}), ...(title ? { title } : {}), ...(parent ? { parent } : {}) };
  return { statement: node, ...(problem ? { problem } : {}) };
}

/** `a:R --> L:b`, `a{group}:B <-- T:b`, `a:R -[reads]- L:b`; ports are layout, so a missing one is tolerated. */
function readEdge(c: Cursor): ArchLine | undefined {
  const start = c.pos;
  const fromId = c.match(ID)?.[0];
  if (!fromId) return undefined;
  c.take(GROUP_MOD);
  if (c.take(':')) c.match(/[LRTB]/y);
  const headFrom = c.take('<');
  let title: string | undefined;
  if (c.s.startsWith('-[', c.pos)) {
    c.pos++;
    const t = readTitle(c);
    if (t.problem) return { problem: t.problem };
    title = t.title;
    if (!c.take('-')) return undefined;
  } else if (!c.match(/-{2,}/y)) return undefined;
  const headTo = c.take('>');
  c.match(PORT);
  const toColumn = c.pos + 1;
  const toId = c.match(ID)?.[0];
  if (!toId) return { problem: { problem: { kind: 'danglingLink' }, column: start + 1, found: c.s.slice(start).trim() } };
  c.take(GROUP_MOD);
  const edge: ArchEdge = {
    kind: 'edge',
    from: { id: fromId, column: start + 1 },
    to: { id: toId, column: toColumn },
    headFrom,
    headTo,
    ...(title ? { title } : {}),
  };
  return { statement: edge, ...(c.done ? {} : { problem: { problem: { kind: 'textAfterNode' }, column: c.pos + 1, found: c.rest } }) };
}

/** Reads one statement from `from` (past any indentation) to the end of the line. */
export function readArchLine(line: string, from: number): ArchLine {
  const s = withoutComment(line);
  const c = new Cursor(s, from);
  const word = c.match(/(group|service|junction)(?=\s)/y)?.[1];
  if (word) return readNode(word as ArchNode['kind'], c);
  const edge = readEdge(c);
  return edge ?? { problem: { problem: { kind: 'unknownStatement' }, column: from + 1, found: s.slice(from).trim() } };
}

/** A `%%` comment after a statement, outside a title's brackets. */
function withoutComment(s: string): string {
  let depth = 0;
  for (let i = 0; i < s.length - 1; i++) {
    if (s[i] === '[') depth++;
    else if (s[i] === ']') depth = Math.max(0, depth - 1);
    else if (depth === 0 && s[i] === '%' && s[i + 1] === '%') return s.slice(0, i).trimEnd();
  }
  return s;
}
