/**
 * What the workflow readers share: the document they read (YAML nodes with positions), reading
 * values off a step, and wiring steps in sequence or in parallel.
 */
import { isMap, isSeq } from 'yaml';
import type { WorkflowTool } from '../../problems';
import { PipelineBuilder, clip, str, yamlGet, yamlItems, yamlJs, yamlText, type Position, type YamlLoad } from '../structured';

/** One workflow document being read: the builder it fills and where each node is. */
export interface Reading {
  readonly b: PipelineBuilder;
  readonly y: YamlLoad;
  readonly tool: WorkflowTool;
}

/** A node's position, or the start of the text. */
export const at = (r: Reading, node: unknown, fallback: Position = { line: 1, column: 1 }): Position => r.y.posOf(node) ?? fallback;

/** The text under a key of a map node. */
export const field = (node: unknown, key: string): string | undefined => {
  const v = yamlGet(node, key)?.value;
  return yamlText(v) ?? str(v);
};

/** The node under a key of a map node. */
export const child = (node: unknown, key: string): unknown => yamlGet(node, key)?.value;

/** The texts under a key: a list of names, or one name (`dependencies: [a, b]`, `upstream_blocks: a`). */
export function names(node: unknown, key: string): string[] {
  const v = child(node, key);
  if (isSeq(v)) return yamlItems(v).map(yamlText).filter((t): t is string => t !== undefined && t.trim() !== '');
  const one = yamlText(v);
  return one !== undefined && one.trim() !== '' ? [one] : [];
}

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

/** A value as plain data, for the small parts read whole (a command list, a config map). */
export const plain = (r: Reading, node: unknown): unknown => yamlJs(node, r.y.doc);

/** A templated value (`{{ inputs.file }}`, `${ENV}`) names nothing by itself. */
export const templated = (text: string): boolean => /\{\{|\$\{|\{%/.test(text);

/** A hint from a value that names a place or a program, unless it is only a template. */
export const valueHint = (value: string | undefined, max = 60): string | undefined =>
  value === undefined || value.trim() === '' || templated(value) ? undefined : clip(value.trim(), max);

/** Part of a run: the steps it starts with and the steps it ends with (ids). */
export interface Run {
  readonly heads: readonly string[];
  readonly tails: readonly string[];
  /** The run may be skipped (an If with no else): what comes after it also follows what came before. */
  readonly optional?: boolean;
}

export const NOTHING: Run = { heads: [], tails: [] };

export const single = (id: string): Run => ({ heads: [id], tails: [id] });

/** Each run starts when the one before ends; runs with no steps are passed through. */
export function inSequence(b: PipelineBuilder, runs: readonly Run[], line?: number): Run {
  let first: readonly string[] | undefined;
  let last: readonly string[] = [];
  for (const run of runs) {
    if (run.heads.length === 0) continue;
    if (first === undefined) first = run.heads;
    else b.fanOut(last, run.heads, line !== undefined ? { line } : {});
    last = run.optional === true ? [...last, ...run.tails] : run.tails;
  }
  return { heads: first ?? [], tails: last };
}

/** The runs start together and the next step waits for all of them. */
export const inParallel = (runs: readonly Run[]): Run => ({ heads: runs.flatMap((r) => r.heads), tails: runs.flatMap((r) => r.tails) });

/**
 * Steps that name the steps they wait for (Argo `dependencies`, Kestra `dependsOn`, Mage
 * `upstream_blocks`): an edge from each named step; a name the file does not define is added and
 * reported. Returns the run from the steps nothing feeds to the steps nothing follows.
 */
export function byDependencies(r: Reading, steps: readonly { key: string; name: string; after: readonly string[]; node: unknown }[], keyOf: (name: string) => string): Run {
  const fed = new Set<string>();
  const feeding = new Set<string>();
  for (const s of steps) {
    const to = r.b.idOf(s.key);
    for (const dep of s.after) {
      const key = keyOf(dep);
      if (!r.b.has(key)) {
        r.b.problem({ kind: 'unknownStep', tool: r.tool, step: s.name, target: dep }, at(r, s.node), dep);
        r.b.component(key, { name: dep, line: at(r, s.node).line });
      }
      const from = r.b.idOf(key);
      if (from === undefined || to === undefined || from === to) continue;
      r.b.edge(from, to, { line: at(r, s.node).line });
      fed.add(to);
      feeding.add(from);
    }
  }
  const ids = steps.map((s) => r.b.idOf(s.key)).filter((id): id is string => id !== undefined);
  return { heads: ids.filter((id) => !fed.has(id)), tails: ids.filter((id) => !feeding.has(id)) };
}
