import { describe, expect, it } from 'vitest';
import { blankWorkspace, type Workspace } from '../../domain/workspace';
import { Library, type LibraryListener } from './library';
import { channelHub } from './tabChannel';
import { memoryLog } from './updateLog';
import { CREATE_BLOCK } from './workspaceDoc';

const NOW = '2026-12-03T10:00:00.000Z';
const quiet: LibraryListener = { changed: () => {}, listChanged: () => {}, status: () => {}, history: () => {} };
const noTimers = { setInterval: (() => 0) as unknown as typeof setInterval, clearInterval: () => {} };

/** Deferred steps run only when the test says so, as the page's next tasks would. */
function manualTasks() {
  const queue: (() => void)[] = [];
  return { defer: (step: () => void) => void queue.push(step), runOne: () => queue.shift()?.(), runAll: () => { while (queue.length) queue.shift()?.(); }, get size() { return queue.length; } };
}

function bigImport(id: string, n: number): Workspace {
  const components = Array.from({ length: n }, (_, i) => ({ id: `c${i}`, name: `C ${i}`, placement: 'store' as const, confidence: 0.5, uncertain: true, reason: 'test' }));
  const edges = components.slice(1).map((c, i) => ({ from: `c${i}`, to: c.id }));
  return { ...blankWorkspace(id, 'Big import', NOW), pipeline: { format: 'arrows', components, edges } };
}

function pipelineOf(lib: Library, id: string) {
  const r = lib.read(id);
  if (r.kind !== 'ok') throw new Error(`workspace ${id} is ${r.kind}`);
  return r.workspace.pipeline;
}

describe('a big workspace is written a block per task', () => {
  const n = CREATE_BLOCK * 2 + 123;

  it('holds its first block at once and the whole pipeline after the following tasks', async () => {
    const tasks = manualTasks();
    const log = memoryLog();
    const lib = await Library.open(log, null, quiet, { timers: noTimers, defer: tasks.defer });
    const ws = bigImport('w1', n);
    lib.create(ws);
    expect(pipelineOf(lib, 'w1')?.components).toHaveLength(CREATE_BLOCK);
    tasks.runOne();
    expect(pipelineOf(lib, 'w1')?.components).toHaveLength(CREATE_BLOCK * 2);
    tasks.runAll();
    expect(pipelineOf(lib, 'w1')).toEqual(ws.pipeline);
    await lib.settled();
    const reopened = await Library.open(log, null, quiet, { timers: noTimers });
    expect(pipelineOf(reopened, 'w1')).toEqual(ws.pipeline);
  });

  it('an edit before the blocks are written finishes them first: nothing missing, nothing twice', async () => {
    const tasks = manualTasks();
    const lib = await Library.open(memoryLog(), null, quiet, { timers: noTimers, defer: tasks.defer });
    const ws = bigImport('w1', n);
    lib.create(ws);
    const pipeline = ws.pipeline!;
    const last = pipeline.components.length - 1;
    const edited: Workspace = { ...ws, pipeline: { ...pipeline, components: pipeline.components.map((c, i) => (i === last ? { ...c, placement: 'ingest', uncertain: false } : c)) } };
    lib.write('w1', ws, edited);
    tasks.runAll();
    expect(pipelineOf(lib, 'w1')).toEqual(edited.pipeline);
  });

  it('another tab receives every block', async () => {
    const tasks = manualTasks();
    const hub = channelHub();
    const a = await Library.open(memoryLog(), hub(), quiet, { timers: noTimers, tabId: 'a', defer: tasks.defer });
    const b = await Library.open(memoryLog(), hub(), quiet, { timers: noTimers, tabId: 'b' });
    const ws = bigImport('w1', n);
    a.create(ws);
    tasks.runAll();
    await Promise.all([a.settled(), b.settled()]);
    expect(pipelineOf(b, 'w1')).toEqual(ws.pipeline);
  });

  it('a small workspace is written in one go', async () => {
    const tasks = manualTasks();
    const lib = await Library.open(memoryLog(), null, quiet, { timers: noTimers, defer: tasks.defer });
    const ws = bigImport('w1', 10);
    lib.create(ws);
    expect(tasks.size).toBe(0);
    expect(pipelineOf(lib, 'w1')).toEqual(ws.pipeline);
  });
});

describe('reading a big workspace back', () => {
  it('gives the page turns while its records are read', async () => {
    const log = memoryLog();
    const first = await Library.open(log, null, quiet, { timers: noTimers });
    const ws = bigImport('w1', CREATE_BLOCK * 4);
    first.create(ws);
    await first.settled();
    let turns = 0;
    const counting = (step: () => void) => {
      turns++;
      setTimeout(step, 0);
    };
    const again = await Library.open(log, null, quiet, { timers: noTimers, defer: counting });
    expect(turns).toBeGreaterThanOrEqual(2);
    expect(pipelineOf(again, 'w1')).toEqual(ws.pipeline);
  });
});
