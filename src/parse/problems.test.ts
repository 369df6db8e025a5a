import fc from 'fast-check';
import { describe as suite, expect, it } from 'vitest';
import { composeParser } from './formats/compose';
import { dbtManifestParser, dbtSchemaParser } from './formats/dbt';
import { mermaidParser } from './formats/mermaid';
import { openLineageParser } from './formats/openlineage';
import { ownYamlParser } from './formats/ownYaml';
import { fixture } from '../test/parseFormats';
import { describeImportError, importPipeline } from './importPipeline';
import { describe, isNote, warningOf } from './problems';
import type { FormatParser, ParseWarning } from './types';

const OWN_READERS: readonly [FormatParser, readonly string[]][] = [
  [composeParser, ['compose-streaming.yml', 'compose-broken.yml']],
  [dbtManifestParser, ['dbt-manifest.json']],
  [dbtSchemaParser, ['dbt-schema.yml', 'dbt-schema-broken.yml']],
  [openLineageParser, ['openlineage-events.json', 'openlineage-events.ndjson', 'openlineage-run.json']],
  [ownYamlParser, ['own-pipeline.yaml', 'own-pipeline.json', 'own-broken.yaml', 'own-broken.json', 'own-map.yaml']],
];

/** A warning a user sees says exactly what its problem describes. */
function expectDescribed(warnings: readonly ParseWarning[]): void {
  for (const w of warnings) {
    expect(w.problem, w.message).toBeDefined();
    if (w.problem) expect(w.message).toBe(describe(w.problem));
  }
}

suite('ParseProblem', () => {
  it.each(OWN_READERS.map(([parser, files]) => ({ id: parser.id, parser, files })))('$id: every warning on its fixtures, whole or cut, carries the problem its message describes', ({ parser, files }) => {
    for (const f of files) {
      const text = fixture(f);
      expectDescribed(parser.parse(text).warnings);
      fc.assert(
        fc.property(fc.nat(text.length), fc.nat(60), (at, len) => {
          expectDescribed(parser.parse(text.slice(0, at) + text.slice(at + len)).warnings);
        }),
        { numRuns: 60 },
      );
    }
  });

  it.each(OWN_READERS.map(([parser]) => ({ id: parser.id, parser })))('$id: so does every warning on arbitrary text', ({ parser }) => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => expectDescribed(parser.parse(text).warnings)), { numRuns: 200 });
  });

  it('Mermaid: every problem the reader reports is on its warning, in the same words', () => {
    const r = mermaidParser.parse(fixture('mermaid-broken.mmd'));
    expect(r.warnings.length).toBeGreaterThan(0);
    expectDescribed(r.warnings);
  });

  it('an import that fails says what describe says', () => {
    const r = importPipeline('   ');
    expect(r).toEqual({ ok: false, error: { kind: 'empty' } });
    if (!r.ok) expect(describeImportError(r.error)).toBe(describe(r.error));
  });

  it('tells notes (read whole, said how) from problems (something was not read), so a read with only notes opens at once', () => {
    const at = { line: 1, column: 1 };
    expect(isNote(warningOf({ kind: 'jsonTolerated', what: 'comment', count: 1 }, at))).toBe(true);
    expect(isNote(warningOf({ kind: 'startupOrder', reversed: 1, control: 0 }, at))).toBe(true);
    expect(isNote(warningOf({ kind: 'jsonSyntax', error: 'CommaExpected' }, at))).toBe(false);
    // A warning in words only (from a reader that does not report problems as data) is a problem.
    expect(isNote({ line: 1, column: 1, message: 'Unknown statement' })).toBe(false);
    const compose = importPipeline(fixture('compose-broken.yml').replace('      - redis\n', ''), 'compose');
    expect(compose.ok && compose.value.warnings.map((w) => [w.problem?.kind, isNote(w)])).toEqual([
      ['startupOrder', true],
      ['yamlSyntax', false],
    ]);
  });
});
