import { describe, expect, it } from 'vitest';
import { importPipeline } from '../../importPipeline';

const dag = [
  'from airflow import DAG',
  'from airflow.operators.bash import BashOperator',
  'from airflow.operators.python import PythonOperator',
  '',
  'with DAG("daily_sales") as dag:',
  '    make_dirs = BashOperator(task_id="mkdir", bash_command="mkdir -p /tmp/sales")',
  '    download = PythonOperator(task_id="download_sales", python_callable=download_sales)',
  '    transform = PythonOperator(task_id="transform_sales", python_callable=transform_sales)',
  '    load = PythonOperator(task_id="load_to_postgres", python_callable=load)',
  '    counts = PythonOperator(task_id="reconcile_counts", python_callable=reconcile)',
  '    tidy = BashOperator(task_id="delete_local_files", bash_command="rm -rf /tmp/sales")',
  '    make_dirs >> download >> transform >> load >> counts >> tidy',
].join('\n');

describe('Airflow upkeep tasks', () => {
  it('move no data wherever they sit in the chain: making directories, reconciling counts, deleting files', () => {
    const r = importPipeline(dag);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const at = Object.fromEntries(r.value.graph.components.map((c) => [c.name, c.placement]));
    expect([at['mkdir'], at['reconcile_counts'], at['delete_local_files']]).toEqual(['none', 'none', 'none']);
    expect([at['download_sales'], at['transform_sales'], at['load_to_postgres']]).toEqual(['ingest', 'process', 'ingest']);
  });

  it('leave deleting data to the work it is: deleting duplicates processes, applying deletes loads', () => {
    const r = importPipeline(dag.replace('"delete_local_files"', '"delete_duplicates"').replace('"reconcile_counts"', '"apply_deletes_to_warehouse"'));
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const at = Object.fromEntries(r.value.graph.components.map((c) => [c.name, c.placement]));
    expect([at['delete_duplicates'], at['apply_deletes_to_warehouse']]).toEqual(['process', 'ingest']);
  });
});
