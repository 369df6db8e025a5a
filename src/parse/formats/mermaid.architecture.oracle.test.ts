/**
 * Mermaid's own parser as the oracle for architecture diagrams, as for flowcharts: on every chart
 * here ours must find the services Mermaid finds, under the names it shows, and the same edges.
 * Mermaid keeps junctions as nodes; the data flows through them, so here an edge into a junction
 * and one out of it are joined into one, independently of how our reader does it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMermaidParser, type GetDiagram } from '../../test/mermaidOracle';
import { fixture } from '../../test/parseFormats';
import { mermaidParser } from './mermaid';

interface ArchService {
  readonly id: string;
  readonly title?: string;
}
interface ArchEdge {
  readonly lhsId: string;
  readonly rhsId: string;
  readonly lhsInto?: boolean;
  readonly rhsInto?: boolean;
}
interface ArchDb {
  getServices(): ArchService[];
  getJunctions(): { id: string }[];
  getEdges(): ArchEdge[];
}

let getDiagram: GetDiagram;

beforeAll(async () => {
  getDiagram = await loadMermaidParser();
}, 60_000);

async function oracle(text: string): Promise<{ nodes: string[]; edges: string[] }> {
  const db = (await getDiagram(text)).db as ArchDb;
  const names = new Map(db.getServices().map((s) => [s.id, s.title ?? s.id]));
  const junctions = new Set(db.getJunctions().map((j) => j.id));
  // A head on the left only points back; no head keeps the written order.
  let hops = db.getEdges().flatMap((e) => {
    const back: [string, string] = [e.rhsId, e.lhsId];
    const forward: [string, string] = [e.lhsId, e.rhsId];
    if (e.lhsInto && e.rhsInto) return [forward, back];
    return [e.lhsInto ? back : forward];
  });
  // Splice each junction out: every way in meets every way out.
  for (const j of junctions) {
    const ins = hops.filter(([, to]) => to === j).map(([from]) => from);
    const outs = hops.filter(([from]) => from === j).map(([, to]) => to);
    hops = [...hops.filter(([from, to]) => from !== j && to !== j), ...ins.flatMap((f) => outs.filter((t) => t !== f).map((t): [string, string] => [f, t]))];
  }
  const edges = [...new Set(hops.map(([f, t]) => `${names.get(f) ?? f} -> ${names.get(t) ?? t}`))];
  return { nodes: [...names.values()].sort(), edges: edges.sort() };
}

function ours(text: string): { nodes: string[]; edges: string[]; warnings: number } {
  const r = mermaidParser.parse(text);
  const name = new Map(r.components.map((c) => [c.id, c.name]));
  return {
    nodes: [...name.values()].sort(),
    edges: r.edges.map((e) => `${name.get(e.from)} -> ${name.get(e.to)}`).sort(),
    warnings: r.warnings.length,
  };
}

/** Architecture diagrams in the shapes READMEs write them; written for these tests. */
const CHARTS: Readonly<Record<string, string>> = {
  'services with built-in icons and undirected edges': 'architecture-beta\n  group api(cloud)[API]\n  service db(database)[Database] in api\n  service server(server)[Server] in api\n  db:L -- R:server\n',
  'Iconify icons, arrows both ways and a space before the title': [
    'architecture-beta',
    '    group ingest(mdi:download) [Ingestion]',
    '    service app(logos:react) [Mobile app]',
    '    service kafka(logos:kafka-icon) [Kafka] in ingest',
    '    service s3(logos:aws-s3) [Raw zone]',
    '    app:R --> L:kafka',
    '    s3:L <-- R:kafka',
    '    s3:B <--> T:app',
    '',
  ].join('\n'),
  'quoted titles, services without titles, ids with dashes': 'architecture-beta\n  group aws(logos:aws)["AWS eu-west-1"]\n  service job-runner(logos:aws-lambda) in aws\n  service raw(logos:aws-s3)["raw [store]"] in aws\n  job-runner:R --> L:raw\n',
  'junctions, nested groups without icons, edges from a group': [
    'architecture-beta',
    '  group platform(cloud)[Platform]',
    '  group silver[Silver] in platform',
    '  service clean(logos:python)[Clean] in silver',
    '  service typed(database)[Typed tables] in silver',
    '  service bi(internet)[BI]',
    '  service ml(server)[Feature job]',
    '  junction hub in platform',
    '  clean:B --> T:typed',
    '  typed{group}:R -- L:hub',
    '  hub:T --> B:bi',
    '  hub:B --> T:ml',
    '',
  ].join('\n'),
  'edge titles, comments and accessibility lines': 'architecture-beta\n  accTitle: Loads\n  accDescr: Orders are copied nightly\n  %% a comment\n  service pg(logos:postgresql)[Orders DB]\n  service wh(database)[Warehouse]\n  pg:R -[nightly copy]- L:wh\n',
};

describe('our reading of architecture diagrams agrees with Mermaid’s own', () => {
  it.each(Object.entries(CHARTS))('%s', async (_, text) => {
    const theirs = await oracle(text);
    const mine = ours(text);
    // `[store]` at the end of a title is our stage override, not part of the name.
    expect(mine.nodes).toEqual(theirs.nodes.map((n) => n.replace(' [store]', '')).sort());
    expect(mine.edges).toEqual(theirs.edges.map((n) => n.replace(' [store]', '')).sort());
    expect(mine.warnings).toBe(0);
  });

  it('on the data platform fixture', async () => {
    const text = fixture('mermaid-architecture.mmd');
    expect(ours(text)).toEqual({ ...(await oracle(text)), warnings: 0 });
  });

  it('and both object to a service in a group nothing declares, ours keeping the service', async () => {
    const text = 'architecture-beta\n  service a(server)[A] in nowhere\n';
    await expect(oracle(text)).rejects.toThrow(/parent does not exist/);
    expect(ours(text)).toEqual({ nodes: ['A'], edges: [], warnings: 1 });
  });
});
