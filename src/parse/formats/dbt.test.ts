import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byName, edgePairs, expectDetectsOwnFixtures, fixture, STRUCTURED_PARSERS } from '../../test/parseFormats';
import { dbtManifestParser, dbtSchemaParser } from './dbt';
import { wellFormedProblems } from './structured';
import { detectFormat } from '../importPipeline';



describe('dbtManifestParser: jaffle_shop manifest', () => {
  const text = fixture('dbt-manifest.json');
  const r = dbtManifestParser.parse(text);

  it('reads models, sources, the exposure, the metric and the semantic model; skips tests', () => {
    expect(r.warnings).toEqual([]);
    expect(r.components.map((c) => c.id)).toEqual([
      'model-jaffle-shop-stg-customers',
      'model-jaffle-shop-stg-orders',
      'model-jaffle-shop-stg-payments',
      'model-jaffle-shop-customers',
      'model-jaffle-shop-orders',
      'source-jaffle-shop-raw-customers',
      'source-jaffle-shop-raw-orders',
      'source-jaffle-shop-raw-payments',
      'exposure-jaffle-shop-weekly-kpis',
      'metric-jaffle-shop-order-total',
      'semantic-model-jaffle-shop-orders',
    ]);
    expect(r.components.some((c) => c.hints?.includes('dbt test'))).toBe(false);
  });

  it('names sources source_name.table and hints with resource type, folder, materialization and relation', () => {
    expect(r.components.find((c) => c.id === 'model-jaffle-shop-stg-orders')).toEqual({
      id: 'model-jaffle-shop-stg-orders',
      name: 'stg_orders',
      hints: ['dbt model', 'staging', 'view', 'analytics.staging', 'described as: Orders, one row per order.'],
    });
    expect(r.components.find((c) => c.id === 'model-jaffle-shop-orders')?.hints).toEqual(['dbt model', 'marts', 'table', 'analytics.marts', 'described as: One row per order with payment amounts by method.']);
    expect(byName(r, 'raw.payments')?.hints).toEqual(['dbt source', 'fivetran', 'analytics.raw', 'raw_payments']);
    expect(byName(r, 'weekly_kpis')?.hints).toEqual(['dbt exposure', 'dashboard', 'Weekly KPIs']);
  });

  it('draws lineage from parent_map, without test nodes', () => {
    expect(edgePairs(r)).toEqual([
      'raw.customers -> stg_customers',
      'raw.orders -> stg_orders',
      'raw.payments -> stg_payments',
      'stg_customers -> customers',
      'stg_orders -> customers',
      'stg_payments -> customers',
      'stg_orders -> orders',
      'stg_payments -> orders',
      'customers -> weekly_kpis',
      'orders -> weekly_kpis',
      'orders -> orders', // model → semantic model of the same name
      'orders -> order_total',
    ]);
  });

  it('falls back to child_map, then to depends_on.nodes, with the same result', () => {
    const m = JSON.parse(text) as Record<string, unknown>;
    const { parent_map: _p, ...withoutParents } = m;
    expect(new Set(edgePairs(dbtManifestParser.parse(JSON.stringify(withoutParents))))).toEqual(new Set(edgePairs(r)));
    const { child_map: _c, ...withoutMaps } = withoutParents;
    expect(new Set(edgePairs(dbtManifestParser.parse(JSON.stringify(withoutMaps))))).toEqual(new Set(edgePairs(r)));
  });

  it('reports a JSON syntax error with its line and column and reads on past it', () => {
    // Drop the comma after the third model's resource_type.
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.includes('"name": "stg_payments"')) + 1;
    expect(lines[at]).toBe('      "resource_type": "model",');
    lines[at] = '      "resource_type": "model"';
    const b = dbtManifestParser.parse(lines.join('\n'));
    expect(b.warnings.map((w) => [w.line, w.column, w.found])).toEqual([[at + 2, 7, '"package_name"']]);
    expect(b.warnings[0]?.message).toBe('Invalid JSON: expected a comma');
    expect(b.warnings[0]?.problem).toEqual({ kind: 'jsonSyntax', error: 'CommaExpected' });
    // The parser recovers at the missing comma: nothing after it is lost.
    expect(b.components.map((c) => c.name)).toEqual(r.components.map((c) => c.name));
    expect(edgePairs(b)).toEqual(edgePairs(r));
  });

  it('reads a 10 MB manifest in one pass', () => {
    const nodes: Record<string, unknown> = {};
    const parents: Record<string, string[]> = {};
    const filler = 'select * from somewhere -- '.repeat(60);
    for (let i = 0; i < 6000; i++) {
      const uid = `model.big.m${i}`;
      const deps = i === 0 ? [] : [`model.big.m${i - 1}`, `model.big.m${Math.floor(i / 2)}`];
      nodes[uid] = { resource_type: 'model', name: `m${i}`, fqn: ['big', 'marts', `m${i}`], config: { materialized: 'table' }, raw_code: filler, depends_on: { nodes: deps } };
      parents[uid] = deps;
      nodes[`test.big.t${i}`] = { resource_type: 'test', name: `t${i}`, depends_on: { nodes: [uid] } };
      parents[`test.big.t${i}`] = [uid];
    }
    const big = JSON.stringify({ metadata: { dbt_schema_version: 'https://schemas.getdbt.com/dbt/manifest/v12.json' }, nodes, sources: {}, parent_map: parents });
    expect(big.length).toBeGreaterThan(10_000_000);
    const t0 = performance.now();
    const out = dbtManifestParser.parse(big);
    const ms = performance.now() - t0;
    expect(out.components).toHaveLength(6000);
    expect(out.edges.length).toBe(2 * 5999 - 2);
    expect(ms).toBeLessThan(3000);
  });
});

