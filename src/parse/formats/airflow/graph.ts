/**
 * The DAGs, tasks, task groups and dependencies found in a file, and how they become components and
 * edges: a group stands for its first tasks downstream of a dependency and its last tasks upstream
 * of one, and each DAG gets control edges to the tasks it schedules.
 */
import type { PipelineBuilder } from '../structured';
import { MAX_EDGES, getOrAdd } from '../text';
import { describedSystems, taskEngines, taskSystems } from './systems';
import { uniqueRefs, type Ref } from './values';

/** Task groups nested deeper than this have their ends read as if one level shallower. */
const MAX_NESTED_ROUNDS = 4;

interface Dep {
  readonly from: Ref;
  readonly to: Ref;
  readonly line: number;
  /** An edge label (`a >> Label("on error") >> b`). */
  readonly label?: string;
  /** A task's return value passed to the next (an XCom argument): data moves, not only the run order. */
  readonly carries?: boolean;
}

export class TaskGraph {
  private readonly dags: string[] = [];
  /** Task key → its DAG key (if known) and the groups it sits in. */
  private readonly tasks = new Map<string, { dag: string | undefined; groups: string[] }>();
  private readonly groups = new Map<string, string>();
  private readonly standIns = new Map<string, { line: number; hints: readonly string[]; dag: string | undefined; parents: string[] }>();
  private readonly deps: Dep[] = [];
  private readonly places: { task: string; data: string; reads: boolean; line: number }[] = [];
  /** Engines tasks hand their work to (systems.ts), each drawn once, and which task runs which. */
  private readonly engines = new Map<string, string>();
  private readonly runs: { task: string; engine: string; line: number }[] = [];
  /** Every task id and hint read: what the tasks name, in words or code. */
  private readonly named: string[] = [];
  /** Dependencies past MAX_EDGES, not read: two long lists crossed would otherwise fill the memory. */
  private dropped: { count: number; line: number } | undefined;

  constructor(readonly b: PipelineBuilder) {}

  addDag(dagId: string, line: number, schedule: string | undefined): string {
    const key = `dag:${dagId}`;
    if (!this.b.has(key)) this.dags.push(key);
    this.b.component(key, { name: dagId, explicit: 'orchestrate', hints: ['Airflow DAG', schedule], line, schedule });
    return key;
  }

  /**
   * A task group. `standIn` is for a group class of the project's own, whose tasks are made in
   * another file: if the file puts no task in it, the group is shown as one task.
   */
  addGroup(groupId: string, dag: string | undefined, parents: readonly string[], standIn?: { line: number; hints: readonly string[] }): string {
    const path = [...parents.map((p) => this.groups.get(p) ?? p), groupId].join('.');
    const key = `group:${dag ?? ''}:${path}`;
    if (!this.groups.has(key)) this.groups.set(key, groupId);
    if (standIn && !this.standIns.has(key)) this.standIns.set(key, { ...standIn, dag, parents: [...parents] });
    return key;
  }

  addTask(taskId: string, line: number, hints: readonly (string | undefined)[], dag: string | undefined, groups: readonly string[]): Ref {
    // Airflow prefixes a task id with its group's: the same id in two groups is two tasks.
    const group = groups[groups.length - 1];
    const key = group === undefined ? `task:${dag ?? ''}:${taskId}` : `task:${group}/${taskId}`;
    // A group class of the project's own often has a platform's generic id ("databricks_workflow"): its name says nothing of the task's work.
    const groupHints = groups.filter((g) => !this.standIns.has(g)).map((g) => this.groups.get(g));
    this.b.component(key, { name: taskId, line, hints: [...hints, ...groupHints], idBase: taskId });
    this.named.push(taskId, ...hints.filter((h) => h !== undefined));
    for (const s of taskSystems(taskId, hints)) this.place({ kind: 'task', key }, s.name, undefined, !s.writes, line);
    for (const name of taskEngines(hints)) this.runs.push({ task: key, engine: getOrAdd(this.engines, name.toLowerCase(), () => name), line });
    const meta = this.tasks.get(key);
    if (meta) {
      for (const g of groups) if (!meta.groups.includes(g)) meta.groups.push(g);
    } else this.tasks.set(key, { dag, groups: [...groups] });
    return { kind: 'task', key };
  }

  /** A bucket or table a task reads or writes (transfers.ts), or with no keyword a system it names (systems.ts): a product, not a dataset. */
  place(task: Ref, name: string, keyword: string | undefined, reads: boolean, line: number): void {
    this.placeBy(task.key, name, keyword, reads, line);
  }

  /** An asset a DAG is scheduled on: data → the DAG it starts. */
  waitsOn(dag: string, uri: string, line: number): void {
    this.placeBy(dag, uri, 'schedule', true, line);
  }

  private placeBy(owner: string, name: string, keyword: string | undefined, reads: boolean, line: number): void {
    const key = `data:${name.toLowerCase()}`;
    this.b.component(key, { name, line, hints: keyword === undefined ? [] : ['dataset', keyword] });
    this.places.push({ task: owner, data: key, reads, line });
  }

