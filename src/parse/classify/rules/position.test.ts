import { describe, expect, it } from 'vitest';
import type { RawComponent, RawEdge } from '../../types';
import { classifyPipeline } from '../pipeline';
import { inferStage } from './position';

const run = (names: string[], links: [string, string][]) =>
  classifyPipeline(
    names.map((n): RawComponent => ({ id: n, name: n })),
    links.map(([from, to]): RawEdge => ({ from, to })),
  );

describe('rule 6: graph position', () => {
  it('takes a producer fed by a source, or by a step not yet placed, for the way that data comes in', () => {
    const fed = run(['Binance API', 'Python Producer', 'Kafka'], [['Binance API', 'Python Producer'], ['Python Producer', 'Kafka']]);
    expect(fed.get('Python Producer')?.placement).toBe('ingest');
    expect(run(['ticker socket', 'Producer', 'Kafka'], [['ticker socket', 'Producer'], ['Producer', 'Kafka']]).get('Producer')?.placement).toBe('ingest');
    // Nothing drawn upstream: the producer is where the events are made.
    expect(run(['Producer', 'Kafka'], [['Producer', 'Kafka']]).get('Producer')?.placement).toBe('generate');
  });

  it('infers the missing stage between two placed neighbours', () => {
    expect(inferStage(1, 3)).toBe('store');
    expect(inferStage(undefined, 1)).toBe('generate');
    expect(inferStage(3, undefined)).toBe('serve');
  });

  it('takes a step that feeds steps not yet placed for more of what feeds it, and one that something feeds for no source', () => {
    expect(inferStage(3, undefined, true, true)).toBe('process');
    expect(inferStage(1, undefined, true, true)).toBe('store');
    expect(inferStage(undefined, 2, true, true)).toBe('ingest');
    const r = run(['clean_text', 'qx_alpha', 'qx_beta', 'aggregate_daily'], [
      ['clean_text', 'qx_alpha'],
      ['qx_alpha', 'qx_beta'],
      ['qx_beta', 'aggregate_daily'],
    ]);
    expect(r.get('qx_alpha')?.placement).toBe('process');
    expect(r.get('qx_beta')?.placement).toBe('process');
    // Fed by unknown steps, a step feeding storage is the way in, not where the data is born.
    const fed = run(['qx_one', 'qx_two', 'S3'], [
      ['qx_one', 'qx_two'],
      ['qx_two', 'S3'],
    ]);
    expect(fed.get('qx_two')?.placement).toBe('ingest');
    expect(fed.get('qx_one')?.placement).toBe('generate');
  });

  it('never outvotes a name: a serving store with no incoming edge stays serve, training stays model', () => {
    const r = run(['Redis online store', 'Model training', 'Spark', 'Looker'], [
      ['Redis online store', 'Spark'],
      ['Spark', 'Model training'],
      ['Model training', 'Looker'],
    ]);
    expect(r.get('Redis online store')?.placement).toBe('serve');
    expect(r.get('Model training')?.placement).toBe('model');
  });

  it('reads files nothing writes as where the data comes from, and files the pipeline writes as stored', () => {
    const r = run(['NYC Taxi Data (Parquet)', 'Python ETL', 'Kafka', 'Parquet files on S3', 'Spark'], [
      ['NYC Taxi Data (Parquet)', 'Python ETL'],
      ['Kafka', 'Parquet files on S3'],
      ['Parquet files on S3', 'Spark'],
    ]);
    expect(r.get('NYC Taxi Data (Parquet)')?.placement).toBe('generate');
    expect(r.get('Parquet files on S3')?.placement).toBe('store');
  });

  it('lets a role taken from position decide its readers', () => {
    // Cassandra is a store only because Spark feeds it; Grafana reading that store serves its data.
    const r = run(['Spark', 'Cassandra', 'Grafana'], [['Spark', 'Cassandra'], ['Cassandra', 'Grafana']]);
    expect(r.get('Cassandra')?.placement).toBe('store');
    expect(r.get('Grafana')?.placement).toBe('serve');
  });

  it('keeps a role the words state, wherever the graph puts it', () => {
    const r = classifyPipeline(
      [{ id: 'ch', name: 'ClickHouse' }, { id: 'pg', name: 'PostgreSQL', hints: ['Source database where changes are captured'] }, { id: 'my', name: 'MySQL' }],
      [{ from: 'ch', to: 'pg' }, { from: 'ch', to: 'my' }],
    );
    expect(r.get('pg')?.placement).toBe('generate');
    // Unstated, the same position makes a database the pipeline loads into its store.
    expect(r.get('my')?.placement).toBe('store');
  });

  it('takes the role a description opens with: what a database stores, what an API client fetches', () => {
    const r = classifyPipeline(
      [{ id: 'api', name: 'Python API', hints: ['Fetches real-time weather via Weatherstack API'] }, { id: 'pg', name: 'PostgreSQL', hints: ['Stores raw weather data'] }, { id: 'sp', name: 'Superset' }],
      [{ from: 'api', to: 'pg' }, { from: 'pg', to: 'sp' }],
    );
    expect(r.get('api')?.placement).toBe('ingest');
    expect(r.get('pg')?.placement).toBe('store');
    // A heading's frame ("Data Ingestion") is no description: an API under it that nothing feeds is a source.
    const framed = classifyPipeline([{ id: 'api', name: 'API', hints: ['Data Ingestion', 'extraction'] }, { id: 'rs', name: 'Redshift' }], [{ from: 'api', to: 'rs' }]);
    expect(framed.get('api')?.placement).toBe('generate');
    // Nor is a path: "/api/v1/trains/<date>" under an API names where it answers, not a role.
    const path = classifyPipeline([{ id: 'api', name: 'Digitraffic API', hints: ['/api/v1/trains/<date>'] }, { id: 'raw', name: 'data/raw/' }], [{ from: 'api', to: 'raw' }]);
    expect(path.get('api')?.placement).toBe('generate');
  });

  it('reads a bare role word that is the whole hint as stated ("Source: Postgresql"), but not one inside a sentence', () => {
    const r = classifyPipeline(
      [{ id: 'ft', name: 'Fivetran' }, { id: 'pg', name: 'Postgresql', hints: ['Source'] }, { id: 'my', name: 'MySQL', hints: ['copies the source'] }],
      [{ from: 'ft', to: 'pg' }, { from: 'ft', to: 'my' }],
    );
    expect(r.get('pg')?.placement).toBe('generate');
    expect(r.get('my')?.placement).toBe('store');
  });

  it('picks the role of a product whose role depends on where it sits', () => {
    const r = run(['Spark', 'MySQL', 'Orders API', 'Kafka'], [
      ['Spark', 'MySQL'],
      ['Orders API', 'Kafka'],
    ]);
    expect(r.get('MySQL')?.placement).toBe('store');
    expect(r.get('Orders API')?.placement).toBe('generate');
  });

  it('breaks a tie towards one of the tied stages only', () => {
    const components: RawComponent[] = [
      { id: 'app', name: 'Mobile app' },
      { id: 't', name: 'thing', hints: ['kafka', 'looker'] },
      { id: 's', name: 'S3' },
    ];
    const r = classifyPipeline(components, [
      { from: 'app', to: 't' },
      { from: 't', to: 's' },
    ]);
    expect(r.get('t')?.placement).toBe('ingest');
    expect(r.get('t')?.reason).toContain('position breaks the tie');
  });

  it('serves with Kibana when the pipeline fills the index it reads, and keeps it ops search otherwise', () => {
    const fed = run(['Kafka', 'Elasticsearch', 'Kibana'], [['Kafka', 'Elasticsearch'], ['Elasticsearch', 'Kibana']]);
    expect(fed.get('Kibana')?.placement).toBe('serve');
    expect(run(['Kibana'], []).get('Kibana')?.placement).toBe('none');
  });

  it('never calls a source noun a source when a step no word placed is drawn feeding it', () => {
    const r = run(['Processing', 'rtd.comprehensive.routes', 'API Server', 'React Web App'], [
      ['Processing', 'rtd.comprehensive.routes'],
      ['rtd.comprehensive.routes', 'API Server'],
      ['API Server', 'React Web App'],
    ]);
    expect(r.get('React Web App')?.placement).toBe('serve');
    expect(r.get('API Server')?.placement).not.toBe('generate');
    expect(r.get('API Server')?.reason).not.toContain('nothing feeds it');
  });

  it('takes a mobile app the pipeline feeds for a consumer, as a web app, and one that feeds it for a source', () => {
    const r = run(['Mobile Apps', 'Kafka', 'Flink', 'API Server', 'Mobile Client'], [
      ['Mobile Apps', 'Kafka'],
      ['Kafka', 'Flink'],
      ['Flink', 'API Server'],
      ['API Server', 'Mobile Client'],
    ]);
    expect([r.get('Mobile Apps')?.placement, r.get('Mobile Client')?.placement]).toEqual(['generate', 'serve']);
  });
});

