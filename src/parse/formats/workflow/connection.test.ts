import { describe, expect, it } from 'vitest';
import { databaseOf } from './connection';
import { workflowParser } from '../workflow';

describe('a connection URL in a task', () => {
  it('names the database it points at, by its name, else its host', () => {
    expect(databaseOf('jdbc:postgresql://postgres:5432/pipeline_db')).toEqual({ name: 'pipeline_db', product: 'postgresql' });
    expect(databaseOf('mysql://user:secret@orders-db:3306/shop?ssl=true')).toEqual({ name: 'shop', product: 'mysql' });
    expect(databaseOf('jdbc:clickhouse://warehouse:8123')).toEqual({ name: 'warehouse', product: 'clickhouse' });
    expect(databaseOf('postgresql+psycopg2://db/analytics')).toEqual({ name: 'analytics', product: 'postgresql' });
  });

  it('names nothing for a web address, a bucket, a template or no URL', () => {
    for (const url of ['https://example.com/data.csv', 's3://bucket/key', 'jdbc:postgresql://{{ secret("HOST") }}/db', undefined, 'not a url']) {
      expect(databaseOf(url), String(url)).toBeUndefined();
    }
  });
});

describe('Kestra tasks that name a database', () => {
  it('draw the database once, read by a query and written by a load', () => {
    const flow = [
      'id: nightly', 'namespace: shop', 'tasks:',
      '  - id: load_orders', '    type: io.kestra.plugin.jdbc.postgresql.CopyIn', '    url: jdbc:postgresql://db:5432/shop',
      '  - id: daily_totals', '    type: io.kestra.plugin.jdbc.postgresql.Query', '    url: jdbc:postgresql://db:5432/shop', '    sql: SELECT 1',
    ].join('\n');
    const r = workflowParser.parse(flow);
    expect(r.components.filter((c) => c.name === 'shop')).toHaveLength(1);
    const pairs = r.edges.filter((e) => !e.control).map((e) => `${e.from}->${e.to}`);
    expect(pairs).toEqual(expect.arrayContaining(['load-orders->shop', 'shop->daily-totals']));
  });
});
