import { describe, expect, it } from 'vitest';
import { importPipeline } from '../../importPipeline';

const imported = (text: string) => {
  const r = importPipeline(text);
  if (!r.ok) throw new Error(r.error.kind);
  return r.value.graph;
};
const sources = (loader: string, source = 'raw_shop') =>
  ['version: 2', 'sources:', `  - name: ${source}`, '    schema: raw', `    loader: ${loader}`, '    tables:', '      - name: orders', '      - name: customers'].join('\n');

describe("a dbt source's loader", () => {
  it('is the ingestion that loads its tables, whatever its name', () => {
    for (const loader of ['fivetran', 'aws_lambda', 'python_ingest']) {
      const g = imported(sources(loader));
      const c = g.components.find((x) => x.name === loader);
      expect(c?.placement, loader).toBe('ingest');
      const targets = g.edges.filter((e) => e.from === c?.id).map((e) => g.components.find((x) => x.id === e.to)?.name);
      expect(targets).toEqual(expect.arrayContaining([expect.stringContaining('orders'), expect.stringContaining('customers')]));
    }
  });

  it('sits between a source named for its system and the tables', () => {
    const g = imported(sources('Stitch', 'shopify'));
    const name = (id: string) => g.components.find((x) => x.id === id)?.name;
    expect(g.edges.map((e) => `${name(e.from)}->${name(e.to)}`)).toEqual(expect.arrayContaining(['shopify->Stitch', expect.stringMatching(/^Stitch->.*orders$/)]));
  });

  it('is drawn once when several sources name it', () => {
    const text = [sources('fivetran', 'raw_a'), '  - name: raw_b', '    loader: fivetran', '    tables:', '      - name: events'].join('\n');
    expect(imported(text).components.filter((x) => x.name === 'fivetran')).toHaveLength(1);
  });
});
