/**
 * Expressions → values: names, constants, lists and dicts, comprehensions, f-strings, attribute and
 * index access, and `>>` / `<<` chains, which are where most dependencies are stated.
 */
import { clip } from '../structured';
import { call } from './calls';
import type { Mode, ReadContext } from './context';
import { children, flattenBinary, formatPieces, items, replacementExpr, stringContent, type Node } from './tree';
import { assetsOf, constantText, iterationItems, OPAQUE, tasksOf, type Ref, type Scope, type Value } from './values';

const LIST_NODES = new Set(['ArrayExpression', 'TupleExpression']);
const COMPREHENSIONS = new Set(['ArrayComprehensionExpression', 'SetComprehensionExpression', 'ComprehensionExpression', 'DictionaryComprehensionExpression']);
/** A list built by `+` stops being tracked item by item past this length (its tasks are still kept). */
const MAX_SEQ = 10_000;

export function evaluate(r: ReadContext, node: Node | null | undefined, scope: Scope, mode: Mode, assignName?: string): Value | undefined {
  if (!node) return undefined;
  switch (node.name) {
    case 'VariableName':
      return name(r, node, scope, mode);
    case 'String':
    case 'FormatString':
    case 'ContinuedString': {
      const value = stringValue(r, node, scope);
      if (mode === 'strict') r.warn(node.from, 'A string is not a task', value);
      return { kind: 'str', value };
    }
    case 'Number': {
      if (mode === 'strict') r.warn(node.from, 'Not a task', r.src(node));
      const value = Number(r.src(node).replace(/_/g, ''));
      return Number.isFinite(value) ? { kind: 'num', value } : OPAQUE;
    }
    case 'ParenthesizedExpression':
      return evaluate(r, items(node)[0], scope, mode, assignName);
    case 'ArrayExpression':
    case 'TupleExpression':
    case 'SetExpression':
      return { kind: 'seq', items: listItems(r, items(node), scope, mode) };
    case 'DictionaryExpression':
      return dict(r, node, scope, mode);
    case 'BinaryExpression':
      return binary(r, node, scope, mode);
    case 'UnaryExpression':
    case 'AwaitExpression':
      return keepTasks(evaluate(r, node.lastChild, scope, mode === 'strict' ? 'loose' : mode));
    case 'ConditionalExpression': {
      const parts = items(node).filter((c) => c.name !== 'if' && c.name !== 'else');
      const refs = [parts[0], parts[2]].flatMap((p) => tasksOf(evaluate(r, p, scope, mode === 'strict' ? 'loose' : mode)));
      return refs.length > 0 ? { kind: 'tasks', refs } : undefined;
    }
    case 'MemberExpression':
      return node.lastChild?.name === 'PropertyName' ? attribute(r, node, scope, mode) : subscript(r, node, scope, mode);
    case 'CallExpression':
      return call(r, node, scope, mode, assignName);
    default:
      if (COMPREHENSIONS.has(node.name)) return comprehension(r, node, scope, mode);
      if (mode === 'strict' && !node.type.isError) r.warn(node.from, 'Not a task', clip(r.src(node), 30));
      return undefined;
  }
}

/** What of a value carries data into a classic operator's arguments: TaskFlow results and `.output`, also inside lists. */
function xcomOnly(v: Value | undefined): Value | undefined {
  if (v?.kind === 'tasks') return v.xcom === true ? v : undefined;
  if (v?.kind === 'seq') return { kind: 'seq', items: v.items.filter((item) => item.kind === 'tasks' && item.xcom === true) };
  return undefined;
}

const keepTasks = (v: Value | undefined): Value | undefined => (v?.kind === 'tasks' ? v : undefined);

function name(r: ReadContext, node: Node, scope: Scope, mode: Mode): Value | undefined {
  const id = r.src(node);
  const v = scope.get(id);
  if (mode === 'xcom') return xcomOnly(v);
  if (mode !== 'strict') return v;
  if (v === undefined) {
    const ref = r.graph.addTask(id, r.lineOf(node.from), [], r.currentDag(), r.currentGroups());
    if (!r.unknownWarned.has(id)) {
      r.unknownWarned.add(id);
      r.warn(node.from, `Unknown task "${id}" in a dependency; added as a task`, id);
    }
    const value: Value = { kind: 'tasks', refs: [ref] };
    scope.set(id, value);
    return value;
  }
  return strictValue(r, v, node, id);
}

