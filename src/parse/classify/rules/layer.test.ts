import { describe, expect, it } from 'vitest';
import { classify } from '../classify';
import { layerRule } from './layer';
import { facts } from '../../../test/placements';

describe('rule 4: the layer of data at rest', () => {
  it('places a dataset by its layer over the warehouse it rests in', () => {
    expect(layerRule(facts('analytics.marts.orders', 'dataset', 'redshift'))?.placement).toBe('model');
    expect(layerRule(facts('lake.silver.orders', 'dataset', 's3://lake'))?.placement).toBe('process');
    expect(layerRule(facts('raw.orders', 'dataset', 'snowflake'))?.placement).toBe('store');
    expect(layerRule(facts('ml.user_features', 'dataset', 'bigquery'))?.placement).toBe('model');
  });

  it('models data named for being aggregated, flattened or kept for analysis', () => {
    const stage = (name: string) => classify({ id: name, name, hints: [] }).placement;
    expect(['Aggregated Data', 'Denormalized Tables', 'Analytics Table', 'Cleaned Data'].map(stage)).toEqual(['model', 'model', 'model', 'process']);
  });

  it('reads medallion layers abbreviated and data named for the processing done to it', () => {
    expect(layerRule(facts('lake.slv_players', 'dataset'))?.placement).toBe('process');
    expect(layerRule(facts('lake.gld_gmv_monthly', 'dataset'))?.placement).toBe('model');
    expect(layerRule(facts('lake.brz_orders', 'dataset'))?.placement).toBe('store');
    expect(layerRule(facts('analytics.browsing_flattened', 'dataset'))?.placement).toBe('process');
  });

  it('places work between two layers by the one it writes to, after "to"', () => {
    expect(layerRule(facts('silver_to_gold', 'PythonOperator'))?.placement).toBe('model');
    expect(layerRule(facts('raw_to_staging', 'PythonOperator'))?.placement).toBe('process');
    expect(layerRule(facts('load_bronze', 'PythonOperator'))?.placement).toBe('ingest');
  });

  it('reads a folder or object path as data at rest, placed by its layer', () => {
    expect(layerRule(facts('silver/ (cleansed & deduped)', 'S3 Data Lake'))?.placement).toBe('process');
    expect(layerRule(facts('s3://lake/gold/orders'))?.placement).toBe('model');
    expect(layerRule(facts('processed/orders/2025-01-15'))?.placement).toBe('process');
  });

  it('reads the warehouse prefix dm_ as a data mart', () => {
    expect(layerRule(facts('dm_sales_daily', 'dataset', 'postgres'))?.placement).toBe('model');
    expect(layerRule(facts('dm_counts_insert', 'PostgresOperator'))?.placement).toBe('model');
    // The summary layer of a Chinese warehouse aggregates; DWD is also Germany's weather service, a source.
    expect(layerRule(facts('dws_orders_1min', 'dataset', 'clickhouse'))?.placement).toBe('model');
  });

  it('keeps the usual stage of the store when no layer word says more', () => {
    expect(layerRule(facts('SANDBOX.PUBLIC.ORDERS', 'dataset', 'snowflake'))?.placement).toBe('store');
  });

  it('reads a layer in a task name as what the work builds: landing raw data is ingestion', () => {
    expect(layerRule(facts('raw_orders', '@task'))?.placement).toBe('ingest');
    expect(layerRule(facts('orders_mart', '@task'))?.placement).toBe('model');
  });
});
