import { describe, expect, it } from 'vitest';
import { importPipeline } from '../../importPipeline';
import { idles } from './serviceSpec';

const stagesOf = (yaml: string): Record<string, string> => {
  const r = importPipeline(yaml, 'compose');
  if (!r.ok) throw new Error(r.error.kind);
  return Object.fromEntries(r.value.graph.components.map((c) => [c.name, c.placement]));
};

/** Postgres databases that only an Airflow service depends on. */
const onlyAirflowReaches = (dbs: readonly string[]): Record<string, string> =>
  stagesOf(`services:\n${dbs.map((d) => `  ${d}:\n    image: postgres:14\n`).join('')}  airflow:\n    image: apache/airflow:2.9.0\n    depends_on: [${dbs.join(', ')}]\n`);

describe('compose: services that carry no pipeline data', () => {
  it('a container that only sleeps is a toolbox, whatever image it runs', () => {
    expect(idles({ entrypoint: ['/bin/bash', '-c', 'sleep infinity'] })).toBe(true);
    expect(idles({ command: 'tail -f /dev/null' })).toBe(true);
    expect(idles({ command: 'sleep 5 && ./start-consumer.sh' })).toBe(false);
    const s = stagesOf(`services:
  broker:
    image: redpandadata/redpanda:v24.1.1
  rpk-shell:
    image: redpandadata/redpanda:v24.1.1
    entrypoint: ["sh", "-c", "sleep infinity"]
    depends_on: [broker]
`);
    expect(s['broker']).toBe('ingest');
    expect(s['rpk-shell']).toBe('none');
  });

  it("a database only a metastore uses is the metastore's own, not a source", () => {
    const s = stagesOf(`services:
  metastore-db:
    image: mysql:8
  metastore:
    image: apache/hive:4.0.0
    environment:
      DB_HOST: metastore-db
  storage:
    image: minio/minio
`);
    expect(s['metastore']).toBe('none');
    expect(s['metastore-db']).toBe('none');
  });

  it('an unlinked Redis beside the orchestrator is its Celery broker; without an orchestrator it keeps its role', () => {
    const withScheduler = stagesOf(`services:
  scheduler:
    image: apache/airflow:2.9.0
    environment:
      AIRFLOW__CORE__EXECUTOR: CeleryExecutor
  queue:
    image: redis:7
`);
    expect(withScheduler['queue']).toBe('none');
    const alone = stagesOf(`services:
  api:
    image: my-feature-api:1
  cache:
    image: redis:7
`);
    expect(alone['cache']).not.toBe('none');
  });

  it("a database named for the dashboard or the orchestrator it backs keeps that tool's state; the warehouse the dashboard reads is still data", () => {
    const s = stagesOf(`services:
  warehouse:
    image: postgres:16
  metabase-postgres:
    image: postgres:16
  metabase:
    image: metabase/metabase
    depends_on: [metabase-postgres, warehouse]
  airflow-postgres:
    image: postgres:16
  airflow:
    image: apache/airflow:2.9.0
    depends_on: [airflow-postgres]
`);
    expect(s['metabase-postgres']).toBe('none');
    expect(s['airflow-postgres']).toBe('none');
    expect(s['metabase']).toBe('serve');
    expect(s['warehouse']).not.toBe('none');
  });

  it('reads words about a tool and its database as the tool: a dashboard on Postgres still serves', () => {
    const r = importPipeline('flowchart LR\n  a[dbt] --> b["Metabase (Postgres)"]\n', 'mermaid');
    if (!r.ok) throw new Error(r.error.kind);
    expect(r.value.graph.components.find((c) => c.name === 'Metabase (Postgres)')?.placement).toBe('serve');
  });
});

describe('compose: which way a database sits', () => {
  it('a database started with logical decoding on is the source CDC reads: data flows out of it', () => {
    const yaml = (command: string): string => `services:
  postgres:
    image: postgres:14
    command: ${command}
  jobmanager:
    build: .
    command: jobmanager
    depends_on: [postgres]
`;
    const dataEdges = (text: string): string[] => {
      const r = importPipeline(text, 'compose');
      if (!r.ok) throw new Error(r.error.kind);
      const name = new Map(r.value.graph.components.map((c) => [c.id, c.name]));
      return r.value.graph.edges.filter((e) => !e.control).map((e) => `${name.get(e.from)} -> ${name.get(e.to)}`);
    };
    expect(stagesOf(yaml('["postgres", "-c", "wal_level=logical"]'))).toEqual({ postgres: 'generate', jobmanager: 'process' });
    expect(dataEdges(yaml('["postgres", "-c", "wal_level=logical"]'))).toEqual(['postgres -> jobmanager']);
    // Without it, depends_on is only start-up order.
    expect(dataEdges(yaml('["postgres"]'))).toEqual([]);
  });

  it('beside a broker and no CDC, a database receives what the processing writes; a listener name or an auth method is no host', () => {
    const s = stagesOf(`services:
  cassandra1:
    image: cassandra:latest
    environment:
      POSTGRES_HOST_AUTH_METHOD: trust
  kafka1:
    image: confluentinc/cp-kafka:7.3.2
    environment:
      KAFKA_INTER_BROKER_LISTENER_NAME: INTERNAL
  spark-master:
    image: cluster-apache-spark:3.5.1
    depends_on: [cassandra1, kafka1]
`);
    expect(s).toEqual({ cassandra1: 'store', kafka1: 'ingest', 'spark-master': 'process' });
  });

  it('a database only the orchestrator reaches is still pipeline data when its name says where on the path it sits', () => {
    const s = onlyAirflowReaches(['airflow_postgres', 'postgres_source', 'data_warehouse']);
    expect(s['airflow_postgres']).toBe('none');
    expect(s['postgres_source']).not.toBe('none');
    expect(s['data_warehouse']).toBe('store');
  });

  it('reads a store that heads the name as on the path; a bare db says nothing', () => {
    const s = onlyAirflowReaches(['warehouse_db', 'orders_db']);
    expect(s['warehouse_db']).toBe('store');
    expect(s['orders_db']).toBe('none');
  });
});
