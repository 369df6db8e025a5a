/**
 * Calls: operators and sensors (a task each), `DAG(…)` and `TaskGroup(…)`, TaskFlow functions and
 * their `.override` / `.partial` / `.expand`, the dependency helpers (`chain`, `chain_linear`,
 * `cross_downstream`, `set_upstream`, `set_downstream`), functions the file defines (read where
 * they are called), and the few builtins that loops run over.
 */
import { taskTypeHint } from '../../classify/evidence';
import { clip } from '../structured';
import { getOrAdd } from '../text';
import type { Mode, ReadContext } from './context';
import { evaluate, invoke, strictValue } from './expr';
import { hintFromKwarg } from './hints';
import { codePlaces } from './codePlaces';
import { statementPlaces, transferPlaces, type Place } from './transfers';
import { argNode, argsOf, dotted, type Arg, type Node } from './tree';
import { assetsOf, constantText, iterationItems, OPAQUE, tasksOf, type Ref, type Scope, type Value } from './values';

const OPERATOR_CLASS = /(?:Operator|Sensor)$/;
const MAX_RANGE = 1_000;

/** Builtins whose result a loop can run over. */
const BUILTINS: Readonly<Record<string, (args: readonly (Value | undefined)[]) => Value | undefined>> = {
  range: (args) => {
    const n = args.map((a) => (a?.kind === 'num' ? a.value : NaN));
    const [start, stop] = n.length >= 2 ? [n[0] ?? NaN, n[1] ?? NaN] : [0, n[0] ?? NaN];
    if (!Number.isInteger(start) || !Number.isInteger(stop) || stop - start > MAX_RANGE) return undefined;
    return { kind: 'seq', items: Array.from({ length: Math.max(0, stop - start) }, (_, i) => ({ kind: 'num', value: start + i })) };
  },
  enumerate: (args) => {
    const list = iterationItems(args[0]);
    return list && { kind: 'seq', items: list.map((v, i) => ({ kind: 'seq', items: [{ kind: 'num', value: i }, v] })) };
  },
  zip: (args) => {
    const lists = args.map(iterationItems);
    if (lists.length === 0 || lists.some((l) => l === undefined)) return undefined;
    const n = Math.min(...lists.map((l) => l?.length ?? 0));
    return { kind: 'seq', items: Array.from({ length: n }, (_, i) => ({ kind: 'seq', items: lists.map((l) => l?.[i] ?? OPAQUE) })) };
  },
  list: (args) => (args[0]?.kind === 'tasks' ? args[0] : (iterationItems(args[0]) && { kind: 'seq', items: [...(iterationItems(args[0]) ?? [])] })),
  sorted: (args) => BUILTINS.list?.(args),
  str: (args) => (constantText(args[0]) !== undefined ? { kind: 'str', value: constantText(args[0]) ?? '' } : undefined),
};

/** A map's or a string's own methods that loops and task ids use. */
function method(obj: Value | undefined, name: string, args: readonly (Value | undefined)[]): Value | undefined {
  if (obj?.kind === 'map') {
    if (name === 'items') return { kind: 'seq', items: [...obj.entries].map(([k, v]) => ({ kind: 'seq', items: [{ kind: 'str', value: k }, v] })) };
    if (name === 'keys') return BUILTINS.list?.([obj]);
    if (name === 'values') return { kind: 'seq', items: [...obj.entries.values()] };
    if (name === 'get') return obj.entries.get(constantText(args[0]) ?? '') ?? args[1];
  }
  if (obj?.kind === 'str') {
    if (name === 'format') {
      let k = 0;
      return { kind: 'str', value: obj.value.replace(/\{(\d*)\}/g, (m, i: string) => constantText(args[i === '' ? k++ : Number(i)]) ?? m) };
    }
    if (name === 'lower' || name === 'upper' || name === 'strip') return { kind: 'str', value: name === 'strip' ? obj.value.trim() : name === 'lower' ? obj.value.toLowerCase() : obj.value.toUpperCase() };
    if (name === 'replace') return { kind: 'str', value: obj.value.split(constantText(args[0]) ?? '\u0000').join(constantText(args[1]) ?? '') };
  }
  return undefined;
}

