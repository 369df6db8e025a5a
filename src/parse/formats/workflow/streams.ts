/**
 * Pipelines declared as `sources`, `transforms` and `sinks`, each component naming the ones it reads
 * in `inputs` (Vector) or `input` (Mercari's Dataflow templates): the configuration is the graph.
 * Components are a map keyed by name (Vector) or a list of entries with a `name`. A source reads data
 * in, a transform is work, a sink is where data lands; each is refined by the `type` or `module` it
 * declares. A Vector route's outputs (`route_name.service`) are read from the route itself, and an
 * input with a wildcard (`app_*`) from every component it matches. Numaflow's Pipeline resource declares
 * the same parts as vertices and the lines between them as edges.
 */
import { isMap } from 'yaml';
import { roleHint } from '../../classify/rules/workflowRoles';
import { escapeRegExp } from '../text';
import { yamlEntries, yamlItems } from '../structured';
import { at, child, field, names, valueHint, type Reading } from './common';

const KINDS = [
  ['sources', 'source'],
  ['transforms', 'transform'],
  ['sinks', 'sink'],
] as const;

/** The named components under a key: a map's entries, or a list's items by their `name`. */
function entries(node: unknown): { name: string | undefined; spec: unknown; key: unknown }[] {
  if (isMap(node)) return yamlEntries(node).map(([name, pair]) => ({ name, spec: pair.value, key: pair.key }));
  return yamlItems(node).map((item) => ({ name: field(item, 'name'), spec: item, key: item }));
}

/** The first key under a map: what kind of source or sink a vertex is (`source: {http: {}}` → `http`). */
const typeOf = (node: unknown): string | undefined => (isMap(node) ? yamlEntries(node)[0]?.[0] : undefined);

/** Numaflow's Pipeline resource: `spec.vertices`, each a source, a function (map or reduce) or a sink, joined by `spec.edges`. */
function readVertices(r: Reading, spec: unknown): void {
  for (const v of yamlItems(child(spec, 'vertices'))) {
    const name = field(v, 'name');
    if (name === undefined || name.trim() === '') {
      r.b.problem({ kind: 'stepUnnamed', tool: 'streams' }, at(r, v));
      continue;
    }
    const kind = child(v, 'source') !== undefined ? 'source' : child(v, 'sink') !== undefined ? 'sink' : 'transform';
    const does = child(v, kind === 'transform' ? 'udf' : kind);
    const type = valueHint(field(child(does, 'container'), 'image') ?? typeOf(does));
    r.b.component(`c:${name}`, { name, line: at(r, v).line, hints: [roleHint('streams', kind), ...(type ? [type] : [])] });
  }
  if (r.b.size === 0) return;
  for (const e of yamlItems(child(spec, 'edges'))) {
    const [from, to] = [field(e, 'from'), field(e, 'to')];
    if (from === undefined || to === undefined) continue;
    const line = at(r, e).line;
    r.b.edge(named(r, from, to, line), named(r, to, from, line), { line });
  }
}

/** The component called `name`; one no part declares is added, and the `step` that names it reported. */
function named(r: Reading, name: string, step: string, line: number): string {
  const id = r.b.idOf(`c:${name}`);
  if (id !== undefined) return id;
  r.b.problem({ kind: 'unknownStep', tool: 'streams', step, target: name }, { line, column: 1 });
  return r.b.component(`c:${name}`, { name, line });
}

export function readStreams(r: Reading, root: unknown): void {
  const spec = child(root, 'spec');
  if (child(spec, 'vertices') !== undefined) readVertices(r, spec);
  else readDeclared(r, root);
  if (r.b.size === 0) r.b.problem({ kind: 'workflowNoSteps', tool: 'streams' }, at(r, root));
}

/** Vector and Dataflow templates: components under `sources`, `transforms` and `sinks`, wired by what they name as input. */
function readDeclared(r: Reading, root: unknown): void {
  const inputs: { id: string; name: string; from: string[]; line: number }[] = [];
  for (const [key, kind] of KINDS) {
    for (const { name, spec, key: node } of entries(child(root, key))) {
      if (name === undefined || name.trim() === '') {
        r.b.problem({ kind: 'stepUnnamed', tool: 'streams' }, at(r, node));
        continue;
      }
      const line = at(r, node).line;
      const type = valueHint(field(spec, 'type') ?? field(spec, 'module'));
      const id = r.b.component(`c:${name}`, { name, line, hints: [roleHint('streams', kind), ...(type ? [type] : [])] });
      const from = [...names(spec, 'inputs'), ...names(spec, 'input')].map((s) => s.trim()).filter((s) => s !== '');
      inputs.push({ id, name, from, line });
    }
  }
  const declared = [...new Set(inputs.map((c) => c.name))];
  for (const { id, name, from, line } of inputs) {
    for (const input of from) {
      // `app_*` names every component it matches; `route.sidecar` is one output of the component `route`.
      const wildcard = input.includes('*') ? new RegExp(`^${input.split('*').map(escapeRegExp).join('.*')}$`) : undefined;
      const matches = wildcard ? declared.filter((n) => n !== name && wildcard.test(n)) : [r.b.has(`c:${input}`) ? input : input.replace(/\.[^.]+$/, '')];
      const known = matches.filter((n) => r.b.has(`c:${n}`));
      if (known.length === 0 && !wildcard) r.b.edge(named(r, input, name, line), id, { line });
      for (const n of known) r.b.edge(r.b.idOf(`c:${n}`), id, { line });
    }
  }
}
