import { describe, expect, it } from 'vitest';
import { PLACEMENTS, type Placement, type RawComponent, type RawEdge } from '../types';
import { catalogKey, catalogName, catalogStrength, classify, classifyPipeline, isBackendProduct, splitOverride, tokenize } from './classify';
import { LEXICON } from '../lexicon/lexicon';

const TECHNOLOGIES = LEXICON.map((e) => ({ names: e.names, placement: e.stage, whenFed: e.whenFed, asSource: e.asSource }));

const comp = (name: string, hints?: string[], extra: Partial<RawComponent> = {}): RawComponent => ({
  id: name,
  name,
  ...(hints ? { hints } : {}),
  ...extra,
});
const place = (name: string, hints?: string[]): Placement => classify(comp(name, hints)).placement;

describe('technology catalog', () => {
  const names = TECHNOLOGIES.flatMap((t) => t.names);

  it('has at least 260 entries and 200 distinct names', () => {
    expect(TECHNOLOGIES.length).toBeGreaterThanOrEqual(260);
    expect(new Set(names).size).toBeGreaterThanOrEqual(200);
  });

  it('writes names lowercase and trimmed, with no empty ones', () => {
    for (const n of names) {
      expect(n, n).toBe(n.toLowerCase().trim());
      expect(catalogKey(n), n).not.toBe('');
    }
  });

  it('maps no name, and no spelling of a name, to two placements', () => {
    const byName = new Map<string, Placement>();
    const byKey = new Map<string, { placement: Placement; name: string }>();
    for (const t of TECHNOLOGIES) {
      for (const n of t.names) {
        const seen = byName.get(n);
        expect(seen === undefined || seen === t.placement, `"${n}" is ${seen} and ${t.placement}`).toBe(true);
        byName.set(n, t.placement);
        // 'big query' and 'bigquery' are the same name to the matcher: they must agree too.
        const key = catalogKey(n);
        const other = byKey.get(key);
        expect(other === undefined || other.placement === t.placement, `"${n}" (${t.placement}) collides with "${other?.name}" (${other?.placement})`).toBe(
          true,
        );
        byKey.set(key, { placement: t.placement, name: n });
      }
    }
  });

  it('covers every placement', () => {
    for (const p of PLACEMENTS) {
      expect(TECHNOLOGIES.filter((t) => t.placement === p).length, p).toBeGreaterThanOrEqual(10);
    }
  });

  it('only moves a product by position to a placement that makes sense', () => {
    for (const t of TECHNOLOGIES) {
      if (t.whenFed) expect(['store', 'serve'], t.names[0]).toContain(t.whenFed);
      if (t.asSource) expect(t.asSource, t.names[0]).toBe('generate');
    }
  });
});

describe('tokenize', () => {
  it('splits camelCase, PascalCase, snake_case and punctuation', () => {
    expect(tokenize('SparkSubmitOperator')).toEqual(['spark', 'submit', 'operator']);
    expect(tokenize('GCSToBigQueryOperator')).toEqual(['gcs', 'to', 'big', 'query', 'operator']);
    expect(tokenize('S3ToRedshiftOperator')).toEqual(['s3', 'to', 'redshift', 'operator']);
    expect(tokenize('fct_orders')).toEqual(['fct', 'orders']);
    expect(tokenize('s3://lake/raw/events')).toEqual(['s3', 'lake', 'raw', 'events']);
    expect(tokenize('confluentinc/cp-kafka:7.5')).toEqual(['confluentinc', 'cp', 'kafka', '7', '5']);
  });
});

