/**
 * Workflow definitions in the YAML of the orchestration tools data teams use: Kestra flows, Mage
 * pipelines (`metadata.yaml`), Meltano projects (`meltano.yml`), Argo Workflows, DVC pipelines (`dvc.yaml`)
 * and, in JSON, Azure Data Factory and Synapse pipelines; Vector configs and Dataflow templates declare
 * sources, transforms and sinks, as Numaflow's pipelines do vertices. Each tool has
 * its own reader in workflow/; they share the document handling here and the wiring in common.ts.
 * Steps are work placed by what they declare or do (classify's declared workflow roles and task
 * types); the flow, pipeline or workflow itself is the orchestrator.
 */
import type { WorkflowTool } from '../problems';
import type { FormatParser } from '../types';
import { PipelineBuilder, loadYamlMap, readWhole } from './structured';
import { readAdf } from './workflow/adf';
import { readArgo } from './workflow/argo';
import { readDvc } from './workflow/dvc';
import type { Reading } from './workflow/common';
import { detectTool } from './workflow/detect';
import { readKestra } from './workflow/kestra';
import { readMage } from './workflow/mage';
import { readMeltano } from './workflow/meltano';
import { readStreams } from './workflow/streams';

const READERS: Readonly<Record<WorkflowTool, (r: Reading, root: unknown) => void>> = {
  kestra: readKestra,
  mage: readMage,
  meltano: readMeltano,
  argo: readArgo,
  adf: readAdf,
  dvc: readDvc,
  streams: readStreams,
};

const SEPARATOR = /^(?:---|\.\.\.)[ \t]*(?:#.*)?$/;

/**
 * The text with every YAML document but the workflow's blanked line for line, so positions stay
 * true (an Argo file often carries a ConfigMap or a second manifest), and how many were blanked.
 */
export function workflowDocument(text: string): { text: string; tool: WorkflowTool | undefined; others: number } {
  const lines = text.split('\n');
  const separators = lines.flatMap((line, i) => (SEPARATOR.test(line) ? [i] : []));
  // Each document runs from past one separator (or the start) up to the next (or the end).
  const docs = [-1, ...separators].map((sep, k): [number, number] => [sep + 1, separators[k] ?? lines.length]);
  const filled = docs.filter(([a, b]) => lines.slice(a, b).some((l) => l.trim() !== '' && !l.trimStart().startsWith('#')));
  if (filled.length <= 1) return { text, tool: detectTool(text)?.tool, others: 0 };
  const chosen = filled.find(([a, b]) => detectTool(lines.slice(a, b).join('\n')) !== undefined) ?? filled[0];
  const [from, to] = chosen ?? [0, lines.length];
  const own = lines.map((l, i) => (i >= from && i < to ? l : '')).join('\n');
  return { text: own, tool: detectTool(own)?.tool, others: filled.length - 1 };
}

function readWorkflow(b: PipelineBuilder, text: string): void {
  const doc = workflowDocument(text);
  if (doc.others > 0) b.problem({ kind: 'otherDocuments', count: doc.others });
  const read = loadYamlMap(b, doc.text, { kind: 'workflowNotMap' }, { merge: true });
  if (!read) return;
  const { y, root } = read;
  // Chosen by hand with no mark of any tool: the shape of the keys decides.
  const tool = doc.tool ?? (root.has('blocks') ? 'mage' : root.has('plugins') ? 'meltano' : root.has('spec') ? 'argo' : root.has('sinks') ? 'streams' : 'kestra');
  READERS[tool]({ b, y, tool }, root);
}

export const workflowParser: FormatParser = {
  id: 'workflow',
  label: 'Workflow (Kestra, Mage, Meltano, Argo, DVC, Data Factory, Vector, Numaflow)',
  example: [
    'id: daily_orders',
    'namespace: shop.data',
    'tasks:',
    '  - id: extract_orders',
    '    type: io.kestra.plugin.core.http.Download',
    '    uri: https://example.com/orders.csv',
    '  - id: load_to_bigquery',
    '    type: io.kestra.plugin.gcp.bigquery.Load',
    'triggers:',
    '  - id: nightly',
    '    type: io.kestra.plugin.core.trigger.Schedule',
    '    cron: "0 3 * * *"',
  ].join('\n'),
  detect: (text) => detectTool(text)?.confidence ?? 0,
  parse: readWhole('workflow', readWorkflow),
};
