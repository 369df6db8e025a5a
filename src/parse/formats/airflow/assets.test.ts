import { describe, expect, it } from 'vitest';
import { edgePairs } from '../../../test/parseFormats';
import { importPipeline } from '../../importPipeline';
import { airflowParser } from '../airflow';

const DAGS = `from airflow import DAG
from airflow.datasets import Dataset
from airflow.sdk import Asset
from airflow.decorators import dag, task
from airflow.operators.bash import BashOperator

orders = Dataset("s3://lake/raw/orders")
summary = Asset(name="orders_summary", uri="bigquery://shop.orders_summary")

with DAG("load_orders", schedule="@daily") as load:
    BashOperator(task_id="copy_orders", bash_command="./copy.sh", outlets=[orders])

@dag(schedule=[orders])
def summarise():
    @task(outlets=[summary], inlets=[Asset("postgres://crm/customers")])
    def build_summary():
        pass
    build_summary()

summarise()
`;

describe('airflowParser: data-aware scheduling', () => {
  const r = airflowParser.parse(DAGS);

  it('draws each Dataset or Asset a task declares, by its URI, as data the task writes or reads', () => {
    const pairs = edgePairs(r, false);
    expect(pairs).toContain('copy_orders -> s3://lake/raw/orders');
    expect(pairs).toContain('build_summary -> bigquery://shop.orders_summary');
    expect(pairs).toContain('postgres://crm/customers -> build_summary');
  });

  it('draws the asset a DAG is scheduled on into the DAG it starts', () => {
    expect(edgePairs(r, false)).toContain('s3://lake/raw/orders -> summarise');
  });

  it('places the declared data by its product, as data at rest', () => {
    const imported = importPipeline(DAGS, 'airflow');
    const stage = (name: string) => (imported.ok ? imported.value.graph.components.find((c) => c.name === name)?.placement : undefined);
    expect(stage('s3://lake/raw/orders')).toBe('store');
    expect(stage('bigquery://shop.orders_summary')).toBe('store');
  });

  it('reads a schedule that names no asset as before: a cron text draws no data', () => {
    expect(r.components.filter((c) => c.name.includes('@daily'))).toEqual([]);
  });
});