/** A value standing in a dependency: tasks as they are, TaskFlow functions called, anything else warned about. */
export function strictValue(r: ReadContext, v: Value, node: Node, text: string): Value | undefined {
  switch (v.kind) {
    case 'tasks':
    case 'seq':
    case 'opaque':
      return v;
    case 'taskfn':
      return invoke(r, v, [], node);
    case 'groupfn':
      return { kind: 'tasks', refs: [{ kind: 'group', key: v.key }] };
    case 'external': {
      if (!r.unknownWarned.has(`${v.name}()`)) {
        r.unknownWarned.add(`${v.name}()`);
        r.warn(node.from, `"${v.name}" is defined in another file; read as one task`, v.name);
      }
      const ref = r.graph.addTask(v.name, v.line, [], r.currentDag(), r.currentGroups());
      r.graph.link(v.upstream, [ref], v.line, undefined, true);
      return { kind: 'tasks', refs: [ref] };
    }
    default:
      r.warn(node.from, `"${clip(text, 40)}" is not a task`, clip(text, 40));
      return undefined;
  }
}

/** Calls a TaskFlow function: one task per (DAG, group, task_id); arguments that carry tasks feed it. */
export function invoke(r: ReadContext, v: Extract<Value, { kind: 'taskfn' }>, args: readonly (Value | undefined)[], at: Node): Value {
  const ref = r.graph.addTask(v.fn.taskId, v.fn.line, v.fn.hints, r.currentDag(), r.currentGroups());
  for (const p of v.fn.places ?? []) r.graph.place(ref, p.name, p.keyword, p.reads, v.fn.line);
  r.graph.link(v.deps, [ref], r.lineOf(at.from));
  // What a call is handed (`load(transform(extract()))`) is the data the task works on.
  r.graph.link(args.flatMap(tasksOf), [ref], r.lineOf(at.from), undefined, true);
  return { kind: 'tasks', refs: [ref], xcom: true };
}

function listItems(r: ReadContext, nodes: readonly Node[], scope: Scope, mode: Mode): Value[] {
  const out: Value[] = [];
  for (let k = 0; k < nodes.length; k++) {
    const n = nodes[k];
    if (n?.name === '*') {
      const spread = evaluate(r, nodes[++k], scope, mode);
      out.push(...(iterationItems(spread) ?? [spread ?? OPAQUE]));
    } else out.push(evaluate(r, n, scope, mode) ?? OPAQUE);
  }
  return out;
}

function dict(r: ReadContext, node: Node, scope: Scope, mode: Mode): Value {
  const entries = new Map<string, Value>();
  const parts = items(node);
  for (let k = 0; k < parts.length; k++) {
    if (parts[k]?.name === '**') {
      const spread = evaluate(r, parts[++k], scope, mode);
      if (spread?.kind === 'map') for (const [key, v] of spread.entries) entries.set(key, v);
      continue;
    }
    const key = constantText(evaluate(r, parts[k], scope, 'loose'));
    const value = evaluate(r, parts[++k], scope, mode) ?? OPAQUE;
    entries.set(key ?? `#${k}`, value);
  }
  return { kind: 'map', entries };
}

/** A string literal, implicit concatenation or f-string, with replacement fields filled in when they are constants. */
export function stringValue(r: ReadContext, node: Node, scope: Scope): string {
  if (node.name === 'ContinuedString') return children(node).map((c) => stringValue(r, c, scope)).join('');
  if (node.name !== 'FormatString') return stringContent(r.src(node));
  return formatPieces(node, r.text)
    .map((p) => (typeof p === 'string' ? p : (constantText(evaluate(r, replacementExpr(p), scope, 'loose')) ?? r.src(p))))
    .join('');
}

