import { describe, expect, it } from 'vitest';
import type { RawComponent, RawEdge } from '../types';
import { catalogName } from './classify';
import { classifyPipeline } from './pipeline';

const comp = (name: string, hints?: string[], extra: Partial<RawComponent> = {}): RawComponent => ({
  id: name,
  name,
  ...(hints ? { hints } : {}),
  ...extra,
});

describe('classifyPipeline', () => {
  const run = (names: string[], links: [string, string, boolean?][]) => {
    const components = names.map((n) => comp(n));
    const edges: RawEdge[] = links.map(([from, to, control]) => ({ from, to, ...(control ? { control } : {}) }));
    return classifyPipeline(components, edges);
  };

  it('places a frontend or backend the pipeline feeds as serve, and one that feeds the pipeline as its source', () => {
    const fed = run(['Snowflake', 'Backend', 'Frontend'], [['Snowflake', 'Backend'], ['Backend', 'Frontend']]);
    expect([fed.get('Backend')?.placement, fed.get('Frontend')?.placement]).toEqual(['serve', 'serve']);
    const source = run(['Backend', 'Postgres', 'Debezium', 'Kafka'], [['Backend', 'Postgres'], ['Postgres', 'Debezium'], ['Debezium', 'Kafka']]);
    expect([source.get('Backend')?.placement, source.get('Postgres')?.placement]).toEqual(['generate', 'generate']);
  });

  it('places a frontend as serve wherever it is drawn: it is where people see the data (judges: 14 of 15)', () => {
    const drawnFirst = run(['React Frontend', 'FastAPI', 'Postgres'], [['React Frontend', 'FastAPI'], ['FastAPI', 'Postgres']]);
    expect(drawnFirst.get('React Frontend')?.placement).toBe('serve');
  });

  it('reads raw data in Portuguese, Spanish and French as a phrase, not gross revenue or crude oil', () => {
    const r = run(['dados_brutos', 'datos_crudos', 'receita_bruta', 'precio_crudo', 'Spark'], [['dados_brutos', 'Spark'], ['datos_crudos', 'Spark'], ['Spark', 'receita_bruta']]);
    expect([r.get('dados_brutos')?.placement, r.get('datos_crudos')?.placement]).toEqual(['store', 'store']);
    expect(r.get('receita_bruta')?.placement).not.toBe('store');
    expect(r.get('precio_crudo')?.placement).not.toBe('store');
  });

  it('places a check the data flows through as a processing step, and one beside the path as none', () => {
    const onPath = run(['Kafka', 'Validate', 'S3'], [['Kafka', 'Validate'], ['Validate', 'S3']]);
    expect(onPath.get('Validate')?.placement).toBe('process');
    expect(onPath.get('Validate')?.reason).toContain('data flows through it from "Kafka" to "S3"');
    const beside = run(['Kafka', 'S3', 'validate_records'], [['Kafka', 'S3'], ['S3', 'validate_records']]);
    expect(beside.get('validate_records')?.placement).toBe('none');
  });

  it('places a check task between two others in a DAG as a step of processing, as judges did for 18 of 24', () => {
    const edges: RawEdge[] = [{ from: 'extract_orders', to: 'check_orders', order: true }, { from: 'check_orders', to: 'load_orders', order: true }];
    const r = classifyPipeline(['extract_orders', 'check_orders', 'load_orders'].map((n) => comp(n)), edges);
    expect(r.get('check_orders')?.placement).toBe('process');
    // Beside the path, with nothing after it, it stays a check.
    const beside = classifyPipeline(['extract_orders', 'check_orders'].map((n) => comp(n)), [{ from: 'extract_orders', to: 'check_orders', order: true }]);
    expect(beside.get('check_orders')?.placement).toBe('none');
  });

  it('places an unknown between ingest and process as store', () => {
    const r = run(['App', 'Kafka', 'quux', 'Spark'], [
      ['App', 'Kafka'],
      ['Kafka', 'quux'],
      ['quux', 'Spark'],
    ]).get('quux');
    expect(r?.placement).toBe('store');
    expect(r?.uncertain).toBe(true);
    expect(r?.confidence).toBeLessThanOrEqual(0.45);
    expect(r?.reason).toContain('"Kafka"');
  });

  it('places an unknown first in the chain as generate and last after processing as serve', () => {
    const r = run(['frobnicator', 'Kafka', 'Spark', 'widget'], [
      ['frobnicator', 'Kafka'],
      ['Kafka', 'Spark'],
      ['Spark', 'widget'],
    ]);
    expect(r.get('frobnicator')?.placement).toBe('generate');
    expect(r.get('widget')?.placement).toBe('serve');
    for (const id of ['frobnicator', 'widget']) {
      expect(r.get(id)?.confidence).toBeLessThanOrEqual(0.45);
      expect(r.get(id)?.uncertain).toBe(true);
    }
  });

  it('carries guesses along a chain of unknowns, less sure each step', () => {
    const r = run(['Kafka', 'alpha', 'beta'], [
      ['Kafka', 'alpha'],
      ['alpha', 'beta'],
    ]);
    expect(r.get('alpha')?.placement).toBe('store');
    expect(r.get('beta')?.placement).toBe('process');
    expect(r.get('beta')?.confidence).toBeLessThan(r.get('alpha')?.confidence ?? 0);
  });

  it('places every name of a chain of 20,000 unknowns, guessing inward from both ends, in linear time', () => {
    const names = Array.from({ length: 20_000 }, (_, i) => `n${i}`);
    const chain = ['Kafka', ...names, 'Looker'];
    const t0 = performance.now();
    const r = run(chain, chain.slice(1).map((to, i) => [chain[i] ?? '', to]));
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(names.filter((n) => r.get(n)?.placement === 'none')).toEqual([]);
    expect(r.get('n0')?.reason).toContain('fed by "Kafka"');
    expect(r.get('n19999')?.reason).toContain('feeding "Looker"');
  });

  it('leaves an isolated unknown as none, uncertain, no match', () => {
    expect(run(['lonely', 'Kafka'], []).get('lonely')).toMatchObject({ placement: 'none', uncertain: true, reason: 'no match' });
  });

  it('never turns orchestrate or none components into data stages, nor infers from them', () => {
    const r = run(['Kafka', 'Prometheus', 'Airflow', 'Spark', 'mystery'], [
      ['Kafka', 'Prometheus'],
      ['Prometheus', 'Spark'],
      ['Airflow', 'Spark'],
      ['Airflow', 'mystery'],
    ]);
    expect(r.get('Prometheus')?.placement).toBe('none');
    expect(r.get('Airflow')?.placement).toBe('orchestrate');
    expect(r.get('mystery')).toMatchObject({ placement: 'none', reason: 'no match' });
  });

  it('ignores control edges', () => {
    const r = run(['Kafka', 'gizmo', 'Spark'], [
      ['Kafka', 'gizmo', true],
      ['gizmo', 'Spark', true],
    ]);
    expect(r.get('gizmo')?.placement).toBe('none');
  });

  it('moves an OLTP database the pipeline loads into to store, and keeps a source database generate', () => {
    const r = run(['App', 'Postgres', 'Debezium', 'Kafka', 'Spark', 'MySQL', 'Metabase'], [
      ['App', 'Postgres'],
      ['Postgres', 'Debezium'],
      ['Debezium', 'Kafka'],
      ['Kafka', 'Spark'],
      ['Spark', 'MySQL'],
      ['MySQL', 'Metabase'],
    ]);
    expect(r.get('Postgres')?.placement).toBe('generate');
    expect(r.get('MySQL')?.placement).toBe('store');
    expect(r.get('MySQL')?.reason).toContain('fed by "Spark"');
  });

  it('treats a SaaS app fed by reverse ETL as served and an API nothing feeds as a source', () => {
    const r = run(['Orders API', 'Kafka', 'dbt', 'Hightouch', 'Salesforce'], [
      ['Orders API', 'Kafka'],
      ['dbt', 'Hightouch'],
      ['Hightouch', 'Salesforce'],
    ]);
    expect(r.get('Orders API')?.placement).toBe('generate');
    expect(r.get('Salesforce')?.placement).toBe('serve');
  });

  it('serves Slack when the pipeline posts its results there, and keeps it none beside the orchestrator', () => {
    const fed = run(['BigQuery', 'dbt', 'Slack'], [
      ['BigQuery', 'dbt'],
      ['dbt', 'Slack'],
    ]);
    expect(fed.get('Slack')?.placement).toBe('serve');
    const alerts = run(['Airflow', 'Slack'], [['Airflow', 'Slack']]);
    expect(alerts.get('Slack')?.placement).toBe('none');
  });

  it('never moves an explicit placement', () => {
    const components = [comp('Spark'), comp('Postgres', undefined, { explicit: 'generate' })];
    const r = classifyPipeline(components, [{ from: 'Spark', to: 'Postgres' }]);
    expect(r.get('Postgres')).toMatchObject({ placement: 'generate', confidence: 1 });
  });

  it('returns one classification per component', () => {
    const r = run(['App', 'Kafka', 'S3', 'Spark', 'dbt', 'Looker', 'Airflow'], [
      ['App', 'Kafka'],
      ['Kafka', 'S3'],
      ['S3', 'Spark'],
      ['Spark', 'dbt'],
      ['dbt', 'Looker'],
    ]);
    expect([...r.keys()]).toEqual(['App', 'Kafka', 'S3', 'Spark', 'dbt', 'Looker', 'Airflow']);
    expect([...r.values()].map((c) => c.placement)).toEqual(['generate', 'ingest', 'store', 'process', 'process', 'serve', 'orchestrate']);
  });
});

