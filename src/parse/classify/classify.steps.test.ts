import { describe, expect, it } from 'vitest';
import { classify } from './classify';
import { itPlaces, type PlacementCase } from '../../test/placements';

/** Work named for what it does: the verb decides, in the languages README pages are written in, and upkeep moves no data. */
const STEPS: readonly PlacementCase[] = [
  // A load generator writes the traffic a demo pipeline carries: it stands in for the source, as a data generator does.
  ['items-loadgen', 'generate', []],
  ['ksql-datagen', 'generate', []],
  // Checking or keeping up a product moves no data; dbt seed loads CSV files.
  ['check_kafka_health', 'none', ['PythonOperator']],
  ['install_dbt_dependencies', 'none', ['BashOperator']],
  ['dbt seed', 'ingest', []],
  // Creating a staging table is storage's work, marts aside; an upsert writes rows in.
  ['create_staging_orders_table', 'store', ['PostgresOperator']],
  ['create_fact_sales_table', 'model', ['PostgresOperator']],
  ['upsert_news_table', 'ingest', ['PostgresOperator']],
  ['drop_duplicates', 'process', ['PythonOperator']],
  // A worker named for the processing it does, as a loader is named for loading.
  ['Text Preprocessor', 'process', []],
  ['Sentiment Analyzer', 'process', []],
  ['deduplicator', 'process', []],
  ['Drop nulls', 'process', []],
  // Steps named in Portuguese, Spanish, French, German or Indonesian go by their verb as English ones do.
  ['Extração dos arquivos CSV', 'ingest', []],
  ['Tratamento e padronização com pandas', 'process', []],
  ['Limpieza de datos', 'process', []],
  ['Validação de colunas obrigatórias', 'none', []],
  ['Chargement', 'ingest', []],
  ['captura_indicadores_tecnicos', 'ingest', ['PythonOperator']],
  ['Normalización', 'process', []],
  ['Conversão de tipos', 'process', []],
  ['Daten bereinigen', 'process', []],
  ['Normalisasi', 'process', []],
  ['Agregasi harian', 'model', []],
  ['Ekstraksi data cuaca', 'ingest', []],
  // A step an orchestrator runs, written "Orchestrator: work", is the work; the orchestrator named alone is itself.
  ['Airflow: Extract Task', 'ingest', []],
  ['Airflow DAG: load_data', 'ingest', []],
  ['Airflow: Orchestration', 'orchestrate', []],
  ['Airflow: ETL scheduling', 'orchestrate', []],
  ['Dagster: ETL assets', 'orchestrate', []],
  // A DAG named for its work is that work, as a task is; named for nothing else, it is the orchestration.
  ['dag_upload_bronze', 'ingest', []],
  ['dag_consolida_olist', 'orchestrate', []],
  // Bringing datasets together transforms them; starting or removing a cluster moves no data.
  ['consolidate_apartments', 'process', ['PythonOperator']],
  ['merge_product_details', 'process', ['PythonOperator']],
  ['create_emr_cluster', 'none', ['EmrCreateJobFlowOperator']],
  ['terminate_emr_cluster', 'none', ['EmrTerminateJobFlowOperator']],
  ['delete_dataproc_cluster_task', 'none', ['DataprocDeleteClusterOperator']],
  // Installing packages is upkeep (cleaning data, or cleaning it up, stays processing: see the table test).
  ['install_pip_packages_task', 'none', ['BashOperator']],
  ['uninstall_pip_package_task', 'none', ['BashOperator']],
];

/** English words that are also a verb of another language, a verb's plural, or a verb inside a product's name are no step. */
const NOT_STEPS: readonly PlacementCase[] = [
  ['App Installs', 'generate'],
  ['Transformer model', 'model'],
  ['MergeTree Tables', 'store'],
];

describe('classify: steps by their verb', () => {
  itPlaces(NOT_STEPS);

  it('leaves clusters of data (k-means) and app uninstalls to the other rules', () => {
    expect(classify({ id: 'k', name: 'create_kmeans_clusters', hints: ['PythonOperator'] }).reason).not.toMatch(/cluster/);
    expect(classify({ id: 's', name: 'create_product_clusters_task', hints: ['SparkSubmitOperator'] }).placement).toBe('process');
    expect(classify({ id: 'u', name: 'app_uninstalls' }).placement).toBe('generate');
  });

  it('does not read an English noun that is a French verb (charger) as loading', () => {
    expect(classify({ id: 'ev', name: 'EV Charger' }).placement).not.toBe('ingest');
  });

  itPlaces(STEPS);
});

describe('classify: a layer kept as views', () => {
  it('places views by the zone named beside them, and views alone as modelled data', () => {
    expect(classify({ id: 's', name: 'Staging Views' }).placement).toBe('process');
    expect(classify({ id: 'i', name: 'Intermediate Views' }).reason).toContain('over "views"');
    expect(classify({ id: 'v', name: 'Reporting Views' }).placement).toBe('model');
  });
});