// A realistic spread of what people paste, with the placement a data engineer would give.
const TABLE: readonly (readonly [string, Placement, string[]?])[] = [
  // generate
  ['Mobile app', 'generate'],
  ['iOS app', 'generate'],
  ['Web frontend', 'generate'],
  ['Checkout service', 'generate'],
  ['Postgres (OLTP)', 'generate'],
  ['MySQL', 'generate'],
  ['MongoDB', 'generate'],
  ['DynamoDB', 'generate'],
  ['Salesforce', 'generate'],
  ['Shopify', 'generate'],
  ['Stripe', 'generate'],
  ['SAP ERP', 'generate'],
  ['IoT sensors', 'generate'],
  ['POS terminals', 'generate'],
  ['Clickstream', 'generate'],
  ['Application logs', 'generate'],
  ['Webhooks', 'generate'],
  // ingest
  ['Apache Kafka', 'ingest'],
  ['Amazon MSK', 'ingest'],
  ['Confluent Cloud', 'ingest'],
  ['Kafka Connect', 'ingest'],
  ['Debezium', 'ingest'],
  ['Postgres CDC', 'ingest'],
  ['Kinesis Data Streams', 'ingest'],
  ['Kinesis Firehose', 'ingest'],
  ['Google Pub/Sub', 'ingest'],
  ['Azure Event Hubs', 'ingest'],
  ['RabbitMQ', 'ingest'],
  ['Fivetran', 'ingest'],
  ['Airbyte', 'ingest'],
  ['Meltano', 'ingest'],
  ['NiFi', 'ingest'],
  ['Fluent Bit', 'ingest'],
  ['Logstash', 'ingest'],
  ['Segment', 'ingest'],
  ['Snowplow collector', 'ingest'],
  ['AWS DMS', 'ingest'],
  ['Kafka S3 sink connector', 'ingest'],
  ['Postgres to Snowflake', 'ingest'],
  // store
  ['Amazon S3', 'store'],
  ['s3://lake/raw/events', 'store'],
  ['gs://analytics-landing', 'store'],
  ['ADLS Gen2', 'store'],
  ['MinIO', 'store'],
  ['HDFS', 'store'],
  ['Delta Lake', 'store'],
  ['Iceberg tables', 'store'],
  ['Snowflake', 'store'],
  ['BigQuery', 'store'],
  ['Redshift', 'store'],
  ['Snowflake raw', 'store'],
  ['raw tables in Snowflake', 'store'],
  ['Bronze layer', 'store'],
  ['ClickHouse', 'store'],
  ['Parquet files', 'store'],
  ['staging bucket', 'store'],
  // process
  ['Spark job', 'process'],
  ['PySpark', 'process'],
  ['Databricks', 'process'],
  ['Flink', 'process'],
  ['Apache Beam', 'process'],
  ['Dataflow', 'process'],
  ['DuckDB', 'store'],
  ['dlt', 'ingest'],
  ['Python Consumer', 'ingest'],
  ['docker-compose.yml', 'none'],
  ['entrypoint.sh', 'none'],
  ['AWS Glue', 'process'],
  ['EMR', 'process'],
  ['Trino', 'process'],
  ['Athena', 'process'],
  ['pandas', 'process'],
  ['Kafka Streams', 'process'],
  ['ksqlDB', 'process'],
  ['stg_orders', 'process'],
  ['int_orders_joined', 'process'],
  ['Silver layer', 'process'],
  ['Lambda enrichment', 'process'],
  ['Python ETL', 'process'],
  // model
  ['dbt', 'model'],
  ['dbt Cloud', 'model'],
  ['fct_orders', 'model'],
  ['dim_customers', 'model'],
  ['Snowflake marts', 'model'],
  ['BigQuery gold tables', 'model'],
  ['Feast', 'model'],
  ['Feature store', 'model'],
  ['LookML', 'model'],
  ['Semantic layer', 'model'],
  ['Cube', 'model'],
  ['Star schema', 'model'],
  ['Snowflake schema', 'model'],
  // serve
  ['Looker', 'serve'],
  ['Tableau', 'serve'],
  ['Power BI', 'serve'],
  ['Metabase', 'serve'],
  ['Apache Superset', 'serve'],
  ['Hightouch', 'serve'],
  ['Census', 'serve'],
  ['Executive dashboard', 'serve'],
  ['Grafana dashboards', 'serve'],
  ['Fraud model', 'serve'],
  ['SageMaker endpoint', 'serve'],
  ['Recommendations API', 'serve'],
  ['GraphQL API', 'serve'],
  ['Redis cache', 'serve'],
  ['Elasticsearch', 'serve'],
  ['Streamlit app', 'serve'],
  // orchestrate
  ['Airflow', 'orchestrate'],
  ['Apache Airflow', 'orchestrate'],
  ['Dagster', 'orchestrate'],
  ['Prefect', 'orchestrate'],
  ['cron', 'orchestrate'],
  ['AWS Step Functions', 'orchestrate'],
  ['Cloud Composer', 'orchestrate'],
  ['Control-M', 'orchestrate'],
  ['Scheduler', 'orchestrate'],
  // none
  ['Prometheus', 'none'],
  ['Grafana', 'none'],
  ['Datadog', 'none'],
  ['Great Expectations', 'none'],
  ['Monte Carlo', 'none'],
  ['DataHub', 'none'],
  ['Unity Catalog', 'none'],
  ['Glue Data Catalog', 'none'],
  ['Hive metastore', 'none'],
  ['Schema Registry', 'none'],
  ['Terraform', 'none'],
  ['Kubernetes', 'none'],
  ['Docker', 'none'],
  ['GitHub Actions', 'none'],
  ['Jenkins', 'none'],
  ['HashiCorp Vault', 'none'],
  ['Python', 'none'],
  ['SQL', 'none'],
  ['Jupyter', 'none'],
  ['Slack', 'none'],
  ['Zookeeper', 'none'],
  // hints: Airflow operators, docker images, OpenLineage namespaces
  ['submit_job', 'process', ['SparkSubmitOperator']],
  ['load_orders', 'ingest', ['S3ToRedshiftOperator']],
  ['gcs_to_bq', 'ingest', ['GCSToBigQueryOperator']],
  ['upload', 'ingest', ['LocalFilesystemToS3Operator']],
  ['refresh_orders', 'process', ['PostgresOperator']],
  ['build_orders', 'process', ['BigQueryInsertJobOperator']],
  ['run_models', 'model', ['DbtRunOperator']],
  ['wait_for_file', 'orchestrate', ['S3KeySensor']],
  ['upstream_done', 'orchestrate', ['ExternalTaskSensor']],
  ['start', 'orchestrate', ['EmptyOperator']],
  ['broker', 'ingest', ['confluentinc/cp-kafka:7.5', 'cp-kafka']],
  ['db', 'generate', ['postgres:15', 'postgres']],
  ['webserver', 'orchestrate', ['apache/airflow:2.9.0', 'airflow']],
  ['bi', 'serve', ['metabase/metabase', 'metabase']],
  ['monitoring', 'none', ['grafana/grafana', 'grafana']],
  ['objects', 'store', ['minio/minio', 'minio']],
  ['orders', 'ingest', ['kafka://broker:9092']],
  ['events', 'store', ['s3://bucket']],
  ['public.orders', 'generate', ['postgres://prod-db:5432']],
  ['analytics.fct_orders', 'model', ['bigquery']],
  // dbt resource types
  ['stripe.payments', 'store', ['source', 'fivetran']],
  ['country_codes', 'store', ['seed']],
  ['orders_snapshot', 'store', ['snapshot']],
  ['weekly_revenue', 'serve', ['exposure', 'dashboard']],
  ['stg_stripe__payments', 'process', ['model', 'staging', 'view']],
  ['customers', 'model', ['model', 'marts', 'table']],
  ['orders', 'model', ['model']],
  ['revenue', 'model', ['metric']],
];

