import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byName, edgePairs, expectArbitraryTextWellFormed, expectDetectsOwnFixtures, fixture, STRUCTURED_PARSERS } from '../../test/parseFormats';
import { composeParser } from './compose';
import { wellFormedProblems } from './structured';



describe('composeParser: a streaming stack', () => {
  const r = composeParser.parse(fixture('compose-streaming.yml'));

  it('makes one component per service, at its line, ignoring volumes, networks and x- keys', () => {
    expect(r.warnings).toEqual([]);
    expect(r.components.map((c) => [c.name, c.line])).toEqual([
      ['zookeeper', 10],
      ['kafka', 15],
      ['schema-registry', 26],
      ['clickstream-producer', 32],
      ['minio', 39],
      ['kafka-connect', 46],
      ['spark-master', 58],
      ['spark-job', 63],
      ['postgres', 72],
      ['superset', 81],
    ]);
    expect(r.components.every((c) => c.explicit === undefined)).toBe(true);
  });

  it('hints with the image (and its bare name), container_name, build context and command', () => {
    expect(byName(r, 'kafka')?.hints).toEqual(['confluentinc/cp-kafka:7.6.1', 'cp-kafka', 'broker']);
    expect(byName(r, 'clickstream-producer')?.hints).toEqual(['build ./producer', 'python']);
    expect(byName(r, 'minio')?.hints).toEqual(['minio/minio:RELEASE.2024-05-10T01-41-38Z', 'server']);
    // Merged from the x-spark-common anchor; the command's first word without its path.
    expect(byName(r, 'spark-job')?.hints).toEqual(['bitnami/spark:3.5', 'spark', 'spark-submit']);
    expect(byName(r, 'postgres')?.hints).toEqual(['postgres:16']);
  });

  it('draws data edges from hostnames in environment values, turned by the images’ roles', () => {
    expect(edgePairs(r, false)).toEqual([
      'kafka -> schema-registry', // broker:29092 is kafka's container_name
      'clickstream-producer -> kafka', // BOOTSTRAP_SERVERS=broker:29092: a producer writes to the broker it names
      'schema-registry -> clickstream-producer', // SCHEMA_REGISTRY_URL=http://schema-registry:8081
      'kafka -> kafka-connect', // broker → sink connector
      'schema-registry -> kafka-connect',
      'kafka-connect -> minio', // S3_ENDPOINT: http://minio:9000 — the sink writes to the store
      'minio -> spark-job', // store → processing
      'spark-master -> spark-job', // SPARK_MASTER_URL: spark://spark-master:7077
      // jdbc:postgresql://warehouse:5432, postgres's hostname: with a broker and no CDC, Spark writes into it.
      'spark-job -> postgres',
      'postgres -> superset', // links: postgres:db; a dashboard reads its database
    ]);
    // ZooKeeper coordinates the broker; no data passes through it.
    expect(edgePairs(r, true)).toEqual(['zookeeper -> kafka']);
  });

  it('reads a CDC stack by roles: database → Debezium → Kafka → sink → MinIO → Spark, whatever depends_on says', () => {
    const text = [
      'services:',
      '  db: { image: debezium/postgres:16 }',
      '  kafka: { image: confluentinc/cp-kafka:7.6.1 }',
      '  debezium:',
      '    image: quay.io/debezium/connect:2.7',
      '    depends_on: [kafka, db]',
      '    environment: { BOOTSTRAP_SERVERS: "kafka:9092" }',
      '  sink:',
      '    image: confluentinc/cp-kafka-connect:7.6.1',
      '    depends_on: [kafka, minio]',
      '  minio: { image: minio/minio }',
      '  spark:',
      '    image: bitnami/spark:3.5',
      '    depends_on: [minio]',
      '',
    ].join('\n');
    const c = composeParser.parse(text);
    expect(edgePairs(c, false)).toEqual(['debezium -> kafka', 'db -> debezium', 'kafka -> sink', 'sink -> minio', 'minio -> spark']);
    expect(edgePairs(c, true)).toEqual([]);
    // The captured database is the source, not the CDC tool its image is named after.
    expect(byName(c, 'db')?.hints).toEqual(['postgres', 'source database']);
    expect(c.warnings.map((w) => [w.line, w.column, w.problem])).toEqual([[6, 18, { kind: 'startupOrder', reversed: 2, control: 0 }]]);
    expect(c.warnings[0]?.message).toMatch(/^depends_on is start-up order, not data flow: 2 links drawn the other way/);
  });

  it('does not read a service name inside a longer host or a bare value under a non-host key', () => {
    const text = [
      'services:',
      '  kafka: { image: kafka }',
      '  kafka-ui:',
      '    image: provectuslabs/kafka-ui',
      '    environment:',
      '      CLUSTER: my-kafka:9092',
      '      TOPIC_PREFIX: kafka',
      '  app:',
      '    image: app',
      '    environment: { BROKER_HOST: kafka, OTHER: "kafka-ui:8080" }',
      '',
    ].join('\n');
    // An app is where data is made: it writes to the broker it names.
    expect(edgePairs(composeParser.parse(text))).toEqual(['app -> kafka', 'kafka-ui -> app']);
  });
});

