import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESETS, presetWorkspace } from '../domain/presets';
import { fromDocument, toDocument } from './document';
import { repairDocument } from './repair';

const T0 = '2026-01-01T00:00:00.000Z';
const NOW = '2026-02-02T00:00:00.000Z';
let n = 0;
const newId = () => `new-${++n}`;
const preset = presetWorkspace(PRESETS[1]!, () => `id-${++n}`, T0);
const docOf = () => JSON.parse(toDocument(preset)) as { workspace: Record<string, unknown> & { seams: Record<string, { clauses: unknown[] }> } };

describe('repairing a saved workspace with bad fields', () => {
  it('resets a bad clause field to its default and keeps everything else', () => {
    const doc = docOf();
    (doc.workspace.seams['ingest-store']!.clauses[0] as Record<string, unknown>).verdict = 'kaputt';
    const r = repairDocument(JSON.stringify(doc), newId, NOW);
    expect(r?.fixes).toEqual([{ path: 'workspace.seams.ingest-store.clauses.0.verdict', was: '"kaputt"', action: 'reset' }]);
    expect(r?.workspace.seams['ingest-store'].clauses[0]).toEqual({ ...preset.seams['ingest-store'].clauses[0], verdict: null });
    expect(r?.workspace.seams['ingest-store'].clauses[1]).toEqual(preset.seams['ingest-store'].clauses[1]);
    expect(r?.workspace.name).toBe(preset.name);
  });

  it('gives missing or broken dates the time of the repair', () => {
    const doc = docOf();
    delete doc.workspace.createdAt;
    doc.workspace.updatedAt = 'last tuesday';
    const r = repairDocument(JSON.stringify(doc), newId, NOW);
    expect(r?.workspace.createdAt).toBe(NOW);
    expect(r?.workspace.updatedAt).toBe(NOW);
    expect(r?.fixes.map((f) => f.path)).toEqual(['workspace.createdAt', 'workspace.updatedAt']);
  });

  it('removes a broken optional part or list item rather than guessing at it', () => {
    const doc = docOf();
    doc.workspace.walkthrough = { symptoms: 'dupes', notes: '', steps: [] };
    doc.workspace.seams['ingest-store']!.clauses.push(42);
    const r = repairDocument(JSON.stringify(doc), newId, NOW);
    expect(r?.workspace.walkthrough).toBeUndefined();
    expect(r?.workspace.seams['ingest-store'].clauses).toHaveLength(preset.seams['ingest-store'].clauses.length);
    expect(r?.fixes.map((f) => f.action)).toEqual(['removed', 'removed']);
  });

  it('leaves what is not a workspace document alone', () => {
    expect(repairDocument('not json', newId, NOW)).toBeNull();
    expect(repairDocument('{"type": "something-else", "version": 1}', newId, NOW)).toBeNull();
    expect(repairDocument(JSON.stringify({ ...docOf(), version: 99 }), newId, NOW)).toBeNull();
  });

  it('opens any saved workspace with one field overwritten by any value', () => {
    const paths = (value: unknown, at: (string | number)[] = []): (string | number)[][] =>
      value && typeof value === 'object'
        ? Object.entries(value).flatMap(([k, v]) => [[...at, Array.isArray(value) ? Number(k) : k], ...paths(v, [...at, Array.isArray(value) ? Number(k) : k])])
        : [];
    const all = paths(docOf().workspace).map((p) => ['workspace', ...p]);
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.jsonValue(), (path, value) => {
        const doc = docOf() as unknown as Record<string | number, unknown>;
        let at = doc;
        for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
        at[path[path.length - 1]!] = value;
        const r = repairDocument(JSON.stringify(doc), newId, NOW);
        expect(r).not.toBeNull();
        expect(fromDocument(toDocument(r!.workspace)).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