describe('classify: placements a data engineer would give', () => {
  it('has a table of at least 80 names', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(80);
  });
  it.each(TABLE.map(([name, want, hints]) => ({ name, want, hints })))('$name $hints → $want', ({ name, want, hints }) => {
    const r = classify(comp(name, hints));
    expect(r.placement, r.reason).toBe(want);
    expect(r.confidence).toBeGreaterThan(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
    expect(r.reason).not.toBe('');
  });
});

describe('classify: matching', () => {
  it('says what matched', () => {
    expect(classify(comp('Apache Kafka')).reason).toBe('matched "apache kafka"');
    expect(classify(comp('submit', ['SparkSubmitOperator'])).reason).toContain('SparkSubmitOperator');
  });

  it('matches whole words only', () => {
    expect(place('sparkle')).toBe('none');
    expect(place('redshifted')).toBe('none');
    expect(place('Kafkaesque')).toBe('none');
    expect(place('hivemind')).toBe('none');
    expect(classify(comp('sparkle')).reason).toBe('no match');
    // 'sparkly dashboards' is a dashboard, not Spark.
    expect(place('sparkly dashboards')).toBe('serve');
  });

  it('prefers the longest name', () => {
    expect(place('Kafka Streams')).toBe('process');
    expect(place('Glue Data Catalog')).toBe('none');
    expect(place('Reverse ETL')).toBe('serve');
    expect(place('Data Vault')).toBe('model');
    expect(place('EventBridge Scheduler')).toBe('orchestrate');
    expect(place('Databricks SQL warehouse')).toBe('store');
  });

  it('reads plurals and spelling variants', () => {
    expect(place('Dashboards')).toBe('serve');
    expect(place('big query')).toBe('store');
    expect(place('PowerBI')).toBe('serve');
    expect(place('mongo')).toBe('generate');
  });

  it('lets a tool beat a layer word and a layer word beat a multi-role product', () => {
    expect(place('Kafka raw topic')).toBe('ingest');
    expect(place('Looker gold dashboards')).toBe('serve');
    expect(classify(comp('Snowflake marts')).reason).toContain('refines "snowflake"');
    expect(place('Redshift staging')).toBe('process');
  });

  it('takes the head of the name, not what qualifies it', () => {
    expect(place('Prometheus metrics for Kafka')).toBe('none');
    expect(place('Dashboard for marts')).toBe('serve');
    expect(place('Kafka on Kubernetes')).toBe('ingest');
    expect(place('Spark job scheduled by Airflow')).toBe('process');
  });

  it('ignores languages in hints but uses them alone in a name', () => {
    expect(place('Python')).toBe('none');
    expect(place('orders_daily', ['PythonOperator'])).toBe('none');
    expect(classify(comp('orders_daily', ['PythonOperator'])).reason).toBe('no match');
    expect(place('clean_orders', ['PythonOperator'])).toBe('process');
  });
});

