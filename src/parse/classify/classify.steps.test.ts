import { describe, expect, it } from 'vitest';
import type { Placement } from '../types';
import { classify } from './classify';

/** Work named for what it does: the verb decides, in the languages README pages are written in, and upkeep moves no data. */
const STEPS: readonly (readonly [string, Placement, string[]])[] = [
  // Checking or keeping up a product moves no data; dbt seed loads CSV files.
  ['check_kafka_health', 'none', ['PythonOperator']],
  ['install_dbt_dependencies', 'none', ['BashOperator']],
  ['dbt seed', 'ingest', []],
  // Setting a table up or emptying it is storage's work, marts aside; an upsert writes rows in.
  ['create_staging_orders_table', 'store', ['PostgresOperator']],
  ['drop_staging_news_table', 'store', ['PostgresOperator']],
  ['setup_warehouse_schema', 'none', ['PostgresOperator']],
  ['create_fact_sales_table', 'model', ['PostgresOperator']],
  ['upsert_news_table', 'ingest', ['PostgresOperator']],
  ['drop_duplicates', 'process', ['PythonOperator']],
  // Steps named in Portuguese, Spanish or French go by their verb as English ones do.
  ['Extração dos arquivos CSV', 'ingest', []],
  ['Tratamento e padronização com pandas', 'process', []],
  ['Limpieza de datos', 'process', []],
  ['Validação de colunas obrigatórias', 'none', []],
  ['Chargement', 'ingest', []],
];

describe('classify: steps by their verb', () => {
  it.each(STEPS.map(([name, want, hints]) => ({ name, want, hints })))('$name $hints → $want', ({ name, want, hints }) => {
    const r = classify({ id: name, name, hints });
    expect(r.placement, r.reason).toBe(want);
  });
});
