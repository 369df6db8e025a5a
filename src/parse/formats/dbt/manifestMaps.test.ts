import { describe, expect, it } from 'vitest';
import { importPipeline } from '../../importPipeline';
import { edgePairs, expectWellFormed, fixture } from '../../../test/parseFormats';
import { dbtManifestParser } from '../dbt';
import { layerOf, readUniqueId } from './uniqueId';
import { LAYER_PREFIXES } from '../../lexicon/dbt';

/** What people paste: the lineage maps cut out of a manifest too large to share whole. */
const trimmed = JSON.stringify(
  {
    parent_map: {
      'source.shop.raw.orders': [],
      'seed.shop.country_codes': [],
      'model.shop.stg_orders': ['source.shop.raw.orders'],
      'model.shop.int_orders_enriched': ['model.shop.stg_orders', 'seed.shop.country_codes'],
      'model.shop.fct_orders': ['model.shop.int_orders_enriched'],
      'snapshot.shop.orders_snapshot': ['model.shop.stg_orders'],
      'test.shop.unique_fct_orders_order_id.5a1b2c': ['model.shop.fct_orders'],
      'exposure.shop.revenue_dashboard': ['model.shop.fct_orders'],
      'metric.shop.revenue': ['model.shop.fct_orders'],
    },
  },
  null,
  2,
);

describe('dbt manifest trimmed to its lineage maps', () => {
  const r = dbtManifestParser.parse(trimmed);

  it('is recognised as a dbt manifest', () => {
    expect(dbtManifestParser.detect(trimmed)).toBeGreaterThanOrEqual(0.9);
    expect(importPipeline(trimmed)).toMatchObject({ ok: true, value: { format: 'dbt-manifest' } });
  });

  it('names every flow node from its unique id, with its resource type and layer as hints; tests are not components', () => {
    expect(r.components.map((c) => [c.name, c.hints])).toEqual([
      ['raw.orders', ['dbt source']],
      ['country_codes', ['dbt seed']],
      ['stg_orders', ['dbt model', 'staging']],
      ['int_orders_enriched', ['dbt model', 'intermediate']],
      ['fct_orders', ['dbt model', 'marts']],
      ['orders_snapshot', ['dbt snapshot']],
      ['revenue_dashboard', ['dbt exposure']],
      ['revenue', ['dbt metric']],
    ]);
    expectWellFormed(r);
  });

  it('draws the lineage and says where the names came from', () => {
    expect(edgePairs(r)).toEqual([
      'raw.orders -> stg_orders',
      'stg_orders -> int_orders_enriched',
      'country_codes -> int_orders_enriched',
      'int_orders_enriched -> fct_orders',
      'stg_orders -> orders_snapshot',
      'fct_orders -> revenue_dashboard',
      'fct_orders -> revenue',
    ]);
    expect(r.warnings.map((w) => w.problem)).toEqual([{ kind: 'lineageOnly', nodes: 8 }]);
  });

  it('places staging and intermediate models in process and marts in model', () => {
    const imported = importPipeline(trimmed);
    if (!imported.ok) throw new Error('not imported');
    const stage = new Map(imported.value.graph.components.map((c) => [c.name, c.placement]));
    expect([stage.get('stg_orders'), stage.get('int_orders_enriched'), stage.get('fct_orders')]).toEqual(['process', 'process', 'model']);
  });

  it('reads a child_map alone the same way', () => {
    const parents = (JSON.parse(trimmed) as { parent_map: Record<string, string[]> }).parent_map;
    const children: Record<string, string[]> = {};
    for (const [child, ps] of Object.entries(parents)) for (const p of ps) (children[p] ??= []).push(child);
    const c = dbtManifestParser.parse(JSON.stringify({ child_map: children }));
    expect(new Set(edgePairs(c))).toEqual(new Set(edgePairs(r)));
  });

  it('gives the same lineage as the whole manifest it was cut from', () => {
    const whole = JSON.parse(fixture('dbt-manifest.json')) as Record<string, unknown>;
    const cut = dbtManifestParser.parse(JSON.stringify({ parent_map: whole.parent_map, child_map: whole.child_map }));
    expect(new Set(edgePairs(cut))).toEqual(new Set(edgePairs(dbtManifestParser.parse(fixture('dbt-manifest.json')))));
  });

  it('still says so when a JSON object has neither sections nor maps', () => {
    expect(dbtManifestParser.parse('{"metadata": {}}').warnings.map((w) => w.problem)).toEqual([{ kind: 'manifestEmpty' }]);
  });
});

describe('dbt unique ids', () => {
  it('read sources as source_name.table, drop a model version from the name, and skip tests, analyses and operations', () => {
    expect(readUniqueId('source.pkg.raw.orders')).toEqual({ type: 'source', name: 'raw.orders', hints: ['dbt source'] });
    expect(readUniqueId('model.pkg.dim_customers.v2')).toEqual({ type: 'model', name: 'dim_customers', hints: ['dbt model', 'marts', 'v2'] });
    for (const id of ['test.pkg.not_null_orders_id.abc123', 'analysis.pkg.a', 'operation.pkg.on-run-start', 'model.pkg']) expect(readUniqueId(id), id).toBeUndefined();
  });

  it('know each layer prefix by its own example', () => {
    for (const p of LAYER_PREFIXES) expect(layerOf(p.example), p.example).toBe(p.layer);
    expect(layerOf('orders')).toBeUndefined();
  });
});