describe('classify: what the parsers hand over', () => {
  it('lets the name beat a hint of the same strength (compose service vs its image)', () => {
    expect(place('hive-metastore', ['apache/hive:4.0.0', 'hive'])).toBe('none');
    expect(place('jupyter', ['jupyter/pyspark-notebook', 'pyspark-notebook'])).toBe('none');
    expect(place('zookeeper', ['confluentinc/cp-zookeeper:7.6.1', 'cp-zookeeper'])).toBe('none');
    expect(place('clickstream-producer', ['build ./producer', 'python'])).toBe('generate');
  });

  it('reads OpenLineage jobs by what they do, not what runs them', () => {
    expect(place('orders_daily.clean_orders', ['job', 'airflow-prod'])).toBe('process');
    expect(place('orders_daily.load_warehouse.load_orders', ['job', 'airflow-prod', 'AIRFLOW', 'TASK', 'BATCH'])).toBe('ingest');
    expect(place('orders_daily', ['job', 'airflow-prod'])).toBe('orchestrate');
    expect(place('clickstream_sessionizer', ['job', 'flink-prod', 'FLINK', 'STREAMING'])).toBe('process');
    expect(place('jaffle_shop.orders', ['job', 'dbt-prod', 'DBT', 'MODEL', 'BATCH'])).toBe('model');
  });

  it('reads OpenLineage datasets by their namespace first', () => {
    expect(place('clicks.v1', ['dataset', 'kafka://broker-1.acme.internal:9092', 'kafka'])).toBe('ingest');
    expect(place('orders/2024-06-01', ['dataset', 's3://acme-landing', 's3'])).toBe('store');
    expect(place('analytics.marts.orders', ['dataset', 'redshift://acme-prod:5439', 'redshift'])).toBe('model');
  });

  it('reads a task id that starts with a verb as that action', () => {
    expect(place('extract_events', ['@task'])).toBe('ingest');
    expect(place('clean_events')).toBe('process');
    // A noun phrase keeps its head noun last.
    expect(place('App events')).toBe('generate');
  });

  it('takes Mermaid subgraph titles as context, below a named tool', () => {
    expect(place('orders', ['Storage'])).toBe('store');
    expect(place('events', ['Ingestion layer'])).toBe('ingest');
    expect(place('Kafka', ['Storage'])).toBe('ingest');
    expect(place('Sources', ['subgraph'])).toBe('generate');
  });
});

