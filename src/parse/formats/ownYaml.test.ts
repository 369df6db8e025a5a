import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byName, edgePairs, expectArbitraryTextWellFormed, expectDetectsOwnFixtures, fixture, STRUCTURED_PARSERS } from '../../test/parseFormats';
import type { RawPipeline } from '../types';
import { ownYamlParser } from './ownYaml';
import { wellFormedProblems } from './structured';


/** Data edges by default; scheduling edges with `true`. */
const dataPairs = (r: RawPipeline, control = false): string[] => edgePairs(r, control);

describe('ownYamlParser: list form with a pipeline wrapper', () => {
  const r = ownYamlParser.parse(fixture('own-pipeline.yaml'));

  it('reads every component, in order, with its line and stated stage', () => {
    expect(r.warnings).toEqual([]);
    expect(r.components.map((c) => c.name)).toEqual(['Web app', 'Kafka', 'S3 raw', 'Spark', 'Snowflake marts', 'Looker', 'Airflow']);
    expect(byName(r, 'Kafka')).toEqual({ id: 'kafka', name: 'Kafka', explicit: 'ingest', hints: ['topic clicks.v1'], line: 8 });
    expect(byName(r, 'S3 raw')).toMatchObject({ id: 's3-raw', explicit: 'store', line: 11 });
    expect(byName(r, 'Spark')?.explicit).toBeUndefined();
    expect(byName(r, 'Airflow')?.explicit).toBe('orchestrate');
  });

  it('reads string chains, maps, labels and control edges', () => {
    expect(dataPairs(r)).toEqual([
      'Web app -> Kafka',
      'Kafka -> S3 raw',
      'S3 raw -> Spark',
      'Spark -> Snowflake marts',
      'Snowflake marts -> Looker',
    ]);
    expect(dataPairs(r, true)).toEqual(['Airflow -> Spark', 'Airflow -> Snowflake marts']);
    expect(r.edges.find((e) => e.to === 'snowflake-marts' && e.control !== true)?.label).toBe('hourly sessions');
    expect(r.edges.find((e) => e.to === 'looker')?.label).toBe('dashboards');
  });
});

