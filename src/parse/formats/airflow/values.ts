/**
 * What a Python name or expression stands for, as far as a DAG file can be read without running it:
 * tasks and task groups, a DAG, TaskFlow and task-group functions, plain functions that can be
 * read where they are called, and the constants (strings, numbers, lists, dicts) that loops and
 * f-strings are resolved from.
 */
import type { Place } from './transfers';
import type { Node } from './tree';

export interface Ref {
  readonly kind: 'task' | 'group';
  readonly key: string;
}

/** A TaskFlow function: the task it makes when called. */
export interface TaskFn {
  readonly taskId: string;
  readonly hints: readonly string[];
  readonly line: number;
  /** Tables its own SQL writes and reads (codePlaces.ts). */
  readonly places?: readonly Place[];
}

export type Value =
  /** `xcom`: a TaskFlow result or `.output`, which makes a dependency wherever it is passed. */
  | { readonly kind: 'tasks'; readonly refs: readonly Ref[]; readonly xcom?: boolean }
  | { readonly kind: 'dag'; readonly key: string }
  | { readonly kind: 'taskfn'; readonly fn: TaskFn; readonly deps: readonly Ref[] }
  | { readonly kind: 'groupfn'; readonly key: string }
  | { readonly kind: 'dagfn' }
  /** A function defined in the file without an Airflow decorator: read where it is called. */
  | { readonly kind: 'fn'; readonly def: Node; readonly scope: Scope }
  /** The result of calling a function the file does not define (imported): a task or group if wired. */
  | { readonly kind: 'external'; readonly name: string; readonly line: number; readonly upstream: readonly Ref[] }
  /** A `Dataset` or `Asset`: data a task declares it writes (`outlets`) or reads (`inlets`), or a DAG is scheduled on. */
  | { readonly kind: 'asset'; readonly uri: string }
  | { readonly kind: 'str'; readonly value: string }
  | { readonly kind: 'num'; readonly value: number }
  | { readonly kind: 'seq'; readonly items: readonly Value[] }
  | { readonly kind: 'map'; readonly entries: ReadonlyMap<string, Value> }
  | { readonly kind: 'opaque' };

export const OPAQUE: Value = { kind: 'opaque' };

/** Names bound in a module or function body; a function body reads its enclosing scopes. */
export class Scope {
  private readonly names = new Map<string, Value>();
  constructor(private readonly parent?: Scope) {}

  get(name: string): Value | undefined {
    return this.names.get(name) ?? this.parent?.get(name);
  }

  set(name: string, value: Value): void {
    this.names.set(name, value);
  }

  child(): Scope {
    return new Scope(this);
  }
}

/** Each task or group once, in first-seen order: `a | a | …` names one task however long it is. */
export const uniqueRefs = (refs: readonly Ref[]): Ref[] => [...new Map(refs.map((r) => [r.key, r])).values()];

const itemsOf = (v: Value): readonly Value[] => (v.kind === 'seq' ? v.items : v.kind === 'map' ? [...v.entries.values()] : []);

/** The tasks and groups a value stands for (a list or dict stands for all of its items'). */
export function tasksOf(v: Value | undefined): Ref[] {
  if (!v) return [];
  if (v.kind === 'tasks') return [...v.refs];
  const out: Ref[] = [];
  const stack: Value[] = [...itemsOf(v)].reverse();
  // Nested lists are flattened with a stack: nesting depth is the input's to choose.
  while (stack.length > 0) {
    const item = stack.pop();
    if (item?.kind === 'tasks') out.push(...item.refs);
    else if (item) for (const inner of [...itemsOf(item)].reverse()) stack.push(inner);
  }
  return out;
}

/** The URIs of the assets a value holds: one, or a list of them. */
export const assetsOf = (v: Value | undefined): string[] => (v?.kind === 'asset' ? [v.uri] : v?.kind === 'seq' ? v.items.flatMap(assetsOf) : []);

/** A constant as text, for task ids built with f-strings, `+` or `%`; undefined when it is not a constant. */
export const constantText = (v: Value | undefined): string | undefined => (v?.kind === 'str' ? v.value : v?.kind === 'num' ? String(v.value) : undefined);

/** The items a `for` loop over the value visits, when they are known. */
export function iterationItems(v: Value | undefined): readonly Value[] | undefined {
  if (v?.kind === 'seq') return v.items;
  if (v?.kind === 'map') return [...v.entries.keys()].map((k) => ({ kind: 'str', value: k }));
  if (v?.kind === 'str') return [...v.value].map((ch) => ({ kind: 'str', value: ch }));
  return undefined;
}
