import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Incident, ReaderScript } from './types';

/** The corpus folder: batch-N.yaml (incidents) and batch-N.answers.yaml (a blind reader's answers). */
export const CORPUS_DIR = join(import.meta.dirname, 'corpus');

export interface Batch {
  readonly name: string;
  readonly incidents: readonly Incident[];
  /** Missing until a reader has answered the batch. */
  readonly scripts: ReadonlyMap<string, ReaderScript>;
}

export function readBatches(dir = CORPUS_DIR): Batch[] {
  const names = readdirSync(dir)
    .filter((f) => /^batch-\d+\.yaml$/.test(f))
    .sort((a, b) => Number(a.match(/\d+/)?.[0]) - Number(b.match(/\d+/)?.[0]));
  return names.map((file) => {
    const name = file.replace(/\.yaml$/, '');
    const incidents = parse(readFileSync(join(dir, file), 'utf8')) as Incident[];
    const answersFile = join(dir, `${name}.answers.yaml`);
    const scripts = existsSync(answersFile) ? ((parse(readFileSync(answersFile, 'utf8')) as ReaderScript[] | null) ?? []) : [];
    return { name, incidents, scripts: new Map(scripts.map((s) => [s.id, s])) };
  });
}
