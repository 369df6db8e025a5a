import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readCorpus } from './corpus';

const EXPECT = 'source: https://example.org/a\nformat: arrows\nkind: arrows\ncomponents:\n  - { name: Kafka, stage: ingest }\n';
const dirs: string[] = [];
function corpus(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'paste-corpus-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('readCorpus', () => {
  it('pairs each input with its expectation and ignores other files', () => {
    const dir = corpus({ '001-a.txt': 'Kafka -> S3', '001-a.expect.yaml': EXPECT, READY: '', 'notes.md': 'x' });
    const r = readCorpus(dir);
    expect(r.problems).toEqual([]);
    expect(r.entries.map((e) => [e.id, e.text])).toEqual([['001-a', 'Kafka -> S3']]);
  });

  it('reports an input without expectation, an expectation without input, and two inputs for one entry', () => {
    const dir = corpus({ '001-a.txt': 'x', '002-b.expect.yaml': EXPECT, '003-c.md': 'x', '003-c.txt': 'x', '003-c.expect.yaml': EXPECT });
    const messages = readCorpus(dir).problems.map((p) => p.message);
    expect(messages).toEqual([
      'has no 001-a.expect.yaml beside it',
      'has no input file 002-b.EXT beside it',
      'has several inputs: 003-c.md, 003-c.txt',
    ]);
  });

  it('names the file and field of a bad expectation', () => {
    const dir = corpus({ '001-a.txt': 'x', '001-a.expect.yaml': EXPECT.replace('ingest', 'ingestion') });
    const [p] = readCorpus(dir).problems;
    expect(p?.file).toBe(join(dir, '001-a.expect.yaml'));
    expect(p?.field).toBe('components[0].stage');
  });
});
