import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PipelineGraph } from '../domain/pipeline';
import { memoryStore } from '../persistence/memoryStore';
import { memoryLog } from '../persistence/yjs/updateLog';
import { createAppStore } from './appStore';
import { bindLibrary } from './libraryBinding';
import { pipelineEdits } from './pipelineEdits';
import { selectActive } from './selectors';

const noTimers = { setInterval: (() => 0) as unknown as typeof setInterval, clearInterval: () => {} };
const tab = async (log = memoryLog()) => {
  const store = createAppStore();
  const lib = await bindLibrary(store, log, memoryStore(), { channel: null, timers: noTimers });
  return { store, lib, log };
};
const comp = (id: string, name: string, placement: PipelineGraph['components'][number]['placement']) => ({ id, name, placement, confidence: 0.9, uncertain: false, reason: 'matched' });

/** A wrong import: Spark is really Flink, S3 raw is S3, the dashboard feeds Kafka the wrong way round. */
const WRONG: PipelineGraph = {
  format: 'arrows',
  components: [comp('app', 'Mobile app', 'generate'), comp('kafka', 'Kafka', 'ingest'), comp('s3', 'S3', 'store'), comp('s3-raw', 'S3 raw', 'store'), comp('spark', 'Spark', 'process'), comp('looker', 'Looker', 'serve')],
  edges: [
    { from: 'app', to: 'kafka' },
    { from: 'kafka', to: 's3-raw' },
    { from: 's3', to: 'spark' },
    { from: 'looker', to: 'spark' },
    { from: 'app', to: 'looker' },
  ],
};

describe('hand edits through the store', () => {
  it('each is one undo step, even in quick succession, and all of them undo back to the import', async () => {
    const { store } = await tab();
    const s = () => store.getState();
    s().importPipeline(WRONG, 'Orders');
    expect(pipelineEdits(store).renameComponent('spark', 'Flink')).toBeNull();
    expect(pipelineEdits(store).reverseEdge({ from: 'looker', to: 'spark' })).toBeNull();
    expect(pipelineEdits(store).deleteEdge({ from: 'app', to: 'looker' })).toBeNull();
    expect(pipelineEdits(store).addEdge({ from: 'spark', to: 'looker' })).toEqual({ kind: 'edgeExists', from: 'spark', to: 'looker' });
    expect(pipelineEdits(store).addEdge({ from: 's3', to: 'looker' })).toBeNull();
    expect(pipelineEdits(store).mergeComponents('s3-raw', 's3')).toBeNull();
    const fixed = selectActive(s()).pipeline;
    expect(fixed?.components.map((c) => c.name)).toEqual(['Mobile app', 'Kafka', 'S3', 'Flink', 'Looker']);
    expect(fixed?.edges).toEqual([{ from: 'app', to: 'kafka' }, { from: 'kafka', to: 's3' }, { from: 's3', to: 'spark' }, { from: 'spark', to: 'looker' }, { from: 's3', to: 'looker' }]);
    expect(s().selectedComponent).toBe('s3');
    expect(s().graphNotice?.text).toBe('Merged “S3 raw” into “S3”. Ctrl+Z undoes it.');

    const undone: (readonly string[])[] = [];
    for (let i = 0; i < 5; i++) {
      s().undo();
      undone.push(selectActive(s()).pipeline?.components.map((c) => c.name) ?? []);
    }
    expect(undone[0]).toContain('S3 raw');
    expect(undone[4]).toContain('Spark');
    expect(selectActive(s()).pipeline).toEqual(WRONG);
    for (let i = 0; i < 5; i++) s().redo();
    expect(selectActive(s()).pipeline).toEqual(fixed);
  });

  it('deleting a component unselects it and says how many edges went with it', async () => {
    const { store } = await tab();
    store.getState().importPipeline(WRONG, 'Orders');
    store.getState().selectComponent('app');
    expect(pipelineEdits(store).deleteComponent('app')).toBeNull();
    expect(store.getState().selectedComponent).toBeNull();
    expect(store.getState().graphNotice?.text).toBe('Deleted “Mobile app” and its 2 edges. Ctrl+Z brings it back.');
  });

  it('a component added by hand is saved: it is there after a reload', async () => {
    const first = await tab();
    first.store.getState().importPipeline(WRONG, 'Orders');
    const added = pipelineEdits(first.store).addComponent('Kafka Connect', 'ingest');
    expect(added).toEqual({ ok: true, id: 'kafka-connect' });
    await first.lib.settled();
    const again = await tab(first.log);
    const c = selectActive(again.store.getState()).pipeline?.components.find((x) => x.id === 'kafka-connect');
    expect(c).toMatchObject({ name: 'Kafka Connect', placement: 'ingest', confirmed: true });
  });

  it('an import into a workspace of typed names keeps them, confirmed, merges by name, and is undone in one step', async () => {
    const { store } = await tab();
    const s = () => store.getState();
    s().setComponents('ingest', 'Kafka, Kafka Connect');
    const before = selectActive(s());
    pipelineEdits(store).importIntoActive(WRONG);
    const ws = selectActive(s());
    expect(ws.id).toBe(before.id);
    expect(ws.pipeline?.components.filter((c) => c.name.startsWith('Kafka')).map((c) => [c.name, c.confirmed])).toEqual([['Kafka', true], ['Kafka Connect', true]]);
    expect(ws.pipeline?.components).toHaveLength(7);
    expect(ws.components.ingest).toEqual(['Kafka', 'Kafka Connect']);
    expect(s().flash?.message).toBe('Added to “Untitled pipeline”: 5 new components, 1 matched by name, 5 new edges. Ctrl+Z undoes it.');
    s().undo();
    expect(selectActive(s()).pipeline).toBeUndefined();
    expect(selectActive(s()).components.ingest).toEqual(['Kafka', 'Kafka Connect']);
  });

  it('any merge, then undo, gives back exactly the pipeline before it', async () => {
    const { store } = await tab();
    store.getState().importPipeline(WRONG, 'Orders');
    const ids = WRONG.components.map((c) => c.id);
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.constantFrom(...ids), (from, into) => {
        const before = selectActive(store.getState()).pipeline;
        const error = pipelineEdits(store).mergeComponents(from, into);
        if (error) {
          expect(from).toBe(into);
          return;
        }
        store.getState().undo();
        expect(selectActive(store.getState()).pipeline).toEqual(before);
      }),
      { numRuns: 30 },
    );
  });
});
