import { describe, expect, it } from 'vitest';
import { deriveHandoffs, placeComponent, seamOfEdge, seamsBetween, type PipelineGraph } from './pipeline';

const c = (id: string, placement: PipelineGraph['components'][number]['placement']) => ({ id, name: id, placement, confidence: 0.9, uncertain: false, reason: '' });

const GRAPH: PipelineGraph = {
  format: 'arrows',
  components: [c('kafka', 'ingest'), c('s3', 'store'), c('spark', 'process'), c('flink', 'process'), c('looker', 'serve'), c('airflow', 'orchestrate'), c('datadog', 'none')],
  edges: [
    { from: 'kafka', to: 's3' },
    { from: 'kafka', to: 'spark' },
    { from: 'spark', to: 'flink' },
    { from: 'looker', to: 'kafka' },
    { from: 'airflow', to: 'spark', control: true },
    { from: 'spark', to: 'datadog' },
  ],
};

describe('handoffs of an imported pipeline', () => {
  const handoffs = deriveHandoffs(GRAPH);
  const find = (from: string, to: string) => handoffs.find((h) => h.from === from && h.to === to);

  it('types each edge by its stage pair, one seam per pair', () => {
    expect(find('ingest', 'store')).toMatchObject({ kind: 'handoff', seams: ['ingest-store'], edges: [['kafka', 's3']] });
  });
  it('names every handoff a skipping edge passes over', () => {
    expect(find('ingest', 'process')).toMatchObject({ kind: 'skip', seams: ['ingest-store', 'store-process'] });
  });
  it('keeps edges within a stage, running backwards, to the orchestrator and outside the stages', () => {
    expect(find('process', 'process')?.kind).toBe('within');
    expect(find('serve', 'ingest')?.kind).toBe('backward');
    expect(find('orchestrate', 'process')).toMatchObject({ kind: 'control', seams: ['orchestration'] });
    expect(find('process', 'none')?.kind).toBe('outside');
    expect(handoffs.reduce((n, h) => n + h.edges.length, 0)).toBe(GRAPH.edges.length);
  });
  it('opens the first handoff a skip makes', () => {
    expect(seamOfEdge('ingest', 'model', false)).toBe('ingest-store');
    expect(seamsBetween('generate', 'serve')).toHaveLength(5);
    expect(seamOfEdge('serve', 'ingest', false)).toBeNull();
  });
  it('re-types the seams when a component moves, and trusts the user', () => {
    const moved = placeComponent(GRAPH, 's3', 'process');
    expect(moved.components.find((x) => x.id === 's3')).toMatchObject({ placement: 'process', confidence: 1, uncertain: false });
    expect(deriveHandoffs(moved).find((h) => h.from === 'ingest' && h.to === 'process')?.edges).toContainEqual(['kafka', 's3']);
  });
});