describe('classify: explicit and overrides', () => {
  it('splits an override from the name', () => {
    expect(splitOverride('orders [model]')).toEqual({ name: 'orders', explicit: 'model' });
    expect(splitOverride('orders (stage: model)')).toEqual({ name: 'orders', explicit: 'model' });
    expect(splitOverride('orders [stage: Storage]')).toEqual({ name: 'orders', explicit: 'store' });
    expect(splitOverride('events (placement=ingestion)')).toEqual({ name: 'events', explicit: 'ingest' });
  });

  it('accepts stage synonyms', () => {
    const cases: [string, Placement][] = [
      ['generation', 'generate'],
      ['source', 'generate'],
      ['ingestion', 'ingest'],
      ['storage', 'store'],
      ['processing', 'process'],
      ['transform', 'process'],
      ['modeling', 'model'],
      ['modelling', 'model'],
      ['semantic', 'model'],
      ['serving', 'serve'],
      ['bi', 'serve'],
      ['orchestration', 'orchestrate'],
      ['scheduler', 'orchestrate'],
      ['none', 'none'],
      ['other', 'none'],
      ['ignore', 'none'],
    ];
    for (const [word, want] of cases) expect(splitOverride(`x [${word}]`).explicit, word).toBe(want);
  });

  it('leaves names without an override alone', () => {
    expect(splitOverride('Postgres (OLTP)')).toEqual({ name: 'Postgres (OLTP)' });
    expect(splitOverride('orders [daily]')).toEqual({ name: 'orders [daily]' });
    expect(splitOverride('[model]')).toEqual({ name: '[model]' });
    expect(splitOverride('Kafka')).toEqual({ name: 'Kafka' });
  });

  it('lets an override or explicit placement beat everything, with confidence 1', () => {
    const o = classify(comp('Kafka [store]'));
    expect(o).toMatchObject({ placement: 'store', confidence: 1, uncertain: false });
    const e = classify(comp('Snowflake marts', undefined, { explicit: 'serve' }));
    expect(e).toMatchObject({ placement: 'serve', confidence: 1, uncertain: false });
    expect(classify(comp('stg_orders', ['model'], { explicit: 'model' })).placement).toBe('model');
  });
});

