import { describe, expect, it } from 'vitest';
import { facts } from '../../../test/placements';
import { verbRule } from './verb';

describe('rule 3: the verb of work', () => {
  it.each([
    ['download_data', 'ingest'],
    ['get_flight_data_from_gcs', 'ingest'],
    ['upload_to_bucket', 'ingest'],
    ['extract_events', 'ingest'],
    ['clean_orders', 'process'],
    ['dedupe_events', 'process'],
    ['remove_duplicates', 'process'],
    ['aggregate_daily', 'model'],
    ['train_model', 'model'],
    ['build_marts', 'model'],
    ['publish_report', 'serve'],
    ['export_to_sheets', 'serve'],
    ['notify_slack', 'serve'],
    ['materialize_features', 'serve'],
  ] as const)('%s → %s', (name, want) => {
    expect(verbRule(facts(name, 'PythonOperator'))).toMatchObject({ placement: want, rule: 'verb' });
  });

  it('reads a trigger named for what it starts as that work: a dashboard it refreshes, a mart it builds', () => {
    expect(verbRule(facts('trigger_daily_dashboard', 'PythonOperator'))?.placement).toBe('serve');
    expect(verbRule(facts('trigger_kpi_mart_dashboard', 'PythonOperator'))?.placement).toBe('model');
    expect(verbRule(facts('trigger_fetch_wind', 'PythonOperator'))?.placement).toBe('ingest');
    // Without a trigger the role noun does not decide: a KPI mart is modelled, not served.
    expect(verbRule(facts('kpi_mart_dashboard', 'PythonOperator'))?.placement).not.toBe('serve');
  });

  it('builds a modelled layer by loading into it, and lands anything else', () => {
    expect(verbRule(facts('load_songplays_fact_table', 'LoadFactOperator'))?.placement).toBe('model');
    expect(verbRule(facts('Load Dimensions'))?.placement).toBe('model');
    expect(verbRule(facts('load_staging_events', 'StageToRedshiftOperator'))?.placement).toBe('ingest');
    expect(verbRule(facts('Encrypt Email'))?.placement).toBe('process');
  });

  it('reads a trigger as the work it starts when the name says which, and as the scheduler when not', () => {
    expect(verbRule(facts('trigger_fetch_wind', 'PythonOperator'))?.placement).toBe('ingest');
    expect(verbRule(facts('trigger_downstream_dag', 'PythonOperator'))?.placement).toBe('orchestrate');
  });

  it('reads the task part of a dotted OpenLineage job name, not its DAG', () => {
    expect(verbRule(facts('orders_daily.load_orders', 'job'))?.placement).toBe('ingest');
    expect(verbRule(facts('integration_test.execute_save', 'job'))).toBeUndefined();
  });

  it('reads a script named for what it does as work: its verb, or "<what> to <where>"', () => {
    expect(verbRule(facts('extract_orders.py'))?.placement).toBe('ingest');
    expect(verbRule(facts('subscriber_to_gcs.py'))?.placement).toBe('ingest');
    expect(verbRule(facts('json_to_parquet.py'))?.placement).toBe('process');
    // Named for what it is, a script stays a thing: producer.py makes data.
    expect(verbRule(facts('producer.py'))).toBeUndefined();
  });

  it('applies to work only', () => {
    expect(verbRule(facts('orders', 'dataset'))).toBeUndefined();
    expect(verbRule(facts('Orders table'))).toBeUndefined();
  });
});
