import fc from 'fast-check';
import { expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import type { FormatParser, RawPipeline } from '../parse/types';
import { airflowParser } from '../parse/formats/airflow';
import { composeParser } from '../parse/formats/compose';
import { dbtManifestParser, dbtSchemaParser } from '../parse/formats/dbt';
import { openLineageParser } from '../parse/formats/openlineage';
import { ownYamlParser } from '../parse/formats/ownYaml';
import { workflowParser } from '../parse/formats/workflow';
import { wellFormedProblems } from '../parse/formats/structured';

/** The parsers of structured formats, which compete to recognise each other's fixtures. */
export const STRUCTURED_PARSERS: readonly FormatParser[] = [ownYamlParser, airflowParser, composeParser, dbtManifestParser, dbtSchemaParser, openLineageParser, workflowParser];

/** A fixture file's text, by name. */
export const fixture = (name: string): string => readFileSync(new URL(`../parse/formats/fixtures/${name}`, import.meta.url), 'utf8');

/** Edges as "from name -> to name": all of them, or only data (`false`) or only scheduling (`true`) edges. */
export function edgePairs(r: RawPipeline, control?: boolean): string[] {
  const name = new Map(r.components.map((c) => [c.id, c.name]));
  return r.edges.filter((e) => control === undefined || (e.control === true) === control).map((e) => `${name.get(e.from)} -> ${name.get(e.to)}`);
}

export const byName = (r: RawPipeline, name: string) => r.components.find((c) => c.name === name);

/** The property every parser keeps: whatever the text, no throw and a well-formed result. */
export function expectArbitraryTextWellFormed(parser: FormatParser): void {
  fc.assert(
    fc.property(fc.string({ maxLength: 300 }), (text) => {
      expect(wellFormedProblems(parser.parse(text))).toEqual([]);
    }),
  );
}

/** Shared by the parser tests: unique slug ids, edges between known ids, warnings with a place. */
export function expectWellFormed(r: RawPipeline): void {
  expect(wellFormedProblems(r)).toEqual([]);
  for (const c of r.components) expect(c.id).toMatch(/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u);
}

const FIXTURES = new URL('../parse/formats/fixtures/', import.meta.url);

/** A parser rates each of its own fixtures above every other fixture, and above its rivals. */
export function expectDetectsOwnFixtures(
  parser: FormatParser,
  prefix: string,
  rivals: readonly FormatParser[],
  isOwn: (file: string) => boolean = (f) => f.startsWith(prefix),
): void {
  const files = readdirSync(FIXTURES).filter((f) => !f.endsWith('.md'));
  const own = files.filter(isOwn);
  const lowestOwn = Math.min(...own.map((f) => parser.detect(fixture(f))));
  for (const f of files.filter((x) => !x.startsWith(prefix))) expect(parser.detect(fixture(f)), f).toBeLessThan(lowestOwn);
  for (const f of own) {
    const text = fixture(f);
    for (const other of rivals.filter((p) => p !== parser)) expect(other.detect(text), `${other.id} on ${f}`).toBeLessThan(parser.detect(text));
  }
}
