import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { blankWorkspace, type Workspace } from '../../domain/workspace';
import { setNotes } from '../../domain/contractEdits';
import { Library, type LibraryListener } from './library';
import { channelHub } from './tabChannel';
import { memoryLog } from './updateLog';

const NOW = '2026-12-03T10:00:00.000Z';
const quiet: LibraryListener = { changed: () => {}, listChanged: () => {}, status: () => {}, history: () => {} };
const noTimers = { setInterval: (() => 0) as unknown as typeof setInterval, clearInterval: () => {} };

function readOk(lib: Library, id: string): Workspace {
  const r = lib.read(id);
  if (r.kind !== 'ok') throw new Error(`workspace ${id} is ${r.kind}`);
  return r.workspace;
}

async function settle(...libs: Library[]): Promise<void> {
  for (let i = 0; i < 3; i++) await Promise.all(libs.map((l) => l.settled()));
}

describe('the library of shared documents', () => {
  it('opens what an earlier session wrote, whole', async () => {
    const log = memoryLog();
    const first = await Library.open(log, null, quiet, { timers: noTimers });
    const ws = blankWorkspace('w1', 'Checkout outage', NOW);
    first.create(ws);
    first.write('w1', ws, setNotes(ws, 'Orders doubled at 09:10.', NOW));
    await settle(first);
    const again = await Library.open(log, null, quiet, { timers: noTimers });
    expect(again.liveIds()).toEqual(['w1']);
    expect(readOk(again, 'w1').notes).toBe('Orders doubled at 09:10.');
  });

  it('a second tab sees a workspace made in the first, and an edit in either reaches the other', async () => {
    const log = memoryLog();
    const hub = channelHub();
    const a = await Library.open(log, hub(), quiet, { timers: noTimers, tabId: 'a' });
    const ws = blankWorkspace('w1', 'Shared', NOW);
    a.create(ws);
    const changed: string[] = [];
    const b = await Library.open(log, hub(), { ...quiet, changed: (id) => changed.push(id) }, { timers: noTimers, tabId: 'b' });
    a.write('w1', ws, setNotes(ws, 'from a', NOW));
    await settle(a, b);
    expect(readOk(b, 'w1').notes).toBe('from a');
    expect(changed).toContain('w1');
  });

  it('an edit that did not fit is stored whole once space is free, so nothing before it is missing', async () => {
    const log = memoryLog();
    const lib = await Library.open(log, null, quiet, { timers: noTimers });
    const ws = blankWorkspace('w1', 'x', NOW);
    lib.create(ws);
    await settle(lib);
    log.failWith = 'full';
    const typed = setNotes(ws, 'typed while full', NOW);
    lib.write('w1', ws, typed);
    await settle(lib);
    expect(lib.failure()).toBe('full');
    log.failWith = null;
    await lib.retry();
    expect(lib.failure()).toBeNull();
    const reopened = await Library.open(log, null, quiet, { timers: noTimers });
    expect(readOk(reopened, 'w1').notes).toBe('typed while full');
  });

  it('folding a log keeps records another tab wrote that this tab has not merged', async () => {
    const log = memoryLog();
    const a = await Library.open(log, null, quiet, { timers: noTimers });
    const ws = blankWorkspace('w1', 'x', NOW);
    a.create(ws);
    await settle(a);
    // Another tab, not connected to this one, writes to the same log.
    const b = await Library.open(log, null, quiet, { timers: noTimers });
    b.write('w1', ws, setNotes(ws, 'from b', NOW));
    await settle(b);
    a.write('w1', ws, { ...ws, name: 'renamed in a' });
    await a.settled();
    await Library.open(log, null, quiet, { timers: noTimers }).then((c) => c.settled());
    const last = await Library.open(log, null, quiet, { timers: noTimers });
    expect(readOk(last, 'w1')).toMatchObject({ notes: 'from b', name: 'renamed in a' });
  });

  it('a deleted workspace stays deleted when another tab edits it afterwards', async () => {
    const log = memoryLog();
    const hub = channelHub();
    const a = await Library.open(log, hub(), quiet, { timers: noTimers, tabId: 'a' });
    const ws = blankWorkspace('w1', 'Doomed', NOW);
    a.create(ws);
    const b = await Library.open(log, hub(), quiet, { timers: noTimers, tabId: 'b' });
    await settle(a, b);
    a.remove('w1');
    b.write('w1', ws, setNotes(ws, 'late edit', NOW));
    await settle(a, b);
    expect(b.liveIds()).toEqual([]);
    const reopened = await Library.open(log, null, quiet, { timers: noTimers });
    expect(reopened.liveIds()).toEqual([]);
  });

  it('leaves a document made by a newer version exactly as it is', async () => {
    const log = memoryLog();
    const lib = await Library.open(log, null, quiet, { timers: noTimers });
    lib.create(blankWorkspace('w1', 'x', NOW));
    await settle(lib);
    const future = new Y.Doc();
    Y.applyUpdate(future, Y.mergeUpdates(log.records.filter((r) => r.doc === 'ws:w1').map((r) => r.update)));
    future.getMap('meta').set('version', 99);
    await log.append('ws:w1', Y.encodeStateAsUpdate(future));
    const before = log.records.length;
    const reopened = await Library.open(log, null, quiet, { timers: noTimers });
    expect(reopened.read('w1')).toEqual({ kind: 'newer', version: 99 });
    await settle(reopened);
    expect(log.records.filter((r) => r.doc === 'ws:w1').length).toBeLessThanOrEqual(before);
    expect(JSON.parse(reopened.snapshot('w1') ?? '{}')).toMatchObject({ version: 99 });
  });

  it('a workspace deleted and brought back is stored again, whole', async () => {
    const log = memoryLog();
    const lib = await Library.open(log, null, quiet, { timers: noTimers });
    const ws = setNotes(blankWorkspace('w1', 'Second', NOW), 'kept', NOW);
    lib.create(ws);
    await settle(lib);
    lib.remove('w1');
    await settle(lib);
    lib.create(ws);
    await settle(lib);
    const reopened = await Library.open(log, null, quiet, { timers: noTimers });
    expect(reopened.liveIds()).toEqual(['w1']);
    expect(readOk(reopened, 'w1').notes).toBe('kept');
  });
});
