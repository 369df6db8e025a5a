/**
 * OpenLineage run events: one event, a JSON array of events, or NDJSON (one event per line).
 * Jobs and datasets become components (merged across events); edges run input → job → output.
 * A run's `parent` facet (e.g. the Airflow DAG run of a task) adds a control edge parent job → job.
 */
import type { FormatParser } from '../types';
import { LineIndex, PipelineBuilder, foundAt, isRecord, loadJson, looksLikeJson, readJsonLine, readWhole, str, topLevelItemOffsets, type JsonRecord, type Position } from './structured';

interface Located {
  readonly value: unknown;
  readonly at: Position;
}

/** Splits NDJSON into events; lines that are not JSON become warnings with their line and column. */
function readNdjson(text: string, b: PipelineBuilder): Located[] {
  const out: Located[] = [];
  text.split('\n').forEach((raw, k) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    const r = readJsonLine(line);
    if ('value' in r) out.push({ value: r.value, at: { line: k + 1, column: line.length - line.trimStart().length + 1 } });
    else b.problem({ kind: 'ndjsonLine', error: r.error }, { line: k + 1, column: r.offset + 1 }, foundAt(line, r.offset, r.offset + r.length));
  });
  return out;
}

function readEvents(text: string, b: PipelineBuilder): Located[] {
  const json = loadJson(text);
  if (!json.ok) {
    // Two or more lines, the first a JSON object: NDJSON.
    const [first = '', second] = text.split('\n').filter((l) => l.trim() !== '');
    const r = readJsonLine(first);
    if (second !== undefined && 'value' in r && isRecord(r.value)) return readNdjson(text, b);
  }
  // Trailing commas, comments and syntax errors are reported; what the parser recovered is still read.
  b.warnAll(json.warnings);
  const index = new LineIndex(text);
  const offsets = topLevelItemOffsets(text);
  const at = (k: number): Position => index.at(offsets[k] ?? 0);
  if (Array.isArray(json.value)) return (json.value as unknown[]).map((value, k) => ({ value, at: at(k) }));
  return json.value === undefined ? [] : [{ value: json.value, at: at(0) }];
}

function facet(facets: unknown, name: string): JsonRecord | undefined {
  const f = isRecord(facets) ? facets[name] : undefined;
  return isRecord(f) ? f : undefined;
}

/**
 * Airflow names a task's job `dag_id.task_id` and its parent job `dag_id`: a parent whose name is the
 * child's name up to a dot is the DAG, even when the event carries no jobType facet (older integrations).
 */
function dagOf(child: unknown, parent: JsonRecord): boolean {
  const parentName = str(parent.name);
  if (!isRecord(child) || parentName === undefined) return false;
  return (str(child.name)?.startsWith(`${parentName}.`) ?? false) && str(parent.namespace) === str(child.namespace);
}

function readOpenLineage(b: PipelineBuilder, text: string): void {
  if (!looksLikeJson(text)) {
    b.problem({ kind: 'notJsonEvents' }, { line: 1, column: 1 }, foundAt(text, text.search(/\S/)));
    return;
  }

  const job = (j: JsonRecord, at: Position, isDag = false): string | undefined => {
    const name = str(j.name);
    if (name === undefined) return undefined;
    const namespace = str(j.namespace);
    const type = facet(j.facets, 'jobType');
    return b.component(`job:${namespace ?? ''}\u0000${name}`, {
      name,
      line: at.line,
      hints: ['job', namespace, str(type?.integration), str(type?.jobType), str(type?.processingType), isDag ? 'DAG' : undefined],
    });
  };
  const dataset = (d: unknown, at: Position, role: 'input' | 'output' | 'event'): string | undefined => {
    if (!isRecord(d)) return undefined;
    const name = str(d.name);
    if (name === undefined) {
      b.problem({ kind: 'datasetUnnamed', role }, at);
      return undefined;
    }
    const namespace = str(d.namespace);
    // 'redshift://host:5439' → also 'redshift': long hosts get clipped, the scheme says the most.
    const scheme = namespace !== undefined ? /^([a-z][\w+.-]*):\/\//i.exec(namespace)?.[1] : undefined;
    return b.component(`ds:${namespace ?? ''}\u0000${name}`, { name, line: at.line, hints: ['dataset', namespace, scheme] });
  };

  const events = readEvents(text, b);
  for (const { value, at } of events) {
    if (!isRecord(value)) {
      b.problem({ kind: 'eventNotObject' }, at);
      continue;
    }
    // Static DatasetEvent: just a dataset.
    if (!isRecord(value.job) && isRecord(value.dataset)) {
      dataset(value.dataset, at, 'event');
      continue;
    }
    const jobId = isRecord(value.job) ? job(value.job, at) : undefined;
    if (jobId === undefined) b.problem({ kind: 'eventWithoutJob' }, at, str(value.eventType));
    for (const input of Array.isArray(value.inputs) ? value.inputs : []) b.edge(dataset(input, at, 'input'), jobId, { line: at.line });
    for (const output of Array.isArray(value.outputs) ? value.outputs : []) b.edge(jobId, dataset(output, at, 'output'), { line: at.line });
    const parent = facet(isRecord(value.run) ? value.run.facets : undefined, 'parent');
    if (jobId !== undefined && parent && isRecord(parent.job)) {
      const parentId = job(parent.job, at, dagOf(value.job, parent.job));
      b.edge(parentId, jobId, { control: true, line: at.line });
    }
  }
  if (b.size === 0 && events.length > 0) b.problem({ kind: 'noLineage' });
}

function detectOpenLineage(text: string): number {
  const head = text.slice(0, 65_536);
  if (!looksLikeJson(head)) return 0;
  if (/"eventType"\s*:/.test(head) && /"job"\s*:/.test(head) && /"(?:run|inputs|outputs)"\s*:/.test(head)) return 0.95;
  if (/"schemaURL"\s*:\s*"[^"]*openlineage/i.test(head) || (/"producer"\s*:/.test(head) && /openlineage/i.test(head))) return 0.95;
  if (/"job"\s*:/.test(head) && /"(?:inputs|outputs)"\s*:/.test(head)) return 0.7;
  return 0;
}

export const openLineageParser: FormatParser = {
  id: 'openlineage',
  label: 'OpenLineage events',
  example: JSON.stringify({
    eventType: 'COMPLETE',
    job: { namespace: 'spark', name: 'orders_etl' },
    inputs: [{ namespace: 's3://raw', name: 'orders' }],
    outputs: [{ namespace: 'postgres://db:5432', name: 'analytics.orders' }],
  }),
  detect: detectOpenLineage,
  parse: readWhole('events', readOpenLineage),
};
