import { describe, expect, it } from 'vitest';
import { importPipeline } from '../../importPipeline';
import { meetsSink } from './roles';
import { namedHost } from './serviceSpec';

const graphOf = (yaml: string) => {
  const r = importPipeline(yaml, 'compose');
  if (!r.ok) throw new Error(r.error.kind);
  const { components, edges } = r.value.graph;
  const name = (id: string) => components.find((c) => c.id === id)?.name;
  return {
    stages: Object.fromEntries(components.map((c) => [c.name, c.placement])),
    edges: edges.map((e) => `${name(e.from)} -> ${name(e.to)}`),
    flows: edges.filter((e) => !e.control).map((e) => `${name(e.from)} -> ${name(e.to)}`),
  };
};

describe('compose: services named after work, and hosts that run elsewhere', () => {
  it('an idle container named after a tool that does work is where that tool runs', () => {
    const g = graphOf(`services:
  warehouse:
    image: postgres:16
  dbt:
    build: ./dbt
    command: tail -f /dev/null
  cli:
    image: bitnami/spark:3.5
    command: sleep infinity
`);
    expect(g.stages['dbt']).toBe('process');
    // Named after nothing that works: a shell, whatever its image.
    expect(g.stages['cli']).toBe('none');
  });

  it('a server started in the background before the wait is what the container runs', () => {
    const g = graphOf(`services:
  lake:
    image: minio/minio
    entrypoint: >
      /bin/sh -c "minio server /data & sleep 5; mc mb local/datalake; tail -f /dev/null"
`);
    expect(g.stages['lake']).toBe('store');
  });

  it('a broker the services name but the file does not define becomes a component they talk to', () => {
    const g = graphOf(`services:
  generator:
    build: ./generator
    environment:
      KAFKA_BROKER_URL: broker:9092
  detector:
    build: ./detector
    environment:
      KAFKA_BROKER_URL: broker:9092
`);
    expect(g.stages).toEqual({ generator: 'generate', detector: 'process', broker: 'ingest' });
    expect(g.edges).toContain('broker -> detector');
  });

  it('a host in a setting is a bare container name: never localhost, an internet host, a variable or a plain value', () => {
    expect(namedHost('KAFKA_BROKER_URL', 'broker:9092')).toBe('broker');
    expect(namedHost('DATABASE_URL', 'postgresql://u:p@warehouse:5432/db')).toBe('warehouse');
    expect(namedHost('DB_HOST', 'warehouse')).toBe('warehouse');
    expect(namedHost('DB_HOST', 'localhost')).toBeUndefined();
    expect(namedHost('API_URL', 'https://api.example.com/v1')).toBeUndefined();
    expect(namedHost('DB_HOST', '${DB_HOST}')).toBeUndefined();
    expect(namedHost('TRANSACTIONS_PER_SECOND', '1000')).toBeUndefined();
    expect(namedHost('DATABASE_NAME', 'orders')).toBeUndefined();
  });

  it('a link alias is the linked service, not a host elsewhere', () => {
    const g = graphOf(`services:
  postgres:
    image: postgres:16
  superset:
    image: apache/superset
    links: ['postgres:db']
    environment:
      DATABASE_HOST: db
`);
    expect(Object.keys(g.stages).sort()).toEqual(['postgres', 'superset']);
  });

  it('a data app that reads the database is served from it, and the database holds the output', () => {
    const g = graphOf(`services:
  postgres:
    image: postgres:16
  marimo:
    build: ./marimo
    environment:
      DB_HOST: postgres
`);
    expect(g.stages).toEqual({ postgres: 'store', marimo: 'serve' });
  });
});

describe('compose: a service the file builds to make data', () => {
  it('writes to the broker it names, though it starts after it', () => {
    const text = [
      'services:',
      '  broker:',
      '    image: confluentinc/cp-kafka:7.4.0',
      '  generator:',
      '    build: ./generator',
      '    depends_on: [broker]',
      '    environment:',
      '      BOOTSTRAP_SERVERS: broker:29092',
      '  flink:',
      '    image: flink:1.17',
      '    depends_on: [broker]',
      '',
    ].join('\n');
    const { edges } = graphOf(text);
    expect(edges).toContain('generator -> broker');
    expect(edges).not.toContain('broker -> generator');
    expect(edges).toContain('broker -> flink');
  });
});

describe('compose: a service that sets another up', () => {
  it('runs once and carries no data, whatever its image; the service it sets up keeps its role', () => {
    const yaml = `services:
  kafka:
    image: confluentinc/cp-kafka:7.6
  kafka_init:
    image: confluentinc/cp-kafka:7.6
    command: kafka-topics --create --topic orders
    depends_on: [kafka]
  spark:
    image: bitnami/spark:3.5
    depends_on: [kafka, kafka_init]
  airflow-init:
    image: apache/airflow:2.9
    command: db init
  airflow-scheduler:
    image: apache/airflow:2.9
`;
    const g = graphOf(yaml);
    expect([g.stages['kafka'], g.stages['kafka_init'], g.stages['airflow-init'], g.stages['airflow-scheduler']]).toEqual(['ingest', 'none', 'none', 'orchestrate']);
    // Starting after it is not reading from it: no data passes through the setup container.
    const r = importPipeline(yaml, 'compose');
    if (!r.ok) throw new Error(r.error.kind);
    const data = r.value.graph.edges.filter((e) => !e.control).map((e) => `${e.from} -> ${e.to}`);
    expect(data.filter((e) => e.includes('kafka-init'))).toEqual([]);
  });

  it('reads a service named for a command line to another (airflow-cli, ksqldb-cli) as a shell that carries no data', () => {
    const g = graphOf('services:\n  airflow-scheduler:\n    image: apache/airflow:2.9\n  airflow-cli:\n    image: apache/airflow:2.9\n    command: bash\n  ksqldb-cli:\n    image: confluentinc/ksqldb-cli:0.29\n');
    expect([g.stages['airflow-scheduler'], g.stages['airflow-cli'], g.stages['ksqldb-cli']]).toEqual(['orchestrate', 'none', 'none']);
  });
});

// A broker and no CDC service: the stack's databases are where it writes, not sources.
const sinkStack = (more: string) => `services:
  kafka:
    image: bitnami/kafka:3.7
  postgres:
    image: postgres:16
${more}`;

describe("compose: the project's own services beside a database the stack writes to", () => {
  it('work of its own fills the database, so the database is a store', () => {
    const g = graphOf(sinkStack(`  processing:
    build: ./processing
    depends_on: [kafka, postgres]
`));
    expect(g.flows).toContain('processing -> postgres');
    expect(g.stages['postgres']).toBe('store');
  });

  it('an API or a dashboard of its own reads the database', () => {
    const g = graphOf(sinkStack(`  traffic-api:
    build: ./api
    depends_on: [postgres]
`));
    expect(g.flows).toContain('postgres -> traffic-api');
    expect(g.stages['traffic-api']).toBe('serve');
  });

  it('by what its name says it does', () => {
    expect(meetsSink('stream-processor')).toBe('fills');
    expect(meetsSink('dashboard')).toBe('reads');
    expect(meetsSink('airflow-webserver')).toBeUndefined();
    // An app, a scheduler or a name that says nothing may own the database or only start after it.
    expect(meetsSink('backend')).toBeUndefined();
    expect(meetsSink('scheduler')).toBeUndefined();
  });
});
