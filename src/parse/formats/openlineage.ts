/**
 * OpenLineage run events: one event, a JSON array of events, or NDJSON (one event per line).
 * Jobs and datasets become components (merged across events); edges run input → job → output.
 * A run's `parent` facet (e.g. the Airflow DAG run of a task) adds a control edge parent job → job.
 */
import type { FormatParser, RawPipeline } from '../types';
import {
  LineIndex,
  PipelineBuilder,
  failed,
  foundAt,
  isRecord,
  jsonErrorOffset,
  loadJson,
  looksLikeJson,
  scanJsonError,
  str,
  topLevelItemOffsets,
  type JsonRecord,
  type Position,
} from './structured';

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
    try {
      out.push({ value: JSON.parse(line) as unknown, at: { line: k + 1, column: line.length - line.trimStart().length + 1 } });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      const offset = jsonErrorOffset(line, message) ?? scanJsonError(line);
      b.warn({ line: k + 1, column: offset + 1, message: 'Line is not a JSON event; skipped', found: foundAt(line, offset) });
    }
  });
  return out;
}

function firstLineIsJsonObject(text: string): boolean {
  const first = text.split('\n').find((l) => l.trim() !== '');
  if (first === undefined) return false;
  try {
    return isRecord(JSON.parse(first));
  } catch {
    return false;
  }
}

function readEvents(text: string, b: PipelineBuilder): Located[] {
  const json = loadJson(text);
  if (json.ok) {
    const index = new LineIndex(text);
    const offsets = topLevelItemOffsets(text);
    if (Array.isArray(json.value)) return (json.value as unknown[]).map((value, k) => ({ value, at: index.at(offsets[k] ?? 0) }));
    return [{ value: json.value, at: index.at(offsets[0] ?? 0) }];
  }
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length >= 2 && firstLineIsJsonObject(text)) return readNdjson(text, b);
  b.warnAll(json.warnings);
  // Keep what a lenient read recovers from a broken single event or array.
  const recovered = loadJson(text, { recover: true }).value;
  if (Array.isArray(recovered)) return (recovered as unknown[]).map((value) => ({ value, at: { line: 1, column: 1 } }));
  if (isRecord(recovered)) return [{ value: recovered, at: { line: 1, column: 1 } }];
  return [];
}

function facet(facets: unknown, name: string): JsonRecord | undefined {
  if (!isRecord(facets)) return undefined;
  const f = facets[name];
  return isRecord(f) ? f : undefined;
}

/**
 * Airflow names a task's job `dag_id.task_id` and its parent job `dag_id`: a parent whose name is the
 * child's name up to a dot is the DAG, even when the event carries no jobType facet (older integrations).
 */
function dagOf(child: unknown, parent: JsonRecord): boolean {
  const childName = isRecord(child) ? str(child.name) : undefined;
  const parentName = str(parent.name);
  if (childName === undefined || parentName === undefined || parentName === '') return false;
  return childName.startsWith(`${parentName}.`) && str(parent.namespace) === (isRecord(child) ? str(child.namespace) : undefined);
}

function parseOpenLineage(text: string): RawPipeline {
  const b = new PipelineBuilder();
  if (text.trim() === '') return b.build();
  if (!looksLikeJson(text)) {
    b.warn({ line: 1, column: 1, message: 'Expected OpenLineage JSON events', found: foundAt(text, text.search(/\S/)) });
    return b.build();
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
  const dataset = (d: unknown, at: Position, role: string): string | undefined => {
    if (!isRecord(d)) return undefined;
    const name = str(d.name);
    if (name === undefined) {
      b.warn({ ...at, message: `An ${role} dataset has no name; skipped` });
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
      b.warn({ ...at, message: 'An event should be a JSON object; skipped' });
      continue;
    }
    // Static DatasetEvent: just a dataset.
    if (!isRecord(value.job) && isRecord(value.dataset)) {
      dataset(value.dataset, at, 'event');
      continue;
    }
    const jobId = isRecord(value.job) ? job(value.job, at) : undefined;
    if (jobId === undefined) {
      b.warn({ ...at, message: 'Event without job.name; its datasets have no job to connect to', found: str(value.eventType) });
    }
    for (const input of Array.isArray(value.inputs) ? value.inputs : []) {
      const id = dataset(input, at, 'input');
      b.edge(id, jobId, { line: at.line });
    }
    for (const output of Array.isArray(value.outputs) ? value.outputs : []) {
      const id = dataset(output, at, 'output');
      b.edge(jobId, id, { line: at.line });
    }
    const parent = facet(isRecord(value.run) ? value.run.facets : undefined, 'parent');
    if (jobId !== undefined && parent && isRecord(parent.job)) {
      const parentId = job(parent.job, at, dagOf(value.job, parent.job));
      b.edge(parentId, jobId, { control: true, line: at.line });
    }
  }
  if (b.size === 0 && events.length > 0) {
    b.warn({ line: 1, column: 1, message: 'No OpenLineage jobs or datasets found' });
  }
  return b.build();
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
  parse(text: string): RawPipeline {
    try {
      return parseOpenLineage(text);
    } catch (e) {
      return failed(`Could not read the events: ${e instanceof Error ? e.message : String(e)}`);
    }
  },
};
