/**
 * Kestra flows: `id`, `namespace`, `tasks` run in order (flowable tasks nest theirs: Parallel side by
 * side, If and Switch as alternatives, Dag by `dependsOn`), `triggers` start the flow. Each task
 * is work, and its plugin type says what it does (`io.kestra.plugin.gcp.bigquery.Load`); the flow
 * is the orchestrator, carrying a Schedule trigger's cron. Tasks that only steer the run (logging,
 * labels, key-value state) are left out, the flow passing through them.
 */
import { isMap } from 'yaml';
import { taskTypeHint } from '../../classify/evidence';
import { hintFromKwarg } from '../airflow/hints';
import { WRITES_INTO, databaseOf } from './connection';
import { imageHints } from '../compose/serviceSpec';
import { yamlEntries, yamlItems } from '../structured';
import { NOTHING, at, child, field, inDag, inParallel, inSequence, listAt, names, plain, single, stepName, valueHint, type Reading, type Run } from './common';

/** The plugin type without its package prefix: `io.kestra.plugin.gcp.bigquery.Load` → `gcp.bigquery.Load`. */
export const shortType = (type: string): string => type.replace(/^io\.kestra\.(?:plugin\.(?:core\.)?|core\.tasks\.)/, '');

/** Types that steer a run and move no data: logs, labels, outputs, key-value state, waits. */
const CONTROL = /^(?:log|debugs?|execution|kv|outputs?|storages?|states?|namespace|templating|trigger)\.|^flows?\.(?:Pause|Sleep|Fail|Exit|WaitFor)$/i;

/** Flowable types whose children run side by side. */
const PARALLEL = /^flows?\.(?:Parallel|EachParallel)$/;

/** A nested flow the task starts: named by it, its work unknown here. */
const SUBFLOW = /^flows?\.(?:Subflow|Flow)$/;

/** Task properties that name what the task reads or writes, read like an Airflow operator's arguments. */
const PLACE_KEYS = ['sql', 'table', 'destinationTable', 'bucket', 'database', 'dataset', 'topic', 'index', 'collection', 'schema'];

interface Tally {
  count: number;
  example?: string;
}

function taskHints(r: Reading, node: unknown, type: string): (string | undefined)[] {
  const words = shortType(type).split('.').filter((w) => w !== '' && w !== 'core');
  const commands = plain(r, child(node, 'commands'));
  const first = Array.isArray(commands) ? commands.find((c): c is string => typeof c === 'string') : undefined;
  const image = field(node, 'containerImage') ?? field(node, 'docker');
  return [
    taskTypeHint(words.join(' ')),
    // A property not set gives no hint, as an empty one does.
    ...PLACE_KEYS.map((key) => hintFromKwarg(key === 'destinationTable' ? 'table' : key, field(node, key) ?? '')),
    valueHint(first?.split(/\s+/).slice(0, 3).join(' ')),
    ...(image !== undefined && !image.includes('{{') ? imageHints(image) : []),
    valueHint(field(node, 'description'), 120),
  ];
}

function readTasks(r: Reading, nodes: readonly unknown[], parallel: boolean, tally: Tally, depth: number): Run {
  const runs = nodes.map((n) => readTask(r, n, tally, depth));
  return parallel ? inParallel(runs) : inSequence(r.b, runs, true);
}

/** A Dag task's children: each `task` waits for its `dependsOn`. */
function readDag(r: Reading, node: unknown, tally: Tally, depth: number): Run {
  const steps = listAt(r, node, 'tasks').map((item) => ({ name: field(child(item, 'task'), 'id') ?? '', node: child(item, 'task'), after: names(item, 'dependsOn') }));
  return inDag(r, steps, (task) => readTask(r, task, tally, depth), false);
}

/** A flowable task's children: its tasks, its branches (If, Switch), or its graph (Dag). */
function readChildren(r: Reading, node: unknown, short: string, tally: Tally, depth: number): Run | undefined {
  if (/^flows?\.Dag$/.test(short)) return readDag(r, node, tally, depth);
  const branches: Run[] = [];
  for (const key of ['then', 'else', 'defaults']) {
    const nodes = listAt(r, node, key);
    if (nodes.length > 0) branches.push(readTasks(r, nodes, false, tally, depth));
  }
  for (const [, pair] of yamlEntries(child(node, 'cases'))) branches.push(readTasks(r, yamlItems(pair.value), false, tally, depth));
  // Without an else (or a Switch's defaults) a false condition runs nothing and the flow goes on.
  const always = child(node, 'else') !== undefined || child(node, 'defaults') !== undefined;
  if (branches.length > 0) return { ...inParallel(branches), optional: !always };
  const nodes = listAt(r, node, 'tasks');
  return nodes.length > 0 ? readTasks(r, nodes, PARALLEL.test(short), tally, depth) : undefined;
}

const MAX_NESTING = 64;

function readTask(r: Reading, node: unknown, tally: Tally, depth: number): Run {
  if (!isMap(node)) return NOTHING;
  const id = stepName(r, field(node, 'id'), at(r, node));
  if (id === undefined) return NOTHING;
  const type = field(node, 'type') ?? '';
  const short = shortType(type);
  if (depth < MAX_NESTING && /^flows?\./.test(short) && !SUBFLOW.test(short)) {
    const inner = readChildren(r, node, short, tally, depth + 1);
    if (inner !== undefined) return inner;
  }
  if (CONTROL.test(short) || /^flows?\./.test(short) && !SUBFLOW.test(short)) {
    tally.count++;
    tally.example ??= id;
    return NOTHING;
  }
  const subflow = SUBFLOW.test(short) ? field(node, 'flowId') : undefined;
  const key = `t:${id}`;
  const line = at(r, node).line;
  const task = r.b.component(key, { name: id, line, hints: [...taskHints(r, node, type), subflow !== undefined ? `runs the flow ${subflow}` : undefined] });
  const db = databaseOf(field(node, 'url'));
  if (db) {
    const base = r.b.component(`db:${db.name}`, { name: db.name, line, hints: [db.product, 'database'] });
    if (WRITES_INTO.test(short)) r.b.edge(task, base, { line });
    else r.b.edge(base, task, { line });
  }
  return single(task);
}

const scheduleOf = (root: unknown): string | undefined =>
  field(yamlItems(child(root, 'triggers')).find((t) => /Schedule$/.test(field(t, 'type') ?? '')), 'cron');

export function readKestra(r: Reading, root: unknown): void {
  const id = field(root, 'id') ?? 'flow';
  const schedule = scheduleOf(root);
  r.b.component('flow', { name: id, explicit: 'orchestrate', line: at(r, root).line, hints: ['Kestra flow', field(root, 'namespace')], schedule });
  const tasks = listAt(r, root, 'tasks');
  if (tasks.length === 0) {
    r.b.problem({ kind: 'workflowNoSteps', tool: 'kestra' }, at(r, child(root, 'tasks') ?? root));
    return;
  }
  const tally: Tally = { count: 0 };
  readTasks(r, tasks, false, tally, 0);
  if (tally.count > 0) r.b.problem({ kind: 'controlSteps', tool: 'kestra', count: tally.count, example: tally.example ?? '' });
}