describe('dbtSchemaParser: schema.yml', () => {
  const r = dbtSchemaParser.parse(fixture('dbt-schema.yml'));

  it('reads sources, their tables and models as components, at their lines, without warnings', () => {
    expect(r.warnings).toEqual([]);
    // Tables `customers` and `orders` share names with models, so every source table is `source.table`.
    expect(r.components.map((c) => [c.name, c.line, c.hints])).toEqual([
      ['raw', 6, ['dbt source', 'schema raw', 'fivetran', 'analytics.raw']],
      ['fivetran', 9, ['dbt loader']],
      ['raw.customers', 14, ['dbt source', 'source raw', 'fivetran', 'analytics.raw', 'raw_customers']],
      ['raw.orders', 17, ['dbt source', 'source raw', 'fivetran', 'analytics.raw', 'raw_orders']],
      ['payments', 22, ['dbt source', 'source raw', 'fivetran', 'analytics.raw', 'raw_payments']],
      ['stg_customers', 26, ['dbt model', 'described as: Customers, renamed and typed.']],
      ['stg_orders', 31, ['dbt model', 'view']],
      ['stg_payments', 41, ['dbt model']],
      ['customers', 42, ['dbt model', 'table', 'described as: One row per customer with order history and lifetime value.']],
      ['orders', 46, ['dbt model', 'table']],
      ['weekly_kpis', 57, ['dbt exposure', 'dashboard', 'Weekly KPIs']],
    ]);
  });

  it("states no lineage between models (a relationships test is not a data flow); only the source's loader into its tables and an exposure's depends_on", () => {
    expect(edgePairs(r)).toEqual(['fivetran -> raw.customers', 'fivetran -> raw.orders', 'fivetran -> payments', 'customers -> weekly_kpis', 'orders -> weekly_kpis']);
  });

  it('draws a source named for the system it comes from upstream of its tables; one named for a layer is where they rest, with no edge', () => {
    const out = dbtSchemaParser.parse('version: 2\nsources:\n  - name: shopify\n    tables:\n      - name: orders\n  - name: raw\n    tables:\n      - name: events\n  - name: raw_stripe\n    tables:\n      - name: charges\n');
    expect(out.components.map((c) => c.name)).toEqual(['shopify', 'orders', 'raw', 'events', 'raw_stripe', 'charges']);
    expect(byName(out, 'shopify')).toMatchObject({ line: 3, hints: ['source system'] });
    expect(byName(out, 'raw_stripe')).toMatchObject({ line: 9, hints: ['dbt source', 'schema raw_stripe'] });
    expect(byName(out, 'charges')?.hints).toEqual(['dbt source', 'source raw_stripe']);
    expect(edgePairs(out)).toEqual(['shopify -> orders']);
  });

  it('names a source table by its own name unless another source or a model shares it, then that table (and only it) as source.table', () => {
    const names = (text: string) => dbtSchemaParser.parse(text).components.map((c) => c.name);
    expect(names('sources:\n  - name: PEOPLE\n    tables:\n      - name: CUSTOMERS\n      - name: EMPLOYEES\n')).toEqual(['PEOPLE', 'CUSTOMERS', 'EMPLOYEES']);
    expect(names('sources:\n  - name: a\n    tables:\n      - name: t\n      - name: u\n  - name: b\n    tables:\n      - name: t\n')).toEqual(['a', 'a.t', 'u', 'b', 'b.t']);
    // Names a reader would confuse, differing only in punctuation, count as shared.
    expect(names('sources:\n  - name: yelp\n    tables:\n      - name: stg_users\nmodels:\n  - name: stg__users\n')).toEqual(['yelp', 'yelp.stg_users', 'stg__users']);
    const exposed = 'sources:\n  - name: raw\n    tables:\n      - name: orders\nexposures:\n  - name: report\n    depends_on:\n      - source("raw", "orders")\n';
    expect(names(exposed)).toEqual(['raw', 'orders', 'report']);
    expect(edgePairs(dbtSchemaParser.parse(exposed))).toEqual(['orders -> report']);
    // A name the file only refers to (`ref('orders')`, another source's `source('shop', 'orders')`) is shared too.
    const both = 'sources:\n  - name: raw\n    tables:\n      - name: orders\nexposures:\n  - name: report\n    depends_on:\n      - ref("orders")\n      - source("raw", "orders")\n      - source("shop", "orders")\n';
    expect(names(both)).toEqual(['raw', 'raw.orders', 'report', 'orders', 'shop.orders']);
    // A relationships test's ref to a source table's name means that table: not another component.
    const tested = 'sources:\n  - name: ecom\n    tables:\n      - name: locations\nmodels:\n  - name: fct_sales\n    columns:\n      - name: location_id\n        tests:\n          - relationships:\n              to: ref(\'locations\')\n';
    expect(names(tested)).toEqual(['ecom', 'locations', 'fct_sales']);
  });

  it("draws a model a relationships test points to that the file does not list, at the test's line, with no edge", () => {
    const text = 'version: 2\nmodels:\n  - name: mart_results\n    columns:\n      - name: team_sk\n        tests:\n          - relationships:\n              to: ref("dim_team")\n              field: team_sk\n      - name: fixture_sk\n        data_tests:\n          - relationships:\n              arguments:\n                to: ref(\'mart_results\')\n';
    const out = dbtSchemaParser.parse(text);
    expect(out.components.map((c) => [c.name, c.line, c.hints])).toEqual([['mart_results', 3, ['dbt model']], ['dim_team', 8, ['dbt model']]]);
    expect(out.edges).toEqual([]);
    expect(out.warnings).toEqual([]);
    // A `ref(` never closed on its line names nothing.
    const cut = 'version: 2\nmodels:\n  - name: a\n    columns:\n      - name: x\n        tests:\n          - relationships:\n              to: ref(\n  - name: c\n    description: "see ref(\'d\')"\n';
    expect(dbtSchemaParser.parse(cut).components.map((c) => c.name)).toEqual(['a', 'c']);
  });

  it('reports an unterminated quote at the quote, keeping the models before it', () => {
    const b = dbtSchemaParser.parse(fixture('dbt-schema-broken.yml'));
    expect(b.warnings.map((w) => [w.line, w.column, w.found])).toEqual([[7, 11, "'"]]);
    expect(b.warnings[0]?.message).toMatch(/Missing closing/);
    expect(b.components[0]?.name).toBe('stg_orders');
  });

  it('reports a bad indent with its position', () => {
    const b = dbtSchemaParser.parse('version: 2\nmodels:\n  - name: a\n   - name: b\n');
    expect(b.warnings[0]).toMatchObject({ line: 4, column: 4, found: '-' });
    expect(b.components[0]?.name).toBe('a');
  });
});