describe('classify: confidence and uncertainty', () => {
  it('is confident about a clear catalog match', () => {
    const r = classify(comp('Apache Kafka'));
    expect(r.confidence).toBeGreaterThanOrEqual(0.85);
    expect(r.uncertain).toBe(false);
  });

  it('is uncertain about a weak generic keyword', () => {
    for (const name of ['App', 'orders table', 'nightly job', 'Mode']) {
      const r = classify(comp(name));
      expect(r.uncertain, name).toBe(true);
      expect(r.confidence, name).toBeLessThan(0.75);
    }
  });

  it('rates a layer word alone around 0.7 and with an agreeing product higher', () => {
    expect(classify(comp('fct_orders')).confidence).toBeCloseTo(0.7, 2);
    expect(classify(comp('raw tables in Snowflake')).confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('is uncertain about names that match nothing', () => {
    expect(classify(comp('zorblax'))).toMatchObject({ placement: 'none', uncertain: true, reason: 'no match' });
  });

  it('flags a tie between hints it cannot break', () => {
    const r = classify(comp('thing', ['kafka', 'looker']));
    expect(r.uncertain).toBe(true);
    expect(r.reason).toContain('tie');
  });
});

describe('classifyPipeline', () => {
  const run = (names: string[], links: [string, string, boolean?][]) => {
    const components = names.map((n) => comp(n));
    const edges: RawEdge[] = links.map(([from, to, control]) => ({ from, to, ...(control ? { control } : {}) }));
    return classifyPipeline(components, edges);
  };

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
    expect([...r.values()].map((c) => c.placement)).toEqual(['generate', 'ingest', 'store', 'process', 'model', 'serve', 'orchestrate']);
  });
});

describe('classify: names and hints as people write them', () => {
  it('lets a stated "… layer" outvote the other layer words listed after it', () => {
    expect(place('📡 Serving Layer APIs / Dashboards / Alerts')).toBe('serve');
    expect(place('Storage Layer HDFS / S3 / ADLS')).toBe('store');
  });

  it('reads a table name by the layer it starts with', () => {
    expect(place('gold_hr_alerts')).toBe('model');
    expect(place('gold_claims_kpi_hour')).toBe('model');
    expect(place('stg_orders_dashboard')).toBe('process');
    // In prose the head noun still comes last.
    expect(place('gold dashboard')).toBe('serve');
  });

  it('takes a product before a colon as the thing and the rest as its description', () => {
    expect(place('Zookeeper (2181): Manages Kafka broker')).toBe('none');
    expect(place('Power BI: Enterprise Semantic Model')).toBe('serve');
    // Without a product before the colon every word still counts.
    expect(place('Warehouse: Snowflake marts')).toBe('model');
  });

  it('knows loading verbs, table formats as qualifiers and warehouses refined by layer words', () => {
    expect(place('crawl_and_insert')).toBe('ingest');
    expect(place('scrape_listings')).toBe('ingest');
    expect(place('spark-iceberg', ['tabulario/spark-iceberg', 'spark-iceberg'])).toBe('process');
    expect(place('Apache Iceberg')).toBe('store');
    expect(place('Gold_DWH: Dim/Fact Modeled Tables')).toBe('model');
    expect(place('Data Warehouse')).toBe('store');
  });

  it('knows Kafka consoles, the MinIO client and Iceberg REST catalogs as no stage', () => {
    expect(place('console', ['redpandadata/console:v2.3.8', 'console'])).toBe('none');
    expect(place('mc', ['minio/mc', 'mc'])).toBe('none');
    expect(place('rest', ['tabulario/iceberg-rest', 'iceberg-rest'])).toBe('none');
  });

  it('puts Airflow operators that create or delete clusters beside the data path', () => {
    expect(place('create_cluster', ['DataprocCreateClusterOperator', 'pyspark-cluster'])).toBe('none');
    expect(place('remove_cluster', ['EmrTerminateJobFlowOperator'])).toBe('none');
    expect(place('run_pyspark', ['DataprocSubmitJobOperator'])).toBe('process');
  });
});

describe('classify: OpenLineage jobs and datasets', () => {
  it('never makes a job a store, nor the orchestrator because its Airflow name has "dag" in it', () => {
    expect(place('snowflake.snowflake_query', ['job', 'food_delivery'])).toBe('process');
    expect(place('s3copy_dag.s3copy_task', ['job'])).toBe('process');
    expect(place('iceberg_integration_test.execute_save_into_data_source_command', ['job', 'default'])).toBe('process');
    expect(place('snowflake', ['job', 'food_delivery', 'DAG'])).toBe('orchestrate');
    expect(place('orders_quality', ['job', 'airflow-prod', 'great expectations'])).toBe('none');
  });

  it('reads dataset names as table names: tool words in a schema name do not count, and a bare table is stored', () => {
    expect(place('SANDBOX.OPENLINEAGE.TEST_ORDERS', ['dataset', 'snowflake://acme.us-east-1.aws', 'snowflake'])).toBe('store');
    expect(place('ci.airflow_integration.popular_orders_day_of_week', ['dataset', 'bigquery'])).toBe('store');
    expect(place('public.menus', ['dataset', 'food_delivery'])).toBe('store');
    expect(place('test.jdbc_source1', ['dataset'])).toBe('store');
    expect(place('topic1', ['dataset', 'kafka://kafka:9092', 'kafka'])).toBe('ingest');
  });
});

describe('classifyPipeline: what the graph adds', () => {
  const run = (components: RawComponent[], edges: RawEdge[] = []) => classifyPipeline(components, edges);

  it('ignores a project prefix that every compose service name starts with', () => {
    const r = run([
      comp('cdc-postgres', ['postgres:13', 'postgres', 'cdc-postgres']),
      comp('cdc-broker', ['confluentinc/cp-kafka:7.6.1', 'cp-kafka', 'cdc-broker']),
      comp('cdc-clickhouse', ['clickhouse/clickhouse-server:24.3', 'clickhouse-server', 'cdc-clickhouse']),
    ]);
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

  it('reads a program named by its language, first in the chain, as the producer', () => {
    const r = run([comp('Python'), comp('Kafka')], [{ from: 'Python', to: 'Kafka' }]);
    expect(r.get('Python')?.placement).toBe('generate');
    expect(run([comp('Python')]).get('Python')?.placement).toBe('none');
  });
});

describe('catalog look-ups for the parsers', () => {
  it('tells products, nouns and stage words from unknown names', () => {
    expect(catalogStrength('Apache Kafka')).toBe('product');
    expect(catalogStrength('API')).toBe('noun');
    expect(catalogStrength('Bronze')).toBe('stage');
    expect(catalogStrength('Vilnius')).toBeUndefined();
  });

  it("gives one spelling for a product's aliases", () => {
    expect(catalogName('Apache Kafka')).toBe(catalogName('kafka'));
    expect(catalogName('Vilnius')).toBeUndefined();
  });

  it('knows the databases and brokers a scheduler keeps its state in', () => {
    expect(isBackendProduct('postgres')).toBe(true);
    expect(isBackendProduct('redis')).toBe(true);
    expect(isBackendProduct('Spark job')).toBe(false);
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

  it('keeps the catalog entries of project files apart, so they never merge into one component', () => {
    expect(catalogName('docker-compose.yml')).not.toBe(catalogName('entrypoint.sh'));
  });
});

describe('classify with sentence hints', () => {
  it('does not let a hint about what runs a product decide what the product is', () => {
    expect(place('dbt', ['Orchestrate the data transformation process using dbt.'])).toBe('model');
    expect(place('Snowflake', ['orchestrated nightly by the scheduler'])).toBe('store');
  });

  it('does not let a product named in a sentence about another product decide it', () => {
    expect(place('Apache Cassandra', ['The data vault, storing the processed records'])).not.toBe('model');
    expect(place('Apache Cassandra', ['data vault'])).toBe('model');
  });

  it('keeps a product what it is whatever layer or section words surround it', () => {
    expect(place('Parquet', ['Silver layer', 'Gold layer'])).toBe('store');
    expect(place('Parquet', ['Gold layer'])).toBe('store');
    expect(place('Iceberg', ['Data processing'])).toBe('store');
  });

  it('reads "process" after another word in a hint as a procedure, not the processing layer', () => {
    expect(place('orders', ['the loading process'])).toBe('none');
    expect(place('orders', ['process layer'])).toBe('process');
  });
});
