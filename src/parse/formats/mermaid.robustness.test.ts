import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectWellFormed, fixture } from '../../test/parseFormats';
import type { RawPipeline } from '../types';
import { arrowsParser } from './arrows';
import { markdownParser as listParser } from './markdown';
import { mermaidParser } from './mermaid';

const parse = (text: string): RawPipeline => mermaidParser.parse(text);
const pairs = (r: RawPipeline): string[] => r.edges.map((e) => `${e.from}->${e.to}`);
const find = (r: RawPipeline, id: string) => r.components.find((c) => c.id === id);
const flow = (body: string): RawPipeline => parse(`flowchart LR\n${body}`);

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
    expect(parse('classDiagram\n  A <|-- B').warnings[0]).toMatchObject({ line: 1, column: 1, found: 'classDiagram' });
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
    expect(mermaidParser.detect('classDiagram\nA <|-- B')).toBeLessThan(0.5);
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
    for (const body of [`A${' '.repeat(n)}B`, `participant ${'@{'.repeat(n / 2)}`, `participant A${' as'.repeat(n / 3)}`, `participant A${' '.repeat(n)}B`, 'A->>'.repeat(n / 4), `A->>B: ${';'.repeat(n)}`]) {
      expectWellFormed(parse(`sequenceDiagram\n${body}`));
    }
  });
});

describe('mermaidParser: a quoted label over several lines', () => {
  it('reads the label with the lines that close its quote, named by its first line', () => {
    const r = flow('  A[CMS files] --> B["`**mssp_pipeline**\nDownloads + loads all files`"]\n  B --> C["cms_connector\nALR to enrollment"]\n  C --> D[Dashboards]');
    expect(r.components.map((c) => c.name)).toEqual(['CMS files', 'mssp_pipeline', 'cms_connector', 'Dashboards']);
    expect(pairs(r)).toEqual(['a->b', 'b->c', 'c->d']);
    expect(r.warnings).toEqual([]);
  });

  it('reads a stray quote that never closes as its own line, so the lines after it still count', () => {
    const r = flow('  A["Kafka] --> B[S3]\n  B --> C[Spark]\n  C --> D[Looker]');
    expect(pairs(r)).toEqual(expect.arrayContaining(['b->c', 'c->d']));
  });
});

describe('mermaidParser: quote marks that open no label', () => {
  it('reads every line around an inch mark in a comment or in a link text', () => {
    const r = flow('  %% sensors report in 12" intervals\n  A[Sensors] --> B[Kafka]\n  B --> C[Spark]\n  C -->|writes 5" batches| D[S3]\n  D --> E[Athena]');
    expect(pairs(r)).toEqual(['a->b', 'b->c', 'c->d', 'd->e']);
  });
});