/** Positional argument values with `*list` spread, as `chain(*tasks)` needs them. */
function positional(r: ReadContext, args: readonly Arg[], scope: Scope, mode: Mode): { value: Value | undefined; list: boolean }[] {
  return args.flatMap((a) => {
    if (a.name !== undefined || a.spread === 'double') return [];
    const v = evaluate(r, a.value, scope, mode);
    const values: readonly (Value | undefined)[] = a.spread === 'star' && v?.kind === 'seq' ? v.items : [v];
    return values.map((value) => ({ value, list: value?.kind === 'seq' }));
  });
}

/** Argument expressions read for a text hint: literals, names of constants, parenthesised or joined strings. */
const TEXT_NODES = new Set(['String', 'FormatString', 'ContinuedString', 'ParenthesizedExpression', 'VariableName', 'BinaryExpression']);

/** Keyword arguments whose values are constant texts. */
function kwargTexts(r: ReadContext, args: readonly Arg[], scope: Scope): { name: string; value: string }[] {
  return args.flatMap((a) => {
    if (a.name === undefined || !TEXT_NODES.has(a.value.name)) return [];
    const v = evaluate(r, a.value, scope, 'loose');
    return v?.kind === 'str' ? [{ name: a.name, value: v.value }] : [];
  });
}

function argHints(r: ReadContext, args: readonly Arg[], scope: Scope): string[] {
  return kwargTexts(r, args, scope).flatMap((k) => hintFromKwarg(k.name, k.value) ?? []);
}

/** The constant text of an argument, when it has one. */
const textArg = (r: ReadContext, args: readonly Arg[], scope: Scope, name: string, position?: number): string | undefined =>
  constantText(evaluate(r, argNode(args, name, position), scope, 'loose'));

/** The assets a task declares: Airflow's own statement of the data it writes (`outlets`) and reads (`inlets`). */
export function declaredPlaces(r: ReadContext, args: readonly Arg[], scope: Scope): Place[] {
  return (['outlets', 'inlets'] as const).flatMap((keyword) =>
    assetsOf(evaluate(r, argNode(args, keyword), scope, 'loose')).map((name) => ({ name, keyword, reads: keyword === 'inlets' })),
  );
}

/** A DAG scheduled on assets (`schedule=[orders]`) runs when they are written: it reads them. */
export function scheduledOn(r: ReadContext, dag: string, args: readonly Arg[], scope: Scope, line: number): void {
  for (const uri of assetsOf(evaluate(r, argNode(args, 'schedule'), scope, 'loose'))) r.graph.waitsOn(dag, uri, line);
}

