import { describe, expect, it } from 'vitest';
import { classify } from '../classify';
import { genericRule, namedRule } from './named';
import { facts } from '../../../test/placements';

describe('rule 2: a known product or role noun in the name', () => {
  it('places a product whatever section it sits under', () => {
    expect(namedRule(facts('Kafka', 'Data generation'))?.placement).toBe('ingest');
    expect(namedRule(facts('Iceberg', 'Data processing'))?.placement).toBe('store');
    expect(namedRule(facts('Redis online store'))?.placement).toBe('serve');
  });

  it('reads what brackets after a product hold as a description of it, a layer there refining it', () => {
    expect(classify({ id: 'a', name: 'S3 Bucket (company-raw/clickstream/)', hints: [] }).placement).toBe('store');
    expect(classify({ id: 'b', name: 'Synapse Serverless SQL (Gold layer)', hints: [] }).placement).toBe('model');
  });

  it('reads a table named with its layer first by the layer, the products after it being its subject', () => {
    expect(namedRule(facts('stg_ga4_events'))?.placement).toBe('process');
    expect(namedRule(facts('dim_salesforce_opportunity'))?.placement).toBe('model');
    expect(namedRule(facts('stg_klaviyo__*'))?.placement).toBe('process');
    // Written as prose, the product is still the thing.
    expect(namedRule(facts('Staging Salesforce'))?.placement).toBe('generate');
  });

  it('reads a connector named after the system it reads as the connector', () => {
    expect(classify({ id: 'c', name: 'MySQL Connector', hints: [] }).placement).toBe('ingest');
    expect(classify({ id: 'd', name: 'company-raw/clickstream/', hints: [] }).placement).toBe('store');
  });

  it('reads a database of several roles named as the warehouse as where data lands, and alone as a source', () => {
    expect(classify({ id: 'w', name: 'PostgreSQL Warehouse', hints: [] }).placement).toBe('store');
    expect(classify({ id: 'p', name: 'PostgreSQL', hints: [] }).placement).toBe('generate');
  });

  it('reads vectors in the plural as what a vector store holds, not as Vector the log router', () => {
    expect(namedRule(facts('Weaviate vectors'))?.placement).toBe('serve');
    expect(namedRule(facts('Vector'))?.placement).toBe('ingest');
  });

  it('lets a layer or role word pick the role of a multi-role product', () => {
    expect(namedRule(facts('Snowflake marts'))).toMatchObject({ placement: 'model', rule: 'layer' });
    expect(namedRule(facts('Kafka raw topic'))?.placement).toBe('ingest');
  });

  it('lets a layer word in the name refine where data rests, as it does a warehouse: a bucket or lake holds that layer', () => {
    expect(namedRule(facts('S3 Gold'))).toMatchObject({ placement: 'model', rule: 'layer' });
    expect(namedRule(facts('Data Lake Silver Layer'))?.placement).toBe('process');
    expect(namedRule(facts('S3 raw'))?.placement).toBe('store');
    // Without a layer word, or holding several layers, the store keeps its stage.
    expect(namedRule(facts('S3'))?.placement).toBe('store');
    expect(namedRule(facts('S3 bronze/silver/gold'))?.placement).toBe('store');
  });

  it('lets a verb in the name say what a compute service of several roles runs, and no other product', () => {
    expect(namedRule(facts('AWS Lambda (extract)'))).toMatchObject({ placement: 'ingest', rule: 'verb', confidence: 0.8 });
    expect(namedRule(facts('Databricks data extraction'))?.placement).toBe('ingest');
    // A database or a warehouse named with a verb is still the database: "Postgres export" is its export.
    expect(namedRule(facts('Postgres export'))?.placement).toBe('generate');
    expect(namedRule(facts('BigQuery export'))?.placement).toBe('store');
    expect(namedRule(facts('Google Sheets sync'))?.placement).toBe('serve');
  });

  it('does not let a group title that only hosts a thing (a network boundary) outvote the role its name states', () => {
    expect(genericRule(facts('Topic: trades', 'GCP Security Boundary (VPC-SC, CMEK)'))?.placement).toBe('ingest');
    expect(namedRule(facts('DLQ topics', 'Private network (VPC peering)')) ?? genericRule(facts('DLQ topics', 'Private network (VPC peering)'))).toMatchObject({ placement: 'ingest' });
    // An image is what the thing is built from: the marquez image makes the service called api a lineage tool.
    expect(namedRule(facts('api', 'marquezproject/marquez:0.51.1'))?.placement).toBe('none');
  });

  it('keeps what the name states over a product in a container title or an image', () => {
    expect(namedRule(facts('FastAPI Services', 'API GATEWAY'))?.placement).toBe('serve');
    expect(namedRule(facts('postgres', 'debezium/postgres:16', 'postgres'))?.placement).toBe('generate');
    expect(namedRule(facts('broker', 'confluentinc/cp-kafka:7.5', 'cp-kafka'))?.placement).toBe('ingest');
  });

  it('takes a more specific product in the image over the one the name states: Redpanda Console is not the broker', () => {
    expect(namedRule(facts('cdc-redpanda', 'redpandadata/console:v2.3.8', 'console'))?.placement).toBe('none');
    expect(namedRule(facts('redpanda', 'redpandadata/redpanda:v23.1', 'redpanda'))?.placement).toBe('ingest');
  });

  it('lets a noun the lexicon marks as a head, last in the name, say what the thing is', () => {
    expect(namedRule(facts('kafka_data_generator'))?.placement).toBe('generate');
    expect(namedRule(facts('Spark checkpoint'))?.placement).toBe('none');
    // Not last: the product is still the thing.
    expect(namedRule(facts('Kafka producer topic'))?.placement).toBe('ingest');
    // A role noun the lexicon does not mark keeps the product: a Kafka source in Flink reads Kafka.
    expect(namedRule(facts('Kafka source'))?.placement).toBe('ingest');
    // An exporter is what Prometheus scrapes a system's metrics from: monitoring, not the system.
    expect(namedRule(facts('Kafka Exporter'))?.placement).toBe('none');
    expect(namedRule(facts('clickhouse-exporter'))?.placement).toBe('none');
  });

  it('reads a consumer drawn in a pipeline as the program reading a topic, and the people downstream as served', () => {
    const place = (name: string) => classify({ id: name, name }).placement;
    expect(place('Consumer Group')).toBe('ingest');
    expect(place('consumer')).toBe('ingest');
    expect(place('Downstream Consumers')).toBe('serve');
  });

  it('reads a feed as where data comes from whatever its format, and "feeds" opening a description as a verb', () => {
    const place = (name: string, hints: string[] = []) => classify({ id: name, name, hints }).placement;
    expect(place('NVD JSON feeds')).toBe('generate');
    expect(place('GTFS-RT Feed')).toBe('generate');
    expect(place('Python worker', ['Feeds the cleaned events into Snowflake'])).toBe('process');
    // An exporter named for the data it writes out is an export step, not a metrics exporter.
    expect(place('CSV exporter')).toBe('serve');
  });

  it('leaves a language to the section: "Batching (Python)" under "Jobs" is a job', () => {
    expect(namedRule(facts('Batching (Python)', 'Jobs'))?.placement).toBe('process');
    expect(namedRule(facts('Python', 'Jobs'))).toBeUndefined();
    expect(genericRule(facts('Python'))?.placement).toBe('none');
  });

  it('serves through work that delivers to Slack or email, and ignores the orchestrator a task runs in', () => {
    expect(namedRule(facts('email_discounts', 'job', 'food_delivery'))?.placement).toBe('serve');
    expect(namedRule(facts('Extract Tasks', 'Flyte workflow'))).toBeUndefined();
    expect(namedRule(facts('wait_for_file', 'S3KeySensor'))?.placement).toBe('orchestrate');
  });

  it('lets the verb of a task say what it does when only its operator names an engine that runs any work', () => {
    expect(namedRule(facts('ingest_data', 'SparkSubmitOperator', 'spark_default'))?.placement).toBe('ingest');
    expect(namedRule(facts('train_model', 'SparkSubmitOperator', 'spark_default'))?.placement).toBe('model');
    expect(namedRule(facts('daily_job', 'SparkSubmitOperator'))?.placement).toBe('process');
    // A product in the task's own name still decides; a tool whose stage is its work (Airbyte syncs)
    // keeps it; SQL run in a database keeps its layer rule.
    expect(namedRule(facts('load_spark_metrics', 'SparkSubmitOperator'))?.placement).toBe('process');
    expect(namedRule(facts('clean_data', 'AirbyteTriggerSyncOperator'))?.placement).toBe('ingest');
    expect(namedRule(facts('orders_mart', 'PostgresOperator', 'postgres_default'))?.placement).toBe('model');
  });

  it('reads code named in prose as a call, not a component', () => {
    expect(namedRule(facts('read_csv()'))?.placement).toBe('none');
    expect(namedRule(facts('df.to_parquet(path)'))?.placement).toBe('none');
    expect(namedRule(facts('Postgres (OLTP)'))?.placement).toBe('generate');
  });

  it('never makes work the bucket or database it writes to', () => {
    expect(namedRule(facts('s3_upload', 'PythonOperator'))).toBeUndefined();
    expect(namedRule(facts('submit_job', 'SparkSubmitOperator'))?.placement).toBe('process');
    expect(namedRule(facts('load_to_snowflake', 'SnowflakeOperator'))).toMatchObject({ placement: 'ingest', rule: 'verb' });
  });

  it('reads an OpenLineage job of type DAG as the orchestrator', () => {
    expect(namedRule(facts('orders_daily', 'job', 'airflow-prod'))?.placement).toBe('orchestrate');
    expect(namedRule(facts('load_orders', 'job', 'airflow-prod'))).toBeUndefined();
  });

  it('places a dataset in Kafka as a topic, and leaves one in a warehouse to its layer', () => {
    expect(namedRule(facts('clicks.v1', 'dataset', 'kafka://broker:9092', 'kafka'))?.placement).toBe('ingest');
    expect(namedRule(facts('analytics.marts.orders', 'dataset', 'redshift'))).toBeUndefined();
  });

  it('leaves words that only hint ("events") to the section, and takes them when there is none', () => {
    expect(namedRule(facts('events', 'Ingestion layer'))).toBeUndefined();
    expect(genericRule(facts('events'))?.placement).toBe('generate');
  });
});
