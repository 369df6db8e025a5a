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

  it('places the declared data by its product as data at rest, refined by the layer its name states', () => {
    const imported = importPipeline(DAGS, 'airflow');
    const stage = (name: string) => (imported.ok ? imported.value.graph.components.find((c) => c.name === name)?.placement : undefined);
    expect(stage('s3://lake/raw/orders')).toBe('store');
    // A summary table is aggregated for its readers: modelled, wherever it is kept.
    expect(stage('bigquery://shop.orders_summary')).toBe('model');
  });

  it('reads a condition over assets, and draws no asset whose URI is a template', () => {
    const dag = (schedule: string) => airflowParser.parse(`from airflow import DAG
from airflow.datasets import Dataset, DatasetAny
from airflow.operators.empty import EmptyOperator
a = Dataset("s3://lake/a")
b = Dataset("s3://lake/b")
with DAG("d", schedule=${schedule}) as d:
    EmptyOperator(task_id="t", outlets=[Dataset("s3://lake/{{ ds }}/c")])
`);
    for (const schedule of ['(a | b)', '(a & b)', 'DatasetAny(a, b)']) {
      expect(edgePairs(dag(schedule), false), schedule).toEqual(expect.arrayContaining(['s3://lake/a -> d', 's3://lake/b -> d']));
    }
    expect(dag('[a]').components.map((c) => c.name)).not.toContain('s3://lake/{{ ds }}/c');
  });

  it("keeps an asset only a DAG's schedule reaches as data, not as the orchestrator's own database", () => {
    const imported = importPipeline(`from airflow import DAG
from airflow.datasets import Dataset
from airflow.operators.empty import EmptyOperator
with DAG("d", schedule=[Dataset("mysql://shop/orders")]) as d:
    EmptyOperator(task_id="t")
`, 'airflow');
    expect(imported.ok && imported.value.graph.components.find((c) => c.name === 'mysql://shop/orders')?.placement).not.toBe('none');
  });
});