export function call(r: ReadContext, node: Node, scope: Scope, mode: Mode, assignName?: string): Value | undefined {
  const fn = node.firstChild;
  if (!fn) return undefined;
  const args = argsOf(node.getChild('ArgList'), r.text);
  const callee = dotted(fn, r.text);
  const last = callee?.split('.').pop() ?? (fn.name === 'MemberExpression' ? r.src(fn.lastChild ?? fn) : undefined);
  const line = r.lineOf(node.from);
  const loose: Mode = mode === 'strict' ? 'loose' : mode;

  if (fn.name === 'MemberExpression' && fn.lastChild?.name === 'PropertyName') {
    const name = r.src(fn.lastChild);
    if (name === 'set_downstream' || name === 'set_upstream') {
      const self = tasksOf(evaluate(r, fn.firstChild, scope, 'strict'));
      const other = positional(r, args, scope, 'strict').flatMap((a) => tasksOf(a.value));
      if (name === 'set_downstream') r.graph.link(self, other, line);
      else r.graph.link(other, self, line);
      return undefined;
    }
    const objClass = dotted(fn.firstChild ?? fn, r.text)?.split('.').pop() ?? '';
    // `raw = TableGroup(…).build()`: the name assigned names what the call before the method makes.
    const obj = OPERATOR_CLASS.test(objClass) ? undefined : evaluate(r, fn.firstChild, scope, loose, assignName);
    if (obj?.kind === 'taskfn') {
      if (name === 'override') {
        const hints = [...obj.fn.hints, ...argHints(r, args, scope)];
        return { kind: 'taskfn', fn: { ...obj.fn, taskId: textArg(r, args, scope, 'task_id') ?? obj.fn.taskId, hints }, deps: obj.deps };
      }
      if (name === 'partial') return { ...obj, deps: [...obj.deps, ...args.flatMap((a) => tasksOf(evaluate(r, a.value, scope, 'loose')))] };
      if (name === 'expand' || name === 'expand_kwargs') return invoke(r, obj, args.map((a) => evaluate(r, a.value, scope, 'loose')), node);
      return undefined;
    }
    if (obj?.kind === 'tasks') {
      // `op.expand(…)`, `op.partial(…)`, `t.as_setup()`…: the same tasks; mapped arguments feed them.
      if (name === 'expand' || name === 'expand_kwargs' || name === 'partial') {
        r.graph.link(args.flatMap((a) => tasksOf(evaluate(r, a.value, scope, 'xcom'))), obj.refs, line, undefined, true);
      }
      return obj;
    }
    if (obj?.kind === 'seq' && (name === 'append' || name === 'extend') && fn.firstChild?.name === 'VariableName') {
      // Lists are built up in loops; appending in place is what Python does too.
      const added = evaluate(r, args[0]?.value, scope, loose);
      (obj.items as Value[]).push(...(name === 'extend' ? (iterationItems(added) ?? []) : [added ?? OPAQUE]));
      return undefined;
    }
    const own = obj && method(obj, name, args.map((a) => evaluate(r, a.value, scope, 'loose')));
    if (own) return own;
  }

  if (last === 'chain' || last === 'chain_linear') {
    const values = positional(r, args, scope, 'strict');
    for (let k = 0; k + 1 < values.length; k++) {
      const a = values[k];
      const c = values[k + 1];
      const from = tasksOf(a?.value);
      const to = tasksOf(c?.value);
      if (last === 'chain' && a?.list && c?.list && from.length === to.length) from.forEach((ref, i) => r.graph.link([ref], to.slice(i, i + 1), line));
      else r.graph.link(from, to, line);
    }
    return undefined;
  }
  if (last === 'cross_downstream') {
    const from = tasksOf(evaluate(r, argNode(args, 'from_tasks', 0), scope, 'strict'));
    r.graph.link(from, tasksOf(evaluate(r, argNode(args, 'to_tasks', 1), scope, 'strict')), line);
    return undefined;
  }

  const fnValue = fn.name === 'VariableName' ? scope.get(r.src(fn)) : fn.name === 'CallExpression' ? evaluate(r, fn, scope, loose) : undefined;
  if (fnValue?.kind === 'taskfn') return invoke(r, fnValue, args.map((a) => evaluate(r, a.value, scope, 'loose')), node);
  if (fnValue?.kind === 'groupfn') {
    const group: Ref = { kind: 'group', key: fnValue.key };
    r.graph.link(args.flatMap((a) => tasksOf(evaluate(r, a.value, scope, 'loose'))), [group], line);
    return { kind: 'tasks', refs: [group] };
  }
  if (fnValue?.kind === 'dagfn') return undefined;
  if (fnValue?.kind === 'fn') {
    const values = args.map((a) => ({ name: a.name, value: evaluate(r, a.value, scope, 'loose') }));
    return r.runFunction(fnValue, values, node);
  }
  if (fnValue === undefined && last !== undefined && fn.name === 'VariableName' && BUILTINS[last]) {
    return BUILTINS[last]?.(args.map((a) => evaluate(r, a.value, scope, 'loose')));
  }

  if ((last === 'Dataset' || last === 'Asset') && fnValue === undefined) {
    // `Dataset(uri)`; `Asset(name, uri)`, whose uri is its name when not given. A templated one names no place until run.
    const uri = textArg(r, args, scope, 'uri', last === 'Dataset' ? 0 : 1) ?? textArg(r, args, scope, 'name', 0);
    return uri === undefined || uri.includes('{{') ? OPAQUE : { kind: 'asset', uri };
  }
  // `DatasetAny(a, b)`, `AssetAll(…)`, `DatasetOrTimeSchedule(datasets=[a])`: the assets a schedule waits on.
  if (last !== undefined && /^(?:Dataset|Asset)(?:All|Any)$/.test(last)) return { kind: 'seq', items: positional(r, args, scope, 'loose').map((a) => a.value ?? OPAQUE) };
  if (last !== undefined && /^(?:Dataset|Asset)OrTimeSchedule$/.test(last)) return evaluate(r, argNode(args, last.startsWith('Dataset') ? 'datasets' : 'assets'), scope, 'loose') ?? OPAQUE;
  if (last === 'DAG') {
    const id = textArg(r, args, scope, 'dag_id', 0) ?? assignName ?? 'dag';
    const schedule = textArg(r, args, scope, 'schedule') ?? textArg(r, args, scope, 'schedule_interval');
    const key = r.graph.addDag(id, line, schedule);
    scheduledOn(r, key, args, scope, line);
    return { kind: 'dag', key };
  }
  if (last !== undefined && /TaskGroup$/.test(last)) {
    const id = textArg(r, args, scope, 'group_id', 0) ?? assignName ?? 'group';
    // A group class of the project's own (`MyTaskGroup(…)`) makes its tasks in another file; data passed in feeds it.
    const standIn = last === 'TaskGroup' ? undefined : { line, hints: [last] };
    const group: Ref = { kind: 'group', key: r.graph.addGroup(id, r.currentDag(), r.currentGroups(), standIn) };
    if (standIn) r.graph.link(args.flatMap((a) => tasksOf(evaluate(r, a.value, scope, 'xcom'))), [group], line, undefined, true);
    return { kind: 'tasks', refs: [group] };
  }

  const taskIdNode = argNode(args, 'task_id');
  const className = callee?.split('.').filter((p) => p !== 'partial').pop();
  if (taskIdNode !== undefined || (className !== undefined && OPERATOR_CLASS.test(className))) {
    const taskId = textArg(r, args, scope, 'task_id') ?? assignName ?? (taskIdNode ? r.src(taskIdNode) : (className ?? 'task'));
    const dagValue = evaluate(r, argNode(args, 'dag'), scope, 'loose');
    const groupRef = tasksOf(evaluate(r, argNode(args, 'task_group'), scope, 'loose')).find((ref) => ref.kind === 'group');
    const groups = [...r.currentGroups(), ...(groupRef ? [groupRef.key] : [])];
    // A library's task function (`aql.load_file(task_id=…)`) says what the task is, as a class does; not `.override()` and its kin.
    const factory = className !== undefined && callee?.includes('.') === true && !/^(?:override|partial|expand|task)$/.test(className);
    const classHint = className !== undefined && /^[A-Z]/.test(className) ? className : factory ? taskTypeHint(className.replace(/_/g, ' ')) : undefined;
    const ref = r.graph.addTask(taskId, line, [classHint, ...argHints(r, args, scope)], dagValue?.kind === 'dag' ? dagValue.key : r.currentDag(), groups);
    const texts = kwargTexts(r, args, scope);
    const callable = evaluate(r, argNode(args, 'python_callable'), scope, 'loose');
    const callableBody = callable?.kind === 'fn' ? callable.def.getChild('Body') : null;
    const ownCode = callableBody ? getOrAdd(r.bodyPlaces, callableBody.from, () => codePlaces(callableBody, r.text)) : [];
    const places = [...transferPlaces(classHint, texts), ...statementPlaces(texts), ...ownCode, ...declaredPlaces(r, args, scope)];
    for (const p of places) r.graph.place(ref, p.name, p.keyword, p.reads, line);
    // XComArgs in arguments (`other.output`, TaskFlow calls) make Airflow add the dependency.
    const upstream = args.filter((a) => a.name !== 'dag' && a.name !== 'task_group').flatMap((a) => tasksOf(evaluate(r, a.value, scope, 'xcom')));
    r.graph.link(upstream, [ref], line, undefined, true);
    return { kind: 'tasks', refs: [ref] };
  }

  // Some other call: its arguments may hold TaskFlow calls. A function the file does not define may
  // build tasks elsewhere (an imported task group factory): it becomes a task if it is wired.
  const upstream = args.flatMap((a) => tasksOf(evaluate(r, a.value, scope, loose)));
  if (fnValue === undefined && fn.name === 'VariableName' && last !== undefined && /^[a-z_]\w*$/.test(last)) {
    // A TaskFlow function's name is its task's id; a factory's (`build_group`) is not: its group_id, else the name assigned, says which.
    const external: Value = { kind: 'external', name: /^(?:create|make|build|get|new)_/.test(last) ? (textArg(r, args, scope, 'group_id') ?? assignName ?? last) : last, line, upstream };
    return mode === 'strict' ? strictValue(r, external, node, r.src(node)) : external;
  }
  if (mode === 'strict') r.warn(node.from, `Cannot tell which task "${clip(r.src(node), 40)}" is`, clip(r.src(node), 40));
  return fnValue === undefined ? undefined : OPAQUE;
}
