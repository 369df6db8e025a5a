/**
 * Airflow DAG files, read without a Python runtime: a small tokenizer turns the file into logical lines,
 * a tolerant expression parser reads each statement, and a one-pass evaluator tracks which names hold
 * tasks. Supported: classic operators (`x = SomeOperator(task_id=…)`), TaskFlow (`@task def f` then
 * `f(g())`, `.override`, `.partial/.expand`), `with DAG(…)`, `@dag`, TaskGroup / `@task_group`,
 * `>>` / `<<` chains with lists, `set_downstream` / `set_upstream`, `chain`, `chain_linear` and
 * `cross_downstream`. The DAG itself becomes an 'orchestrate' component with control edges to its tasks.
 */
import type { FormatParser, RawPipeline } from '../types';
import { combine, dotted, exprText, firstTok, type Arg, type Expr, type Tok, type TokKind } from './airflowExpr';
import { PipelineBuilder, clip, failed } from './structured';
import { MAX_EDGES } from './text';

// ---------------------------------------------------------------------------------------------
// Tokenizer
// ---------------------------------------------------------------------------------------------

interface LogicalLine {
  readonly tokens: readonly Tok[];
  /** Column (0-based) of the first token: the statement's indentation. */
  readonly indent: number;
}

type Warn = (line: number, column: number, message: string, found?: string) => void;

const OPS3 = ['>>=', '<<=', '**=', '//=', '...'];
const OPS2 = ['>>', '<<', '**', '//', '->', ':=', '==', '!=', '<=', '>=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@='];
const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

