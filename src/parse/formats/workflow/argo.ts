/**
 * Argo Workflows (`Workflow`, `WorkflowTemplate`, `CronWorkflow`): from the entrypoint template,
 * `dag.tasks` run after their `dependencies` (or the tasks their `depends` expression names) and
 * `steps` run group after group, the steps of a group side by side. A task whose template is itself
 * a DAG or steps stands for the tasks inside it. Each leaf task is work, described by its task and
 * template names, the container image and the program it runs; the workflow is the orchestrator.
 */
import { isMap, isSeq } from 'yaml';
import { taskTypeHint } from '../../classify/evidence';
import { commandWord, imageHints } from '../compose/serviceSpec';
import { yamlItems } from '../structured';
import { NOTHING, at, child, field, inDag, inParallel, inSequence, listAt, names, plain, single, stepName, type Reading, type Run } from './common';

/** Words of a `depends` expression that are not task names: results and operators. */
const DEPENDS_WORDS = /^(?:Succeeded|Failed|Errored|Skipped|Omitted|Daemoned|AnySucceeded|AllFailed)$/;

/** The tasks a `depends: "a && (b.Succeeded || c)"` expression waits for. */
export const dependsNames = (expr: string): string[] =>
  (expr.match(/[A-Za-z0-9][\w-]*(?:\.[A-Za-z]+)?/g) ?? []).map((t) => t.split('.')[0] ?? t).filter((t) => !DEPENDS_WORDS.test(t));

/** The script file a command runs (`python /app/extract.py` → extract.py), else the program. */
function programOf(r: Reading, spec: unknown): string | undefined {
  const words = [plain(r, child(spec, 'command')), plain(r, child(spec, 'args'))]
    .flatMap((v): unknown[] => (Array.isArray(v) ? (v as unknown[]) : [v]))
    .filter((v): v is string => typeof v === 'string')
    .flatMap((v) => v.split(/\s+/));
  const file = words.find((w) => /\.(?:py|sh|sql|jar|R|scala)$/i.test(w) && !w.includes('{{'));
  return file !== undefined ? commandWord(file) : commandWord(words);
}

/** What a leaf template says of the work: its kind, image and program. */
function templateHints(r: Reading, tmpl: unknown): (string | undefined)[] {
  const kind = ['container', 'script', 'resource', 'http', 'containerSet', 'plugin'].find((k) => child(tmpl, k) !== undefined);
  const spec = kind !== undefined ? child(tmpl, kind) : undefined;
  const image = field(spec, 'image');
  return [
    taskTypeHint(kind === 'resource' ? `kubernetes resource ${field(spec, 'action') ?? ''}`.trim() : (kind ?? 'template')),
    ...(image !== undefined && !image.includes('{{') ? imageHints(image) : []),
    programOf(r, spec),
  ];
}

const MAX_NESTING = 16;

interface Walk {
  readonly templates: ReadonlyMap<string, unknown>;
  readonly path: readonly string[];
}

/** A dag or steps task: the tasks of the template it calls, or itself as one step of work. */
function readStep(r: Reading, w: Walk, step: unknown, prefix: string): Run {
  const name = stepName(r, field(step, 'name'), at(r, step));
  if (name === undefined) return NOTHING;
  const target = field(step, 'template');
  const tmpl = target !== undefined ? w.templates.get(target) : undefined;
  if (target !== undefined && tmpl !== undefined && !w.path.includes(target) && w.path.length < MAX_NESTING) {
    const inner = readTemplate(r, { ...w, path: [...w.path, target] }, tmpl, `${prefix}${name}/`);
    if (inner !== undefined) return inner;
  }
  if (child(tmpl, 'suspend') !== undefined) return NOTHING;
  const key = `t:${prefix}${name}`;
  const ref = field(child(step, 'templateRef'), 'template') ?? field(child(step, 'templateRef'), 'name');
  // The tasks that call this one's template (`quality` running `row-counts`) frame it like a task group.
  const callers = prefix.split('/').filter((p) => p !== '');
  r.b.component(key, { name, line: at(r, step).line, hints: [...templateHints(r, tmpl), target !== name ? target : undefined, ref, ...callers] });
  return single(r.b.idOf(key) ?? name);
}

function readDag(r: Reading, w: Walk, dag: unknown, prefix: string): Run {
  const steps = listAt(r, dag, 'tasks').filter(isMap).map((t) => {
    const depends = field(t, 'depends');
    return { name: field(t, 'name') ?? '', node: t, after: [...names(t, 'dependencies'), ...(depends !== undefined ? dependsNames(depends) : [])] };
  });
  return inDag(r, steps, (t) => readStep(r, w, t, prefix), true);
}

/** A template that holds steps or a DAG, as a run; undefined for a leaf template. */
function readTemplate(r: Reading, w: Walk, tmpl: unknown, prefix: string): Run | undefined {
  const dag = child(tmpl, 'dag');
  if (dag !== undefined) return readDag(r, w, dag, prefix);
  const steps = child(tmpl, 'steps');
  if (!isSeq(steps)) return undefined;
  const groups = yamlItems(steps).map((g) => (isSeq(g) ? inParallel(yamlItems(g).map((s) => readStep(r, w, s, prefix))) : readStep(r, w, g, prefix)));
  return inSequence(r.b, groups, true);
}

export function readArgo(r: Reading, root: unknown): void {
  const meta = child(root, 'metadata');
  const name = field(meta, 'name') ?? field(meta, 'generateName')?.replace(/-$/, '') ?? 'workflow';
  const cron = field(root, 'kind') === 'CronWorkflow';
  const spec = cron ? child(child(root, 'spec'), 'workflowSpec') : child(root, 'spec');
  const schedule = cron ? (field(child(root, 'spec'), 'schedule') ?? names(child(root, 'spec'), 'schedules')[0]) : undefined;
  r.b.component('workflow', { name, explicit: 'orchestrate', line: at(r, root).line, hints: ['Argo workflow'], schedule });
  const named = listAt(r, spec, 'templates').map((t) => [field(t, 'name'), t] as const);
  const templates = new Map(named.filter((e): e is readonly [string, unknown] => e[0] !== undefined));
  const entry = field(spec, 'entrypoint') ?? [...templates.keys()][0];
  const tmpl = entry !== undefined ? templates.get(entry) : undefined;
  if (entry === undefined || tmpl === undefined) {
    r.b.problem({ kind: 'workflowNoSteps', tool: 'argo' }, at(r, spec ?? root));
    return;
  }
  if (readTemplate(r, { templates, path: [entry] }, tmpl, '') !== undefined) return;
  // A workflow of one container or script template is one step of work.
  r.b.component(`t:${entry}`, { name: entry, line: at(r, tmpl).line, hints: templateHints(r, tmpl) });
}
