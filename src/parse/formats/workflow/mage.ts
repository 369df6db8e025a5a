/**
 * Mage pipelines (`metadata.yaml`): each block declares its role by its type (data_loader ingests,
 * transformer processes, data_exporter serves or stores by where it writes, dbt goes by its layer,
 * sensor waits), and names the blocks it follows (`upstream_blocks`) and feeds (`downstream_blocks`).
 * Charts in `widgets` show the data. The pipeline is the orchestrator.
 */
import { isMap } from 'yaml';
import { roleHint } from '../../classify/rules/workflowRoles';
import { at, byDependencies, child, field, listAt, names, valueHint, type Reading } from './common';

/** Block types that hold notes or scratch code, never run as part of the pipeline. */
const NOT_RUN = new Set(['scratchpad', 'markdown', 'extension', 'callback', 'conditional', 'global_data_product']);

const keyOf = (uuid: string): string => `b:${uuid}`;

/** Where a block reads or writes, as its configuration names it: a provider, a table, a file. */
function configHints(node: unknown): (string | undefined)[] {
  const config = child(node, 'configuration');
  const schema = field(config, 'data_provider_schema');
  const table = field(config, 'data_provider_table');
  return [
    valueHint(field(config, 'data_provider')),
    table !== undefined ? valueHint(schema !== undefined ? `${schema}.${table}` : table) : undefined,
    valueHint(field(config, 'file_path') ?? field(child(config, 'file_source'), 'path')),
  ];
}

export function readMage(r: Reading, root: unknown): void {
  const name = field(root, 'name') ?? field(root, 'uuid') ?? 'pipeline';
  r.b.component('pipeline', { name, explicit: 'orchestrate', line: at(r, root).line, hints: ['Mage pipeline'] });
  const blocks = [...listAt(r, root, 'blocks'), ...listAt(r, root, 'widgets')];
  const steps: { key: string; name: string; after: string[]; node: unknown }[] = [];
  const following: { from: string; to: string; node: unknown }[] = [];
  for (const node of blocks) {
    if (!isMap(node)) continue;
    const uuid = field(node, 'uuid') ?? field(node, 'name');
    const type = (field(node, 'type') ?? '').toLowerCase();
    if (NOT_RUN.has(type)) continue;
    if (uuid === undefined || uuid.trim() === '') {
      r.b.problem({ kind: 'stepUnnamed', tool: 'mage' }, at(r, node));
      continue;
    }
    r.b.component(keyOf(uuid), {
      name: field(node, 'name') ?? uuid,
      line: at(r, node).line,
      hints: [type !== '' ? roleHint('mage', type) : undefined, ...configHints(node), field(node, 'language') === 'sql' ? 'SQL' : undefined],
    });
    steps.push({ key: keyOf(uuid), name: uuid, after: names(node, 'upstream_blocks'), node });
    for (const down of names(node, 'downstream_blocks')) following.push({ from: uuid, to: down, node });
  }
  if (steps.length === 0) {
    r.b.problem({ kind: 'workflowNoSteps', tool: 'mage' }, at(r, child(root, 'blocks') ?? root));
    return;
  }
  byDependencies(r, steps, keyOf);
  // downstream_blocks repeats upstream_blocks in a file Mage wrote; in a hand-edited one it may say more.
  for (const f of following) {
    if (!r.b.has(keyOf(f.to))) {
      r.b.problem({ kind: 'unknownStep', tool: 'mage', step: f.from, target: f.to }, at(r, f.node), f.to);
      r.b.component(keyOf(f.to), { name: f.to, line: at(r, f.node).line });
    }
    r.b.edge(r.b.idOf(keyOf(f.from)), r.b.idOf(keyOf(f.to)), { line: at(r, f.node).line });
  }
}
