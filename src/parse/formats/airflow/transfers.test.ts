import { describe, expect, it } from 'vitest';
import { statementPlaces, transferPlaces } from './transfers';

const kw = (o: Record<string, string>) => Object.entries(o).map(([name, value]) => ({ name, value }));

describe('places a transfer operator reads and writes', () => {
  it('reads the bucket of the "from" side and writes the table of the "to" side', () => {
    expect(transferPlaces('GCSToBigQueryOperator', kw({ bucket: 'landing', destination_project_dataset_table: 'p.raw.orders', task_id: 't' }))).toEqual([
      { name: 'landing', keyword: 'bucket', reads: true },
      { name: 'p.raw.orders', keyword: 'destination_project_dataset_table', reads: false },
    ]);
    expect(transferPlaces('S3ToRedshiftOperator', kw({ s3_bucket: 'raw', table: 'orders' })).map((p) => p.reads)).toEqual([true, false]);
  });

  it('writes the bucket when the object store is the destination', () => {
    expect(transferPlaces('PostgresToGCSOperator', kw({ bucket: 'exports', sql: 'SELECT 1' }))).toEqual([{ name: 'exports', keyword: 'bucket', reads: false }]);
    expect(transferPlaces('LocalFilesystemToGCSOperator', kw({ bucket: 'raw' }))[0]?.reads).toBe(false);
  });

  it('writes or reads the bucket of an operator on one object store, by its verb', () => {
    expect(transferPlaces('S3CreateObjectOperator', kw({ s3_bucket: 'landing-zone', s3_key: 'k.csv' }))).toEqual([{ name: 'landing-zone', keyword: 's3_bucket', reads: false }]);
    expect(transferPlaces('GCSUploadObjectOperator', kw({ bucket_name: 'raw' }))[0]?.reads).toBe(false);
    expect(transferPlaces('S3DownloadFileOperator', kw({ bucket_name: 'exports' }))[0]?.reads).toBe(true);
    expect(transferPlaces('S3CreateBucketOperator', kw({ bucket_name: 'new' }))).toEqual([]);
    expect(transferPlaces('S3DeleteObjectsOperator', kw({ bucket: 'old' }))).toEqual([]);
  });

  it('names nothing for operators that are not transfers, templated values, or sides it cannot tell apart', () => {
    expect(transferPlaces('BigQueryInsertJobOperator', kw({ table: 'x' }))).toEqual([]);
    expect(transferPlaces('GCSToBigQueryOperator', kw({ bucket: '{{ var.value.bucket }}' }))).toEqual([]);
    expect(transferPlaces('GCSToS3Operator', kw({ bucket: 'a' }))).toEqual([]);
    expect(transferPlaces('GCSToS3Operator', kw({ dest_bucket: 'b' }))).toEqual([{ name: 'b', keyword: 'dest_bucket', reads: false }]);
    expect(transferPlaces(undefined, kw({ bucket: 'a' }))).toEqual([]);
  });
});

describe('places a task\'s SQL moves data between', () => {
  const names = (o: Record<string, string>) => statementPlaces(kw(o)).map((p) => `${p.reads ? 'reads' : 'writes'} ${p.name}`);

  it('writes what it copies, inserts or creates from a query, and reads the qualified tables and paths it names', () => {
    expect(names({ sql: "COPY staging.orders FROM 's3://lake/raw/orders/' IAM_ROLE 'r' FORMAT AS CSV;" })).toEqual(['writes staging.orders', 'reads s3://lake/raw/orders/']);
    expect(names({ sql: 'CREATE TABLE IF NOT EXISTS curated.fact_sales AS SELECT order_id FROM staging.orders o JOIN staging.customers c ON o.c = c.id' })).toEqual([
      'writes curated.fact_sales', 'reads staging.orders', 'reads staging.customers',
    ]);
    expect(names({ sql: 'INSERT INTO analytics.daily SELECT * FROM raw.events' })).toEqual(['writes analytics.daily', 'reads raw.events']);
    expect(names({ sql: "UNLOAD ('SELECT * FROM marts.orders') TO 's3://exports/orders_'" })).toEqual(['writes s3://exports/orders_', 'reads marts.orders']);
  });

  it('takes a query\'s destination argument, past the template\'s project and the backticks', () => {
    expect(names({ sql: 'SELECT * FROM `{{ project }}.sales.history` WHERE rank = 1', destination_dataset_table: '{{ project }}.sales.latest' })).toEqual([
      'writes sales.latest', 'reads sales.history',
    ]);
  });

  it('draws nothing for a statement that moves no data, and no table for a CTE, a column or an unqualified word', () => {
    expect(names({ sql: 'SELECT COUNT(*) FROM curated.fact_sales' })).toEqual([]);
    expect(names({ sql: 'CREATE TABLE staging.orders (id BIGINT); TRUNCATE TABLE staging.orders;' })).toEqual([]);
    expect(names({ sql: 'INSERT INTO m.t WITH recent AS (SELECT 1) SELECT EXTRACT(year FROM order_date) FROM recent' })).toEqual(['writes m.t']);
    expect(names({ bash_command: 'INSERT INTO m.t SELECT 1' })).toEqual([]);
  });

  it('reads a table past an f-string\'s qualifier, never a keyword or a function\'s FROM as a table', () => {
    expect(names({ sql: 'COPY INTO {db}.{schema}.orders_raw FROM @stage' })).toEqual(['writes orders_raw']);
    expect(names({ sql: 'COPY INTO {target} FROM @stage' })).toEqual([]);
    expect(names({ sql: 'INSERT INTO {schema}.fact_sales SELECT EXTRACT(HOUR FROM f.ts) FROM staging.sales f' })).toEqual(['writes fact_sales', 'reads staging.sales']);
  });
});
