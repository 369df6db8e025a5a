import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PRESETS, presetById, presetWorkspace } from '../../domain/presets';
import { SEAM_IDS } from '../../domain/seams';
import { blankWorkspace, type Workspace } from '../../domain/workspace';
import { newId } from '../../lib/ids';
import { fromOdcs, odcsFileName, odcsFiles, toOdcs, toOdcsYaml, validateOdcs } from './index';

const NOW = '2025-01-15T10:00:00.000Z';

function preset(id: string): Workspace {
  const p = presetById(id);
  if (!p) throw new Error(`no preset ${id}`);
  return presetWorkspace(p, newId, NOW);
}

describe('toOdcs', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))('exports every seam of preset %s as a schema-valid contract', (_id, p) => {
    const ws = presetWorkspace(p, newId, NOW);
    for (const seam of SEAM_IDS) {
      const contract = toOdcs(ws, seam);
      expect(validateOdcs(contract), `${p.id} ${seam}`).toEqual({ ok: true });
      // What a reader gets from the YAML text must be just as valid, and give back the same clauses.
      const text = toOdcsYaml(ws, seam);
      expect(validateOdcs(parse(text)), `${p.id} ${seam} as YAML`).toEqual({ ok: true });
      // YAML 1.1 readers (PyYAML and the tools built on it) must see the same strings, not dates.
      expect(parse(text, { schema: 'yaml-1.1' }), `${p.id} ${seam} as YAML 1.1`).toEqual(contract);
      const back = fromOdcs(text);
      expect(back.ok && back.value.clauses).toEqual(ws.seams[seam].clauses);
      expect(back.ok && back.value.seam).toBe(seam);
    }
  });

  it('names the contract after the workspace and seam, with an id that is stable across exports', () => {
    const ws = { ...preset('ack-before-commit'), id: 'ws-42', name: 'Payments incident' };
    const c = toOdcs(ws, 'ingest-store');
    expect(c).toMatchObject({
      apiVersion: 'v3.1.0',
      kind: 'DataContract',
      id: 'ws-42.ingest-store',
      version: '1.0.0',
      status: 'draft',
      name: 'Payments incident: Ingest → Store',
      contractCreatedTs: NOW,
    });
    expect(c.description?.usage).toContain('ingestor → storage');
    expect(toOdcs(ws, 'ingest-store').id).toBe(c.id);
    expect(c.customProperties).toEqual(
      expect.arrayContaining([
        { property: 'seamId', value: 'ingest-store' },
        { property: 'workspaceName', value: 'Payments incident' },
        expect.objectContaining({ property: 'seamVerdict', value: 'broken' }),
      ]),
    );
  });

  it('puts column subjects on schema properties and concepts on the handoff, with actual and verdict beside each rule', () => {
    const c = toOdcs(preset('unstated-source-assumptions'), 'generate-ingest');
    const handoff = c.schema?.[0];
    expect(handoff?.name).toBe('generate-ingest');
    expect(handoff?.properties?.map((p) => p.name)).toEqual(['event_id']);
    const eventId = handoff?.properties?.[0];
    expect(eventId?.description).toBe('globally unique');
    expect(eventId?.quality?.[0]).toMatchObject({
      type: 'text',
      description: 'globally unique',
      customProperties: [
        { property: 'seamDimension', value: 'assumptions' },
        { property: 'actual', value: 'not globally unique' },
        { property: 'verdict', value: 'broken' },
      ],
    });
    expect(handoff?.quality?.map((q) => q.name)).toEqual(['timestamp', 'currency', 'schema']);
  });

  it('turns freshness and timing clauses into SLA properties, with the number they state', () => {
    const fresh = toOdcs(preset('unwritten-freshness-sla'), 'model-serve');
    expect(fresh.slaProperties).toEqual([
      expect.objectContaining({ property: 'latency', value: 4, unit: 'h', description: 'dashboard (batch): data up to 4 hours old is fine' }),
      expect.objectContaining({ property: 'latency', value: 'data is minutes old' }),
      expect.objectContaining({ property: 'latency', value: 'a written freshness SLA' }),
    ]);
    expect(fresh.schema?.[0]?.quality).toBeUndefined();

    const timing = toOdcs(preset('undeclared-dependency'), 'orchestration');
    expect(timing.slaProperties).toEqual([expect.objectContaining({ property: 'timeOfAvailability', value: '03:00 UTC' })]);
    expect(timing.schema?.[0]?.quality?.map((q) => q.name)).toEqual(['load_raw ← upstream']);
  });

  it('marks a contract active only when every clause holds', () => {
    const ws = blankWorkspace('ws', 'W', NOW);
    expect(toOdcs(ws, 'store-process').status).toBe('draft');
    const clause = { id: 'c1', dimension: 'layout', subject: 'x', assumed: 'a', actual: 'a', evidence: '', verdict: null };
    const holding = { ...ws, seams: { ...ws.seams, 'store-process': { clauses: [clause] } } };
    expect(toOdcs(holding, 'store-process').status).toBe('active');
  });

  it('leaves out ids ODCS would reject and a creation time that is not a date-time', () => {
    const ws = { ...blankWorkspace('ws', 'W', 'yesterday'), seams: { ...blankWorkspace('ws', 'W', NOW).seams } };
    const clause = { id: 'has space', dimension: 'layout', subject: 'x', assumed: 'a', actual: '', evidence: '', verdict: null };
    const c = toOdcs({ ...ws, seams: { ...ws.seams, 'store-process': { clauses: [clause, { ...clause, id: 'ok-id' }, { ...clause, id: 'ok-id' }] } } }, 'store-process');
    expect(c.contractCreatedTs).toBeUndefined();
    expect(c.schema?.[0]?.quality?.map((q) => q.id)).toEqual([undefined, 'ok-id', undefined]);
    expect(validateOdcs(c)).toEqual({ ok: true });
  });
});

describe('odcsFileName', () => {
  it('slugifies the workspace name and names the seam', () => {
    expect(odcsFileName('Payments incident', 'ingest-store')).toBe('payments-incident.ingest-store.odcs.yaml');
    expect(odcsFileName('  Café / Zürich: run #4 ', 'orchestration')).toBe('cafe-zurich-run-4.orchestration.odcs.yaml');
    expect(odcsFileName('../../etc', 'model-serve')).toBe('etc.model-serve.odcs.yaml');
    expect(odcsFileName('🚀', 'model-serve')).toBe('pipeline.model-serve.odcs.yaml');
  });

  it('gives one file per seam, in graph order', () => {
    const files = odcsFiles({ ...preset('partition-mismatch'), name: 'Partition mismatch' });
    expect(files.map((f) => f.fileName)).toEqual(SEAM_IDS.map((s) => `partition-mismatch.${s}.odcs.yaml`));
    expect(files[2]?.text).toMatch(/^# Open Data Contract Standard/);
  });
});
