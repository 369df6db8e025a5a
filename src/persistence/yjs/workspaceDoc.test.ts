import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PRESETS } from '../../domain/presets';
import { presetWorkspace } from '../../domain/presets/open';
import { blankWorkspace, type Workspace } from '../../domain/workspace';
import { setNotes, updateClause, addClause, removeClause } from '../../domain/contractEdits';
import { emptyClause } from '../../domain/clause';
import { readChangedFields, readWorkspaceDoc, readWorkspaceDocInSteps, workspaceRoot, writeWorkspaceDoc } from './workspaceDoc';

let n = 0;
const id = () => `id-${++n}`;
const NOW = '2026-12-03T10:00:00.000Z';

function read(doc: Y.Doc): Workspace {
  const r = readWorkspaceDoc(doc);
  if (r.kind !== 'ok') throw new Error(`not readable: ${r.kind}`);
  return r.workspace;
}

/** Two replicas that exchange every update, as two tabs do. */
function pair(ws: Workspace): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  writeWorkspaceDoc(a, undefined, ws, 'a');
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return [a, b];
}

function exchange(a: Y.Doc, b: Y.Doc): void {
  const fromA = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const fromB = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, fromA);
  Y.applyUpdate(a, fromB);
}

describe('a workspace in a shared document', () => {
  it('reads back exactly what was written, for every worked example', () => {
    for (const preset of PRESETS) {
      const ws = presetWorkspace(preset, id, NOW);
      const doc = new Y.Doc();
      writeWorkspaceDoc(doc, undefined, ws, 'test');
      expect(read(doc)).toEqual(ws);
    }
  });

  it('writes nothing when nothing changed', () => {
    const ws = presetWorkspace(PRESETS[0]!, id, NOW);
    const doc = new Y.Doc();
    writeWorkspaceDoc(doc, undefined, ws, 'test');
    let updates = 0;
    doc.on('update', () => updates++);
    writeWorkspaceDoc(doc, undefined, structuredClone(ws), 'test');
    expect(updates).toBe(0);
  });

  it('keeps both tabs’ typing in the same notes, every character', () => {
    const [a, b] = pair({ ...blankWorkspace('w', 'Incident', NOW), notes: 'start' });
    const wa = read(a);
    const wb = read(b);
    writeWorkspaceDoc(a, wa, setNotes(wa, 'start: kafka lag', NOW), 'a');
    writeWorkspaceDoc(b, wb, setNotes(wb, 'timeline: start', NOW), 'b');
    exchange(a, b);
    expect(read(a).notes).toBe(read(b).notes);
    expect(read(a).notes).toContain(': kafka lag');
    expect(read(a).notes).toContain('timeline: ');
  });

  it('merges different clauses edited, added and removed in two tabs', () => {
    const base = addClause(addClause(blankWorkspace('w', 'x', NOW), 'ingest-store', { ...emptyClause('c1', 'format') }, NOW), 'ingest-store', emptyClause('c2', 'format'), NOW);
    const [a, b] = pair(base);
    const wa = read(a);
    const wb = read(b);
    writeWorkspaceDoc(a, wa, updateClause(wa, 'ingest-store', 'c1', { assumed: 'exactly once' }, NOW), 'a');
    const wb2 = addClause(removeClause(wb, 'ingest-store', 'c2', NOW), 'ingest-store', emptyClause('c3', 'format'), NOW);
    writeWorkspaceDoc(b, wb, wb2, 'b');
    exchange(a, b);
    const clauses = read(a).seams['ingest-store'].clauses;
    expect(clauses.map((c) => c.id)).toEqual(['c1', 'c3']);
    expect(clauses[0]?.assumed).toBe('exactly once');
    expect(read(b)).toEqual(read(a));
  });

  it('a component changed in both tabs appears once, the same in each', () => {
    const ws: Workspace = {
      ...blankWorkspace('w', 'x', NOW),
      pipeline: { format: 'arrows', components: [{ id: 'k', name: 'Kafka', placement: 'ingest', confidence: 0.9, uncertain: false, reason: '' }], edges: [] },
    };
    const [a, b] = pair(ws);
    const wa = read(a);
    const wb = read(b);
    const move = (w: Workspace, placement: 'store' | 'process'): Workspace => ({ ...w, pipeline: { ...w.pipeline!, components: [{ ...w.pipeline!.components[0]!, placement }] } });
    writeWorkspaceDoc(a, wa, move(wa, 'store'), 'a');
    writeWorkspaceDoc(b, wb, move(wb, 'process'), 'b');
    exchange(a, b);
    expect(read(a).pipeline?.components).toHaveLength(1);
    expect(read(a)).toEqual(read(b));
  });

  it('reads only the fields another tab changed, and checks them', () => {
    const ws = presetWorkspace(PRESETS[1]!, id, NOW);
    const doc = new Y.Doc();
    writeWorkspaceDoc(doc, undefined, ws, 'test');
    doc.getMap('workspace').set('name', 'Renamed elsewhere');
    doc.getMap('workspace').set('createdAt', 'not a date');
    const next = readChangedFields(doc, ws, new Set(['name', 'createdAt']));
    expect(next.name).toBe('Renamed elsewhere');
    expect(next.createdAt).toBe(ws.createdAt);
    expect(next.seams).toBe(ws.seams);
  });

  it('says when a document was made by a newer version, and leaves it alone', () => {
    const doc = new Y.Doc();
    writeWorkspaceDoc(doc, undefined, blankWorkspace('w', 'x', NOW), 'test');
    doc.getMap('meta').set('version', 99);
    expect(readWorkspaceDoc(doc)).toEqual({ kind: 'newer', version: 99 });
  });

  it('any sequence of note edits in two tabs converges and keeps every character typed', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.nat(40), fc.string({ maxLength: 3 })), { maxLength: 12 }), (edits) => {
        const [a, b] = pair(blankWorkspace('w', 'x', NOW));
        const typed: string[] = [];
        for (const [inA, at, chars] of edits) {
          const doc = inA ? a : b;
          const before = read(doc);
          const pos = Math.min(at, before.notes.length);
          writeWorkspaceDoc(doc, before, setNotes(before, before.notes.slice(0, pos) + chars + before.notes.slice(pos), NOW), 'x');
          typed.push(chars);
        }
        exchange(a, b);
        const notes = read(a).notes;
        expect(read(b).notes).toBe(notes);
        expect(notes.length).toBe(typed.join('').length);
      }),
    );
  });
});

