import { describe, expect, it } from 'vitest';
import { addComponent, addEdge, deleteComponent, deleteEdge, describeGraphEditError, renameComponent, reverseEdge, type GraphEdit } from './graphEdits';
import { graphFromTyped, mergeComponents, mergeGraphs } from './graphMerge';
import { confirmComponent, isConfirmed, placeComponent, type PipelineComponent, type PipelineGraph } from './pipeline';
import { emptyComponents } from './workspace';

const c = (id: string, name: string, placement: PipelineComponent['placement'], confidence = 0.9): PipelineComponent => ({ id, name, placement, confidence, uncertain: confidence < 0.75, reason: 'matched' });

const GRAPH: PipelineGraph = {
  format: 'arrows',
  components: [c('app', 'Mobile app', 'generate'), c('kafka', 'Kafka', 'ingest'), c('s3', 'S3', 'store'), c('s3-raw', 'S3 raw', 'store', 0.6), c('spark', 'Spark', 'process')],
  edges: [
    { from: 'app', to: 'kafka' },
    { from: 'kafka', to: 's3' },
    { from: 'kafka', to: 's3-raw' },
    { from: 's3-raw', to: 's3' },
    { from: 's3-raw', to: 'spark' },
    { from: 'spark', to: 'kafka' },
  ],
};

function ok(r: GraphEdit): PipelineGraph {
  if (!r.ok) throw new Error(describeGraphEditError(r.error));
  return r.graph;
}

describe('correcting an imported pipeline by hand', () => {
  it('renames a component and keeps its id, so its edges still reach it', () => {
    const g = ok(renameComponent(GRAPH, 'spark', '  Flink  '));
    expect(g.components.find((x) => x.id === 'spark')?.name).toBe('Flink');
    expect(g.edges).toBe(GRAPH.edges);
  });

  it('refuses an empty name, and a name another component has in any case', () => {
    expect(renameComponent(GRAPH, 'spark', '  ')).toEqual({ ok: false, error: { kind: 'emptyName' } });
    expect(renameComponent(GRAPH, 'spark', 'kafka')).toEqual({ ok: false, error: { kind: 'nameTaken', name: 'kafka' } });
    expect(ok(renameComponent(GRAPH, 'kafka', 'KAFKA')).components[1]?.name).toBe('KAFKA');
  });

  it('deletes a component with every edge to or from it', () => {
    const g = ok(deleteComponent(GRAPH, 'kafka'));
    expect(g.components.map((x) => x.id)).toEqual(['app', 's3', 's3-raw', 'spark']);
    expect(g.edges).toEqual([{ from: 's3-raw', to: 's3' }, { from: 's3-raw', to: 'spark' }]);
    expect(deleteComponent(GRAPH, 'nope')).toEqual({ ok: false, error: { kind: 'noComponent', id: 'nope' } });
  });

  it('adds a component to a stage as the user’s word: confirmed, with an id from its name', () => {
    const g = ok(addComponent(GRAPH, 'Kafka Connect', 'ingest'));
    const added = g.components.at(-1);
    expect(added).toMatchObject({ id: 'kafka-connect', name: 'Kafka Connect', placement: 'ingest', confirmed: true });
    expect(isConfirmed(added!)).toBe(true);
    expect(addComponent(g, ' kafka  CONNECT', 'ingest')).toEqual({ ok: false, error: { kind: 'nameTaken', name: 'kafka  CONNECT' } });
    expect(addComponent(g, ' ', 'ingest')).toEqual({ ok: false, error: { kind: 'emptyName' } });
    expect(addComponent(GRAPH, 'S3 ', 'store')).toEqual({ ok: false, error: { kind: 'nameTaken', name: 'S3' } });
    expect(ok(addComponent(GRAPH, 'S3!', 'store')).components.at(-1)?.id).toBe('s3-2');
  });

  it('adds, deletes and reverses edges, and says why when it cannot', () => {
    const added = ok(addEdge(GRAPH, { from: 'app', to: 's3' }));
    expect(added.edges.at(-1)).toEqual({ from: 'app', to: 's3' });
    expect(addEdge(GRAPH, { from: 'app', to: 'kafka' })).toEqual({ ok: false, error: { kind: 'edgeExists', from: 'app', to: 'kafka' } });
    expect(addEdge(GRAPH, { from: 'app', to: 'app' })).toEqual({ ok: false, error: { kind: 'sameComponent' } });
    expect(addEdge(GRAPH, { from: 'app', to: 'gone' })).toEqual({ ok: false, error: { kind: 'noComponent', id: 'gone' } });
    expect(ok(deleteEdge(GRAPH, { from: 'spark', to: 'kafka' })).edges).toHaveLength(5);
    expect(deleteEdge(GRAPH, { from: 'kafka', to: 'spark' }).ok).toBe(false);
    const reversed = ok(reverseEdge(GRAPH, { from: 'spark', to: 'kafka' }));
    expect(reversed.edges[5]).toEqual({ from: 'kafka', to: 'spark' });
    // Turning s3-raw → s3 round would repeat nothing; turning kafka → s3 round is fine; a pair both ways is refused.
    const both = ok(addEdge(GRAPH, { from: 's3', to: 'kafka' }));
    expect(reverseEdge(both, { from: 's3', to: 'kafka' })).toEqual({ ok: false, error: { kind: 'edgeExists', from: 'kafka', to: 's3' } });
  });

  it('says each refusal in words, naming the components', () => {
    const name = (id: string) => GRAPH.components.find((x) => x.id === id)?.name ?? id;
    expect(describeGraphEditError({ kind: 'edgeExists', from: 'app', to: 'kafka' }, name)).toBe('Mobile app → Kafka is already there.');
    expect(describeGraphEditError({ kind: 'nameTaken', name: 'S3' })).toContain('“S3”');
  });
});