function attribute(r: ReadContext, node: Node, scope: Scope, mode: Mode): Value | undefined {
  const prop = r.src(node.lastChild ?? node);
  const owner = node.firstChild;
  // `load = etl.load_orders`: a function of a module the file imports (a TaskFlow task defined in another file) is a task if wired.
  const imported = owner?.name === 'VariableName' && scope.get(r.src(owner)) === undefined && /^[a-z_]\w*$/.test(prop);
  const base: Value | undefined = imported ? { kind: 'external', name: prop, line: r.lineOf(node.from), upstream: [] } : evaluate(r, owner, scope, mode === 'xcom' && prop === 'output' ? 'loose' : mode === 'strict' ? 'loose' : mode);
  if (base?.kind === 'tasks') return prop === 'output' ? { ...base, xcom: true } : base;
  if (base?.kind === 'taskfn' || base?.kind === 'external' || base?.kind === 'seq') return mode === 'strict' ? strictValue(r, base, node, r.src(node)) : base;
  if (mode === 'strict' && base !== undefined && base.kind !== 'opaque') r.warn(node.from, `"${clip(r.src(node), 40)}" is not a task`, clip(r.src(node), 40));
  return undefined;
}

function subscript(r: ReadContext, node: Node, scope: Scope, mode: Mode): Value | undefined {
  const base = evaluate(r, node.firstChild, scope, mode === 'strict' ? 'loose' : mode);
  const index = items(node)[1];
  const key = index ? evaluate(r, index, scope, 'loose') : undefined;
  let v: Value | undefined;
  if (base?.kind === 'seq' && key?.kind === 'num') v = base.items[key.value < 0 ? base.items.length + key.value : key.value];
  else if (base?.kind === 'map' && key !== undefined) v = base.entries.get(constantText(key) ?? '');
  else if (base?.kind === 'str' && key?.kind === 'num') v = { kind: 'str', value: base.value.at(key.value) ?? '' };
  else if (base?.kind === 'tasks') v = base;
  else {
    // An index the reader cannot resolve: the item is one of the tasks, read as all of them.
    const refs = tasksOf(base);
    v = refs.length > 0 ? { kind: 'tasks', refs } : undefined;
  }
  return mode === 'strict' && v ? strictValue(r, v, node, r.src(node)) : v;
}

function comprehension(r: ReadContext, node: Node, scope: Scope, mode: Mode): Value {
  const parts = children(node);
  const forAt = parts.findIndex((c) => c.name === 'for');
  const inAt = parts.findIndex((c, k) => k > forAt && c.name === 'in');
  const element = parts.slice(1, forAt).filter((c) => !c.type.isError && c.name !== ':');
  const targets = parts.slice(forAt + 1, inAt).filter((c) => c.name !== ',');
  const over = evaluate(r, parts[inAt + 1], scope, 'loose');
  const known = iterationItems(over);
  const runs: (Value | undefined)[] = known ? [...known] : [over?.kind === 'tasks' ? over : OPAQUE];
  const out: Value[] = [];
  for (let k = 0; k < runs.length; k++) {
    if (k > 0 && !r.spend(node.from)) break;
    const inner = scope.child();
    bindTargets(r, targets, runs[k], inner);
    for (const e of element) out.push(evaluate(r, e, inner, mode) ?? OPAQUE);
  }
  return { kind: 'seq', items: out };
}

/** Binds loop or assignment targets (`x`, `a, b`, `(a, b)`) to a value, unpacking a known list or tuple. */
export function bindTargets(r: ReadContext, targets: readonly Node[], value: Value | undefined, scope: Scope): void {
  const names = targets.length === 1 && targets[0] && LIST_NODES.has(targets[0].name) ? items(targets[0]) : targets;
  if (names.length === 1 && names[0]?.name === 'VariableName') {
    scope.set(r.src(names[0]), value ?? OPAQUE);
    return;
  }
  const parts = value?.kind === 'seq' && value.items.length === names.length ? value.items : undefined;
  names.forEach((n, k) => {
    if (n.name === 'VariableName') scope.set(r.src(n), parts?.[k] ?? (value?.kind === 'tasks' ? value : OPAQUE));
    else if (LIST_NODES.has(n.name)) bindTargets(r, [n], parts?.[k], scope);
  });
}

const SHIFT = new Set(['>>', '<<']);

/**
 * A binary chain, left to right: `>>` / `<<` link their sides; `+` joins constants and lists; other
 * operators pool the tasks. The grammar cuts a chain of thousands of terms into pieces (each piece
 * ends in a missing operand and the next starts on the same line): the last tasks of a piece are
 * carried over to the first operand of the next.
 */
