import { describe, expect, it } from 'vitest';
import { bareMermaid } from './bareMermaid';
import { parseMarkdown } from './index';

const page = [
  'Our platform loads shop data into the warehouse every night.',
  'flowchart LR',
  '  shop[(Shop DB)] --> sync[Nightly sync]',
  '',
  '  sync --> wh[(Warehouse)]',
  '  wh --> bi[Team dashboard]',
  '',
  'Questions go to the data team.',
].join('\n');

describe('a Mermaid chart pasted without its fence', () => {
  it('is cut out at its own lines, through a blank line inside it, up to the prose after it', () => {
    const { fences, rest } = bareMermaid(page);
    expect(fences).toHaveLength(1);
    expect(fences[0]?.line).toBe(2);
    expect(fences[0]?.value.split('\n')).toHaveLength(5);
    expect(rest.split('\n')).toHaveLength(8);
    expect(rest).toContain('Questions go to the data team.');
    expect(rest).not.toContain('-->');
  });

  it('gives the chart’s components and links, on the page’s line numbers', () => {
    const r = parseMarkdown(page);
    expect(r.components.map((c) => c.name)).toEqual(expect.arrayContaining(['Shop DB', 'Nightly sync', 'Warehouse', 'Team dashboard']));
    const id = (name: string) => r.components.find((c) => c.name === name)?.id;
    expect(r.edges.map((e) => [e.from, e.to])).toContainEqual([id('Warehouse'), id('Team dashboard')]);
    expect(r.components.find((c) => c.name === 'Warehouse')?.line).toBe(5);
  });

  it('leaves a fenced chart and a sentence that merely mentions a flowchart alone', () => {
    expect(bareMermaid('```mermaid\nflowchart LR\n  a --> b\n```').fences).toHaveLength(0);
    expect(bareMermaid('We drew a flowchart LR style diagram.\nIt shows the flow.').fences).toHaveLength(0);
  });
});

describe('an architecture diagram pasted without its fence', () => {
  const text = [
    'How our events reach the warehouse:',
    '',
    'architecture-beta',
    '  group aws(cloud)[AWS]',
    '  service stream(logos:aws-kinesis)[Event stream] in aws',
    '',
    '  service lake(logos:aws-s3)[Lake] in aws',
    '  junction j',
    '  stream:R -- L:j',
    '  j:R --> L:lake',
    '',
    'Ask the platform team for access.',
  ].join('\n');

  it('is cut out at its own lines and read as Mermaid, junctions and all', () => {
    const { fences } = bareMermaid(text);
    expect(fences.map((f) => [f.line, f.value.split('\n').length])).toEqual([[3, 8]]);
    const r = parseMarkdown(text);
    const id = (name: string) => r.components.find((c) => c.name === name)?.id;
    expect(r.edges.map((e) => [e.from, e.to])).toContainEqual([id('Event stream'), id('Lake')]);
    expect(r.components.find((c) => c.name === 'Lake')?.line).toBe(7);
    expect(r.components.map((c) => c.name)).not.toContain('j');
  });
});
