import { describe, expect, it } from 'vitest';
import { airflowParser } from '../airflow';
import { edgePairs } from '../../../test/parseFormats';
import { taskEngines, taskSystems } from './systems';
import { importPipeline } from '../../importPipeline';

const dag = (body: string): string => `from airflow import DAG\nfrom airflow.providers.postgres.operators.postgres import PostgresOperator\n\nwith DAG("d") as dag:\n${body}`;

describe('the systems a task names, where its data rests', () => {
  it('reads what comes after "from" or before "to", and writes what comes after "to"', () => {
    expect(taskSystems('s3_to_snowflake', [])).toMatchObject([
      { name: 'S3', writes: false },
      { name: 'Snowflake', writes: true },
    ]);
    expect(taskSystems('extract_from_postgres', [])).toMatchObject([{ name: 'Postgres', writes: false }]);
  });

  it('keeps the direction the id states when a connection names the same system, which says none', () => {
    expect(taskSystems('s3_to_snowflake', ['snowflake_default']).find((x) => x.name === 'Snowflake')?.writes).toBe(true);
    expect(taskSystems('extract_from_postgres', ['postgres_default'])).toMatchObject([{ name: 'Postgres', writes: false }]);
  });

  it('has a loading task write the system its class or connection names, and any other task read it', () => {
    expect(taskSystems('copy_orders', ['RedshiftDataOperator'])).toMatchObject([{ name: 'Redshift', writes: true }]);
    expect(taskSystems('create_curated', ['RedshiftDataOperator'])).toMatchObject([{ name: 'Redshift', writes: false }]);
  });

  it('takes the connection over the operator class, which is often only the SQL dialect', () => {
    expect(taskSystems('load_events', ['PostgresOperator', 'redshift'])).toMatchObject([{ name: 'Redshift', writes: true }]);
  });

  it('spells the system as the file does in mixed case, one per product, and never as the task itself', () => {
    expect(taskSystems('load', ['GCSToBigQueryOperator', 'BIGQUERY_DATASET', 'bq_conn']).map((s) => s.name)).toEqual(['BigQuery']);
    expect(taskSystems('redshift', ['RedshiftSQLOperator'])).toEqual([]);
    expect(taskSystems('bq', [])).toEqual([]);
    expect(taskSystems('run', ['MsSqlOperator']).map((x) => x.name)).toEqual(['SQL Server']);
    expect(taskSystems('transform_data', ['PythonOperator'])).toEqual([]);
  });

  it('draws each system once in the DAG, fed by the tasks that load it and feeding those that read it', () => {
    const r = airflowParser.parse(
      dag(
        '    load = PostgresOperator(task_id="load_to_redshift", postgres_conn_id="redshift", sql="COPY x")\n' +
          '    report = PostgresOperator(task_id="build_report", postgres_conn_id="redshift", sql="SELECT 1")\n' +
          '    load >> report\n',
      ),
    );
    expect(r.components.filter((c) => c.name === 'Redshift')).toHaveLength(1);
    expect(edgePairs(r, false)).toEqual(expect.arrayContaining(['load_to_redshift -> Redshift', 'Redshift -> build_report']));
  });

  it('places the system by its product, not as a dataset its last writer made: a warehouse a dimension load writes stays the store', () => {
    const text = dag('    a = PostgresOperator(task_id="load_to_redshift", sql="COPY x")\n    b = PostgresOperator(task_id="load_dim_user", postgres_conn_id="redshift", sql="INSERT")\n    a >> b\n');
    const imported = importPipeline(text);
    const redshift = imported.ok ? imported.value.graph.components.find((c) => c.name === 'Redshift') : undefined;
    expect(redshift?.placement).toBe('store');
  });

  it('draws the sources, stores and serving systems the author names in comments, docstrings or the description that no task names, and nothing else they mention', () => {
    const text =
      '"""Prices from the Kaggle API land in MinIO, then load into ClickHouse and on to Metabase."""\nfrom airflow import DAG\nfrom airflow.operators.bash import BashOperator\n\n' +
      'with DAG("prices", description="Parquet files in S3") as dag:\n' +
      '    # MinIO Parquet -> ClickHouse klines, with Spark\n' +
      '    load = BashOperator(task_id="load_to_clickhouse", bash_command="python load.py")\n';
    const names = airflowParser.parse(text).components.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Kaggle API', 'MinIO', 'S3', 'Metabase']));
    expect(names.filter((n) => /^clickhouse$/i.test(n))).toHaveLength(1);
    for (const other of ['Grafana', 'Spark', 'Parquet']) expect(names).not.toContain(other);
  });

  it('draws a source or serving system only where the words move data, a store wherever it is named', () => {
    const text = '# Author: Jane, Twitter: @jane\n# Dashboards live in Power BI\n# Pulls prices from the Kaggle API\n# Results land in Snowflake\nfrom airflow import DAG\n\nwith DAG("d") as dag:\n    pass\n';
    const names = airflowParser.parse(text).components.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Kaggle API', 'Snowflake']));
    for (const passing of ['Twitter', 'Power BI']) expect(names).not.toContain(passing);
  });

  it('spells a store as the words do, and reads no code commented out', () => {
    const text = 'from airflow import DAG\n\nwith DAG("d") as dag:\n    # Results land in the Delta Lake tables\n    # from airflow.providers.amazon.aws.hooks.s3 import S3Hook\n    # client = Minio("minio:9000")\n    pass\n';
    const names = airflowParser.parse(text).components.map((c) => c.name);
    expect(names).toContain('Delta Lake');
    expect(names.filter((n) => /s3|minio/i.test(n))).toEqual([]);
  });
});

describe('the engines a task hands its work to', () => {
  it('reads them from the class, the connection or the program a command runs, and never a language, a store or a word inside a name', () => {
    expect(taskEngines(['DatabricksRunNowOperator', 'databricks_default'])).toEqual(['Databricks']);
    expect(taskEngines(['AirbyteTriggerSyncOperator', 'airbyte_example'])).toEqual(['Airbyte']);
    expect(taskEngines(['BashOperator', 'dbt'])).toEqual(['DBT']);
    for (const hints of [['BashOperator', 'python'], ['PythonOperator'], ['SnowflakeOperator'], ['BashOperator', 'spark_jobs_folder']]) expect(taskEngines(hints)).toEqual([]);
  });

  it('draws an engine once, each task that runs it joined to it by a control edge, so the data path stays the tasks\'', () => {
    const text = [
      'from airflow import DAG',
      'from airflow.providers.google.cloud.operators.dataproc import DataprocSubmitJobOperator',
      'with DAG("nightly") as dag:',
      '    clean = DataprocSubmitJobOperator(task_id="clean_trips", job={})',
      '    aggregate = DataprocSubmitJobOperator(task_id="aggregate_trips", job={})',
      '    clean >> aggregate',
    ].join('\n');
    const r = airflowParser.parse(text);
    expect(r.components.filter((c) => c.name === 'Dataproc')).toHaveLength(1);
    expect(edgePairs(r, true)).toEqual(expect.arrayContaining(['clean_trips -> Dataproc', 'aggregate_trips -> Dataproc']));
    expect(edgePairs(r, false)).toEqual(['clean_trips -> aggregate_trips']);
  });
});