function tokenize(src: string, warn: Warn): LogicalLine[] {
  const lines: LogicalLine[] = [];
  let cur: Tok[] = [];
  const stack: { ch: string; line: number; col: number }[] = [];
  /** Open brackets per kind, so an unmatched closer is found without scanning the stack. */
  const open: Record<string, number> = { '(': 0, '[': 0, '{': 0 };
  let i = 0;
  let line = 1;
  let col = 1;
  const n = src.length;

  const flush = (): void => {
    const first = cur[0];
    if (first) lines.push({ tokens: cur, indent: first.col - 1 });
    cur = [];
  };
  const push = (kind: TokKind, value: string, l: number, c: number): void => {
    cur.push({ kind, value, line: l, col: c });
  };
  /** Indentation and first character of the next line that has code, starting at offset `from`. */
  const nextCodeLine = (from: number): { indent: number; first: string } | undefined => {
    let j = from;
    while (j < n) {
      let indent = 0;
      while (j < n && (src[j] === ' ' || src[j] === '\t')) {
        indent++;
        j++;
      }
      const ch = src.charAt(j);
      if (ch === '\n' || ch === '\r') {
        j++;
        continue;
      }
      if (ch === '#') {
        while (j < n && src[j] !== '\n') j++;
        continue;
      }
      if (ch === '') return undefined;
      return { indent, first: ch };
    }
    return undefined;
  };
  const unclosed = (): void => {
    for (const o of stack) warn(o.line, o.col, `Unclosed '${o.ch}'`, o.ch);
    stack.length = 0;
    open['('] = open['['] = open['{'] = 0;
  };

  while (i < n) {
    const c = src.charAt(i);
    if (c === '\n') {
      i++;
      line++;
      col = 1;
      if (stack.length === 0) flush();
      else {
        // A bracket left open: if the next code line is back at (or left of) the statement's indentation
        // and does not start with a closer, the bracket was never closed. Report it and start a new statement.
        const first = cur[0];
        const next = nextCodeLine(i);
        if (first && next && next.indent <= first.col - 1 && !(next.first in CLOSERS)) {
          unclosed();
          flush();
        }
      }
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f') {
      i++;
      col++;
      continue;
    }
    if (c === '#') {
      while (i < n && src[i] !== '\n') {
        i++;
        col++;
      }
      continue;
    }
    if (c === '\\' && (src[i + 1] === '\n' || (src[i + 1] === '\r' && src[i + 2] === '\n'))) {
      i += src[i + 1] === '\n' ? 2 : 3;
      line++;
      col = 1;
      continue;
    }
    const str = /^([rRbBuUfF]{1,2})?('''|"""|'|")/.exec(src.slice(i, i + 5));
    if (str && (str[1] === undefined || /^(?:[rbuf]|[rb][rbf]|f[r])$/i.test(str[1]))) {
      const startLine = line;
      const startCol = col;
      const quote = str[2] ?? '"';
      const raw = (str[1] ?? '').toLowerCase().includes('r');
      let j = i + str[0].length;
      let l = line;
      let cc = col + str[0].length;
      let closed = false;
      const contentStart = j;
      let contentEnd = j;
      while (j < n) {
        const ch = src.charAt(j);
        if (ch === '\\' && !raw) {
          if (src[j + 1] === '\n') {
            l++;
            cc = 1;
            j += 2;
            continue;
          }
          j += 2;
          cc += 2;
          continue;
        }
        if (ch === '\\' && raw) {
          j += 2;
          cc += 2;
          continue;
        }
        if (src.startsWith(quote, j)) {
          contentEnd = j;
          j += quote.length;
          cc += quote.length;
          closed = true;
          break;
        }
        if (ch === '\n') {
          if (quote.length === 1) break;
          l++;
          cc = 1;
          j++;
          continue;
        }
        j++;
        cc++;
      }
      if (!closed) {
        warn(startLine, startCol, 'Unterminated string', clip(src.slice(i, Math.min(n, i + 30)).split('\n')[0] ?? '', 30));
        contentEnd = j;
      }
      push('string', src.slice(contentStart, contentEnd), startLine, startCol);
      i = j;
      line = l;
      col = cc;
      continue;
    }
    const name = /^[A-Za-z_\u00C0-\uFFFF][\w\u00C0-\uFFFF]*/.exec(src.slice(i, i + 200));
    if (name) {
      push('name', name[0], line, col);
      i += name[0].length;
      col += name[0].length;
      continue;
    }
    const num = /^(?:\d[\w.]*|\.\d[\w]*)/.exec(src.slice(i, i + 100));
    if (num) {
      push('number', num[0], line, col);
      i += num[0].length;
      col += num[0].length;
      continue;
    }
    const three = src.slice(i, i + 3);
    const two = src.slice(i, i + 2);
    const op = OPS3.includes(three) ? three : OPS2.includes(two) ? two : c;
    if (op in OPENERS) {
      stack.push({ ch: op, line, col });
      open[op] = (open[op] ?? 0) + 1;
    } else if (op in CLOSERS) {
      const want = CLOSERS[op] ?? '';
      if ((open[want] ?? 0) === 0) {
        warn(line, col, `Unmatched '${op}'`, op);
        i++;
        col++;
        continue;
      }
      // Close the innermost matching opener; any opened inside it were never closed.
      for (;;) {
        const top = stack.pop();
        if (!top) break;
        open[top.ch] = (open[top.ch] ?? 1) - 1;
        if (top.ch === want) break;
        warn(top.line, top.col, `Unclosed '${top.ch}'`, top.ch);
      }
    }
    push('op', op, line, col);
    i += op.length;
    col += op.length;
  }
  unclosed();
  flush();
  return lines;
}

// ---------------------------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------------------------

const KEYWORDS = new Set([
  'None', 'True', 'False', 'and', 'or', 'not', 'in', 'is', 'if', 'else', 'elif', 'for', 'while', 'lambda', 'await', 'yield',
  'async', 'as', 'from', 'import', 'return', 'with', 'def', 'class', 'try', 'except', 'finally', 'pass', 'break', 'continue',
  'del', 'global', 'nonlocal', 'assert', 'raise',
]);
const BINARY_OPS = new Set(['>>', '<<', '+', '-', '*', '/', '//', '%', '**', '@', '|', '&', '^', '<', '>', '==', '!=', '<=', '>=', ':=']);
const BINARY_WORDS = new Set(['and', 'or', 'in', 'is', 'not', 'if', 'else']);

class ExprParser {
  private p = 0;
  constructor(private readonly toks: readonly Tok[]) {}

  get pos(): number {
    return this.p;
  }
  set pos(v: number) {
    this.p = v;
  }
  get done(): boolean {
    return this.p >= this.toks.length;
  }
  peek(offset = 0): Tok | undefined {
    return this.toks[this.p + offset];
  }
  private next(): Tok | undefined {
    return this.toks[this.p++];
  }
  private last(): Tok {
    return this.toks[Math.min(this.p, this.toks.length - 1)] ?? { kind: 'op', value: '', line: 1, col: 1 };
  }
  private is(value: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t !== undefined && t.value === value && (t.kind === 'op' || t.kind === 'name');
  }

  /** Skips to just after the bracket that closes an already-consumed opener. */
  private skipToClose(): void {
    let depth = 0;
    while (!this.done) {
      const t = this.next();
      if (!t || t.kind !== 'op') continue;
      if (t.value in OPENERS) depth++;
      else if (t.value in CLOSERS) {
        if (depth === 0) return;
        depth--;
      }
    }
  }

  expr(): Expr {
    const operands: Expr[] = [this.unary()];
    const ops: Tok[] = [];
    for (;;) {
      const t = this.peek();
      if (!t) break;
      const isOp = (t.kind === 'op' && BINARY_OPS.has(t.value)) || (t.kind === 'name' && BINARY_WORDS.has(t.value));
      if (!isOp) break;
      this.next();
      if ((t.value === 'not' && this.is('in')) || (t.value === 'is' && this.is('not'))) this.next();
      ops.push(t);
      operands.push(this.unary());
    }
    return combine(operands, ops);
  }

  private unary(): Expr {
    for (;;) {
      const t = this.peek();
      if (!t) return { t: 'other', tok: this.last(), parts: [] };
      if ((t.kind === 'op' && ['-', '+', '~', '*', '**'].includes(t.value)) || (t.kind === 'name' && ['not', 'await', 'yield'].includes(t.value))) {
        this.next();
        continue;
      }
      if (t.kind === 'name' && t.value === 'lambda') {
        this.next();
        let depth = 0;
        while (!this.done) {
          const x = this.peek();
          if (x?.kind === 'op' && x.value in OPENERS) depth++;
          if (x?.kind === 'op' && x.value in CLOSERS) {
            if (depth === 0) break;
            depth--;
          }
          this.next();
          if (depth === 0 && x?.value === ':' && x.kind === 'op') break;
        }
        const body = this.expr();
        return { t: 'other', tok: t, parts: [body] };
      }
      return this.postfix(this.atom());
    }
  }

  private atom(): Expr {
    const t = this.peek();
    if (!t) return { t: 'other', tok: this.last(), parts: [] };
    if (t.kind === 'name') {
      this.next();
      if (KEYWORDS.has(t.value)) return { t: 'other', tok: t, parts: [] };
      return { t: 'name', name: t.value, tok: t };
    }
    if (t.kind === 'string') {
      this.next();
      let value = t.value;
      while (this.peek()?.kind === 'string') value += this.next()?.value ?? '';
      return { t: 'str', value, tok: t };
    }
    if (t.kind === 'number') {
      this.next();
      return { t: 'other', tok: t, parts: [] };
    }
    if (t.value === '(' || t.value === '[' || t.value === '{') {
      this.next();
      const closer = OPENERS[t.value] ?? ')';
      const { items, trailingComma } = this.seq(closer);
      if (t.value === '(' && items.length === 1 && !trailingComma && items[0]) return items[0];
      if (t.value === '{') return { t: 'other', tok: t, parts: items };
      return { t: 'list', items, tok: t };
    }
    if (t.value in CLOSERS || t.value === ',' || t.value === ':' || t.value === '=') {
      // Not an expression start; leave it for the caller.
      return { t: 'other', tok: t, parts: [] };
    }
    this.next();
    return { t: 'other', tok: t, parts: [] };
  }

  private postfix(base: Expr): Expr {
    let e = base;
    for (;;) {
      const t = this.peek();
      if (!t || t.kind !== 'op') return e;
      if (t.value === '.') {
        this.next();
        const name = this.peek();
        if (name?.kind !== 'name') return e;
        this.next();
        e = { t: 'attr', obj: e, name: name.value, tok: name };
      } else if (t.value === '(') {
        this.next();
        e = { t: 'call', fn: e, args: this.args(), tok: t };
      } else if (t.value === '[') {
        this.next();
        this.seq(']');
        e = { t: 'sub', obj: e, tok: t };
      } else return e;
    }
  }

  /** Comma-separated items up to `closer` (consumed). Comprehensions keep their element; dict entries keep their value. */
  private seq(closer: string): { items: Expr[]; trailingComma: boolean } {
    const items: Expr[] = [];
    let trailingComma = false;
    while (!this.done) {
      const start = this.p;
      const t = this.peek();
      if (t?.kind === 'op' && t.value === closer) {
        this.next();
        break;
      }
      if (t?.kind === 'op' && t.value in CLOSERS) {
        // A different closer: leave it for the enclosing construct.
        break;
      }
      if (t?.kind === 'op' && t.value === ',') {
        this.next();
        trailingComma = true;
        continue;
      }
      trailingComma = false;
      let item = this.expr();
      if (this.is(':')) {
        this.next();
        item = this.expr();
      }
      if (this.is('for') || this.is('async')) {
        items.push(item);
        this.skipToClose();
        return { items, trailingComma: false };
      }
      items.push(item);
      if (this.p === start) this.next();
    }
    return { items, trailingComma };
  }

  private args(): Arg[] {
    const out: Arg[] = [];
    while (!this.done) {
      const start = this.p;
      const t = this.peek();
      if (t?.kind === 'op' && t.value === ')') {
        this.next();
        break;
      }
      if (t?.kind === 'op' && t.value in CLOSERS) break;
      if (t?.kind === 'op' && t.value === ',') {
        this.next();
        continue;
      }
      if (t?.kind === 'name' && this.peek(1)?.kind === 'op' && this.peek(1)?.value === '=') {
        this.next();
        this.next();
        out.push({ name: t.value, value: this.expr() });
      } else {
        const value = this.expr();
        if (this.is('for') || this.is('async')) {
          out.push({ value });
          this.skipToClose();
          break;
        }
        out.push({ value });
      }
      if (this.p === start) this.next();
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Evaluation
// ---------------------------------------------------------------------------------------------

/** Each task or group once, in first-seen order: `a | a | …` names one task however long it is. */
const uniqueRefs = (refs: readonly Ref[]): Ref[] => [...new Map(refs.map((r) => [r.key, r])).values()];

interface Ref {
  readonly kind: 'task' | 'group';
  readonly key: string;
}

interface TaskFn {
  readonly fnName: string;
  readonly taskId: string;
  readonly hints: string[];
  readonly line: number;
}

type Value =
  /** `xcom`: the value is a TaskFlow result or `.output` (an XComArg), which creates a dependency wherever it is passed. */
  | { readonly kind: 'tasks'; readonly refs: readonly Ref[]; readonly xcom?: boolean }
  | { readonly kind: 'dag'; readonly key: string }
  | { readonly kind: 'taskfn'; readonly fn: TaskFn; readonly deps: readonly Ref[] }
  | { readonly kind: 'groupfn'; readonly key: string }
  | { readonly kind: 'dagfn' }
  | { readonly kind: 'opaque' };

type Mode = 'strict' | 'loose' | 'xcom';

interface Block {
  readonly indent: number;
  readonly kind: 'dag' | 'group' | 'taskdef' | 'skip';
  readonly key?: string;
  readonly fn?: TaskFn;
}

/** Keyword arguments whose string values make useful, short hints. */
const HINT_KWARG =
  /(?:^|_)conn_id$|^(?:s3_|gcs_|source_|dest_|destination_)?bucket(?:_name)?$|bucket_key|^(?:s3_|dest_|source_)?key$|^prefix$|table|^sql$|^schema$|^database$|^dataset(?:_id)?$|^topics?$|^image$|^application$|^bash_command$|^cluster_name$|^job_name$|^index$|^collection$/;

function hintFromKwarg(key: string, value: string): string | undefined {
  if (!HINT_KWARG.test(key) || value.includes('{{') || value.trim() === '') return undefined;
  const v = value.trim();
  if (key === 'sql') {
    if (/\.sql$/i.test(v)) return v.split('/').pop();
    const table = /\b(?:from|into|table|update|join)\s+([\w.]+)/i.exec(v);
    return table?.[1];
  }
  if (key === 'bash_command') return v.split(/\s+/)[0]?.split('/').pop();
  if (key === 'application') return v.split('/').pop();
  return clip(v, 60);
}

/** Hints from a token run (a decorator or a TaskFlow body): `…Hook`/`…Operator` names and `conn_id='…'`-like strings. */
function tokenHints(tokens: readonly Tok[]): string[] {
  const out: string[] = [];
  tokens.forEach((t, k) => {
    if (t.kind === 'name' && /^[A-Z]\w*(?:Hook|Operator|Sensor)$/.test(t.value)) out.push(t.value);
    const eq = tokens[k + 1];
    const v = tokens[k + 2];
    if (t.kind === 'name' && eq?.kind === 'op' && eq.value === '=' && v?.kind === 'string') {
      const h = hintFromKwarg(t.value, v.value);
      if (h !== undefined) out.push(h);
    }
  });
  return out;
}

const OPERATOR_CLASS = /(?:Operator|Sensor)$/;

class AirflowReader {
  readonly b = new PipelineBuilder();
  private readonly bindings = new Map<string, Value>();
  private readonly blocks: Block[] = [];
  private pendingDecorators: { name: string; tokens: readonly Tok[]; line: number }[] = [];
  private readonly dags: string[] = [];
  /** Task key → its DAG key (if known) and the groups it sits in. */
  private readonly tasks = new Map<string, { dag: string | undefined; groups: string[] }>();
  private readonly groups = new Map<string, { name: string }>();
  private readonly deps: { from: Ref; to: Ref; line: number }[] = [];
  /** Dependencies past MAX_EDGES, not read: two long lists crossed would otherwise fill the memory. */
  private dropped: { count: number; line: number } | undefined;
  private readonly unknownWarned = new Set<string>();

  constructor(private readonly src: string) {}

  private warnAt(tok: Tok, message: string, found?: string): void {
    this.b.warn({ line: tok.line, column: tok.col, message, found });
  }

  read(): RawPipeline {
    const lines = tokenize(this.src, (line, column, message, found) => this.b.warn({ line, column, message, found }));
    for (const l of lines) {
      try {
        this.statement(l);
      } catch (e) {
        // A pathological statement (nesting deep enough to exhaust the stack) loses only itself.
        const first = l.tokens[0];
        this.b.warn({ line: first?.line ?? 1, column: first?.col ?? 1, message: `Statement skipped: ${e instanceof Error ? e.message : String(e)}` });
      }
    }
    this.finish();
    return this.b.build();
  }

  // --- context ---------------------------------------------------------------------------

  private currentDag(): string | undefined {
    for (let k = this.blocks.length - 1; k >= 0; k--) {
      const bl = this.blocks[k];
      if (bl?.kind === 'dag') return bl.key;
    }
    return undefined;
  }

  private currentGroups(): string[] {
    return this.blocks.filter((bl) => bl.kind === 'group' && bl.key !== undefined).map((bl) => bl.key ?? '');
  }

  private addDag(dagId: string, tok: Tok): string {
    const key = `dag:${dagId}`;
    if (!this.b.has(key)) this.dags.push(key);
    this.b.component(key, { name: dagId, explicit: 'orchestrate', hints: ['Airflow DAG'], line: tok.line });
    return key;
  }

  private addGroup(groupId: string): string {
    const key = `group:${this.currentDag() ?? ''}:${groupId}`;
    if (!this.groups.has(key)) this.groups.set(key, { name: groupId });
    return key;
  }

  private addTask(taskId: string, line: number, hints: readonly (string | undefined)[], dag?: string, group?: string): Ref {
    const dagKey = dag ?? this.currentDag();
    const key = `task:${dagKey ?? ''}:${taskId}`;
    const groups = [...this.currentGroups(), ...(group !== undefined ? [group] : [])];
    const groupHints = groups.map((g) => this.groups.get(g)?.name);
    this.b.component(key, { name: taskId, line, hints: [...hints, ...groupHints], idBase: taskId });
    const meta = this.tasks.get(key);
    if (meta) {
      for (const g of groups) if (!meta.groups.includes(g)) meta.groups.push(g);
    } else this.tasks.set(key, { dag: dagKey, groups });
    return { kind: 'task', key };
  }

  // --- statements ------------------------------------------------------------------------

  private statement(l: LogicalLine): void {
    while (this.blocks.length > 0 && (this.blocks[this.blocks.length - 1]?.indent ?? -1) >= l.indent) this.blocks.pop();
    const toks = l.tokens;
    const first = toks[0];
    if (!first) return;

    // Inside a TaskFlow function or a plain function/class: not DAG wiring. Collect hints for tasks.
    const skipping = this.blocks.find((bl) => bl.kind === 'taskdef' || bl.kind === 'skip');
    if (skipping) {
      if (skipping.kind === 'taskdef' && skipping.fn) skipping.fn.hints.push(...tokenHints(toks));
      this.pendingDecorators = [];
      return;
    }

    if (first.kind === 'op' && first.value === '@') {
      const nameToks: string[] = [];
      let k = 1;
      while (k < toks.length && (toks[k]?.kind === 'name' || toks[k]?.value === '.')) nameToks.push(toks[k++]?.value ?? '');
      this.pendingDecorators.push({ name: nameToks.join(''), tokens: toks.slice(k), line: first.line });
      return;
    }
    const isAsync = first.value === 'async' && toks[1]?.value === 'def';
    if (first.kind === 'name' && (first.value === 'def' || isAsync)) {
      this.def(toks.slice(isAsync ? 1 : 0), l.indent);
      return;
    }
    // Decorators apply to the next def only.
    this.pendingDecorators = [];
    if (first.kind === 'name' && first.value === 'class') {
      this.blocks.push({ indent: l.indent, kind: 'skip' });
      return;
    }
    if (first.kind === 'name' && first.value === 'with') {
      this.withStatement(toks, l.indent);
      return;
    }
    if (first.kind === 'name' && first.value === 'for') {
      this.forStatement(toks);
      return;
    }
    if (first.kind === 'name' && ['import', 'from', 'return', 'pass', 'global', 'nonlocal', 'del', 'raise', 'assert', 'break', 'continue'].includes(first.value)) {
      return;
    }
    if (first.kind === 'name' && ['if', 'elif', 'else', 'while', 'try', 'except', 'finally'].includes(first.value)) {
      return;
    }
    this.assignmentOrExpression(toks);
  }

  private def(toks: readonly Tok[], indent: number): void {
    const nameTok = toks[1];
    const decorators = this.pendingDecorators;
    this.pendingDecorators = [];
    if (nameTok?.kind !== 'name') {
      this.blocks.push({ indent, kind: 'skip' });
      return;
    }
    const fnName = nameTok.value;
    const deco = decorators.find((d) => /^(?:task|dag|task_group)(?:\.|$)/.test(d.name.replace(/^(?:airflow\.)?(?:decorators\.|sdk\.)?/, '')));
    const decoName = deco?.name.replace(/^(?:airflow\.)?(?:decorators\.|sdk\.)?/, '');
    const kwargs = deco ? this.decoratorKwargs(deco.tokens) : new Map<string, string>();
    if (decoName === 'dag') {
      const dagId = kwargs.get('dag_id') ?? fnName;
      const key = this.addDag(dagId, nameTok);
      this.bindings.set(fnName, { kind: 'dagfn' });
      this.blocks.push({ indent, kind: 'dag', key });
      return;
    }
    if (decoName === 'task_group') {
      const key = this.addGroup(kwargs.get('group_id') ?? fnName);
      this.bindings.set(fnName, { kind: 'groupfn', key });
      this.blocks.push({ indent, kind: 'group', key });
      return;
    }
    if (deco && decoName !== undefined) {
      const fn: TaskFn = {
        fnName,
        taskId: kwargs.get('task_id') ?? fnName,
        hints: [`@${decoName}`, ...tokenHints(deco.tokens)],
        line: deco.line,
      };
      this.bindings.set(fnName, { kind: 'taskfn', fn, deps: [] });
      this.blocks.push({ indent, kind: 'taskdef', fn });
      return;
    }
    this.blocks.push({ indent, kind: 'skip' });
  }

  private decoratorKwargs(toks: readonly Tok[]): Map<string, string> {
    const out = new Map<string, string>();
    toks.forEach((t, k) => {
      const eq = toks[k + 1];
      const v = toks[k + 2];
      if (t.kind === 'name' && eq?.value === '=' && eq.kind === 'op' && v?.kind === 'string') out.set(t.value, v.value);
    });
    return out;
  }

  private withStatement(toks: readonly Tok[], indent: number): void {
    const p = new ExprParser(toks.slice(1));
    while (!p.done) {
      const start = p.pos;
      const e = p.expr();
      let asName: string | undefined;
      if (p.peek()?.kind === 'name' && p.peek()?.value === 'as') {
        const t = p.peek(1);
        p.pos = p.pos + 1;
        if (t?.kind === 'name') {
          asName = t.value;
          p.pos = p.pos + 1;
        }
      }
      const v = this.evaluate(e, 'loose', asName);
      if (v?.kind === 'dag') {
        if (asName !== undefined) this.bindings.set(asName, v);
        this.blocks.push({ indent, kind: 'dag', key: v.key });
      } else if (v?.kind === 'tasks' && v.refs.length === 1 && v.refs[0]?.kind === 'group') {
        if (asName !== undefined) this.bindings.set(asName, v);
        this.blocks.push({ indent, kind: 'group', key: v.refs[0].key });
      } else if (asName !== undefined && v) this.bindings.set(asName, v);
      const t = p.peek();
      if (t?.value === ',') p.pos = p.pos + 1;
      else if (t?.value === ':') break;
      else if (p.pos === start) p.pos = p.pos + 1;
    }
  }

  private forStatement(toks: readonly Tok[]): void {
    // `for t in <expr>:` — t stands for the tasks of <expr> (if any), and never warns as unknown.
    const inAt = toks.findIndex((t) => t.kind === 'name' && t.value === 'in');
    const targets = toks.slice(1, inAt < 0 ? toks.length : inAt).filter((t) => t.kind === 'name');
    let v: Value | undefined;
    if (inAt >= 0) {
      let end = toks.length;
      for (let k = toks.length - 1; k > inAt; k--) {
        if (toks[k]?.kind === 'op' && toks[k]?.value === ':') {
          end = k;
          break;
        }
      }
      v = this.evaluate(new ExprParser(toks.slice(inAt + 1, end)).expr(), 'loose');
    }
    for (const t of targets) this.bindings.set(t.value, v?.kind === 'tasks' ? v : { kind: 'opaque' });
  }

  private assignmentOrExpression(toks: readonly Tok[]): void {
    // Find `=` at bracket depth 0: `a = b = expr`, `a: T = expr`.
    const eqs: number[] = [];
    let depth = 0;
    toks.forEach((t, k) => {
      if (t.kind !== 'op') return;
      if (t.value in OPENERS) depth++;
      else if (t.value in CLOSERS) depth = Math.max(0, depth - 1);
      else if (depth === 0 && t.value === '=') eqs.push(k);
    });
    if (eqs.length === 0) {
      const augmented = toks.findIndex((t) => t.kind === 'op' && /^(?:>>|<<|\+|-|\*|\/|\/\/|%|&|\||\^|@|\*\*)=$/.test(t.value));
      if (augmented > 0) {
        // `a >>= b` is rare; read the right-hand side for TaskFlow calls only.
        this.evaluate(new ExprParser(toks.slice(augmented + 1)).expr(), 'loose');
        return;
      }
      const p = new ExprParser(toks);
      while (!p.done) {
        const start = p.pos;
        this.evaluate(p.expr(), 'statement');
        if (p.pos === start) p.pos = p.pos + 1;
      }
      return;
    }
    const lastEq = eqs[eqs.length - 1] ?? 0;
    const names: string[] = [];
    let from = 0;
    for (const eq of eqs) {
      const target = toks.slice(from, eq);
      const t0 = target[0];
      if (t0?.kind === 'name' && !KEYWORDS.has(t0.value) && (target.length === 1 || target[1]?.value === ':')) names.push(t0.value);
      from = eq + 1;
    }
    const v = this.evaluate(new ExprParser(toks.slice(lastEq + 1)).expr(), 'loose', names[0]);
    for (const n of names) this.bindings.set(n, v ?? { kind: 'opaque' });
  }

  // --- expressions -----------------------------------------------------------------------

  private tasksOf(v: Value | undefined): Ref[] {
    if (!v) return [];
    if (v.kind === 'tasks') return [...v.refs];
    return [];
  }

  private link(from: readonly Ref[], to: readonly Ref[], line: number): void {
    const targets = uniqueRefs(to);
    let keys: Set<string> | undefined;
    for (const a of uniqueRefs(from)) {
      if (this.deps.length < MAX_EDGES) {
        for (const c of targets) if (a.key !== c.key) this.deps.push({ from: a, to: c, line });
        continue;
      }
      keys ??= new Set(targets.map((r) => r.key));
      this.drop(targets.length - (keys.has(a.key) ? 1 : 0), line);
    }
  }

  private drop(count: number, line: number): void {
    this.dropped ??= { count: 0, line };
    this.dropped.count += count;
  }

  /** Invokes a TaskFlow function: one task per (DAG, task_id); arguments that carry tasks feed it. */
  private invoke(fn: TaskFn, deps: readonly Ref[], args: readonly Arg[], tok: Tok): Value {
    const ref = this.addTask(fn.taskId, fn.line, fn.hints);
    const upstream = [...deps];
    for (const a of args) upstream.push(...this.tasksOf(this.evaluate(a.value, 'loose')));
    this.link(upstream, [ref], tok.line);
    return { kind: 'tasks', refs: [ref], xcom: true };
  }

  /**
   * Evaluates an expression. 'strict' is for dependency operands (unknown names warn and become tasks);
   * 'loose' for assignments and TaskFlow arguments; 'xcom' for classic operator arguments, where only
   * `.output` and TaskFlow calls carry data; 'statement' is an expression statement.
   */
  private evaluate(e: Expr, mode: Mode | 'statement', assignName?: string): Value | undefined {
    const m: Mode = mode === 'statement' ? 'loose' : mode;
    switch (e.t) {
      case 'name': {
        const v = this.bindings.get(e.name);
        if (m === 'xcom') return v?.kind === 'tasks' && v.xcom === true ? v : undefined;
        if (v?.kind === 'taskfn' && m === 'strict') return this.invoke(v.fn, v.deps, [], e.tok);
        if (v?.kind === 'groupfn' && m === 'strict') return { kind: 'tasks', refs: [{ kind: 'group', key: v.key }] };
        if (v) {
          if (m === 'strict' && v.kind !== 'tasks' && v.kind !== 'opaque') this.warnAt(e.tok, `"${e.name}" is not a task`, e.name);
          return v;
        }
        if (m === 'strict') {
          const ref = this.addTask(e.name, e.tok.line, []);
          if (!this.unknownWarned.has(e.name)) {
            this.unknownWarned.add(e.name);
            this.warnAt(e.tok, `Unknown task "${e.name}" in a dependency; added as a task`, e.name);
          }
          const value: Value = { kind: 'tasks', refs: [ref] };
          this.bindings.set(e.name, value);
          return value;
        }
        return undefined;
      }
      case 'str':
        if (m === 'strict') this.warnAt(e.tok, 'A string is not a task', e.value);
        return undefined;
      case 'list': {
        const refs: Ref[] = [];
        for (const item of e.items) refs.push(...this.tasksOf(this.evaluate(item, m)));
        return refs.length > 0 || m !== 'xcom' ? { kind: 'tasks', refs } : undefined;
      }
      case 'shift': {
        let from: Ref[] = [];
        e.operands.forEach((operand, k) => {
          const to = this.tasksOf(this.evaluate(operand, 'strict'));
          const op = e.ops[k - 1];
          if (op) {
            if (operand.t === 'list' && e.operands[k - 1]?.t === 'list') {
              this.warnAt(op, `Airflow cannot use ${op.value} between two lists; use cross_downstream (read as every pair)`, op.value);
            }
            if (op.value === '>>') this.link(from, to, op.line);
            else this.link(to, from, op.line);
          }
          from = to;
        });
        return { kind: 'tasks', refs: from };
      }
      case 'attr': {
        const base = this.evaluate(e.obj, m === 'xcom' && e.name === 'output' ? 'loose' : m);
        if (base?.kind === 'tasks') return e.name === 'output' ? { ...base, xcom: true } : base;
        if (base?.kind === 'taskfn') return base;
        if (m === 'strict' && base !== undefined) this.warnAt(firstTok(e), `"${exprText(e)}" is not a task`, exprText(e));
        return undefined;
      }
      case 'sub': {
        const base = this.evaluate(e.obj, m);
        return base?.kind === 'tasks' ? base : undefined;
      }
      case 'call':
        return this.call(e, m, assignName);
      case 'other': {
        const refs: Ref[] = [];
        for (const part of e.parts) refs.push(...this.tasksOf(this.evaluate(part, m === 'strict' ? 'loose' : m)));
        if (m === 'strict' && refs.length === 0 && e.tok.value !== '') this.warnAt(e.tok, 'Not a task', e.tok.value);
        return refs.length > 0 ? { kind: 'tasks', refs } : undefined;
      }
    }
  }

  private argValue(args: readonly Arg[], name: string, position?: number): Expr | undefined {
    const kw = args.find((a) => a.name === name);
    if (kw) return kw.value;
    if (position === undefined) return undefined;
    return args.filter((a) => a.name === undefined)[position]?.value;
  }

  private literal(e: Expr | undefined): string | undefined {
    return e?.t === 'str' ? e.value : undefined;
  }

  private call(e: Extract<Expr, { t: 'call' }>, m: Mode, assignName: string | undefined): Value | undefined {
    const callee = dotted(e.fn);
    const last = callee?.split('.').pop() ?? (e.fn.t === 'attr' ? e.fn.name : undefined);
    const line = firstTok(e).line;

    // Methods on tasks and TaskFlow functions.
    if (e.fn.t === 'attr') {
      const method = e.fn.name;
      if (method === 'set_downstream' || method === 'set_upstream') {
        const self = this.tasksOf(this.evaluate(e.fn.obj, 'strict'));
        const arg = e.args[0];
        const other = arg ? this.tasksOf(this.evaluate(arg.value, 'strict')) : [];
        if (method === 'set_downstream') this.link(self, other, line);
        else this.link(other, self, line);
        return undefined;
      }
      const objValue = OPERATOR_CLASS.test(dotted(e.fn.obj)?.split('.').pop() ?? '') ? undefined : this.evaluate(e.fn.obj, m === 'strict' ? 'loose' : m);
      if (objValue?.kind === 'taskfn') {
        const fn = objValue.fn;
        if (method === 'override') {
          const taskId = this.literal(this.argValue(e.args, 'task_id'));
          const hints = [...fn.hints, ...this.argHints(e.args)];
          return { kind: 'taskfn', fn: { ...fn, taskId: taskId ?? fn.taskId, hints }, deps: objValue.deps };
        }
        if (method === 'partial') {
          const deps = [...objValue.deps];
          for (const a of e.args) deps.push(...this.tasksOf(this.evaluate(a.value, 'loose')));
          return { kind: 'taskfn', fn, deps };
        }
        if (method === 'expand' || method === 'expand_kwargs') return this.invoke(fn, objValue.deps, e.args, e.tok);
        return undefined;
      }
      if (objValue?.kind === 'tasks') {
        // `op.expand(...)`, `op.partial(...)`, `t.as_setup()`…: the same tasks; mapped arguments feed them.
        if (method === 'expand' || method === 'expand_kwargs' || method === 'partial') {
          const upstream: Ref[] = [];
          for (const a of e.args) upstream.push(...this.tasksOf(this.evaluate(a.value, 'xcom')));
          this.link(upstream, objValue.refs, line);
        }
        return objValue;
      }
    }

    if (last === 'chain' || last === 'chain_linear') {
      const values = e.args.map((a) => ({ expr: a.value, refs: this.tasksOf(this.evaluate(a.value, 'strict')) }));
      for (let k = 0; k + 1 < values.length; k++) {
        const a = values[k];
        const c = values[k + 1];
        if (!a || !c) continue;
        if (last === 'chain' && a.expr.t === 'list' && c.expr.t === 'list' && a.refs.length === c.refs.length) {
          a.refs.forEach((r, idx) => {
            const to = c.refs[idx];
            if (to) this.link([r], [to], line);
          });
        } else this.link(a.refs, c.refs, line);
      }
      return undefined;
    }
    if (last === 'cross_downstream') {
      const fromE = this.argValue(e.args, 'from_tasks', 0);
      const toE = this.argValue(e.args, 'to_tasks', 1);
      const fromRefs = fromE ? this.tasksOf(this.evaluate(fromE, 'strict')) : [];
      const toRefs = toE ? this.tasksOf(this.evaluate(toE, 'strict')) : [];
      this.link(fromRefs, toRefs, line);
      return undefined;
    }

    const fnValue = e.fn.t === 'name' ? this.bindings.get(e.fn.name) : e.fn.t === 'call' ? this.evaluate(e.fn, m) : undefined;
    if (fnValue?.kind === 'taskfn') return this.invoke(fnValue.fn, fnValue.deps, e.args, e.tok);
    if (fnValue?.kind === 'groupfn') {
      const upstream: Ref[] = [];
      for (const a of e.args) upstream.push(...this.tasksOf(this.evaluate(a.value, 'loose')));
      const group: Ref = { kind: 'group', key: fnValue.key };
      this.link(upstream, [group], line);
      return { kind: 'tasks', refs: [group] };
    }
    if (fnValue?.kind === 'dagfn') return undefined;

    if (last === 'DAG') {
      const id = this.literal(this.argValue(e.args, 'dag_id', 0)) ?? assignName ?? 'dag';
      return { kind: 'dag', key: this.addDag(id, firstTok(e)) };
    }
    if (last === 'TaskGroup') {
      const id = this.literal(this.argValue(e.args, 'group_id', 0)) ?? assignName ?? 'group';
      return { kind: 'tasks', refs: [{ kind: 'group', key: this.addGroup(id) }] };
    }

    const taskIdExpr = this.argValue(e.args, 'task_id');
    const className = callee
      ?.split('.')
      .filter((p) => p !== 'partial')
      .pop();
    if (taskIdExpr !== undefined || (className !== undefined && OPERATOR_CLASS.test(className))) {
      const taskId = this.literal(taskIdExpr) ?? assignName ?? (taskIdExpr ? exprText(taskIdExpr) : (className ?? 'task'));
      const dagExpr = this.argValue(e.args, 'dag');
      const dagValue = dagExpr?.t === 'name' ? this.bindings.get(dagExpr.name) : undefined;
      const groupExpr = this.argValue(e.args, 'task_group');
      const groupValue = groupExpr?.t === 'name' ? this.bindings.get(groupExpr.name) : undefined;
      const groupRef = groupValue?.kind === 'tasks' ? groupValue.refs.find((r) => r.kind === 'group') : undefined;
      const ref = this.addTask(
        taskId,
        line,
        [className !== undefined && /^[A-Z]/.test(className) ? className : undefined, ...this.argHints(e.args)],
        dagValue?.kind === 'dag' ? dagValue.key : undefined,
        groupRef?.key,
      );
      // XComArgs in arguments (`other.output`, TaskFlow calls) make Airflow add the dependency.
      const upstream: Ref[] = [];
      for (const a of e.args) if (a.name !== 'dag' && a.name !== 'task_group') upstream.push(...this.tasksOf(this.evaluate(a.value, 'xcom')));
      this.link(upstream, [ref], line);
      return { kind: 'tasks', refs: [ref] };
    }

    // Some other call: read its arguments for nested TaskFlow calls, and say so if it stands in a dependency.
    for (const a of e.args) this.evaluate(a.value, m === 'strict' ? 'loose' : m);
    if (m === 'strict') this.warnAt(firstTok(e), `Cannot tell which task "${exprText(e)}" is`, exprText(e));
    return undefined;
  }

  private argHints(args: readonly Arg[]): string[] {
    const out: string[] = [];
    for (const a of args) {
      if (a.name === undefined || a.value.t !== 'str') continue;
      const h = hintFromKwarg(a.name, a.value.value);
      if (h !== undefined) out.push(h);
    }
    return out;
  }

  // --- finishing -------------------------------------------------------------------------

  private finish(): void {
    // Task groups stand for their first tasks (as a downstream) and last tasks (as an upstream).
    // Lists grow in place, and each group's inner edges are found in one pass over all edges: copying
    // a member list per task, or scanning every edge per group reference, cost n² on big DAGs.
    const members = new Map<string, string[]>();
    for (const [task, meta] of this.tasks) {
      for (const g of meta.groups) {
        const list = members.get(g);
        if (list) list.push(task);
        else members.set(g, [task]);
      }
    }
    const inner = { roots: new Map<string, Set<string>>(), leaves: new Map<string, Set<string>>() };
    const mark = (side: 'roots' | 'leaves', group: string, task: string) => inner[side].get(group)?.add(task) ?? inner[side].set(group, new Set([task]));
    for (const d of this.deps) {
      if (d.from.kind !== 'task' || d.to.kind !== 'task') continue;
      const toGroups = this.tasks.get(d.to.key)?.groups ?? [];
      for (const g of this.tasks.get(d.from.key)?.groups ?? []) {
        if (!toGroups.includes(g)) continue;
        mark('roots', g, d.to.key);
        mark('leaves', g, d.from.key);
      }
    }
    const endsOf = new Map<string, string[]>();
    const ends = (group: string, side: 'roots' | 'leaves'): string[] => {
      const key = `${side}:${group}`;
      const known = endsOf.get(key);
      if (known) return known;
      const list = (members.get(group) ?? []).filter((t) => !inner[side].get(group)?.has(t));
      endsOf.set(key, list);
      return list;
    };
    const warnedGroups = new Set<string>();
    const expand = (ref: Ref, side: 'roots' | 'leaves', line: number): string[] => {
      if (ref.kind === 'task') return [ref.key];
      const list = ends(ref.key, side);
      if (list.length === 0 && !warnedGroups.has(ref.key)) {
        warnedGroups.add(ref.key);
        const name = this.groups.get(ref.key)?.name ?? ref.key;
        this.b.warn({ line, column: 1, message: `Task group "${name}" has no tasks here`, found: name });
      }
      return list;
    };
    const wired = new Set<string>();
    let edges = 0;
    for (const d of this.deps) {
      const froms = expand(d.from, 'leaves', d.line);
      const tos = expand(d.to, 'roots', d.line);
      if (edges >= MAX_EDGES) {
        this.drop(froms.length * tos.length, d.line);
        continue;
      }
      for (const from of froms) {
        for (const to of tos) {
          this.b.edge(this.b.idOf(from), this.b.idOf(to), { line: d.line });
          wired.add(from).add(to);
          edges++;
        }
      }
    }
    if (this.dropped) {
      this.b.warn({ line: this.dropped.line, column: 1, message: `Too many dependencies: ${this.dropped.count} more were not read (limit ${MAX_EDGES})` });
    }
    // The orchestrator links to what it schedules. With one DAG, a task with no other link is left
    // unlinked: a component whose only neighbour is the orchestrator reads as the orchestrator's own
    // backend (its metadata database), and an unlinked DAG is linked to its jobs downstream anyway.
    // With several DAGs the link says which DAG owns the task, so it stays.
    const onlyDag = this.dags.length === 1 ? this.dags[0] : undefined;
    for (const [task, meta] of this.tasks) {
      const dag = meta.dag ?? onlyDag;
      if (dag !== undefined && (wired.has(task) || onlyDag === undefined)) this.b.edge(this.b.idOf(dag), this.b.idOf(task), { control: true });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Parser
// ---------------------------------------------------------------------------------------------

function detectAirflow(text: string): number {
  const head = text.slice(0, 200_000);
  const airflow = /\bfrom\s+airflow\b|\bimport\s+airflow\b|\bDAG\s*\(|@dag\b/.test(head);
  const wiring = />>|<<|\.set_downstream\s*\(|\.set_upstream\s*\(|\bchain\s*\(|\bcross_downstream\s*\(/.test(head);
  if (airflow && wiring) return 0.92;
  if (airflow) return 0.7;
  if (/@task\b/.test(head) && /^\s*def\s+\w+\s*\(/m.test(head)) return 0.4;
  return 0;
}

export const airflowParser: FormatParser = {
  id: 'airflow',
  label: 'Airflow DAG (Python)',
  example: [
    'from airflow import DAG',
    'from airflow.operators.python import PythonOperator',
    '',
    "with DAG('orders_daily') as dag:",
    "    extract = PythonOperator(task_id='extract_orders', python_callable=extract_fn)",
    "    load = PythonOperator(task_id='load_orders', python_callable=load_fn)",
    '    extract >> load',
  ].join('\n'),
  detect: detectAirflow,
  parse(text: string): RawPipeline {
    try {
      return new AirflowReader(text).read();
    } catch (e) {
      return failed(`Could not read the DAG file: ${e instanceof Error ? e.message : String(e)}`);
    }
  },
};