  /** Stores named only in the file's comments, docstrings or description, not by any task (systems.ts). */
  addDescribed(prose: readonly { text: string; line: number }[]): void {
    for (const s of describedSystems(prose, [...this.named, ...this.places.map((p) => p.data.slice('data:'.length))])) this.b.component(`data:${s.name.toLowerCase()}`, { name: s.name, line: s.line });
  }

  link(from: readonly Ref[], to: readonly Ref[], line: number, label?: string, carries = false): void {
    const targets = uniqueRefs(to);
    let keys: Set<string> | undefined;
    for (const a of uniqueRefs(from)) {
      if (this.deps.length < MAX_EDGES) {
        for (const c of targets) if (a.key !== c.key) this.deps.push({ from: a, to: c, line, label, ...(carries ? { carries } : {}) });
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

  /**
   * Lists grow in place, and each group's inner edges are found in one pass over all edges: copying
   * a member list per task, or scanning every edge per group reference, cost n² on big DAGs.
   */
  wire(): void {
    const members = new Map<string, string[]>();
    for (const [task, meta] of this.tasks) {
      for (const g of meta.groups) getOrAdd(members, g, () => []).push(task);
    }
    const inner = { roots: new Map<string, Set<string>>(), leaves: new Map<string, Set<string>>() };
    const mark = (side: 'roots' | 'leaves', group: string, task: string): boolean => {
      const set = getOrAdd(inner[side], group, () => new Set<string>());
      if (set.has(task)) return false;
      set.add(task);
      return true;
    };
    /** A dependency between two tasks of one group: its target is not among the group's first tasks, nor its source among the last. */
    const markPair = (from: string, to: string): boolean => {
      let added = false;
      const toGroups = this.tasks.get(to)?.groups ?? [];
      for (const g of this.tasks.get(from)?.groups ?? []) {
        if (!toGroups.includes(g)) continue;
        added = mark('roots', g, to) || added;
        added = mark('leaves', g, from) || added;
      }
      return added;
    };
    for (const d of this.deps) if (d.from.kind === 'task' && d.to.kind === 'task') markPair(d.from.key, d.to.key);
    const endsOf = new Map<string, string[]>();
    const ends = (group: string, side: 'roots' | 'leaves'): string[] =>
      getOrAdd(endsOf, `${side}:${group}`, () => (members.get(group) ?? []).filter((t) => !inner[side].get(group)?.has(t)));
    const warnedGroups = new Set<string>();
    const expand = (ref: Ref, side: 'roots' | 'leaves', line: number, quiet = false): string[] => {
      if (ref.kind === 'task') return [ref.key];
      const standIn = members.has(ref.key) ? undefined : this.standIns.get(ref.key);
      if (standIn) return [this.addTask(this.groups.get(ref.key) ?? 'group', standIn.line, standIn.hints, standIn.dag, standIn.parents).key];
      const list = ends(ref.key, side);
      if (list.length === 0 && !quiet && !warnedGroups.has(ref.key)) {
        warnedGroups.add(ref.key);
        const name = this.groups.get(ref.key) ?? ref.key;
        this.b.warn({ line, column: 1, message: `Task group "${name}" has no tasks here`, found: name });
      }
      return list;
    };
    // A dependency on a nested group (`t1 >> sub_group` inside `group`) also decides the outer group's
    // ends: read those dependencies as task pairs until no new end is found (a round per nesting level).
    const groupDeps = this.deps.filter((d) => d.from.kind === 'group' || d.to.kind === 'group');
    for (let round = 0; round < MAX_NESTED_ROUNDS && groupDeps.length > 0; round++) {
      let added = false;
      let budget = MAX_EDGES;
      for (const d of groupDeps) {
        const tos = expand(d.to, 'roots', d.line, true);
        for (const from of expand(d.from, 'leaves', d.line, true)) {
          if ((budget -= tos.length) < 0) break;
          for (const to of tos) added = markPair(from, to) || added;
        }
      }
      endsOf.clear();
      if (!added) break;
    }
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
          this.b.edge(this.b.idOf(from), this.b.idOf(to), { line: d.line, label: d.label, ...(d.carries ? {} : { order: true }) });
          wired.add(from).add(to);
          edges++;
        }
      }
    }
    for (const p of this.places) {
      const [from, to] = p.reads ? [p.data, p.task] : [p.task, p.data];
      this.b.edge(this.b.idOf(from), this.b.idOf(to), { line: p.line });
      wired.add(p.task);
    }
    for (const r of this.runs) {
      // A store the tasks also name (a DuckDB file they write) is that component already.
      const key = `data:${r.engine.toLowerCase()}`;
      if (!this.b.has(key)) this.b.component(key, { name: r.engine, line: r.line });
      this.b.edge(this.b.idOf(r.task), this.b.idOf(key), { line: r.line, control: true });
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
