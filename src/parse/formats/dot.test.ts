import { describe, expect, it } from 'vitest';
import { importPipeline } from '../importPipeline';
import { edgePairs } from '../../test/parseFormats';
import { dotParser } from './dot';

const graph = [
  '// how the nightly run works',
  'digraph Nightly {',
  '  node [shape=box];',
  '  "Orders API" -> Airbyte [label="extracts"];',
  '  Airbyte -> raw;',
  '  raw [label="S3 raw\\nlanding bucket"];',
  '  subgraph cluster_0 {',
  '    label = "Transform";',
  '    spark [label=<<b>Spark</b> jobs>];',
  '    raw -> spark -> { marts features };',
  '  }',
  '  join [shape=point];',
  '  marts -> join [arrowhead=none];',
  '  join -> Looker;',
  '  join -> Slack [label="alerts"];',
  '  Looker -> marts [style=invis];',
  '}',
].join('\n');

describe('GraphViz DOT graphs', () => {
  it('are recognised and read: nodes by their label, edges in chains and groups, edge labels as no parts', () => {
    const r = importPipeline(graph);
    expect(r.ok && r.value.format).toBe('dot');
    const names = r.ok ? r.value.graph.components.map((c) => c.name) : [];
    expect(names).toEqual(['Orders API', 'Airbyte', 'S3 raw', 'Spark jobs', 'marts', 'features', 'Looker', 'Slack']);
    expect(names).not.toEqual(expect.arrayContaining(['extracts', 'alerts', 'join']));
  });

  it('runs lines through a point node on to what leaves it, and skips invisible edges', () => {
    const pairs = edgePairs(dotParser.parse(graph));
    expect(pairs).toEqual(expect.arrayContaining(['Orders API -> Airbyte', 'Airbyte -> S3 raw', 'S3 raw -> Spark jobs', 'Spark jobs -> marts', 'Spark jobs -> features', 'marts -> Looker', 'marts -> Slack']));
    expect(pairs).not.toContain('Looker -> marts');
  });

  it('keeps the rest of a label and the cluster title as hints', () => {
    const r = dotParser.parse(graph);
    expect(r.components.find((c) => c.name === 'S3 raw')?.hints).toContain('landing bucket');
    expect(r.components.find((c) => c.name === 'Spark jobs')?.hints).toContain('Transform');
  });

  it('says where a graph stops being DOT, keeping nothing it could not read', () => {
    const r = dotParser.parse('digraph {\n  a -> b;\n  c -> ;\n}');
    expect(r.warnings.map(({ line, column }) => ({ line, column }))).toEqual([{ line: 3, column: 8 }]);
    expect(r.warnings[0]?.message).toMatch(/^Not valid DOT here: /);
  });
});