describe('composeParser: broken input', () => {
  it('reports a dependency on a missing service and a bad indent at exact positions, keeping the rest', () => {
    const r = composeParser.parse(fixture('compose-broken.yml'));
    expect(r.warnings.map((w) => [w.line, w.column, w.found, w.problem?.kind])).toEqual([
      [7, 9, 'postgres', 'startupOrder'],
      [8, 9, 'redis', 'unknownService'],
      [11, 1, 'environment:', 'yamlSyntax'],
    ]);
    expect(r.warnings[1]?.message).toBe('Service "api" depends on "redis", which is not a service in this file; added');
    expect(r.warnings[2]?.message).toMatch(/^YAML: /);
    // The misindented `environment:` is not taken for a service.
    expect(r.components.map((c) => c.name)).toEqual(['api', 'postgres', 'worker', 'redis']);
    // Images that say nothing of data: the start-up order stays, as control links.
    expect(edgePairs(r, true)).toEqual(['postgres -> api', 'redis -> api', 'api -> worker']);
  });

  it('reads a quoted value whose later lines sit left of its key, as Compose does', () => {
    const text = [
      'x-airflow-common: &common',
      '  environment:',
      "    AIRFLOW_CONN_SPARK: '{",
      '    "conn_type": "spark",',
      '    "host": "spark://spark-master"',
      "}'",
      'services:',
      '  airflow-scheduler:',
      '    <<: *common',
      '    image: apache/airflow:2.9.0',
      '  spark-master:',
      '    image: bitnami/spark:3.5',
    ].join('\n');
    const r = composeParser.parse(text);
    expect(r.warnings).toEqual([]);
    expect(r.components.map((c) => [c.name, c.line])).toEqual([['airflow-scheduler', 8], ['spark-master', 11]]);
  });

  it('leaves valid YAML as it is, a quote opened in a comment or a folded text included', () => {
    const text = [
      'services:',
      '  postgres:',
      "    image: postgres:16  # pin: 'latest breaks init",
      '    labels:',
      '      note: >',
      "        Status is one of: 'placed",
      "        or 'shipped'",
      '  airflow:',
      '    image: apache/airflow:2.9.0',
      '  spark:',
      '    image: bitnami/spark:3.5',
    ].join('\n');
    const r = composeParser.parse(text);
    expect(r.warnings).toEqual([]);
    expect(r.components.map((c) => c.name)).toEqual(['postgres', 'airflow', 'spark']);
  });

  it('says so when there are no services', () => {
    const r = composeParser.parse('volumes:\n  data:\n');
    expect(r.components).toEqual([]);
    expect(r.warnings).toEqual([{ line: 1, column: 1, message: 'No top-level `services:` found', problem: { kind: 'composeNoServices' } }]);
  });
});

