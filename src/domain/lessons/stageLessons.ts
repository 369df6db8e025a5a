import type { Stage } from '../stages';
import type { StageLesson } from './types';

/** The six stages in plain words. Keyed by stage so the compiler rejects a stage without a lesson. */
export const STAGE_LESSONS: Readonly<Record<Stage, StageLesson>> = {
  generate: {
    stage: 'generate',
    does:
      'Apps, devices, databases and third-party services produce the records: a click, an order, a sensor reading, a row change. Whoever writes this code decides the timestamp, the currency, the id and the format, often without writing any of it down.',
    examples: 'mobile and web apps, backend services, operational databases, SaaS APIs, IoT devices',
    owes: 'Records whose meaning is stated: which clock stamped them, which unit a number is in, whether an id is unique, and which fields may be missing.',
  },
  ingest: {
    stage: 'ingest',
    does:
      'Collectors, queues and connectors pick records up from the sources and move them into the platform, in batches or as a stream. They retry when something fails, which is where a record can arrive twice, late or not at all.',
    examples: 'Kafka, Kinesis, Debezium (CDC), Fivetran, Airbyte, custom loaders',
    owes: 'Every record read is delivered to storage exactly as the delivery guarantee says: acknowledged only once committed, written once per id, in the order that matters.',
  },
  store: {
    stage: 'store',
    does:
      'Lakes, warehouses and buckets keep what arrived. Storage decides the layout: file format, partition key, table schema. Those decisions are made once and paid for by every query that comes after.',
    examples: 'S3 or GCS with Parquet or Iceberg, Snowflake, BigQuery, Redshift, Delta Lake',
    owes: 'A layout that matches how the data is read: partitioned by the column queries filter on, with a schema that changes only in declared ways.',
  },
  process: {
    stage: 'process',
    does:
      'Jobs clean, join, deduplicate and reshape stored data into something a model can use. A job that runs green can still hand on duplicates, nulls or rows at the wrong grain.',
    examples: 'Spark, dbt, Flink, SQL transforms, Python jobs',
    owes: 'Rows at a declared grain, with no duplicate keys and with nulls that mean one thing, checked before they move on.',
  },
  model: {
    stage: 'model',
    does:
      'Tables with a declared grain and metrics with a definition take shape: the facts and dimensions people will ask questions of. This is where "revenue" or "active user" is given one meaning.',
    examples: 'dbt models, star schemas, semantic layers, feature tables',
    owes: 'A written promise to each consumer: how fresh the data is, what each metric means, and who may use it.',
  },
  serve: {
    stage: 'serve',
    does:
      'Dashboards, APIs, reverse-ETL syncs and ML models consume the result. Each consumer has its own idea of how fresh and how exact the data must be, and it is the first to notice when something upstream broke.',
    examples: 'BI dashboards, notebooks, APIs, CRM syncs, fraud and recommendation models',
    owes: 'Nothing downstream, but it should say what it needs: how fresh, which definition, and whom to tell when it breaks.',
  },
};
