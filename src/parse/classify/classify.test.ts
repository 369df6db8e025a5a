import { describe, expect, it } from 'vitest';
import type { Placement, RawComponent } from '../types';
import { classify, splitOverride } from './classify';

const comp = (name: string, hints?: string[], extra: Partial<RawComponent> = {}): RawComponent => ({
  id: name,
  name,
  ...(hints ? { hints } : {}),
  ...extra,
});
const place = (name: string, hints?: string[]): Placement => classify(comp(name, hints)).placement;

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

  it('places the Kafka producer, the client publishing into Kafka, as ingest, and an app that produces events as the source', () => {
    expect(place('Kafka Producer')).toBe('ingest');
    expect(place('Python Kafka producer')).toBe('ingest');
    expect(place('event producer')).toBe('generate');
  });

  it('places dbt work that builds no data (its documentation, its connection profile) beside the pipeline', () => {
    expect(place('generate_dbt_documentation')).toBe('none');
    expect(place('generate_dbt_profile')).toBe('none');
    expect(place('dbt_run_marts')).toBe('model');
  });

  it('places an EventBridge rule as what starts the jobs, as data pipelines use it', () => {
    expect(place('EventBridge')).toBe('orchestrate');
    expect(place('Amazon EventBridge Rule')).toBe('orchestrate');
  });

  it('reads plurals and spelling variants', () => {
    expect(place('Dashboards')).toBe('serve');
    expect(place('big query')).toBe('store');
    expect(place('PowerBI')).toBe('serve');
    expect(place('mongo')).toBe('generate');
  });

  it('reads a name with an instance number as the product it runs, and keeps names that end in a digit', () => {
    expect(place('datanode2')).toBe('store');
    expect(place('kafka1')).toBe('ingest');
    expect(place('ingesta01-mysql')).toBe('ingest');
    expect(classify(comp('s3')).reason).toBe('matched "s3"');
    expect(place('ga4')).toBe('generate');
    // Only products: a host numbered in a cluster is not Node.js, nor a role word a product.
    expect(classify(comp('node1')).reason).toBe('no match');
    expect(classify(comp('source2')).reason).toBe('no match');
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
    expect(place('jupyter', ['jupyter/pyspark-notebook', 'pyspark-notebook'])).toBe('serve');
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
    expect(splitOverride('orders [daily]')).toEqual({ name: 'orders [daily]', unknown: { word: 'daily', index: 7 } });
    // A lone override names nothing: readers warn about it rather than making a component called "[model]".
    expect(splitOverride('[model]')).toEqual({ name: '', explicit: 'model' });
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

  it('reads a long label with its description run on by the label, which comes first', () => {
    expect(place('Raw Delta Tables Append-only Schema applied Ingestion timestamps')).toBe('store');
    // A short compound keeps its head noun last.
    expect(place('Kafka Connect S3 sink')).toBe('ingest');
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
    expect(place('orders_quality', ['job', 'airflow-prod', 'great expectations'])).toBe('process');
  });

  it('reads dataset names as table names: tool words in a schema name do not count, and a bare table is stored', () => {
    expect(place('SANDBOX.OPENLINEAGE.TEST_ORDERS', ['dataset', 'snowflake://acme.us-east-1.aws', 'snowflake'])).toBe('store');
    expect(place('ci.airflow_integration.popular_orders_day_of_week', ['dataset', 'bigquery'])).toBe('store');
    expect(place('public.menus', ['dataset', 'food_delivery'])).toBe('store');
    expect(place('test.jdbc_source1', ['dataset'])).toBe('store');
    expect(place('topic1', ['dataset', 'kafka://kafka:9092', 'kafka'])).toBe('ingest');
  });
});

describe('classify with sentence hints', () => {
  it('does not let a hint about what runs a product decide what the product is', () => {
    expect(place('dbt', ['Orchestrate the data transformation process using dbt.'])).toBe('process');
    expect(place('Snowflake', ['orchestrated nightly by the scheduler'])).toBe('store');
  });

  it('does not let a product named in a sentence about another product decide it', () => {
    expect(place('Apache Cassandra', ['The data vault, storing the processed records'])).not.toBe('model');
    // A product in a description does not outvote the product the name states.
    expect(place('Apache Cassandra', ['data vault'])).toBe('generate');
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
