/**
 * What the workflow readers share: the document they read (YAML nodes with positions), reading
 * values off a step, and wiring steps in sequence or in parallel.
 */
import { isMap, isSeq } from 'yaml';
import type { WorkflowTool } from '../../problems';
import { PipelineBuilder, clip, yamlGet, yamlItems, yamlJs, yamlText, type Position, type YamlLoad } from '../structured';

/** One workflow document being read: the builder it fills and where each node is. */
export interface Reading {
  readonly b: PipelineBuilder;
  readonly y: YamlLoad;
  readonly tool: WorkflowTool;
}

/** A node's position, or the start of the text. */
export const at = (r: Reading, node: unknown, fallback?: Position): Position => r.y.posOf(node, fallback);

/** The text under a key of a map node, and the texts under a key (`dependencies: [a, b]`, `upstream_blocks: a`). */
export { yamlField as field, yamlNames as names } from '../structured';

export const child = (node: unknown, key: string): unknown => yamlGet(node, key)?.value;

/**
 * The items under a key that should be a list; a value of another shape is reported and read as none.
 * A missing key or an empty value is no list, quietly.
 */
export function listAt(r: Reading, node: unknown, key: string): unknown[] {
  const v = child(node, key);
  if (v === undefined || v === null || (yamlText(v) ?? '') === '' && !isSeq(v) && !isMap(v)) return [];
  if (!isSeq(v)) {
    r.b.problem({ kind: 'stepShape', tool: r.tool, key, expected: 'a list' }, at(r, v), key);
    return [];
  }
  return yamlItems(v);
}

/** A step's name or id; a missing or blank one is reported (at `pos`) and gives undefined. */
export function stepName(r: Reading, name: string | undefined, pos: Position): string | undefined {
  if (name !== undefined && name.trim() !== '') return name;
  r.b.problem({ kind: 'stepUnnamed', tool: r.tool }, pos);
  return undefined;
}

/** A value as plain data, for the small parts read whole (a command list, a config map). */
export const plain = (r: Reading, node: unknown): unknown => yamlJs(node, r.y.doc);

/** A hint from a value that names a place or a program; a templated one (`{{ inputs.file }}`, `${ENV}`) names nothing by itself. */
export const valueHint = (value: string | undefined, max = 60): string | undefined =>
  value === undefined || value.trim() === '' || /\{\{|\$\{|\{%/.test(value) ? undefined : clip(value.trim(), max);

/** Part of a run: the steps it starts with and the steps it ends with (ids). */
export interface Run {
  readonly heads: readonly string[];
  readonly tails: readonly string[];
  /** The run may be skipped (an If with no else): what comes after it also follows what came before. */
  readonly optional?: boolean;
}

export const NOTHING: Run = { heads: [], tails: [] };

export const single = (id: string): Run => ({ heads: [id], tails: [id] });

/**
 * Each run starts when the one before ends; runs with no steps are passed through. `order`: the
 * steps only run one after another (Argo steps, Kestra tasks), not hand data on (Meltano's tap, then target).
 */
export function inSequence(b: PipelineBuilder, runs: readonly Run[], order = false): Run {
  let first: readonly string[] | undefined;
  let last: readonly string[] = [];
  for (const run of runs) {
    if (run.heads.length === 0) continue;
    if (first === undefined) first = run.heads;
    else b.fanOut(last, run.heads, { order });
    last = run.optional === true ? [...last, ...run.tails] : run.tails;
  }
  return { heads: first ?? [], tails: last };
}

/** The runs start together and the next step waits for all of them. */
export const inParallel = (runs: readonly Run[]): Run => ({ heads: runs.flatMap((r) => r.heads), tails: runs.flatMap((r) => r.tails) });

/**
 * Steps of a DAG whose runs wait for the steps they name (Argo `dag.tasks`, Kestra's Dag task): the
 * tails of each named step feed the heads of the step waiting for it; a name no step has is reported
 * when `reportUnknown`, else passed over. The DAG's run starts with the steps that wait for nothing
 * and ends with those nothing waits for. Waiting is run order, not data handed on.
 */
export function inDag(r: Reading, steps: readonly { name: string; node: unknown; after: readonly string[] }[], run: (node: unknown) => Run, reportUnknown: boolean): Run {
  const runs = new Map(steps.map((s) => [s.name, run(s.node)] as const));
  const feeding = new Set<string>();
  const heads: string[] = [];
  for (const s of steps) {
    const own = runs.get(s.name) ?? NOTHING;
    if (s.after.length === 0) heads.push(...own.heads);
    for (const dep of s.after) {
      const from = runs.get(dep);
      if (from === undefined) {
        if (reportUnknown) r.b.problem({ kind: 'unknownStep', tool: r.tool, step: s.name, target: dep }, at(r, s.node), dep);
        continue;
      }
      r.b.fanOut(from.tails, own.heads, { line: at(r, s.node).line, order: true });
      feeding.add(dep);
    }
  }
  return { heads, tails: steps.filter((s) => !feeding.has(s.name)).flatMap((s) => runs.get(s.name)?.tails ?? []) };
}
