/**
 * Airflow DAG files, read without a Python runtime: the error-tolerant Lezer Python grammar gives the
 * syntax tree, and the reader in ./airflow walks it, tracking which names hold tasks. Supported:
 * classic operators (`x = SomeOperator(task_id=…)`), TaskFlow (`@task def f` then `f(g())`,
 * `.override`, `.partial/.expand`), `with DAG(…)`, `@dag`, TaskGroup / `@task_group`, `>>` / `<<`
 * chains with lists, `set_downstream` / `set_upstream`, `chain`, `chain_linear` and
 * `cross_downstream`, loops over lists and dicts written in the file, and helper functions the file
 * defines. The DAG itself becomes an 'orchestrate' component with control edges to its tasks.
 */
import type { FormatParser } from '../types';
import { AirflowReader } from './airflow/reader';
import { readWhole } from './structured';

function detectAirflow(text: string): number {
  const head = text.slice(0, 200_000);
  // Code, not prose about it: an import, a DAG made or a `@dag` decorator at the start of a line.
  const airflow = /^\s*(?:from\s+airflow\b|import\s+airflow\b|@dag\s*(?:\(|$)|(?:with\s+|\w+\s*=\s*)?(?:models\.)?DAG\s*\()/m.test(head);
  const wiring = />>|<<|\.set_downstream\s*\(|\.set_upstream\s*\(|\bchain\s*\(|\bcross_downstream\s*\(/.test(head);
  if (airflow && wiring) return 0.92;
  if (airflow) return 0.7;
  if (/@task\b/.test(head) && /^\s*def\s+\w+\s*\(/m.test(head)) return 0.4;
  return 0;
}

export const airflowParser: FormatParser = {
  id: 'airflow',
  label: 'Airflow DAG (Python)',
  example: [
    'from airflow import DAG',
    'from airflow.operators.python import PythonOperator',
    '',
    "with DAG('orders_daily') as dag:",
    "    extract = PythonOperator(task_id='extract_orders', python_callable=extract_fn)",
    "    load = PythonOperator(task_id='load_orders', python_callable=load_fn)",
    '    extract >> load',
  ].join('\n'),
  detect: detectAirflow,
  parse: readWhole('DAG file', (b, text) => AirflowReader.read(b, text)),
};