function binary(r: ReadContext, node: Node, scope: Scope, mode: Mode): Value | undefined {
  const { operands, ops } = flattenBinary(node);
  const opText = ops.map((o) => r.src(o));
  const carry = r.carry;
  const carried = carry !== undefined && carry.end <= node.from && !r.text.slice(carry.end, node.from).includes('\n');
  if (carried) r.carry = undefined;
  let cur: Value | undefined = evaluate(r, operands[0], scope, SHIFT.has(opText[0] ?? '') || carried ? 'strict' : mode);
  if (carried) link(r, carry.refs, carry.op, tasksOf(cur), node.from);
  let pool: Map<string, Ref> | undefined;
  let label: string | undefined;
  const flush = (): Value | undefined => (pool ? { kind: 'tasks', refs: [...pool.values()] } : cur);
  const missing = operands[ops.length];
  const cut = missing !== undefined && missing.type.isError && missing.from === missing.to ? ops.length - 1 : -1;
  for (let k = 0; k < ops.length; k++) {
    const op = opText[k] ?? '';
    const right = operands[k + 1];
    if (k === cut) {
      if (SHIFT.has(op)) r.carry = { refs: tasksOf(flush()), op, end: node.to };
      break;
    }
    if (SHIFT.has(op)) {
      // `a >> Label("text") >> b`: the label names the edge from a to b and is no task.
      const text = right ? edgeLabel(r, right, scope) : undefined;
      if (text !== undefined) {
        label = text;
        continue;
      }
      const from = tasksOf(flush());
      pool = undefined;
      const to = tasksOf(evaluate(r, right, scope, 'strict'));
      const left = operands[k];
      const opNode = ops[k];
      if (opNode && left && right && LIST_NODES.has(left.name) && LIST_NODES.has(right.name)) {
        r.warn(opNode.from, `Airflow cannot use ${op} between two lists; use cross_downstream (read as every pair)`, op);
      }
      link(r, from, op, to, opNode?.from ?? node.from, label);
      label = undefined;
      cur = { kind: 'tasks', refs: to };
      continue;
    }
    const next = evaluate(r, right, scope, SHIFT.has(opText[k + 1] ?? '') ? 'strict' : mode);
    if (!pool && op === '+' && cur?.kind === 'seq' && next?.kind === 'seq' && cur.items.length + next.items.length <= MAX_SEQ) {
      cur = { kind: 'seq', items: [...cur.items, ...next.items] };
    } else if (!pool && (op === '+' || op === '%') && cur?.kind === 'str' && constantText(next) !== undefined) {
      cur = { kind: 'str', value: op === '+' ? cur.value + constantText(next) : cur.value.replace(/%[sd]/, constantText(next) ?? '') };
    } else if (!pool && (op === '|' || op === '&') && assetsOf(cur).length + assetsOf(next).length > 0) {
      // `schedule=(orders | customers)`: a condition over assets waits on each of them.
      cur = { kind: 'seq', items: [cur, next].flatMap((v) => (v?.kind === 'seq' ? v.items : v ? [v] : [])) };
    } else if (!pool && op === '+' && cur?.kind === 'num' && next?.kind === 'num') {
      cur = { kind: 'num', value: cur.value + next.value };
    } else {
      pool ??= new Map(tasksOf(cur).map((ref) => [ref.key, ref]));
      for (const ref of tasksOf(next)) if (!pool.has(ref.key)) pool.set(ref.key, ref);
    }
  }
  return flush();
}

function link(r: ReadContext, left: readonly Ref[], op: string, right: readonly Ref[], at: number, label?: string): void {
  if (op === '>>') r.graph.link(left, right, r.lineOf(at), label);
  else r.graph.link(right, left, r.lineOf(at), label);
}

/** The text of an Airflow edge label, when the operand is `Label("…")`. */
function edgeLabel(r: ReadContext, node: Node, scope: Scope): string | undefined {
  if (node.name !== 'CallExpression' || !/(?:^|\.)Label$/.test(r.src(node.firstChild ?? node))) return undefined;
  const arg = node.getChild('ArgList')?.firstChild?.nextSibling;
  return constantText(evaluate(r, arg, scope, 'loose')) ?? '';
}