describe('reading a big pipeline in steps', () => {
  const big = (): Workspace => {
    const components = Array.from({ length: 25_000 }, (_, i) => ({ id: `c${i}`, name: `C ${i}`, placement: 'store' as const, confidence: 0.5, uncertain: true, reason: 'test' }));
    const edges = components.slice(1).map((c, i) => ({ from: `c${i}`, to: c.id }));
    return { ...blankWorkspace('w', 'Big', NOW), pipeline: { format: 'arrows', components, edges } };
  };

  it('reads the same workspace as the one-step read, giving the page turns', async () => {
    const doc = new Y.Doc();
    writeWorkspaceDoc(doc, undefined, big(), 'test');
    let turns = 0;
    const stepped = await readWorkspaceDocInSteps(doc, () => {
      turns++;
      return Promise.resolve();
    });
    expect(stepped).toEqual(readWorkspaceDoc(doc));
    expect(turns).toBeGreaterThanOrEqual(5);
  });

  it('a bad item is reported as the one-step read reports it', async () => {
    const doc = new Y.Doc();
    writeWorkspaceDoc(doc, undefined, big(), 'test');
    const components = (workspaceRoot(doc).get('pipeline') as Y.Map<unknown>).get('components') as Y.Array<unknown>;
    doc.transact(() => {
      components.delete(20_000, 1);
      components.insert(20_000, [{ id: 'bad', name: 7 }]);
    });
    const stepped = await readWorkspaceDocInSteps(doc, () => Promise.resolve());
    expect(stepped.kind).toBe('invalid');
    expect(stepped).toEqual(readWorkspaceDoc(doc));
  });
});