describe('classifyPipeline: what the graph adds', () => {
  const run = (components: RawComponent[], edges: RawEdge[] = []) => classifyPipeline(components, edges);

  it('ignores a project prefix that every compose service name starts with', () => {
    const r = run([
      comp('cdc-postgres', ['postgres:13', 'postgres', 'cdc-postgres']),
      comp('cdc-broker', ['confluentinc/cp-kafka:7.6.1', 'cp-kafka', 'cdc-broker']),
      comp('cdc-clickhouse', ['clickhouse/clickhouse-server:24.3', 'clickhouse-server', 'cdc-clickhouse']),
    ], [{ from: 'cdc-postgres', to: 'cdc-broker' }, { from: 'cdc-broker', to: 'cdc-clickhouse' }]);
    expect(r.get('cdc-postgres')?.placement).toBe('generate');
    expect(r.get('cdc-broker')?.placement).toBe('ingest');
    expect(r.get('cdc-clickhouse')?.placement).toBe('store');
    // Two services are too few to call a shared word a prefix.
    expect(run([comp('cdc-postgres'), comp('cdc-kafka')]).get('cdc-postgres')?.placement).toBe('ingest');
  });

  it('stores what a dashboard reads, and serves Grafana when it reads pipeline data', () => {
    const r = run([comp('cassandra'), comp('grafana'), comp('prometheus'), comp('ops grafana')], [
      { from: 'cassandra', to: 'grafana' },
      { from: 'prometheus', to: 'ops grafana' },
    ]);
    expect(r.get('cassandra')?.placement).toBe('store');
    expect(r.get('grafana')?.placement).toBe('serve');
    expect(r.get('ops grafana')?.placement).toBe('none');
    // A source database that feeds ingestion stays a source.
    const cdc = run([comp('MySQL'), comp('Debezium')], [{ from: 'MySQL', to: 'Debezium' }]);
    expect(cdc.get('MySQL')?.placement).toBe('generate');
  });

  it('keeps data in a database nothing is drawn reading from, but not in one an app writes', () => {
    // A compose stack's Cassandra tied to the rest only by start-up order.
    const r = run([comp('cassandra'), comp('spark'), comp('schema-registry')], [{ from: 'schema-registry', to: 'cassandra', control: true }]);
    expect(r.get('cassandra')?.placement).toBe('store');
    expect(r.get('cassandra')?.reason).toContain('nothing is drawn reading from it');
    const app = run([comp('Web App'), comp('PostgreSQL')], [{ from: 'Web App', to: 'PostgreSQL' }]);
    expect(app.get('PostgreSQL')?.placement).toBe('generate');
  });

  it('reads a program named by its language, first in the chain, as the producer', () => {
    const r = run([comp('Python'), comp('Kafka')], [{ from: 'Python', to: 'Kafka' }]);
    expect(r.get('Python')?.placement).toBe('generate');
    expect(run([comp('Python')]).get('Python')?.placement).toBe('none');
  });
});

describe('classifyPipeline: a generic source with no edges', () => {
  it('places a lone API as the source it is, but leaves a lone product and a language alone', () => {
    const cs: RawComponent[] = [
      { id: 'api', name: 'API' },
      { id: 'rest', name: 'REST API' },
      { id: 'py', name: 'Python' },
    ];
    const out = classifyPipeline(cs, []);
    expect(out.get('api')?.placement).toBe('generate');
    expect(out.get('rest')?.placement).toBe('serve');
    expect(out.get('py')?.placement).toBe('none');
  });

  it('places a lone file named by its own name as an input, but leaves lone CSV files in general where data rests', () => {
    const out = classifyPipeline([comp('umsatz.csv'), comp('CSV files'), comp('orders.parquet')], []);
    expect(out.get('umsatz.csv')?.placement).toBe('generate');
    expect(out.get('orders.parquet')?.placement).toBe('generate');
    expect(out.get('CSV files')?.placement).toBe('store');
  });

  it('keeps the catalog entries of project files apart, so they never merge into one component', () => {
    expect(catalogName('docker-compose.yml')).not.toBe(catalogName('entrypoint.sh'));
  });
});
