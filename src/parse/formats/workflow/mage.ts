/**
 * Mage pipelines (`metadata.yaml`): each block declares its role by its type (data_loader ingests,
 * transformer processes, data_exporter serves or stores by where it writes, dbt goes by its layer,
 * sensor waits), and names the blocks it follows (`upstream_blocks`) and feeds (`downstream_blocks`).
 * Charts in `widgets` show the data. The pipeline is the orchestrator.
 */
import { isMap } from 'yaml';
import { roleHint } from '../../classify/rules/workflowRoles';
import { at, child, field, listAt, names, stepName, valueHint, type Reading } from './common';

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
  const upstream: { from: string; to: string; block: string; node: unknown }[] = [];
  const downstream: typeof upstream = [];
  for (const node of blocks) {
    if (!isMap(node)) continue;
    const type = (field(node, 'type') ?? '').toLowerCase();
    if (NOT_RUN.has(type)) continue;
    const uuid = stepName(r, field(node, 'uuid') ?? field(node, 'name'), at(r, node));
    if (uuid === undefined) continue;
    r.b.component(keyOf(uuid), {
      name: field(node, 'name') ?? uuid,
      line: at(r, node).line,
      hints: [type !== '' ? roleHint('mage', type) : undefined, ...configHints(node), field(node, 'language') === 'sql' ? 'SQL' : undefined],
    });
    for (const up of names(node, 'upstream_blocks')) upstream.push({ from: up, to: uuid, block: uuid, node });
    for (const down of names(node, 'downstream_blocks')) downstream.push({ from: uuid, to: down, block: uuid, node });
  }
  // Only the pipeline itself: no block was read.
  if (r.b.size === 1) {
    r.b.problem({ kind: 'workflowNoSteps', tool: 'mage' }, at(r, child(root, 'blocks') ?? root));
    return;
  }
  // downstream_blocks repeats upstream_blocks in a file Mage wrote; in a hand-edited one it may say more.
  // A block named that the file does not define is added and reported.
  for (const link of [...upstream, ...downstream]) {
    for (const end of [link.from, link.to]) {
      if (r.b.has(keyOf(end))) continue;
      r.b.problem({ kind: 'unknownStep', tool: 'mage', step: link.block, target: end }, at(r, link.node), end);
      r.b.component(keyOf(end), { name: end, line: at(r, link.node).line });
    }
    r.b.edge(r.b.idOf(keyOf(link.from)), r.b.idOf(keyOf(link.to)), { line: at(r, link.node).line });
  }
}
