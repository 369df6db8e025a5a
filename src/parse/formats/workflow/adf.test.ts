import { describe, expect, it } from 'vitest';
import { importPipeline } from '../../importPipeline';
import { edgePairs, expectWellFormed, fixture } from '../../../test/parseFormats';
import { workflowParser } from '../workflow';
import { FORMATS } from '..';

const text = fixture('workflow-adf.json');

function stages(t: string): Record<string, string> {
  const r = importPipeline(t);
  if (!r.ok) throw new Error(r.error.kind);
  expect(r.value.format).toBe('workflow');
  return Object.fromEntries(r.value.graph.components.map((c) => [c.name, c.placement]));
}

describe('Data Factory pipelines', () => {
  it('is recognised in an ARM template and read as a workflow, not as JSON of another kind', () => {
    const best = [...FORMATS].sort((a, b) => b.detect(text) - a.detect(text))[0];
    expect(best?.id).toBe('workflow');
  });

  it('places each activity by its type and each dataset by whether the pipeline writes it, the pipeline as the orchestrator', () => {
    expect(stages(text)).toEqual({
      pl_orders_nightly: 'orchestrate',
      CopyShopTableToLake: 'ingest',
      CleanOrders: 'process',
      CopyToSynapse: 'ingest',
      BuildSalesMart: 'model',
      ShopSqlServerTable: 'generate',
      LakeRawOrders: 'store',
      LakeCleanOrders: 'store',
      SynapseOrders: 'store',
    });
  });

  it('draws data from dataset to activity to dataset, runs activities in their dependsOn order through a ForEach, and leaves a Lookup out with a note', () => {
    const r = workflowParser.parse(text);
    expectWellFormed(r);
    expect(edgePairs(r, false)).toEqual(
      expect.arrayContaining(['ShopSqlServerTable -> CopyShopTableToLake', 'CopyShopTableToLake -> LakeRawOrders', 'LakeRawOrders -> CleanOrders', 'CopyToSynapse -> SynapseOrders']),
    );
    expect(edgePairs(r)).toEqual(expect.arrayContaining(['CopyShopTableToLake -> CleanOrders', 'CleanOrders -> CopyToSynapse', 'CopyToSynapse -> BuildSalesMart']));
    expect(r.components.map((c) => c.name)).not.toContain('LookupLastWatermark');
    expect(r.warnings.map((w) => w.problem?.kind)).toContain('controlSteps');
  });

  it('reads a pipeline exported on its own, and names an activity that waits for one the pipeline lacks', () => {
    const own = JSON.stringify({ name: 'pl_events', properties: { activities: [
      { name: 'CopyEvents', type: 'Copy', inputs: [{ referenceName: 'EventHubStream' }], outputs: [{ referenceName: 'RawEvents' }], typeProperties: { source: { type: 'JsonSource' }, sink: { type: 'DelimitedTextSink' } } },
      { name: 'Aggregate', type: 'DatabricksNotebook', dependsOn: [{ activity: 'CopyEvnts', dependencyConditions: ['Succeeded'] }], typeProperties: { notebookPath: '/jobs/aggregate_daily_events' } },
    ] } }, null, 2);
    expect(stages(own)).toMatchObject({ pl_events: 'orchestrate', CopyEvents: 'ingest', Aggregate: 'model', EventHubStream: 'generate', RawEvents: 'store' });
    const r = workflowParser.parse(own);
    expect(r.warnings.find((w) => w.problem?.kind === 'unknownStep')?.problem).toMatchObject({ step: 'Aggregate', target: 'CopyEvnts' });
  });
});