describe('ownYamlParser: map form and JSON', () => {
  it('lets edges use map keys, takes a text value as the stage and a missing value as "name only"', () => {
    const r = ownYamlParser.parse(fixture('own-map.yaml'));
    expect(r.warnings).toEqual([]);
    expect(r.components.map((c) => [c.id, c.name, c.explicit])).toEqual([
      ['orders-db', 'Orders DB', 'generate'],
      ['debezium', 'Debezium', 'ingest'],
      ['iceberg-lake', 'Iceberg lake', 'store'],
      ['dbt', 'dbt', 'model'],
      ['metabase', 'metabase', undefined],
    ]);
    expect(dataPairs(r)).toEqual(['Orders DB -> Debezium', 'Debezium -> Iceberg lake', 'Iceberg lake -> dbt', 'dbt -> metabase']);
  });

  it('reads the same format written as JSON, with lines', () => {
    const r = ownYamlParser.parse(fixture('own-pipeline.json'));
    expect(r.warnings).toEqual([]);
    expect(r.components.map((c) => [c.name, c.explicit, c.line])).toEqual([
      ['Segment', 'ingest', 3],
      ['BigQuery raw', 'store', 4],
      ['dbt', undefined, 5],
      ['Hex', 'serve', 6],
    ]);
    expect(dataPairs(r)).toEqual(['Segment -> BigQuery raw', 'BigQuery raw -> dbt', 'dbt -> Hex']);
  });

  it('accepts an edges adjacency map and keeps duplicate names once', () => {
    const r = ownYamlParser.parse('components: [A, B, A]\nedges:\n  A: [B, C]\n');
    expect(r.components.map((c) => c.name)).toEqual(['A', 'B', 'C']);
    expect(dataPairs(r)).toEqual(['A -> B', 'A -> C']);
    expect(r.warnings.map((w) => [w.line, w.column, w.found])).toEqual([
      [1, 20, 'A'],
      [3, 10, 'C'],
    ]);
  });

  it('every YAML block in OWN_FORMAT.md reads without warnings', () => {
    const doc = readFileSync(new URL('./OWN_FORMAT.md', import.meta.url), 'utf8');
    const blocks = [...doc.matchAll(/```(?:yaml|json)\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    for (const block of blocks) {
      const r = ownYamlParser.parse(block);
      expect(r.warnings).toEqual([]);
      expect(r.components.length).toBeGreaterThan(2);
      expect(r.edges.length).toBeGreaterThan(1);
    }
  });
});

describe('ownYamlParser: broken input', () => {
  it('reports a bad indent, an unknown stage and an undeclared component with exact positions, keeping the rest', () => {
    const r = ownYamlParser.parse(fixture('own-broken.yaml'));
    expect(r.warnings.map((w) => [w.line, w.column, w.found])).toEqual([
      [6, 4, '-'],
      [8, 12, 'streaming'],
      [11, 14, 'Druid'],
    ]);
    expect(r.warnings[0]?.message).toMatch(/same column/);
    expect(r.warnings[1]?.message).toMatch(/Unknown stage/);
    // The misindented S3 raw is still read; Flink is kept without a stage; Druid is added by the edge.
    expect(r.components.map((c) => [c.name, c.explicit])).toEqual([
      ['Kafka', 'ingest'],
      ['S3 raw', undefined],
      ['Flink', undefined],
      ['Druid', undefined],
    ]);
    expect(dataPairs(r)).toEqual(['Kafka -> Flink', 'Flink -> Druid']);
  });

  it('reports a JSON syntax error at its line and column and keeps what it can', () => {
    const r = ownYamlParser.parse(fixture('own-broken.json'));
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ line: 6, column: 10, found: ':' });
    expect(r.warnings[0]?.message).toMatch(/^Invalid JSON/);
    expect(r.components.map((c) => c.name)).toEqual(['Kafka', 'S3 raw']);
    expect(dataPairs(r)).toEqual(['Kafka -> S3 raw']);
  });

  it('reports a JSON error without a position in the message (end of input)', () => {
    const r = ownYamlParser.parse('{\n  "components": ["A", "B"],\n  "edges": ["A -> B"]\n');
    expect(r.warnings[0]).toMatchObject({ line: 4, column: 1, found: 'end of input' });
    expect(r.components.map((c) => c.name)).toEqual(['A', 'B']);
  });

  it('warns on unknown top-level keys and malformed edges', () => {
    const r = ownYamlParser.parse('components: [A, B]\nedge:\n  - A -> B\nedges:\n  - A\n  - { from: A }\n  - A -> A\n');
    expect(r.warnings.map((w) => [w.line, w.column, w.message.split(' ')[0]])).toEqual([
      [2, 1, 'Unknown'],
      [5, 5, 'Edge'],
      [6, 5, 'Edge'],
      [7, 5, 'Edge'],
    ]);
    expect(r.edges).toEqual([]);
  });

  it('says so when the top level is not a map', () => {
    const r = ownYamlParser.parse('- just\n- a list\n');
    expect(r.components).toEqual([]);
    expect(r.warnings[0]).toMatchObject({ line: 1, column: 1 });
  });
});

describe('ownYamlParser.detect', () => {
  it('is 0.9 for a top-level components key in YAML or JSON, also under pipeline:', () => {
    expect(ownYamlParser.detect(fixture('own-pipeline.yaml'))).toBe(0.9);
    expect(ownYamlParser.detect(fixture('own-map.yaml'))).toBe(0.9);
    expect(ownYamlParser.detect(fixture('own-pipeline.json'))).toBe(0.9);
    expect(ownYamlParser.detect('{"pipeline": {"components": []}}')).toBe(0.9);
    expect(ownYamlParser.detect('services:\n  a:\n    image: x\n')).toBe(0);
  });

  it('rates its own fixtures above every other fixture, and above the other parsers', () => {
    // The broken fixtures are broken on purpose; they need not look like anything.
    expectDetectsOwnFixtures(ownYamlParser, 'own-', STRUCTURED_PARSERS, (f) => f.startsWith('own-') && !f.includes('broken'));
  });
});

describe('examples of every parser in this folder set', () => {
  it('each example parses without warnings and is detected by its own parser above the others', () => {
    for (const p of STRUCTURED_PARSERS) {
      const r = p.parse(p.example);
      expect(r.warnings, p.id).toEqual([]);
      expect(r.components.length, p.id).toBeGreaterThan(1);
      // A schema.yml states no lineage between models.
      if (p.id !== 'dbt-schema') expect(r.edges.length, p.id).toBeGreaterThan(0);
      for (const other of STRUCTURED_PARSERS.filter((o) => o !== p)) expect(other.detect(p.example), `${other.id} on ${p.id} example`).toBeLessThan(p.detect(p.example));
    }
  });
});

describe('ownYamlParser properties', () => {
  it('never throws on arbitrary text and returns a well-formed result', () => {
    expectArbitraryTextWellFormed(ownYamlParser);
  });

  it('stays well-formed on format-shaped noise and on cut-up fixtures', () => {
    const piece = fc.constantFrom('components:', 'edges:', 'pipeline:', '\n', '  ', '- ', 'A', 'B b', ' -> ', '{', '}', '[', ']', ',', ': ', 'stage: ', 'store', 'name: ', 'from: ', 'to: ', '"', "'", '#', '\t', '&a', '*a', '<<: ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        expect(wellFormedProblems(ownYamlParser.parse(pieces.join('')))).toEqual([]);
      }),
    );
    const source = fixture('own-pipeline.yaml');
    fc.assert(
      fc.property(fc.nat(source.length), fc.nat(40), (at, len) => {
        const cut = source.slice(0, at) + source.slice(at + len);
        expect(wellFormedProblems(ownYamlParser.parse(cut))).toEqual([]);
      }),
    );
  });

  it('refuses absurdly deep nesting with a located warning instead of overflowing the YAML parser', () => {
    for (const text of ['components: ' + '['.repeat(100_000), '- '.repeat(20_000), `components:\n${' '.repeat(3000)}- a`]) {
      const r = ownYamlParser.parse(text);
      expect(wellFormedProblems(r)).toEqual([]);
      expect(r.warnings[0]?.message).toMatch(/Nested more than 512 levels/);
    }
    expect(ownYamlParser.parse('components: ' + '['.repeat(100_000)).warnings[0]).toMatchObject({ line: 1, column: 525 });
  });

  it('reads 200,000 syntax errors, located, and leaves the stack trace limit as it was', () => {
    const limit = Error.stackTraceLimit;
    const r = ownYamlParser.parse(`components: [${','.repeat(200_000)}`);
    expect(wellFormedProblems(r)).toEqual([]);
    expect(r.warnings[0]).toMatchObject({ line: 1, column: 15, found: "," });
    expect(Error.stackTraceLimit).toBe(limit);
  });

  it('gives the same ids for the same input', () => {
    const text = fixture('own-pipeline.yaml');
    expect(ownYamlParser.parse(text)).toEqual(ownYamlParser.parse(text));
  });
});