describe('dbt detect', () => {
  it('manifest: 0.95 with metadata.dbt_schema_version or nodes + parent_map; schema: 0.9 with version 2 and models/sources', () => {
    expect(dbtManifestParser.detect(fixture('dbt-manifest.json'))).toBe(0.95);
    expect(dbtManifestParser.detect('{"nodes": {}, "parent_map": {}}')).toBe(0.95);
    expect(dbtSchemaParser.detect(fixture('dbt-schema.yml'))).toBe(0.9);
    expect(dbtSchemaParser.detect('version: 2\nsources:\n  - name: raw\n')).toBe(0.9);
    expect(dbtSchemaParser.detect('{"version": 2, "models": []}')).toBe(0);
  });

  it('schema: a source with tables or a model with columns is dbt without the version line, and beats a list reading', () => {
    const sources = 'vsersion: 2\n\nsources:\n  - name: sheets\n    tables:\n      - name: actor\n        description: "Actors."\n      - name: film\n';
    expect(dbtSchemaParser.detect(sources)).toBe(0.9);
    expect(detectFormat(sources)?.id).toBe('dbt-schema');
    expect(dbtSchemaParser.detect('models:\n  - name: orders\n    columns:\n      - name: id\n')).toBe(0.9);
    expect(dbtSchemaParser.detect('models:\n  - name: orders\n')).toBe(0.5);
  });

  it('each rates its own fixtures above every other fixture, and above the other parsers', () => {
    expectDetectsOwnFixtures(dbtManifestParser, 'dbt-manifest', STRUCTURED_PARSERS);
    expectDetectsOwnFixtures(dbtSchemaParser, 'dbt-schema', STRUCTURED_PARSERS);
  });
});

