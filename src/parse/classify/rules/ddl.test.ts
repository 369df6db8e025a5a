import { describe, expect, it } from 'vitest';
import { catalogStrength, classify } from '../classify';
import { facts } from '../../../test/placements';
import { verbRule } from './verb';

describe('rule 3 for DDL: work that creates or empties a table takes the table\'s layer', () => {
  it.each([
    ['create_clicks_staging_table', 'store'],
    ['create_revenue_fact_table', 'model'],
    ['truncate_silver_visits', 'process'],
    ['drop_table_gold_kpis', 'model'],
  ] as const)('%s → %s', (name, want) => {
    expect(verbRule(facts(name, 'SQLExecuteQueryOperator'))).toMatchObject({ placement: want, rule: 'verb' });
  });

  it('finds the layer in the table a hint names', () => {
    expect(verbRule(facts('create_tables', 'PostgresOperator', 'marts.customer_ltv'))?.placement).toBe('model');
  });

  it('reads the layer from the schema of a qualified table: raw.x is stored, analytics.x modelled', () => {
    expect(verbRule(facts('create_table_a', 'SQLExecuteQueryOperator', 'raw.page_views'))?.placement).toBe('store');
    expect(verbRule(facts('truncate_b', 'SQLExecuteQueryOperator', 'warehouse.analytics.customer_scores'))?.placement).toBe('model');
    expect(verbRule(facts('truncate_c', 'SQLExecuteQueryOperator', 'app.customer_scores'))).toBeUndefined();
  });

  it('without a layer, creating tables, a schema or a dataset sets storage up; another verb or the database decides the rest', () => {
    expect(verbRule(facts('create_and_load_visits', 'PythonOperator'))?.placement).toBe('ingest');
    expect(verbRule(facts('create_artists_table', 'PostgresOperator'))?.placement).toBe('none');
    expect(verbRule(facts('create_schemas', 'PostgresOperator'))?.placement).toBe('none');
    expect(verbRule(facts('create_retail_dataset', 'BigQueryCreateEmptyDatasetOperator'))?.placement).toBe('none');
    expect(verbRule(facts('create_biglake_bikeshare', 'PythonOperator'))).toBeUndefined();
  });

  it('a DDL verb leading free text neither makes it work nor names a component', () => {
    expect(classify({ id: 'd', name: 'Create dashboards' }).placement).toBe('serve');
    expect(catalogStrength('create tables')).toBeUndefined();
  });
});

describe('Airflow control tasks are not data components', () => {
  it.each([
    ['begin', 'EmptyOperator'],
    ['finish', 'DummyOperator'],
    ['choose_path', 'BranchPythonOperator'],
  ])('%s (%s) → none', (name, operator) => {
    expect(classify({ id: name, name, hints: [operator] }).placement).toBe('none');
  });

  it('puts a sensor with the orchestrator: it is the scheduler waiting on something upstream', () => {
    expect(classify({ id: 'wait_for_export', name: 'wait_for_export', hints: ['GCSObjectExistenceSensor'] }).placement).toBe('orchestrate');
    // A group titled for a device is not an operator class.
    expect(classify({ id: 'probe', name: 'Probe A', hints: ['Soil Moisture Sensor'] }).placement).not.toBe('orchestrate');
  });
});

describe('work that moves code, not data', () => {
  it('a jar or wheel copied to a bucket is deployment: none; a file copied there is still a transfer', () => {
    expect(classify({ id: 'a', name: 'push_jar_to_gcs', hints: ['PythonOperator'] }).placement).toBe('none');
    expect(classify({ id: 'b', name: 'wheel_to_s3', hints: ['PythonOperator'] }).placement).toBe('none');
    expect(classify({ id: 'c', name: 'csv_to_parquet', hints: ['PythonOperator'] }).placement).toBe('process');
    expect(classify({ id: 'd', name: 'Python script' }).placement).toBe('process');
  });
});