describe('composeParser.detect', () => {
  it('is 0.9 for top-level services with image/build children', () => {
    expect(composeParser.detect(fixture('compose-streaming.yml'))).toBe(0.9);
    expect(composeParser.detect('services:\n  a:\n    build: .\n')).toBe(0.9);
    expect(composeParser.detect('components:\n  - a\n')).toBe(0);
  });

  it('reads the first file format, whose top-level keys are the services, and nothing else without `services:`', () => {
    const v1 = 'kafka:\n  image: spotify/kafka\n\nconsumer:\n  #build: ./spark\n  image: acme/spark-consumer\n  links:\n    - kafka\n';
    expect(composeParser.detect(v1)).toBe(0.85);
    expect(composeParser.parse(v1).components.map((c) => c.name)).toEqual(['kafka', 'consumer']);
    // One top-level key without an image is not a v1 file: a Kubernetes pod spec, a CI job.
    expect(composeParser.detect('kafka:\n  image: spotify/kafka\nvolumes:\n  data: {}\n')).toBe(0);
    expect(composeParser.detect('build:\n  image: node:20\n  script: [npm ci]\ntest:\n  image: node:20\n  script: [npm test]\n')).toBe(0);
    // A Helm values file nests its image under the service's own keys.
    expect(composeParser.detect('webserver:\n  image:\n    repository: apache/airflow\nscheduler:\n  replicas: 1\n  image:\n    tag: 2.9.0\n')).toBe(0);
  });

  it('rates its own fixtures above every other fixture, and above the other parsers', () => {
    expectDetectsOwnFixtures(composeParser, 'compose-', STRUCTURED_PARSERS);
  });
});

describe('composeParser properties', () => {
  it('never throws on arbitrary text and returns a well-formed result', () => {
    expectArbitraryTextWellFormed(composeParser);
  });

  it('stays well-formed on compose-shaped noise and on cut-up fixtures', () => {
    const piece = fc.constantFrom('services:', '\n', '  ', '    ', 'a:', 'b:', 'image: x', 'depends_on:', '- a', '- b', '[a, b]', 'environment:', 'X: a:9092', '- Y=http://b:80', 'links: [a:db]', '<<: *c', '&c', '{', '}', ':', '"');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        expect(wellFormedProblems(composeParser.parse(pieces.join('')))).toEqual([]);
      }),
    );
    const source = fixture('compose-streaming.yml');
    fc.assert(
      fc.property(fc.nat(source.length), fc.nat(40), (at, len) => {
        expect(wellFormedProblems(composeParser.parse(source.slice(0, at) + source.slice(at + len)))).toEqual([]);
      }),
    );
  });
});

describe('composeParser: image hints', () => {
  it('drops the registry host from an image, keeping the repository and its bare name', () => {
    const r = composeParser.parse(
      ['services:', '  kafka-console:', '    image: docker.redpanda.com/redpandadata/console:v2.3.8', '  engine:', '    image: localhost:5000/spark:3.5', ''].join('\n'),
    );
    expect(byName(r, 'kafka-console')?.hints).toEqual(['redpandadata/console:v2.3.8', 'console']);
    expect(byName(r, 'engine')?.hints).toEqual(['spark:3.5', 'spark']);
  });
});

describe('composeParser: many services', () => {
  it('reads 20,000 services in linear time and still reports a service written twice, at the second one', () => {
    const services = Array.from({ length: 20_000 }, (_, i) => `  s${i}:\n    image: postgres\n`).join('');
    const t0 = performance.now();
    const r = composeParser.parse(`services:\n${services}  s7:\n    image: redis\n`);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(r.components).toHaveLength(20_000);
    expect(r.warnings.map((w) => [w.line, w.column, w.message])).toEqual([[40_002, 3, 'YAML: Map keys must be unique']]);
  });
});
