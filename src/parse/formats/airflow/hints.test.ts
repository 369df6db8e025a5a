import { describe, expect, it } from 'vitest';
import { airflowParser } from '../airflow';
import { importPipeline } from '../../importPipeline';
import { hintFromKwarg } from './hints';

describe('Airflow: what an operator argument says of its task', () => {
  it('takes the first table a SQL statement names, past IF NOT EXISTS', () => {
    expect(hintFromKwarg('sql', 'INSERT INTO raw.orders SELECT 1')).toBe('raw.orders');
    expect(hintFromKwarg('sql', 'CREATE TABLE IF NOT EXISTS weather_maranguape (temperature TEXT)')).toBe('weather_maranguape');
    expect(hintFromKwarg('sql', 'DROP TABLE IF EXISTS analytics.daily')).toBe('analytics.daily');
    expect(hintFromKwarg('sql', 'sql/load_orders.sql')).toBe('load_orders.sql');
  });

  it('takes an image by its repository, not the registry it is kept in nor its tag', () => {
    expect(hintFromKwarg('image', '509399598587.dkr.ecr.eu-west-2.amazonaws.com/contracts-etl:v1.2')).toBe('contracts-etl');
    expect(hintFromKwarg('image', 'ghcr.io/dbt-labs/dbt-postgres:1.7.0')).toBe('dbt-labs/dbt-postgres');
    expect(hintFromKwarg('image', 'apache/spark:3.5.1')).toBe('apache/spark');
    expect(hintFromKwarg('image', 'localhost:5000/loader@sha256:abc')).toBe('loader');
  });

  it('takes the program a shell command runs, past setup and the words that hand it on', () => {
    expect(hintFromKwarg('bash_command', 'cd /dbt && dbt run --models marts')).toBe('dbt');
    expect(hintFromKwarg('command', "docker exec dbt bash -c 'dbt run --select dim_products'")).toBe('dbt');
    expect(hintFromKwarg('bash_command', '\n  cd /opt/airflow/dbt\n  dbt source freshness\n')).toBe('dbt');
    expect(hintFromKwarg('bash_command', 'source venv/bin/activate && python /jobs/extract.py')).toBe('extract.py');
    expect(hintFromKwarg('bash_command', '/opt/run_dbt.sh')).toBe('run_dbt.sh');
    // A command that only sets up is still named by its first word, as upkeep reads it.
    expect(hintFromKwarg('bash_command', 'mkdir -p /tmp/sales')).toBe('mkdir');
  });

  it('draws dbt once for the tasks whose shell commands run it', () => {
    const r = importPipeline(['from airflow import DAG', 'from airflow.operators.bash import BashOperator', 'with DAG("d") as dag:', '    a = BashOperator(task_id="seed", bash_command="cd /dbt && dbt seed")', '    b = BashOperator(task_id="build_marts", bash_command="cd /dbt && dbt run --models marts")', '    a >> b', ''].join('\n'));
    expect(r.ok && r.value.graph.components.filter((c) => c.name.toLowerCase() === 'dbt').map((c) => c.placement)).toEqual(['process']);
  });

  it('lets the verb in the task id place it when its image is kept in a registry', () => {
    const r = importPipeline(['from airflow import DAG', 'from airflow.providers.cncf.kubernetes.operators.pod import KubernetesPodOperator as K', 'with DAG("d") as dag:', '    K(task_id="extract_orders", image="1.dkr.ecr.eu-west-2.amazonaws.com/etl:1") >> K(task_id="process_orders", image="1.dkr.ecr.eu-west-2.amazonaws.com/etl:1")', ''].join('\n'));
    const stage = (name: string) => (r.ok ? r.value.graph.components.find((c) => c.name === name)?.placement : undefined);
    expect([stage('extract_orders'), stage('process_orders')]).toEqual(['ingest', 'process']);
  });
});

describe('Airflow: a TaskFlow task that opens two systems\' hooks', () => {
  const dag = (body: string) => ['from airflow.decorators import dag, task', '', '@dag(schedule="@hourly")', 'def dump():', '    @task', '    def run():', ...body.split('\n').map((l) => `        ${l}`), '    run()', '', 'dump()', ''].join('\n');

  it('moves data from the first to the second, as a transfer operator does', () => {
    const r = importPipeline(dag('src = MsSqlHook(mssql_conn_id="erp")\nout = S3Hook()\nout.load_file(src.get_records("SELECT 1"))'));
    if (!r.ok) throw new Error(r.error.kind);
    const run = r.value.graph.components.find((c) => c.name === 'run');
    expect(run?.placement).toBe('ingest');
    expect(run?.reason).toContain('"s3"');
  });

  it('says nothing more with one hook', () => {
    const raw = airflowParser.parse(dag('hook = PostgresHook()\nhook.run("CALL refresh()")'));
    expect(raw.components.find((c) => c.name === 'run')?.hints).toEqual(['@task', 'PostgresHook']);
  });
});

describe('Airflow: a task made by a factory function', () => {
  it("is work whose type is the factory's name, as an operator class is: a file loaded into raw tables ingests", () => {
    const text = ['from airflow import DAG', 'from astro import sql as aql', '', 'with DAG("games") as dag:', '    games_gcs_to_raw = aql.load_file(task_id="games_gcs_to_raw", input_file=File("gs://lake/raw/games.csv"))', ''].join('\n');
    expect(airflowParser.parse(text).components.find((c) => c.name === 'games_gcs_to_raw')?.hints).toEqual(['task: load file']);
    const r = importPipeline(text);
    if (!r.ok) throw new Error(r.error.kind);
    expect(r.value.graph.components.find((c) => c.name === 'games_gcs_to_raw')?.placement).toBe('ingest');
  });

  it("takes no type from a call of the file's own or from a task's override", () => {
    const text = ['from airflow import DAG', '', 'with DAG("d") as dag:', '    a = make_sensor(task_id="customers")', '    b = extract.override(task_id="orders")', ''].join('\n');
    expect(airflowParser.parse(text).components.filter((c) => c.name !== 'd').map((c) => c.hints ?? [])).toEqual([[], []]);
  });
});
