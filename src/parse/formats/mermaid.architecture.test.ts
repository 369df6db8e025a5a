import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importPipeline } from '../importPipeline';
import type { RawPipeline } from '../types';
import { edgePairs, expectWellFormed, fixture } from '../../test/parseFormats';
import { mermaidParser } from './mermaid';
import { MAX_EDGES } from './text';
import { iconWords } from './mermaid/architecture/reader';

const parse = (text: string): RawPipeline => mermaidParser.parse(text);
const arch = (body: string): RawPipeline => parse(`architecture-beta\n${body}`);
const hintsOf = (r: RawPipeline, name: string) => r.components.find((c) => c.name === name)?.hints;

describe('a Mermaid architecture diagram', () => {
  const r = parse(fixture('mermaid-architecture.mmd'));

  it('gives each service as a component, named by its title, on its line; groups and junctions are not components', () => {
    expect(r.components.map((c) => [c.id, c.name, c.line])).toEqual([
      ['shop', 'Web shop', 7],
      ['pg', 'Orders DB', 8],
      ['firehose', 'Event stream', 14],
      ['dms', 'CDC replication', 15],
      ['raw', 'Raw bucket', 16],
      ['glue', 'Glue jobs', 17],
      ['wh', 'Warehouse', 18],
      ['marts', 'marts', 19],
      ['bi', 'Dashboards', 20],
    ]);
    expect(r.warnings).toEqual([]);
    expectWellFormed(r);
  });

  it('follows the arrows, keeps the written order of an undirected edge, and runs edges through the junction', () => {
    expect(edgePairs(r)).toEqual([
      'Web shop -> Event stream',
      'Orders DB -> CDC replication',
      'CDC replication -> Raw bucket',
      'Event stream -> Raw bucket',
      'Raw bucket -> Glue jobs',
      'Raw bucket -> Warehouse',
      'Glue jobs -> marts',
      'Warehouse -> Dashboards',
    ]);
    expect(r.edges.find((e) => e.from === 'pg')?.label).toBe('binlog');
  });

  it('reads the same with Windows line ends and tabs', () => {
    const crlf = parse(fixture('mermaid-architecture.mmd').replace(/\n/g, '\r\n').replace(/ {4}/g, '\t'));
    expect(crlf.components).toEqual(r.components);
    expect(edgePairs(crlf)).toEqual(edgePairs(r));
    expect(crlf.warnings).toEqual([]);
  });

  it('hints each service with the titles of its groups, outermost first, then its icon’s words', () => {
    expect(hintsOf(r, 'Raw bucket')).toEqual(['AWS account', 'Data lake', 'Bronze', 'aws s3']);
    expect(hintsOf(r, 'Warehouse')).toEqual(['snowflake']);
    expect(hintsOf(r, 'Web shop')).toEqual(['internet']);
  });

  it('places the services by their icons where the title names no product', () => {
    const imported = importPipeline(fixture('mermaid-architecture.mmd'));
    expect(imported.ok && imported.value.format).toBe('mermaid');
    const stage = new Map(imported.ok ? imported.value.graph.components.map((c) => [c.name, c.placement]) : []);
    expect(Object.fromEntries(stage)).toMatchObject({
      'Event stream': 'ingest',
      'Raw bucket': 'store',
      'Glue jobs': 'process',
      Warehouse: 'store',
      marts: 'model',
      Dashboards: 'serve',
    });
  });
});

describe('architecture statements', () => {
  it('names a service without a title by its id, and takes a stage override in a quoted title', () => {
    const r = arch('  service kafka(logos:kafka-icon)\n  service m(database)["orders [model]"]');
    expect(r.components.map((c) => [c.name, c.explicit])).toEqual([['kafka', undefined], ['orders', 'model']]);
  });

  it('reads both heads as both ways and a head on the left as backwards', () => {
    const r = arch('  service a(server)[A]\n  service b(server)[B]\n  service c(server)[C]\n  a:R <--> L:b\n  b:R <-- L:c');
    expect(edgePairs(r)).toEqual(['A -> B', 'B -> A', 'C -> B']);
  });

  it('tolerates edges written without ports, which are layout only', () => {
    expect(edgePairs(arch('  service a[A]\n  service b[B]\n  a --> b'))).toEqual(['A -> B']);
  });

  it('joins services through a chain of junctions, and not a service to itself', () => {
    const r = arch(['  service a[A]', '  service b[B]', '  service c[C]', '  junction j1', '  junction j2', '  a:R -- L:j1', '  j1:R -- L:j2', '  j2:T --> B:b', '  j2:B --> T:c', '  j1:B --> T:a'].join('\n'));
    expect(edgePairs(r)).toEqual(['A -> B', 'A -> C']);
  });

  it('lets a group be declared after what is in it, as Mermaid does', () => {
    const r = arch('  service a(server)[A] in g\n  group g(cloud)[Ingestion]');
    expect(r.warnings).toEqual([]);
    expect(hintsOf(r, 'A')).toEqual(['Ingestion', 'server']);
  });
});

