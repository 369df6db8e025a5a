/**
 * A paste corpus directory: each entry is `NNN-slug.EXT` (the text exactly as a user would paste it)
 * beside `NNN-slug.expect.yaml`. Reading collects every problem instead of stopping at the first, so
 * one run shows all the entries to fix.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readExpectation, type Expectation } from './expectation';

export interface CorpusEntry {
  /** `NNN-slug`. */
  readonly id: string;
  readonly inputFile: string;
  readonly text: string;
  readonly expect: Expectation;
}

export interface CorpusProblem {
  readonly file: string;
  readonly field?: string;
  readonly message: string;
}

const EXPECT = '.expect.yaml';
const ENTRY = /^(\d+-[^.]+)\.(.+)$/;

export function readCorpus(dir: string): { entries: CorpusEntry[]; problems: CorpusProblem[] } {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (e) {
    return { entries: [], problems: [{ file: dir, message: `cannot read the directory: ${e instanceof Error ? e.message : String(e)}` }] };
  }
  const inputs = new Map<string, string[]>();
  const expects = new Set<string>();
  for (const n of names) {
    const m = ENTRY.exec(n);
    if (!m) continue;
    const id = m[1]!;
    if (n.endsWith(EXPECT)) expects.add(id);
    else inputs.set(id, [...(inputs.get(id) ?? []), n]);
  }
  const entries: CorpusEntry[] = [];
  const problems: CorpusProblem[] = [];
  for (const [id, files] of inputs) {
    if (!expects.has(id)) problems.push({ file: join(dir, files[0]!), message: `has no ${id}${EXPECT} beside it` });
  }
  for (const id of expects) {
    const file = join(dir, `${id}${EXPECT}`);
    const files = inputs.get(id) ?? [];
    if (files.length !== 1) {
      problems.push({ file, message: files.length ? `has several inputs: ${files.join(', ')}` : `has no input file ${id}.EXT beside it` });
      continue;
    }
    const read = readExpectation(readFileSync(file, 'utf8'));
    if (!read.ok) {
      problems.push(...read.problems.map((p) => ({ file, field: p.field, message: p.message })));
      continue;
    }
    const inputFile = join(dir, files[0]!);
    entries.push({ id, inputFile, text: readFileSync(inputFile, 'utf8'), expect: read.value });
  }
  if (!entries.length && !problems.length) problems.push({ file: dir, message: `holds no entries (NNN-slug.EXT with NNN-slug${EXPECT})` });
  return { entries, problems };
}
