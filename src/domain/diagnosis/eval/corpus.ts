import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { SEAM_IDS } from '../../seams';
import type { Incident, ReaderScript } from './types';

/** The corpus folder: batch-N.yaml (incidents) and batch-N.answers.yaml (a blind reader's answers). */
export const CORPUS_DIR = join(import.meta.dirname, 'corpus');

const INCIDENT = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  source: z.string().regex(/^https?:\/\//),
  title: z.string().min(1),
  report: z.string().min(40),
  seam: z.enum(SEAM_IDS),
  dimension: z.string().min(1),
  cause: z.string().min(1),
});
const SCRIPT = z.object({
  id: z.string(),
  symptoms: z.array(z.string()).default([]),
  answers: z.record(z.string(), z.enum(['yes', 'no', 'na'])).default({}),
});

/** Parses one corpus file, or throws an error that names the file, the entry and the field. */
function readList<T>(file: string, schema: z.ZodType<T>): T[] {
  const raw: unknown = parse(readFileSync(file, 'utf8'));
  const list = z.array(z.unknown()).parse(raw ?? []);
  return list.map((entry, i) => {
    const r = schema.safeParse(entry);
    if (r.success) return r.data;
    const issue = r.error.issues[0];
    throw new Error(`${file}: entry ${i + 1}, field ${issue?.path.join('.') || '(entry)'}: ${issue?.message ?? 'invalid'}`);
  });
}

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
    const incidents = readList(join(dir, file), INCIDENT);
    const answersFile = join(dir, `${name}.answers.yaml`);
    const scripts = existsSync(answersFile) ? readList(answersFile, SCRIPT) : [];
    return { name, incidents, scripts: new Map(scripts.map((s) => [s.id, s])) };
  });
}
