import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectWellFormed, fixture } from './testing';
import type { RawPipeline } from '../types';
import { arrowsParser } from './arrows';
import { markdownParser as listParser } from './markdown';
import { mermaidParser } from './mermaid';

const parse = (text: string): RawPipeline => mermaidParser.parse(text);
const pairs = (r: RawPipeline): string[] => r.edges.map((e) => `${e.from}->${e.to}`);
const find = (r: RawPipeline, id: string) => r.components.find((c) => c.id === id);
const flow = (body: string): RawPipeline => parse(`flowchart LR\n${body}`);

/** Every edge joins known ids, ids are unique, positions are 1-based. */

describe('mermaidParser on a realistic lakehouse flowchart', () => {
  const r = parse(fixture('mermaid-lakehouse.mmd'));

  it('reads nodes: label as name, Mermaid id as id, first line', () => {
    expect(r.components.map((c) => [c.id, c.name, c.line])).toEqual([
      ['app', 'Mobile app', 7],
      ['web', 'Web app (SPA)', 7],
      ['crm', 'Salesforce', 8],
      ['kafka', 'Kafka', 10],
      ['fivetran', 'Fivetran', 12],
      ['raw', 'S3 raw bucket', 14],
      ['iceberg', 'Iceberg tables', 16],
      ['spark', 'Spark job', 19],
      ['dbt', 'dbt models', 21],
      ['looker', 'Looker', 21],
      ['api', 'Metrics API', 22],
      ['docs', 'Docs', 23],
      ['ci', 'CI', 23],
      ['lineage', 'lineage', 24],
      ['orders1', 'orders', 25],
      ['orders2', 'orders', 25],
      ['db', 'Orders DB', 26],
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('reads every edge, with labels, both ways for <-->, none for ~~~', () => {
    expect(r.edges.map((e) => [e.from, e.to, e.label, e.line])).toEqual([
      ['app', 'kafka', undefined, 10],
      ['web', 'kafka', 'clicks', 11],
      ['crm', 'fivetran', undefined, 12],
      ['kafka', 'raw', 'batches', 19],
      ['raw', 'spark', undefined, 19],
      ['spark', 'iceberg', undefined, 19],
      ['fivetran', 'raw', undefined, 20],
      ['iceberg', 'dbt', 'nightly', 21],
      ['dbt', 'looker', 'publish', 21],
      ['looker', 'api', undefined, 22],
      ['api', 'looker', undefined, 22],
      ['dbt', 'docs', undefined, 23],
      ['docs', 'ci', undefined, 23],
      ['dbt', 'lineage', undefined, 24],
      ['orders1', 'looker', undefined, 25],
      ['orders2', 'looker', undefined, 25],
      ['db', 'raw', undefined, 26],
    ]);
  });

  it('puts subgraph titles (nested too) and shape hints into hints', () => {
    expect(find(r, 'app')?.hints).toEqual(['Data sources']);
    expect(find(r, 'crm')?.hints).toEqual(['Data sources']);
    expect(find(r, 'raw')?.hints).toEqual(['Lakehouse', 'database']);
    expect(find(r, 'iceberg')?.hints).toEqual(['Lakehouse', 'Curated zone']);
    expect(find(r, 'db')?.hints).toEqual(['database']);
    expect(find(r, 'kafka')?.hints).toBeUndefined();
  });

  it('keeps two nodes with the same label apart, and reads [stage] at the end of a label', () => {
    expect(find(r, 'orders1')?.explicit).toBe('model');
    expect(find(r, 'orders2')?.explicit).toBe('model');
    expectWellFormed(r);
  });
});

describe('mermaidParser shapes and labels', () => {
  it.each([
    ['A[Label]', 'Label'],
    ['A(Label)', 'Label'],
    ['A([Label])', 'Label'],
    ['A[[Label]]', 'Label'],
    ['A[(Label)]', 'Label'],
    ['A((Label))', 'Label'],
    ['A(((Label)))', 'Label'],
    ['A>Label]', 'Label'],
    ['A{Label}', 'Label'],
    ['A{{Label}}', 'Label'],
    ['A[/Label/]', 'Label'],
    ['A[\\Label\\]', 'Label'],
    ['A[/Label\\]', 'Label'],
    ['A[\\Label/]', 'Label'],
    ['A["Label with (parens) and [brackets]"]', 'Label with (parens) and [brackets]'],
    ['A["`**bold** and *it*`"]', 'bold and it'],
    ['A[Line one<br/>line two<br>three<br />four]', 'Line one line two three four'],
    ['A["#quot;quoted#quot; &amp; #35;1"]', '"quoted" & #1'],
    ['A[fa:fa-database Orders]', 'Orders'],
    ['A[/api/orders]', '/api/orders'],
    ['A:::hot', 'A'],
    ['A[Label]:::hot', 'Label'],
    ['A@{ shape: cyl, label: "Orders DB" }', 'Orders DB'],
    ['A@{ shape: rect }', 'A'],
  ])('%s is named %s', (node, name) => {
    const r = flow(`  ${node} --> B`);
    expect(r.components.map((c) => [c.id, c.name])).toEqual([
      ['a', name],
      ['b', 'B'],
    ]);
    expect(pairs(r)).toEqual(['a->b']);
    expect(r.warnings).toEqual([]);
  });

  it('names a node by its last label, keeping its id and first line', () => {
    const r = flow('  a --> b\n  a[Kafka]');
    expect(find(r, 'a')).toEqual({ id: 'a', name: 'Kafka', line: 2 });
  });

  it('slugs ids and keeps case-different ids apart', () => {
    const r = flow('  Orders_DB --> orders_db --> Raw.Events');
    expect(r.components.map((c) => [c.id, c.name])).toEqual([
      ['orders-db', 'Orders_DB'],
      ['orders-db-2', 'orders_db'],
      ['raw-events', 'Raw.Events'],
    ]);
  });
});

describe('mermaidParser links', () => {
  it.each([
    ['-->', ['a->b']],
    ['--->', ['a->b']],
    ['---', ['a->b']],
    ['----', ['a->b']],
    ['-.->', ['a->b']],
    ['-..->', ['a->b']],
    ['-.-', ['a->b']],
    ['==>', ['a->b']],
    ['====>', ['a->b']],
    ['===', ['a->b']],
    ['--o', ['a->b']],
    ['--x', ['a->b']],
    ['<-->', ['a->b', 'b->a']],
    ['<==>', ['a->b', 'b->a']],
    ['o--o', ['a->b', 'b->a']],
    ['x--x', ['a->b', 'b->a']],
    ['~~~', []],
  ])('A %s B', (link, expected) => {
    const spaced = flow(`  A ${link} B`);
    expect(pairs(spaced)).toEqual(expected);
    expect(spaced.warnings).toEqual([]);
    // Without spaces `Ao--oB` is ambiguous (in Mermaid too): only links that start and end with a stroke.
    if (!/^[ox]|[ox]$/.test(link)) expect(pairs(flow(`  A${link}B`))).toEqual(expected);
  });

  it.each([
    ['A -->|feeds| B', 'feeds'],
    ['A -->|"quoted | pipe"| B', 'quoted | pipe'],
    ['A -- feeds --> B', 'feeds'],
    ['A -- "feeds daily" --- B', 'feeds daily'],
    ['A -. maybe .-> B', 'maybe'],
    ['A == bulk ==> B', 'bulk'],
    ['A ==>|bulk| B', 'bulk'],
    ['A e1@--> B', undefined],
  ])('%s has label %s', (line, label) => {
    const r = flow(`  ${line}`);
    expect(pairs(r)).toEqual(['a->b']);
    expect(r.edges[0]?.label).toBe(label);
  });

  it('reads chains, & groups and ; separated statements', () => {
    expect(pairs(flow('  A --> B --> C'))).toEqual(['a->b', 'b->c']);
    expect(pairs(flow('  A & B --> C & D'))).toEqual(['a->c', 'a->d', 'b->c', 'b->d']);
    expect(pairs(flow('  A & B --> C --> D & E'))).toEqual(['a->c', 'b->c', 'c->d', 'c->e']);
    expect(pairs(parse('graph LR; A-->B; B-->C;'))).toEqual(['a->b', 'b->c']);
  });

  it('accepts every direction and both header words', () => {
    for (const header of ['graph TD', 'graph TB', 'graph BT', 'graph LR', 'graph RL', 'flowchart TD', 'flowchart', 'graph', 'flowchart-elk LR']) {
      const r = parse(`${header}\n  A --> B`);
      expect(pairs(r), header).toEqual(['a->b']);
      expect(r.warnings, header).toEqual([]);
    }
    expect(parse('graph XY\n  A --> B').warnings).toEqual([
      { line: 1, column: 7, message: 'Unknown direction "XY"; expected TD, TB, BT, LR or RL', found: 'XY', problem: { kind: 'unknownDirection', direction: 'XY' } },
    ]);
  });

  it('skips styling, comments, directives, front matter and accessibility lines', () => {
    const r = parse(
      [
        '---',
        'title: Orders',
        '---',
        '%%{init: {',
        '  "theme": "dark"',
        '}}%%',
        'flowchart TD',
        '  %% a comment',
        '  accTitle: Orders flow',
        '  accDescr {',
        '    long description',
        '  }',
        '  classDef hot fill:#f96',
        '  class A hot',
        '  style A fill:#f9f,stroke:#333',
        '  linkStyle 0 stroke:#ff3',
        '  click A "https://example.com"',
        '  A --> B %% trailing comment',
      ].join('\n'),
    );
    expect(pairs(r)).toEqual(['a->b']);
    expect(r.components.map((c) => c.line)).toEqual([18, 18]);
    expect(r.warnings).toEqual([]);
  });

  it('uses a subgraph title for an edge to the subgraph itself', () => {
    const r = flow('  subgraph ingest [Ingestion]\n    k[Kafka]\n  end\n  subgraph Data Lake\n    s[(S3)]\n  end\n  ingest --> Data');
    expect(find(r, 'k')?.hints).toEqual(['Ingestion']);
    expect(find(r, 's')?.hints).toEqual(['Data Lake', 'database']);
    expect(find(r, 'ingest')).toMatchObject({ name: 'Ingestion', hints: ['subgraph'] });
  });
});

describe('mermaidParser warnings', () => {
  it('reads a broken paste and points at each problem', () => {
    const r = parse(fixture('mermaid-broken.mmd'));
    expect(r.components.map((c) => [c.id, c.name])).toEqual([
      ['ingest', 'Kafka'],
      ['store', 'S3'],
      ['proc', 'proc'],
      ['dash', 'Looker'],
    ]);
    expect(pairs(r)).toEqual(['ingest->store', 'store->proc']);
    expect(find(r, 'dash')?.hints).toEqual(['Serving']);
    expect(r.warnings.map(({ problem: _p, ...w }) => w)).toEqual([
      {
        line: 3,
        column: 3,
        message: 'No "flowchart" or "graph" header; read as a flowchart anyway',
        found: 'ingest[Kafka] --> store[(S3)]',
      },
      { line: 4, column: 17, message: 'Unclosed "["', found: '[Spark job' },
      { line: 5, column: 3, message: 'Unknown statement', found: 'participant Analyst' },
      { line: 6, column: 11, message: 'Unclosed "|" in link label', found: '|unclosed label B' },
      { line: 7, column: 9, message: 'Link with nothing after it', found: '-->' },
      { line: 8, column: 3, message: '"end" without an open subgraph', found: 'end' },
      { line: 9, column: 3, message: 'Subgraph "Serving" is never closed with "end"', found: 'subgraph' },
    ]);
    // Each warning carries the problem it describes, for readers that handle problems as data.
    expect(r.warnings.map((w) => w.problem)).toEqual([
      { kind: 'notFlowchart' },
      { kind: 'shapeUnclosed', open: '[' },
      { kind: 'unknownStatement' },
      { kind: 'pipeUnclosed' },
      { kind: 'danglingLink' },
      { kind: 'endWithoutSubgraph' },
      { kind: 'subgraphUnclosed', title: 'Serving' },
    ]);
    expectWellFormed(r);
  });

  it('warns about other diagram types, unexpected text and a second header', () => {
    expect(parse('sequenceDiagram\n  A->>B: hi').warnings[0]).toMatchObject({ line: 1, column: 1, found: 'sequenceDiagram' });
    const r = flow('  A[Kafka] B[S3]\n  C --> D junk\n  graph TD');
    expect(pairs(r)).toEqual(['c->d']);
    expect(r.warnings.map((w) => [w.line, w.column, w.message])).toEqual([
      [2, 12, 'Expected a link after the node'],
      [3, 11, 'Unexpected text after a node'],
      [4, 3, 'A second diagram header; ignored'],
    ]);
  });
});

describe('mermaidParser.detect', () => {
  it('is at least 0.95 with a header, also after comments and %%{init}', () => {
    const text = fixture('mermaid-lakehouse.mmd');
    expect(mermaidParser.detect(text)).toBeGreaterThanOrEqual(0.95);
    expect(mermaidParser.detect(text)).toBeGreaterThan(arrowsParser.detect(text));
    expect(mermaidParser.detect(text)).toBeGreaterThan(listParser.detect(text));
    expect(mermaidParser.detect('graph TD\nA-->B')).toBeGreaterThanOrEqual(0.95);
    expect(mermaidParser.detect('```mermaid\n%%{init: {}}%%\nflowchart LR\nA-->B\n```')).toBeGreaterThanOrEqual(0.95);
  });

  it('beats arrows on a headerless paste with Mermaid shapes, and stays low elsewhere', () => {
    const broken = fixture('mermaid-broken.mmd');
    expect(mermaidParser.detect(broken)).toBeGreaterThan(arrowsParser.detect(broken));
    expect(mermaidParser.detect(broken)).toBeGreaterThan(listParser.detect(broken));
    expect(mermaidParser.detect(fixture('arrows-clickstream.txt'))).toBeLessThan(arrowsParser.detect(fixture('arrows-clickstream.txt')));
    expect(mermaidParser.detect(fixture('list-stages.md'))).toBeLessThan(0.3);
    expect(mermaidParser.detect('sequenceDiagram\nA->>B: hi')).toBeLessThan(0.5);
    expect(mermaidParser.detect('')).toBe(0);
  });
});

describe('mermaidParser robustness', () => {
  it('never throws and stays well-formed on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        expectWellFormed(parse(s));
        expectWellFormed(parse(`flowchart LR\n${s}`));
        const d = mermaidParser.detect(s);
        expect(d >= 0 && d <= 1).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on Mermaid-shaped noise', () => {
    const token = fc.constantFrom('flowchart LR\n', 'A', 'b1', ' ', '-->', '---', '-.', '.->', '==', '==>', '|', '&', ';', '[', ']', '(', ')', '{', '}', '>', '"', '`', ':::', '@{', 'subgraph ', 'end', '\n', '%%', 'o', 'x', '<', '~~~', '#quot;', '<br/>', 'é');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 80 }).map((a) => a.join('')), (s) => expectWellFormed(parse(s))),
      { numRuns: 500 },
    );
  });

  it('reads a generated 2,000-node flowchart', () => {
    const lines = ['flowchart LR'];
    for (let i = 0; i < 1999; i++) lines.push(`  n${i}[Node ${i}] --> n${i + 1}`);
    const r = parse(lines.join('\n'));
    expect(r.components).toHaveLength(2000);
    expect(r.edges).toHaveLength(1999);
    expect(r.warnings).toEqual([]);
  });

  it('stays linear on pathological megabyte inputs', { timeout: 60_000 }, () => {
    const n = 1_000_000;
    for (const body of ['['.repeat(n), '('.repeat(n), 'A -->|'.repeat(n / 6), 'A -- '.repeat(n / 5), '-.'.repeat(n / 2), 'A & '.repeat(n / 4), 'a b;'.repeat(n / 4), 'A[('.repeat(n / 3), 'subgraph x\n'.repeat(n / 11)]) {
      expectWellFormed(parse(`flowchart LR\n${body}`));
      mermaidParser.detect(body);
    }
  });
});
