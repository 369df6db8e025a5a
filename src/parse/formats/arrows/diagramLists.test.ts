import { describe, expect, it } from 'vitest';
import { safely } from '../text';
import { readDiagram } from './diagram';

const names = (text: string): string[] => safely((b) => void readDiagram(b, text)).components.map((c) => c.name);

describe('text diagram: the tables a box lists', () => {
  it('takes each code-named item of a box\'s list as a table of its own, the box\'s name a hint for it', () => {
    const text = [
      '┌────────────────────────┐     ┌────────────────────────┐',
      '│ Bronze                 │────▶│ Gold                   │',
      '│ - orders_raw           │     │ ├── fct_orders         │',
      '│ - customers_raw (CDC)  │     │ └── dim_customer       │',
      '│ - users                │     │                        │',
      '└────────────────────────┘     └────────────────────────┘',
    ].join('\n');
    const r = safely((b) => void readDiagram(b, text));
    expect(r.components.map((c) => c.name)).toEqual(['Bronze', 'orders_raw', 'customers_raw', 'users', 'Gold', 'fct_orders', 'dim_customer']);
    expect(r.components.find((c) => c.name === 'orders_raw')?.hints).toContain('Bronze');
  });

  it('reads a comma list of code names on one item, and rows that are each a code name', () => {
    const text = [
      '┌──────────────────────────────┐     ┌──────────────┐',
      '│ Marts                        │────▶│ Metabase     │',
      '│ • mart_sales, mart_returns   │     │              │',
      '└──────────────────────────────┘     └──────────────┘',
      '',
      '┌──────────────────┐',
      '│ Warehouse        │',
      '│ stg_orders       │',
      '│ stg_payments     │',
      '└──────────────────┘',
    ].join('\n');
    expect(names(text)).toEqual(expect.arrayContaining(['mart_sales', 'mart_returns', 'stg_orders', 'stg_payments']));
  });

  it('reads a pictograph before an item as its bullet', () => {
    const text = [
      '┌──────────────────────────────────────────┐',
      '│            SILVER LAYER (dbt)            │',
      '├──────────────────────────────────────────┤',
      '│  🥈 silver_teams      (from bronze.teams) │',
      '│  🥈 silver_players                        │',
      '│  ✓ deduplicated                           │',
      '│  ▼ partitioned                            │',
      '└──────────────────────────────────────────┘',
    ].join('\n');
    // A check mark or a drawn arrow before a word describes the box; only an emoji is a bullet.
    expect(names(text)).toEqual(['SILVER LAYER', 'silver_teams', 'silver_players']);
  });

  it('leaves prose items, a plain word list and a box\'s own file as its description', () => {
    const text = [
      '┌───────────────────┐     ┌───────────────────┐     ┌───────────────┐',
      '│ Spark job         │────▶│ Quality checks    │────▶│ Loader        │',
      '│ etl_job.py        │     │ - dedup on id     │     │ - raw         │',
      '│                   │     │ - not null        │     │ - curated     │',
      '└───────────────────┘     └───────────────────┘     └───────────────┘',
    ].join('\n');
    expect(names(text)).toEqual(['Spark job', 'Quality checks', 'Loader']);
  });

  it('reads a box drawn as one table as its columns, not as tables, and an untitled list of tables as tables', () => {
    const table = [
      '┌──────────────────────┐     ┌──────────────┐',
      '│ customers            │────▶│ Superset     │',
      '│ - customer_id (PK)   │     │              │',
      '│ - first_name         │     │              │',
      '│ - signup_date        │     │              │',
      '└──────────────────────┘     └──────────────┘',
    ].join('\n');
    expect(names(table)).toEqual(['customers', 'Superset']);
    const typed = table.replace('- first_name        ', '- first_name VARCHAR').replace('customers           ', 'Customers table     ');
    expect(names(typed)).not.toContain('first_name');
    const untitled = [
      '┌──────────────────┐     ┌──────────────┐',
      '│ fact_orders      │────▶│ Metabase     │',
      '│ fact_reviews     │     │              │',
      '│ dim_customer     │     │              │',
      '└──────────────────┘     └──────────────┘',
    ].join('\n');
    expect(names(untitled)).toEqual(expect.arrayContaining(['fact_orders', 'fact_reviews', 'dim_customer']));
  });

  it('takes no job, program file or version a box lists as a table', () => {
    const text = [
      '┌────────────────────┐     ┌────────────────────┐',
      '│ Airflow            │────▶│ Silver             │',
      '│ • dag_daily_load   │     │ - etl_job.py       │',
      '│ • dag_hourly_sync  │     │ - config.yaml      │',
      '│ • v2.9.1           │     │ - orders_clean     │',
      '└────────────────────┘     └────────────────────┘',
    ].join('\n');
    expect(names(text)).toEqual(['Airflow', 'Silver', 'orders_clean']);
  });
});
