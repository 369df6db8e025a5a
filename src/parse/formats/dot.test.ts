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
    expect(r.warnings[0]?.message).toMatch(/^Not valid DOT here: .*Nothing of the graph was read/);
    expect(r.components).toEqual([]);
  });

  it('wins over the Mermaid and arrow readers on a graph of one line or an undirected one', () => {
    for (const text of ['digraph { kafka -> spark -> looker }', 'graph G {\n  a -- b\n}']) {
      const r = importPipeline(text);
      expect(r.ok && r.value.format).toBe('dot');
    }
  });

  it('follows DOT: defaults set for what follows, dir=back, one line for a -- b and b -- a, a cluster drawn around a node met before', () => {
    const pairs = (text: string) => edgePairs(dotParser.parse(text));
    expect(pairs('digraph { node [shape=point]; j; node [shape=box]; a -> j -> b; edge [style=invis]; a -> c }')).toEqual(['a -> b']);
    expect(pairs('digraph { a -> b [dir=back] }')).toEqual(['b -> a']);
    expect(pairs('graph { a -- b; b -- a }')).toEqual(['a -> b']);
    const r = dotParser.parse('digraph { kafka -> spark; subgraph cluster_in { graph [label="Ingest"]; kafka } subgraph plain { label="not drawn"; spark } }');
    expect(r.components.map((c) => [c.name, c.hints ?? []])).toEqual([['kafka', ['Ingest']], ['spark', []]]);
  });

  it('reads labels as GraphViz draws them: HTML without its tags, a quoted label with its angle brackets and escapes', () => {
    const r = dotParser.parse('digraph { a [label=<<table><tr><td>Kafka</td></tr><tr><td>R&amp;D topic</td></tr></table>>]; b [label="Map<K,V> \\"hot\\" cache"]; c [label="\\N\\nlanding"] }');
    expect(r.components.map((c) => [c.name, c.hints ?? []])).toEqual([['Kafka', ['R&D topic']], ['Map<K,V> "hot" cache', []], ['c', ['landing']]]);
    // A reference past Unicode names no character: it stays as written.
    expect(dotParser.parse('digraph { a [label=<x &#99999999; y>] }').components[0]?.name).toBe('x &#99999999; y');
  });

  it('counts the edges a group multiplies past the limit without listing them', () => {
    const group = (p: string) => `{${Array.from({ length: 300 }, (_, i) => p + i).join(' ')}}`;
    const r = dotParser.parse(`digraph { ${group('x')} -> ${group('y')} }`);
    expect(r.edges).toHaveLength(50_000);
    expect(r.warnings.map((w) => w.message)).toEqual(['Too many edges: 40000 more were not read (limit 50000)']);
  });
});
