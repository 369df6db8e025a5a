import { expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import type { FormatParser, RawPipeline } from '../types';
import { wellFormedProblems } from './structured';

/** Shared by the parser tests: unique slug ids, edges between known ids, warnings with a place. */
export function expectWellFormed(r: RawPipeline): void {
  expect(wellFormedProblems(r)).toEqual([]);
  for (const c of r.components) expect(c.id).toMatch(/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u);
}

const FIXTURES = new URL('./fixtures/', import.meta.url);

/** A parser rates each of its own fixtures above every other fixture, and above its rivals. */
export function expectDetectsOwnFixtures(
  parser: FormatParser,
  prefix: string,
  rivals: readonly FormatParser[],
  isOwn: (file: string) => boolean = (f) => f.startsWith(prefix),
): void {
  const files = readdirSync(FIXTURES).filter((f) => !f.endsWith('.md'));
  const read = (f: string) => readFileSync(new URL(f, FIXTURES), 'utf8');
  const own = files.filter(isOwn);
  const lowestOwn = Math.min(...own.map((f) => parser.detect(read(f))));
  for (const f of files.filter((x) => !x.startsWith(prefix))) expect(parser.detect(read(f)), f).toBeLessThan(lowestOwn);
  for (const f of own) {
    const text = read(f);
    for (const other of rivals.filter((p) => p !== parser)) expect(other.detect(text), `${other.id} on ${f}`).toBeLessThan(parser.detect(text));
  }
}
