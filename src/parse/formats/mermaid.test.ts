import { describe, expect, it } from 'vitest';
import { expectWellFormed, fixture } from '../../test/parseFormats';
import type { RawPipeline } from '../types';
import { mermaidParser } from './mermaid';

const parse = (text: string): RawPipeline => mermaidParser.parse(text);
const pairs = (r: RawPipeline): string[] => r.edges.map((e) => `${e.from}->${e.to}`);
const find = (r: RawPipeline, id: string) => r.components.find((c) => c.id === id);
const flow = (body: string): RawPipeline => parse(`flowchart LR\n${body}`);

describe('mermaidParser on a realistic lakehouse flowchart', () => {
  const r = parse(fixture('mermaid-lakehouse.mmd'));

  it('reads nodes: label as name, Mermaid id as id, first line', () => {
    expect(r.components.map((c) => [c.id, c.name, c.line])).toEqual([
      ['app', 'Mobile app', 7],
      ['web', 'Web app (SPA)', 7],
      ['crm', 'Salesforce', 8],
      ['kafka', 'Kafka', 10],
      ['fivetran', 'Fivetran', 12],
      ['raw', 'S3 raw', 14],
      ['iceberg', 'Iceberg tables', 16],
      ['spark', 'Spark job', 19],
      ['dbt', 'dbt models', 21],
      ['looker', 'Looker', 21],
      ['api', 'Metrics API', 22],
      ['docs', 'Docs', 23],
      ['ci', 'CI', 23],
      ['lineage', 'lineage', 24],
      ['orders1', 'orders', 25],
      ['orders2', 'orders', 25],
      ['db', 'Orders DB', 26],
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('reads every edge, with labels, both ways for <-->, none for ~~~', () => {
    expect(r.edges.map((e) => [e.from, e.to, e.label, e.line])).toEqual([
      ['app', 'kafka', undefined, 10],
      ['web', 'kafka', 'clicks', 11],
      ['crm', 'fivetran', undefined, 12],
      ['kafka', 'raw', 'batches', 19],
      ['raw', 'spark', undefined, 19],
      ['spark', 'iceberg', undefined, 19],
      ['fivetran', 'raw', undefined, 20],
      ['iceberg', 'dbt', 'nightly', 21],
      ['dbt', 'looker', 'publish', 21],
      ['looker', 'api', undefined, 22],
      ['api', 'looker', undefined, 22],
      ['dbt', 'docs', undefined, 23],
      ['docs', 'ci', undefined, 23],
      ['dbt', 'lineage', undefined, 24],
      ['orders1', 'looker', undefined, 25],
      ['orders2', 'looker', undefined, 25],
      ['db', 'raw', undefined, 26],
    ]);
  });

  it('puts subgraph titles (nested too) and shape hints into hints', () => {
    expect(find(r, 'app')?.hints).toEqual(['Data sources']);
    expect(find(r, 'crm')?.hints).toEqual(['Data sources']);
    expect(find(r, 'raw')?.hints).toEqual(['Lakehouse', 'database', 'store', 'bucket']);
    expect(find(r, 'iceberg')?.hints).toEqual(['Lakehouse', 'Curated zone']);
    expect(find(r, 'db')?.hints).toEqual(['database']);
    expect(find(r, 'kafka')?.hints).toBeUndefined();
  });

  it('keeps two nodes with the same label apart, and reads [stage] at the end of a label', () => {
    expect(find(r, 'orders1')?.explicit).toBe('model');
    expect(find(r, 'orders2')?.explicit).toBe('model');
    expectWellFormed(r);
  });
});

describe('mermaidParser shapes and labels', () => {
  it.each([
    ['A[Label]', 'Label'],
    ['A(Label)', 'Label'],
    ['A([Label])', 'Label'],
    ['A[[Label]]', 'Label'],
    ['A[(Label)]', 'Label'],
    ['A((Label))', 'Label'],
    ['A(((Label)))', 'Label'],
    ['A>Label]', 'Label'],
    ['A{Label}', 'Label'],
    ['A{{Label}}', 'Label'],
    ['A[/Label/]', 'Label'],
    ['A[\\Label\\]', 'Label'],
    ['A[/Label\\]', 'Label'],
    ['A[\\Label/]', 'Label'],
    ['A["Label with (parens) and [brackets]"]', 'Label with (parens) and [brackets]'],
    ['A["`**bold** and *it*`"]', 'bold and it'],
    // A label's first line names the node; the lines after it describe it.
    ['A[Line one<br/>line two<br>three<br />four]', 'Line one'],
    ['A["Apache Airflow\\nBatch Orchestration"]', 'Apache Airflow'],
    ['A["#quot;quoted#quot; &amp; #35;1"]', '"quoted" & #1'],
    ['A[fa:fa-database Orders]', 'Orders'],
    ['A[/api/orders]', '/api/orders'],
    ['A:::hot', 'A'],
    ['A[Label]:::hot', 'Label'],
    ['A@{ shape: cyl, label: "Orders DB" }', 'Orders DB'],
    ['A@{ shape: rect }', 'A'],
  ])('%s is named %s', (node, name) => {
    const r = flow(`  ${node} --> B`);
    expect(r.components.map((c) => [c.id, c.name])).toEqual([
      ['a', name],
      ['b', 'B'],
    ]);
    expect(pairs(r)).toEqual(['a->b']);
    expect(r.warnings).toEqual([]);
  });

  it('names a node by its last label, keeping its id and first line', () => {
    const r = flow('  a --> b\n  a[Kafka]');
    expect(find(r, 'a')).toEqual({ id: 'a', name: 'Kafka', line: 2 });
  });

  it('slugs ids and keeps case-different ids apart', () => {
    const r = flow('  Orders_DB --> orders_db --> Raw.Events');
    expect(r.components.map((c) => [c.id, c.name])).toEqual([
      ['orders-db', 'Orders_DB'],
      ['orders-db-2', 'orders_db'],
      ['raw-events', 'Raw.Events'],
    ]);
  });
});

describe('mermaidParser: boxes that share a first line', () => {
  it('keeps them apart by their further lines, and leaves a name used once alone', () => {
    const r = mermaidParser.parse('flowchart LR\n  RAW[Cloud Storage<br/>Raw Files] --> RUN[Spark<br/>Transform] --> PROC[Cloud Storage<br/>Processed Files]');
    expect(r.components.map((c) => c.name)).toEqual(['Cloud Storage (Raw Files)', 'Spark', 'Cloud Storage (Processed Files)']);
  });

  it('reads a first line with a different icon before it as the same first line', () => {
    const r = mermaidParser.parse('flowchart LR\n  B["📦 Data Lake<br/>Bronze Layer"] --> S["🥈 Data Lake<br/>Silver Layer"]');
    expect(r.components.map((c) => c.name)).toEqual(['📦 Data Lake (Bronze Layer)', '🥈 Data Lake (Silver Layer)']);
  });
});

describe('a node class', () => {
  it('named for what the node is (`:::topic`) is a hint, as a shape is; a styling class says nothing', () => {
    const r = flow('  a[detector] --> b[results]:::topic\n  b --> c[alerts]:::highlight');
    expect(find(r, 'b')?.hints).toContain('topic');
    expect(find(r, 'c')?.hints ?? []).toEqual([]);
  });
});

describe('a status after a dash in a label', () => {
  it('is not part of the name: a roadmap diagram names the same things as the built one', () => {
    const r = flow('  PG["PostgreSQL OLTP - implemented"] --> WH["Snowflake + dbt - Phase 8"]\n  BR["Shared MinIO Bronze - batch implemented"] --> K["Kafka - event bus"]');
    expect(r.components.map((c) => c.name)).toEqual(['PostgreSQL OLTP', 'Snowflake + dbt', 'Shared MinIO Bronze', 'Kafka - event bus']);
    expect(r.components.find((c) => c.name === 'Snowflake + dbt')?.hints).toContain('Phase 8');
  });
});