describe('architecture problems', () => {
  it('reports an `in` naming no group as groupUnknown, keeping the service outside any group', () => {
    const r = arch('  service a(server)[A] in nope\n  junction j in gone');
    expect(r.components.map((c) => c.name)).toEqual(['A']);
    expect(r.warnings.map((w) => [w.line, w.column, w.problem, w.message])).toEqual([
      [2, 27, { kind: 'groupUnknown', group: 'nope' }, 'No group "nope" is declared; read as outside any group'],
      [3, 17, { kind: 'groupUnknown', group: 'gone' }, 'No group "gone" is declared; read as outside any group'],
    ]);
  });

  it('adds an edge end nothing declares, and points at each line it cannot read', () => {
    const r = arch(['  service a[A]', '  a:R --> L:b', '  service c(server)[C', '  group g[G]', '    service d[D]', '  end', '  service a[Again]'].join('\n'));
    expect(edgePairs(r)).toEqual(['A -> b']);
    expect(r.warnings.map((w) => [w.line, w.column, w.problem?.kind, w.found])).toEqual([
      [3, 13, 'undeclaredEnd', 'b'],
      [4, 20, 'shapeUnclosed', '[C'],
      [7, 3, 'unknownStatement', 'end'],
      [8, 11, 'listedTwice', 'a'],
    ]);
    expect(r.components.map((c) => c.name)).toEqual(['A', 'c', 'D', 'b']);
  });
});

describe('icon words', () => {
  it.each([
    ['logos:aws-s3', 'aws s3'],
    ['logos:kafka-icon', 'kafka'],
    ['mdi:apache-kafka', 'apache kafka'],
    ['database', 'database'],
    ['fa6-solid:server', 'server'],
  ])('%s → %s', (icon, words) => {
    expect(iconWords(icon)).toBe(words);
  });
});

describe('architecture diagrams at their worst', () => {
  it('never throws and stays well-formed, whatever the lines after the header', () => {
    const token = fc.constantFrom('group', 'service', 'junction', 'in', 'a', 'b', 'g', '(cloud)', '(logos:aws-s3)', '[T', '[T]', '["q]"]', ':R', 'L:', '--', '-->', '<--', '<-->', '-[x]-', '{group}', '%%', 'end', ' ', '\t');
    const line = fc.array(token, { maxLength: 8 }).map((ts) => ts.join(' '));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        expectWellFormed(parse(['architecture-beta', ...lines].join('\n')));
      }),
    );
  });

  it('joins a hub junction’s n sources to its m targets up to the edge limit, counting the rest', () => {
    const n = 400;
    const lines = ['architecture-beta', '  junction hub'];
    for (let i = 0; i < n; i++) lines.push(`  service in${i}(server)[In ${i}]`, `  service out${i}(disk)[Out ${i}]`, `  in${i}:R --> L:hub`, `  hub:R --> L:out${i}`);
    const started = performance.now();
    const r = parse(lines.join('\n'));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(r.edges).toHaveLength(MAX_EDGES);
    expect(r.warnings.map((w) => w.problem)).toContainEqual({ kind: 'tooManyEdges', dropped: n * n - MAX_EDGES, limit: MAX_EDGES });
  });
});

describe('recognising an architecture diagram', () => {
  it('takes architecture-beta on a line of its own, fenced or bare, and not prose that opens with the word', () => {
    expect(mermaidParser.detect('architecture-beta\n  service a(server)[A]')).toBeGreaterThan(0.9);
    expect(mermaidParser.detect('```mermaid\narchitecture-beta\n  service a(server)[A]\n```')).toBeGreaterThan(0.9);
    expect(mermaidParser.detect('architecture-beta of the platform: Kafka feeds Spark.')).toBeLessThan(0.5);
    expect(mermaidParser.detect('architecture\nKafka feeds Spark, which writes to S3.')).toBeLessThan(0.5);
  });

  it('reads a README whose ```mermaid block is an architecture diagram, with the prose around it', () => {
    const page = ['# Ingestion', '', 'Events go through Kinesis before they land.', '', '```mermaid', 'architecture-beta', '  service k(logos:aws-kinesis)[Event stream]', '  service s3(logos:aws-s3)[Landing bucket]', '  k:R --> L:s3', '```'].join('\n');
    const imported = importPipeline(page);
    expect(imported.ok && imported.value.format).toBe('list');
    const graph = imported.ok ? imported.value.graph : undefined;
    const name = new Map(graph?.components.map((c) => [c.id, c.name]));
    expect(graph?.edges.map((e) => `${name.get(e.from)} -> ${name.get(e.to)}`)).toContain('Event stream -> Landing bucket');
  });
});
