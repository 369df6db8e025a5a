import { describe, expect, it } from 'vitest';
import type { RawPipeline } from '../types';
import { mermaidParser } from './mermaid';

const parse = (text: string): RawPipeline => mermaidParser.parse(text);
const pairs = (r: RawPipeline): string[] => r.edges.map((e) => `${e.from}->${e.to}`);
const find = (r: RawPipeline, id: string) => r.components.find((c) => c.id === id);
const flow = (body: string): RawPipeline => parse(`flowchart LR\n${body}`);

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
