/**
 * Azure Data Factory and Synapse pipelines, as the authoring tool exports them (`properties.activities`)
 * or inside an ARM template: each activity runs after those its `dependsOn` names, and a container
 * (ForEach, Until, IfCondition, Switch) stands for the activities inside it. An activity declares its
 * kind by `type` (`workflow-roles.json`: a Copy moves data in, a data flow, notebook or stored procedure
 * transforms it); what only steers the run (Lookup, Wait, SetVariable) is left out. The datasets an
 * activity reads and writes are data at rest: one no activity writes is where the data comes from, one
 * an activity writes is where it lands. The pipeline is the orchestrator.
 */
import { isMap } from 'yaml';
import { roleHint } from '../../classify/rules/workflowRoles';
import { NOTHING, at, child, field, inDag, inParallel, listAt, single, stepName, valueHint, type Reading, type Run } from './common';
import { yamlItems } from '../structured';

/** Activities that steer the run and move no data. */
const CONTROL = new Set(['lookup', 'getmetadata', 'wait', 'setvariable', 'appendvariable', 'filter', 'validation', 'fail', 'delete']);

/** Where a container keeps its activities: each key a branch. */
const BRANCHES = ['activities', 'ifTrueActivities', 'ifFalseActivities', 'defaultActivities'];

const MAX_NESTING = 16;

/** `SqlServerSource` → `Sql Server`, `AzureSqlSink` → `Azure Sql`: the store a copy's end names, in words. */
const storeWords = (type: string | undefined): string | undefined =>
  valueHint(type?.replace(/(?:Source|Sink)$/, '').replace(/([a-z])([A-Z])/g, '$1 $2'));

interface Walk {
  readonly datasets: Map<string, { written: boolean; hints: (string | undefined)[]; node: unknown }>;
  readonly links: { dataset: string; activity: string; into: boolean; line: number }[];
  readonly tally: { count: number; example?: string };
}

function readActivity(r: Reading, w: Walk, node: unknown, depth: number): Run {
  if (!isMap(node)) return NOTHING;
  const name = stepName(r, field(node, 'name'), at(r, node));
  if (name === undefined) return NOTHING;
  const type = field(node, 'type') ?? '';
  const props = child(node, 'typeProperties');
  if (depth < MAX_NESTING) {
    const branches = [...BRANCHES.map((k) => listAt(r, props, k)), ...yamlItems(child(props, 'cases')).map((c) => listAt(r, c, 'activities'))].filter((b) => b.length > 0);
    if (branches.length > 0) return inParallel(branches.map((b) => readActivities(r, w, b, depth + 1)));
  }
  if (CONTROL.has(type.toLowerCase())) {
    w.tally.count++;
    w.tally.example ??= name;
    return NOTHING;
  }
  const line = at(r, node).line;
  const flow = field(child(props, 'dataflow'), 'referenceName') ?? field(child(props, 'dataFlow'), 'referenceName');
  const ran = field(child(props, 'pipeline'), 'referenceName');
  const id = r.b.component(`a:${name}`, {
    name,
    line,
    hints: [
      roleHint('adf', type),
      flow,
      valueHint(field(props, 'storedProcedureName')),
      valueHint(field(props, 'notebookPath')),
      field(child(node, 'linkedServiceName'), 'referenceName'),
      ran !== undefined ? `runs the pipeline ${ran}` : undefined,
      valueHint(field(node, 'description'), 120),
    ],
  });
  const ends = [
    ...listAt(r, node, 'inputs').map((d) => ({ d, into: false, type: field(child(props, 'source'), 'type') })),
    ...listAt(r, node, 'outputs').map((d) => ({ d, into: true, type: field(child(props, 'sink'), 'type') })),
  ];
  for (const { d, into, type: end } of ends) {
    const ref = field(d, 'referenceName');
    if (ref === undefined) continue;
    const seen = w.datasets.get(ref) ?? { written: false, hints: [], node: d };
    w.datasets.set(ref, { ...seen, written: seen.written || into, hints: [...seen.hints, storeWords(end)] });
    w.links.push({ dataset: ref, activity: id, into, line: at(r, d).line });
  }
  return single(id);
}

function readActivities(r: Reading, w: Walk, nodes: readonly unknown[], depth: number): Run {
  const steps = nodes.filter(isMap).map((a) => ({ name: field(a, 'name') ?? '', node: a, after: listAt(r, a, 'dependsOn').flatMap((d) => field(d, 'activity') ?? []) }));
  return inDag(r, steps, (a) => readActivity(r, w, a, depth), true);
}

/** The pipeline: the document itself, or the first pipeline resource of an ARM template. */
function pipelineOf(root: unknown): unknown {
  if (child(child(root, 'properties'), 'activities') !== undefined || child(root, 'activities') !== undefined) return root;
  return yamlItems(child(root, 'resources')).find((res) => /\/pipelines$/i.test(field(res, 'type') ?? '')) ?? root;
}

/** `[concat(parameters('factoryName'), '/pl_sales')]`, as an ARM template names a pipeline: its own part. */
const pipelineName = (name: string | undefined): string | undefined => (name?.startsWith('[') ? /'\/?([^'/]+)'\)\]$/.exec(name)?.[1] : name);

export function readAdf(r: Reading, root: unknown): void {
  const pipeline = pipelineOf(root);
  const props = child(pipeline, 'properties') ?? pipeline;
  r.b.component('pipeline', { name: pipelineName(field(pipeline, 'name')) ?? 'pipeline', explicit: 'orchestrate', line: at(r, pipeline).line, hints: ['Data Factory pipeline'] });
  const activities = listAt(r, props, 'activities');
  if (activities.length === 0) {
    r.b.problem({ kind: 'workflowNoSteps', tool: 'adf' }, at(r, props));
    return;
  }
  const w: Walk = { datasets: new Map(), links: [], tally: { count: 0 } };
  readActivities(r, w, activities, 0);
  for (const [ref, d] of w.datasets) {
    // Written by an activity, a dataset is where data lands; read only, it is where data comes from.
    r.b.component(`d:${ref}`, { name: ref, line: at(r, d.node).line, hints: [roleHint('adf', d.written ? 'sink' : 'source'), ...d.hints] });
  }
  for (const l of w.links) {
    const dataset = r.b.idOf(`d:${l.dataset}`);
    if (l.into) r.b.edge(l.activity, dataset, { line: l.line });
    else r.b.edge(dataset, l.activity, { line: l.line });
  }
  if (w.tally.count > 0) r.b.problem({ kind: 'controlSteps', tool: 'adf', count: w.tally.count, example: w.tally.example ?? '' });
}
