import { describe } from 'vitest';
import { itPlaces, type PlacementCase } from '../../test/placements';

/** Airflow tasks, placed by their id and the operator and connection in their hints. */
const TASKS: readonly PlacementCase[] = [
  // An engine named only by the task's connection runs what the task id says: its verb, else its layer.
  ['load_company', 'ingest', ['SSHOperator', 'ssh_spark']],
  ['dim_company', 'model', ['SSHOperator', 'ssh_spark']],
  ['nightly_job', 'process', ['SSHOperator', 'ssh_spark']],
  // A check right before another verb checks that work; dbt's source freshness is a check.
  ['test_extract', 'none', ['PythonOperator']],
  ['verify_ingestion', 'none', ['PythonOperator']],
  ['dbt_source_freshness', 'none', ['BashOperator']],
  // A check joined to the work by other words, or upkeep before it, leaves the work to decide.
  ['validate_then_load', 'ingest', ['PythonOperator']],
  ['vacuum_load_tables', 'ingest', ['PythonOperator']],
  ['check_freshness_then_load', 'ingest', ['PythonOperator']],
  // Queries run in Hive transform, though Hive itself is a store.
  ['run_hive_query', 'process', ['HiveOperator']],
  // Layers as Portuguese and Spanish projects name them: building a fact table models.
  ['build_fato_receita', 'model', ['PythonOperator']],
  ['cargar_hechos_ventas', 'model', ['PythonOperator']],
  // Work for a destination people read delivers to it; a layer that leads the id makes the app what the layer is built from.
  ['email_gold_report', 'serve', ['PythonOperator']],
  ['gold_to_salesforce', 'serve', ['PythonOperator']],
  ['stg_hubspot_contacts', 'process', ['BashOperator']],
  // Records a verb of work comes before are what the task reads; written "to" them, or code and config, the tool decides.
  ['extract_github_repos', 'ingest', ['@task']],
  ['transform_github_repos', 'process', ['@task']],
  ['sync_jira_issues', 'ingest', ['@task']],
  ['upload_to_github', 'none', ['@task']],
  ['pull_git_repo', 'none', ['BashOperator']],
  ['load_terraform_state', 'none', ['PythonOperator']],
  ['send_to_amplitude', 'serve', ['PythonOperator']],
  // KPIs are metrics: computing them, or a table of them, models; a KPI dashboard is served by its own word.
  ['calculate_hourly_kpis', 'model', ['PythonOperator']],
  ['mv_transaction_kpis', 'model', []],
  ['KPI Dashboard', 'serve', []],
  // Counting and summing are aggregation: the task, or the table it writes, is modelled (judges: 6 of 8 counts, 16 of 21 summaries).
  ['order_category_count_task', 'model', ['PythonOperator']],
  ['monthly_summary.parquet', 'model', []],
  ['avg_orders', 'model', []],
];

describe('classify: Airflow tasks by their id, operator and connection', () => {
  itPlaces(TASKS);
});