describe('dbt properties', () => {
  it('never throw on arbitrary text and return well-formed results', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(wellFormedProblems(dbtManifestParser.parse(text))).toEqual([]);
        expect(wellFormedProblems(dbtSchemaParser.parse(text))).toEqual([]);
      }),
    );
  });

  it('stay well-formed on arbitrary JSON and on cut-up fixtures', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(wellFormedProblems(dbtManifestParser.parse(text))).toEqual([]);
      }),
    );
    const manifest = fixture('dbt-manifest.json');
    const schema = fixture('dbt-schema.yml');
    fc.assert(
      fc.property(fc.nat(manifest.length), fc.nat(200), fc.nat(schema.length), fc.nat(40), (at, len, at2, len2) => {
        expect(wellFormedProblems(dbtManifestParser.parse(manifest.slice(0, at) + manifest.slice(at + len)))).toEqual([]);
        expect(wellFormedProblems(dbtSchemaParser.parse(schema.slice(0, at2) + schema.slice(at2 + len2)))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('stays well-formed on manifests with arbitrary node shapes', () => {
    const node = fc.record({ resource_type: fc.constantFrom('model', 'seed', 'snapshot', 'test', 'source', 7), name: fc.oneof(fc.string(), fc.constant(null)) }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.dictionary(fc.string(), node), fc.dictionary(fc.string(), fc.array(fc.string())), (nodes, parentMap) => {
        expect(wellFormedProblems(dbtManifestParser.parse(JSON.stringify({ nodes, parent_map: parentMap })))).toEqual([]);
      }),
    );
  });
});
