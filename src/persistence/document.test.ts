import { describe, expect, it } from 'vitest';
import { presetWorkspace, PRESETS } from '../domain/presets';
import { blankWorkspace } from '../domain/workspace';
import { describeLoadError, fromDocument, toDocument } from './document';
import { LATEST_VERSION } from './schema';

const T0 = '2026-01-01T00:00:00.000Z';

/** A document as version 1 of the app saved it. */
const v1 = {
  type: 'pipeline-seams/workspace',
  version: 1,
  workspace: {
    id: 'old',
    name: 'Old incident',
    createdAt: T0,
    updatedAt: T0,
    components: { generate: 'Mobile app', ingest: 'Kafka, Debezium', store: '', process: 'Spark', model: 'dbt', serve: 'Looker' },
    seams: {
      'generate-ingest': { clauses: [{ id: 'c1', dimension: 'assumptions', assumed: 'UTC', actual: 'local time', notes: 'seen in logs', verdict: 'auto' }] },
      'ingest-store': { clauses: [{ id: 'c2', dimension: 'ordering', assumed: 'ordered', actual: '', notes: '', verdict: 'suspect' }] },
      'store-process': { clauses: [] },
      'process-model': { clauses: [] },
      'model-serve': { clauses: [] },
      orchestration: { clauses: [] },
    },
  },
};

describe('workspace documents', () => {
  it('round-trip every preset unchanged', () => {
    let n = 0;
    for (const p of PRESETS) {
      const ws = presetWorkspace(p, () => `id-${++n}`, T0);
      const back = fromDocument(toDocument(ws));
      expect(back).toEqual({ ok: true, value: ws });
    }
  });

  it('migrate a version 1 document to the latest version', () => {
    expect(LATEST_VERSION).toBe(2);
    const r = fromDocument(JSON.stringify(v1));
    if (!r.ok) throw new Error(describeLoadError(r.error));
    expect(r.value.notes).toBe('');
    expect(r.value.components.ingest).toEqual(['Kafka', 'Debezium']);
    expect(r.value.components.store).toEqual([]);
    expect(r.value.seams['generate-ingest'].clauses[0]).toEqual({
      id: 'c1',
      dimension: 'assumptions',
      subject: '',
      assumed: 'UTC',
      actual: 'local time',
      evidence: 'seen in logs',
      verdict: null,
    });
    expect(r.value.seams['ingest-store'].clauses[0]?.verdict).toBe('suspect');
  });

  it('reject what is not JSON, not ours, or from the future, saying why', () => {
    const notJson = fromDocument('{"type":');
    expect(notJson.ok || notJson.error.kind).toBe('notJson');
    const other = fromDocument(JSON.stringify({ type: 'excalidraw', version: 2 }));
    expect(other.ok || describeLoadError(other.error)).toContain('"excalidraw"');
    const future = fromDocument(JSON.stringify({ ...v1, version: 99 }));
    expect(future.ok || describeLoadError(future.error)).toContain('newer version');
    expect(fromDocument('[1,2]').ok).toBe(false);
  });

  it('point at the field that is wrong', () => {
    const ws = blankWorkspace('w', 'W', T0);
    const doc = JSON.parse(toDocument(ws)) as { workspace: { seams: Record<string, { clauses: unknown[] }> } };
    doc.workspace.seams['ingest-store']!.clauses.push({ id: 'x', dimension: 'ordering', subject: '', assumed: '', actual: '', evidence: '', verdict: 'shaky' });
    const r = fromDocument(JSON.stringify(doc));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(describeLoadError(r.error)).toContain('workspace.seams.ingest-store.clauses.0.verdict');
  });
});

describe('component schedules in saved documents', () => {
  const withPipeline = (schedule: unknown) => ({
    type: 'pipeline-seams/workspace',
    version: LATEST_VERSION,
    workspace: {
      ...blankWorkspace('w', 'Scheduled', T0),
      pipeline: {
        format: 'airflow',
        components: [{ id: 'd', name: 'orders_daily', placement: 'orchestrate', confidence: 1, uncertain: false, reason: 'set by you', schedule }],
        edges: [],
      },
    },
  });

  it('round-trip a schedule on an imported component', () => {
    const doc = withPipeline('0 3 * * *');
    const back = fromDocument(JSON.stringify(doc));
    expect(back.ok && back.value.pipeline?.components[0]?.schedule).toBe('0 3 * * *');
    if (back.ok) expect(fromDocument(toDocument(back.value))).toEqual(back);
  });

  it('still read documents saved before schedules existed', () => {
    const { schedule: _none, ...component } = withPipeline(undefined).workspace.pipeline.components[0]!;
    const doc = withPipeline(undefined);
    const old = { ...doc, workspace: { ...doc.workspace, pipeline: { ...doc.workspace.pipeline, components: [component] } } };
    const back = fromDocument(JSON.stringify(old));
    expect(back.ok).toBe(true);
    expect(back.ok && back.value.pipeline?.components[0]).toEqual(component);
  });

  it('refuse a schedule that is not text, naming where it is', () => {
    const back = fromDocument(JSON.stringify(withPipeline(3)));
    expect(back.ok).toBe(false);
    if (!back.ok) expect(describeLoadError(back.error)).toContain('workspace.pipeline.components.0.schedule');
  });
});