describe('merging two components', () => {
  it('moves the edges over, dropping the self-loop and the repeat it would make', () => {
    const g = ok(mergeComponents(GRAPH, 's3-raw', 's3'));
    expect(g.components.map((x) => x.id)).toEqual(['app', 'kafka', 's3', 'spark']);
    // kafka → s3-raw repeats kafka → s3; s3-raw → s3 would be s3 → s3.
    expect(g.edges).toEqual([
      { from: 'app', to: 'kafka' },
      { from: 'kafka', to: 's3' },
      { from: 's3', to: 'spark' },
      { from: 'spark', to: 'kafka' },
    ]);
  });

  it('keeps the name and stage of the component merged into, and the other name in its reason', () => {
    const kept = ok(mergeComponents(GRAPH, 's3-raw', 's3')).components.find((x) => x.id === 's3');
    expect(kept).toMatchObject({ name: 'S3', placement: 'store', confidence: 0.9 });
    expect(kept?.reason).toContain('“S3 raw”');
  });

  it('refuses to merge a component into itself or into one that is gone', () => {
    expect(mergeComponents(GRAPH, 's3', 's3')).toEqual({ ok: false, error: { kind: 'sameComponent' } });
    expect(mergeComponents(GRAPH, 's3', 'gone').ok).toBe(false);
  });
});

describe('importing into an open workspace', () => {
  const incoming: PipelineGraph = {
    format: 'mermaid',
    components: [c('k', 'kafka ', 'process', 0.5), c('s3', 'Glue', 'process'), c('looker', 'Looker', 'serve')],
    edges: [{ from: 'k', to: 's3' }, { from: 's3', to: 'looker' }, { from: 'k', to: 'k' }],
  };

  it('merges components by name, adds the rest under free ids, and unions the edges', () => {
    const r = mergeGraphs(confirmComponent(GRAPH, 'kafka'), incoming);
    expect(r).toMatchObject({ matched: 1, added: 2, edgesAdded: 2 });
    const kafka = r.graph.components.find((x) => x.id === 'kafka');
    // The workspace's own component keeps its stage and the user's confirmation.
    expect(kafka).toMatchObject({ placement: 'ingest', confirmed: true });
    // "s3" is taken by the workspace's S3, so the imported Glue gets another id.
    expect(r.graph.components.slice(-2).map((x) => [x.id, x.name])).toEqual([['glue', 'Glue'], ['looker', 'Looker']]);
    expect(r.graph.edges.slice(-2)).toEqual([{ from: 'kafka', to: 'glue' }, { from: 'glue', to: 'looker' }]);
  });

  it('adds nothing twice when the same pipeline is imported again', () => {
    const once = mergeGraphs(GRAPH, incoming).graph;
    const twice = mergeGraphs(once, incoming);
    expect(twice).toMatchObject({ matched: 3, added: 0, edgesAdded: 0 });
    expect(twice.graph).toEqual(once);
  });

  it('turns typed component names into confirmed components a paste can join', () => {
    const typed = { ...emptyComponents(), ingest: ['Kafka', ' kafka'], store: ['S3'] };
    const g = graphFromTyped(typed, 'typed');
    expect(g.components.map((x) => [x.id, x.placement, x.confirmed])).toEqual([['kafka', 'ingest', true], ['s3', 'store', true]]);
  });
});

describe('what counts as confirmed', () => {
  it('is a person’s word, not a sure guess', () => {
    const sure = c('x', 'X', 'ingest', 0.95);
    expect(isConfirmed(sure)).toBe(false);
    const g = { ...GRAPH, components: [sure] };
    expect(isConfirmed(confirmComponent(g, 'x').components[0]!)).toBe(true);
    expect(isConfirmed(placeComponent(g, 'x', 'store').components[0]!)).toBe(true);
    // Saved before `confirmed` existed: the user's choice shows in its reason.
    expect(isConfirmed({ ...sure, reason: 'set by you' })).toBe(true);
  });
});
