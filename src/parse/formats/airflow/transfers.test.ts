import { describe, expect, it } from 'vitest';
import { transferPlaces } from './transfers';

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

  it('names nothing for operators that are not transfers, templated values, or sides it cannot tell apart', () => {
    expect(transferPlaces('BigQueryInsertJobOperator', kw({ table: 'x' }))).toEqual([]);
    expect(transferPlaces('GCSToBigQueryOperator', kw({ bucket: '{{ var.value.bucket }}' }))).toEqual([]);
    expect(transferPlaces('GCSToS3Operator', kw({ bucket: 'a' }))).toEqual([]);
    expect(transferPlaces('GCSToS3Operator', kw({ dest_bucket: 'b' }))).toEqual([{ name: 'b', keyword: 'dest_bucket', reads: false }]);
    expect(transferPlaces(undefined, kw({ bucket: 'a' }))).toEqual([]);
  });
});
