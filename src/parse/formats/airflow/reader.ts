/**
 * Statements, in file order: assignments bind names, `with DAG(…)` / `with TaskGroup(…)` open a
 * DAG or group for the tasks made inside, `@dag` / `@task_group` / `@task` functions are read where
 * they are defined, plain functions where they are called, and `for` loops over values known in
 * the file are unrolled. Branches of `if` and `try` are all read: which one runs is not known.
 */
import { errorText, type PipelineBuilder } from '../structured';
import { getOrAdd } from '../text';
import { MAX_CALL_DEPTH, ReadContext } from './context';
import { bindTargets, evaluate } from './expr';
import { codePlaces } from './codePlaces';
import { declaredPlaces, scheduledOn } from './calls';
import { codeHints } from './hints';
import { parsePython } from './syntax';
import { argsOf, argNode, children, type Node } from './tree';
import { constantText, iterationItems, OPAQUE, Scope, type Value } from './values';

const AIRFLOW_PREFIX = /^(?:airflow\.)?(?:decorators\.|sdk\.)?/;
const SKIPPED = new Set(['ImportStatement', 'PassStatement', 'Comment', 'BreakStatement', 'ContinueStatement']);

export class AirflowReader extends ReadContext {
  /** Hints of each TaskFlow body, by its position: a body defined in a loop is read once. */
  private readonly bodyHints = new Map<number, string[]>();
  private readonly uncalled = new Map<number, { fn: Extract<Value, { kind: 'fn' }>; name: string }>();

  static read(b: PipelineBuilder, source: string): void {
    const parsed = parsePython(source);
    const reader = new AirflowReader(parsed.text, b);
    for (const p of parsed.problems) reader.warn(p.offset, p.message, p.found);
    reader.body(parsed.tree.topNode, new Scope());
    // A function no call read (a factory another file calls) is read once, parameters unknown; not one Airflow runs in a task (python_callable=f, execute).
    for (const { fn, name } of reader.uncalled.values()) if (!/^(?:execute|poke)$/.test(name) && !new RegExp(`[=,[(:]\\s*${name}\\b(?!\\s*\\()`).test(parsed.text)) reader.runFunction(fn, [], fn.def);
    reader.graph.addDescribed(reader.prose(parsed.tree.topNode));
    reader.graph.wire();
  }

  /** What the author wrote about the pipeline: comments, docstrings and a `description` or `doc_md` argument. */
  private prose(top: Node): { text: string; line: number }[] {
    const out: { text: string; line: number }[] = [];
    const c = top.cursor();
    do {
      const key = c.node.prevSibling?.name === 'AssignOp' ? this.src(c.node.prevSibling.prevSibling ?? c.node) : '';
      const doc = c.name === 'String' && (c.node.parent?.name === 'ExpressionStatement' || /^(?:description|doc_md)$/.test(key));
      // Line by line, each clipped: a long docstring costs what its lines do.
      if (c.name === 'Comment' || doc) this.src(c).split('\n').forEach((text, k) => out.push({ text: text.slice(0, 300), line: this.lineOf(c.from) + k }));
    } while (c.next());
    return out;
  }

