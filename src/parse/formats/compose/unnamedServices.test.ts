import { describe, expect, it } from 'vitest';
import { importPipeline } from '../../importPipeline';

const read = (yaml: string) => {
  const r = importPipeline(yaml, 'compose');
  if (!r.ok) throw new Error(r.error.kind);
  const names = new Map(r.value.graph.components.map((c) => [c.id, c.name]));
  return {
    stages: Object.fromEntries(r.value.graph.components.map((c) => [c.name, c.placement])),
    flows: r.value.graph.edges.filter((e) => !e.control).map((e) => `${names.get(e.from)} -> ${names.get(e.to)}`),
  };
};

describe('compose: a service no other names still takes its place in the flow', () => {
  it('a database beside a broker and a stream job, its host set in the job’s code, receives what the job writes', () => {
    const r = read(`services:
  kafka:
    image: bitnami/kafka:3.7
  jobmanager:
    image: flink:1.18
  cassandra:
    image: cassandra:4.1
`);
    expect(r.flows).toContain('jobmanager -> cassandra');
    expect(r.stages['cassandra']).toBe('store');
  });

  it('a dashboard tool reads the analytical store its data source (set in its UI) points at', () => {
    const r = read(`services:
  telegraf:
    image: telegraf:1.30
  influxdb:
    image: influxdb:2.7
  grafana:
    image: grafana/grafana:latest
`);
    expect(r.flows).toContain('influxdb -> grafana');
    expect(r.stages['grafana']).toBe('serve');
  });

  it('Kibana reads the Elasticsearch index the stream job fills: it serves', () => {
    const r = read(`services:
  jobmanager:
    image: flink:1.18
  elasticsearch:
    image: docker.elastic.co/elasticsearch/elasticsearch:7.6.0
  kibana:
    image: docker.elastic.co/kibana/kibana:7.6.0
`);
    expect(r.flows).toEqual(expect.arrayContaining(['jobmanager -> elasticsearch', 'elasticsearch -> kibana']));
    expect(r.stages['kibana']).toBe('serve');
  });

  it('monitoring alone stays beside the pipeline', () => {
    const r = read(`services:
  prometheus:
    image: prom/prometheus
  node-exporter:
    image: prom/node-exporter
  grafana:
    image: grafana/grafana
`);
    expect(r.stages['grafana']).toBe('none');
    expect(r.flows).toEqual([]);
  });

  it('a service another names keeps only the relation it has', () => {
    const r = read(`services:
  postgres:
    image: postgres:16
  kafka:
    image: bitnami/kafka:3.7
  spark:
    image: bitnami/spark:3.5
    environment:
      PG_HOST: postgres
  flink:
    image: flink:1.18
`);
    expect(r.flows.filter((f) => f.endsWith('-> postgres'))).toEqual(['spark -> postgres']);
  });

  it('a service built from a Dockerfile does what its name says: the Dockerfile is how it is built, not what it does', () => {
    const r = read(`services:
  kafka:
    image: bitnami/kafka:3.7
  stocks_live_data_load:
    build:
      context: ./Docker_Files
      dockerfile: Dockerfile.producer
`);
    expect(r.stages['stocks_live_data_load']).toBe('ingest');
  });
});
