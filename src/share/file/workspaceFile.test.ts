import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESETS, presetWorkspace } from '../../domain/presets';
import { anyWorkspace } from '../testing/arbitraryWorkspace';
import { describeFileProblem, fromWorkspaceFile, toWorkspaceFile, workspaceFileName } from './workspaceFile';

const T0 = '2026-01-01T00:00:00.000Z';
const preset = presetWorkspace(PRESETS[0]!, () => 'x', T0);

function problem(text: string): string {
  const r = fromWorkspaceFile(text);
  if (r.ok) throw new Error('expected the file to be refused');
  return describeFileProblem(r.error);
}

describe('workspace files', () => {
  it('round-trip any workspace', () => {
    fc.assert(
      fc.property(anyWorkspace, (ws) => {
        expect(fromWorkspaceFile(toWorkspaceFile(ws))).toEqual({ ok: true, value: ws });
      }),
      { numRuns: 100 },
    );
  });

  it('are named after the workspace, with the .seams.json extension', () => {
    expect(workspaceFileName('Payments: 7 min gap / 03:00')).toBe('payments-7-min-gap-03-00.seams.json');
    expect(workspaceFileName('???')).toBe('pipeline.seams.json');
  });

  it('accept a file saved with a byte-order mark', () => {
    expect(fromWorkspaceFile(`\uFEFF${toWorkspaceFile(preset)}`).ok).toBe(true);
  });

  it('refuse broken JSON with the line and column', () => {
    const text = toWorkspaceFile(preset).replace('"notes":', '"notes" ');
    const line = text.split('\n').findIndex((l) => l.includes('"notes" ')) + 1;
    expect(problem(text)).toMatch(new RegExp(`^Line ${line}, column \\d+: it is not valid JSON`));
  });

  it('refuse a wrong field with its line, its path and the reason', () => {
    const doc = JSON.parse(toWorkspaceFile(preset)) as { workspace: { seams: Record<string, { clauses: { verdict: unknown }[] }> } };
    doc.workspace.seams['generate-ingest']!.clauses[0]!.verdict = 'maybe';
    const text = JSON.stringify(doc, null, 2);
    const line = text.split('\n').findIndex((l) => l.includes('"maybe"')) + 1;
    expect(problem(text)).toMatch(new RegExp(`^Line ${line}, column \\d+, workspace\\.seams\\.generate-ingest\\.clauses\\.0\\.verdict: `));
  });

  it('refuse other documents and newer versions with what to do', () => {
    expect(problem('{"hello": 1}')).toMatch(/not a Pipeline Seams document/);
    expect(problem(JSON.stringify({ type: 'pipeline-seams/workspace', version: 99, workspace: {} }))).toMatch(/newer version of the app/);
    expect(problem('')).toMatch(/not valid JSON/);
  });
});