  private body(node: Node, scope: Scope): void {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      try {
        this.statement(c, scope);
      } catch (e) {
        // A pathological statement (nesting deep enough to exhaust the stack) loses only itself.
        this.warn(c.from, `Statement skipped: ${errorText(e)}`);
      }
    }
  }

  private statement(node: Node, scope: Scope): void {
    switch (node.name) {
      case 'ExpressionStatement':
        evaluate(this, node.firstChild, scope, 'loose');
        return;
      case 'AssignStatement':
        this.assign(node, scope);
        return;
      case 'UpdateStatement':
        evaluate(this, node.lastChild, scope, 'loose');
        return;
      case 'ReturnStatement': {
        const expr = node.lastChild?.name === 'return' ? undefined : node.lastChild;
        const value = evaluate(this, expr, scope, 'loose');
        const frame = this.calls[this.calls.length - 1];
        if (frame && frame.returned === undefined) frame.returned = value;
        return;
      }
      case 'WithStatement':
        this.withStatement(node, scope);
        return;
      case 'ForStatement':
        this.forStatement(node, scope);
        return;
      case 'FunctionDefinition':
        this.define(node, [], scope);
        return;
      case 'DecoratedStatement': {
        const def = node.getChild('FunctionDefinition');
        if (def) this.define(def, node.getChildren('Decorator'), scope);
        return;
      }
      default:
        if (SKIPPED.has(node.name)) return;
        // if / elif / else, while, try / except / finally, match: every body is read; a class's with names of its own.
        for (const b of node.getChildren('Body')) this.body(b, node.name === 'ClassDefinition' ? scope.child() : scope);
    }
  }

  private assign(node: Node, scope: Scope): void {
    const parts = children(node);
    const eqs = parts.flatMap((c, k) => (c.name === 'AssignOp' ? [k] : []));
    const lastEq = eqs[eqs.length - 1] ?? -1;
    const valueNodes = parts.slice(lastEq + 1).filter((c) => c.name !== ',');
    // Each target stands between the `=` before it (or the start) and its own `=`.
    const targets = eqs.map((eq, k) => parts.slice((eqs[k - 1] ?? -1) + 1, eq).filter((c) => c.name !== ',' && c.name !== 'TypeDef'));
    const firstName = targets[0]?.length === 1 && targets[0][0]?.name === 'VariableName' ? this.src(targets[0][0]) : undefined;
    const value =
      valueNodes.length === 1
        ? evaluate(this, valueNodes[0], scope, 'loose', firstName)
        : ({ kind: 'seq', items: valueNodes.map((n) => evaluate(this, n, scope, 'loose') ?? OPAQUE) } as Value);
    for (const t of targets) bindTargets(this, t, value, scope);
  }

  private withStatement(node: Node, scope: Scope): void {
    const parts = children(node);
    const pushed = this.frames.length;
    for (let k = 1; k < parts.length; k++) {
      const item = parts[k];
      if (!item || item.name === 'Body' || item.name === ',' || item.name === 'as') continue;
      const asNode = parts[k + 1]?.name === 'as' ? parts[k + 2] : undefined;
      const asName = asNode?.name === 'VariableName' ? this.src(asNode) : undefined;
      const v = evaluate(this, item, scope, 'loose', asName);
      if (asName !== undefined) scope.set(asName, v ?? OPAQUE);
      if (v?.kind === 'dag') this.frames.push({ kind: 'dag', key: v.key });
      else if (v?.kind === 'tasks' && v.refs.length === 1 && v.refs[0]?.kind === 'group') this.frames.push({ kind: 'group', key: v.refs[0].key });
      if (asNode) k += 2;
    }
    const body = node.getChild('Body');
    if (body) this.body(body, scope);
    this.frames.length = pushed;
  }

  private forStatement(node: Node, scope: Scope): void {
    const parts = children(node);
    const inAt = parts.findIndex((c) => c.name === 'in');
    const targets = parts.slice(1, inAt < 0 ? 1 : inAt).filter((c) => c.name !== ',');
    const over = inAt < 0 ? undefined : evaluate(this, parts[inAt + 1], scope, 'loose');
    const body = node.getChild('Body');
    const known = iterationItems(over);
    // An unknown iterable: the body once, its names standing for what the loop runs over.
    const runs: (Value | undefined)[] = known ? [...known] : [over?.kind === 'tasks' ? over : OPAQUE];
    if (runs.length === 0) runs.push(OPAQUE);
    for (let k = 0; k < runs.length; k++) {
      if (k > 0 && !this.spend(node.from)) break;
      bindTargets(this, targets, runs[k], scope);
      if (body) this.body(body, scope);
    }
    for (const b of node.getChildren('Body').slice(1)) this.body(b, scope);
  }

  /** A function definition: Airflow's decorators make a DAG, a task group or a TaskFlow task; any other is read where called. */
  private define(def: Node, decorators: readonly Node[], scope: Scope): void {
    const nameNode = def.getChild('VariableName');
    const body = def.getChild('Body');
    if (!nameNode || !body) return;
    const fnName = this.src(nameNode);
    for (const d of decorators) {
      const dotted = d.getChildren('VariableName').map((n) => this.src(n)).join('.').replace(AIRFLOW_PREFIX, '');
      const kind = /^(task_group|task|dag)(?:\.|$)/.exec(dotted)?.[1];
      if (kind === undefined) continue;
      const args = argsOf(d.getChild('ArgList'), this.text);
      const idArg = (key: string) => constantText(evaluate(this, argNode(args, key), scope, 'loose'));
      if (kind === 'dag') {
        const schedule = idArg('schedule') ?? idArg('schedule_interval');
        const key = this.graph.addDag(idArg('dag_id') ?? fnName, this.lineOf(nameNode.from), schedule);
        scheduledOn(this, key, args, scope, this.lineOf(d.from));
        scope.set(fnName, { kind: 'dagfn' });
        this.inside({ kind: 'dag', key }, def, body, scope);
      } else if (kind === 'task_group') {
        const key = this.graph.addGroup(idArg('group_id') ?? fnName, this.currentDag(), this.currentGroups());
        scope.set(fnName, { kind: 'groupfn', key });
        this.inside({ kind: 'group', key }, def, body, scope);
      } else {
        const argList = d.getChild('ArgList');
        const bodyHints = getOrAdd(this.bodyHints, body.from, () => codeHints(body, this.text));
        const hints = [`@${dotted}`, ...(argList ? codeHints(argList, this.text) : []), ...bodyHints];
        scope.set(fnName, { kind: 'taskfn', fn: { taskId: idArg('task_id') ?? fnName, hints, line: this.lineOf(d.from), places: [...codePlaces(body, this.text), ...declaredPlaces(this, args, scope)] }, deps: [] });
      }
      return;
    }
    scope.set(fnName, { kind: 'fn', def, scope });
    if (!this.uncalled.has(def.from)) this.uncalled.set(def.from, { fn: { kind: 'fn', def, scope }, name: fnName });
  }

  /** Reads a `@dag` or `@task_group` body where it is defined, its parameters standing for unknown values. */
  private inside(frame: { kind: 'dag' | 'group'; key: string }, def: Node, body: Node, scope: Scope): void {
    const inner = scope.child();
    for (const p of def.getChild('ParamList')?.getChildren('VariableName') ?? []) inner.set(this.src(p), OPAQUE);
    this.frames.push(frame);
    this.body(body, inner);
    this.frames.pop();
  }

  runFunction(fn: Extract<Value, { kind: 'fn' }>, args: readonly { name?: string; value: Value | undefined }[], at: Node): Value | undefined {
    const body = fn.def.getChild('Body');
    if (!body || this.calls.length >= MAX_CALL_DEPTH || this.calls.some((c) => c.def.from === fn.def.from) || !this.spend(at.from)) return OPAQUE;
    const inner = fn.scope.child();
    const params = children(fn.def.getChild('ParamList') ?? fn.def).filter((c) => c.name !== 'TypeDef');
    const positional = args.filter((a) => a.name === undefined);
    let k = 0;
    for (let p = 0; p < params.length; p++) {
      const param = params[p];
      if (param?.name !== 'VariableName' || params[p - 1]?.name === '*' || params[p - 1]?.name === '**') continue;
      const id = this.src(param);
      const given = args.find((a) => a.name === id)?.value ?? positional[k++]?.value;
      const fallback = params[p + 1]?.name === 'AssignOp' ? evaluate(this, params[p + 2], fn.scope, 'loose') : undefined;
      inner.set(id, given ?? fallback ?? OPAQUE);
    }
    this.uncalled.delete(fn.def.from);
    this.calls.push({ def: fn.def });
    this.body(body, inner);
    return this.calls.pop()?.returned ?? OPAQUE;
  }
}
