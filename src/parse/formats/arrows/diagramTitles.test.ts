import { describe, expect, it } from 'vitest';
import { safely } from '../text';
import { readDiagram } from './diagram';

const names = (text: string): string[] => safely((b) => void readDiagram(b, text)).components.map((c) => c.name);

describe('text diagram: a role with its products in brackets', () => {
  it('stands for its products, past a phase number, the role their hint', () => {
    const text = ['Phase 1: Ingestion (Airbyte)', '    ↓', 'Phase 2: Storage Layer (PostgreSQL + MongoDB)', '    ↓', 'Phase 3: Visualization (Superset)'].join('\n');
    const r = safely((b) => void readDiagram(b, text));
    expect(r.components.map((c) => c.name)).toEqual(['Airbyte', 'PostgreSQL', 'MongoDB', 'Superset']);
    expect(r.components.find((c) => c.name === 'MongoDB')?.hints).toContain('Phase 2: Storage Layer');
  });

  it('keeps the role when its brackets name anything but products', () => {
    const text = ['Phase 1: Data Extraction (Python/APIs)', '    ↓', 'Storage Layer (raw)'].join('\n');
    expect(names(text)).toEqual(['Data Extraction', 'Storage Layer (raw)']);
  });
});

describe('text diagram: an aside wrapped over the rows of a box', () => {
  it('is one aside describing the title, not a row of products standing for it', () => {
    const text = ['┌──────────────┐     ┌─────────┐', '│   Producer   │────>│  Kafka  │', '│  (Events +   │     └─────────┘', '│   CDC)       │', '└──────────────┘'].join('\n');
    const r = safely((b) => void readDiagram(b, text));
    expect(r.components.map((c) => c.name)).toEqual(['Producer', 'Kafka']);
    expect(r.components[0]?.hints).toContain('Events + CDC');
  });
});

describe('text diagram: steps drawn inside a box', () => {
  const text = [
    '┌──────────────────────────────┐',
    '│      APACHE AIRFLOW DAG      │',
    '│   [extract_orders]           │',
    '│          ↓                   │',
    '│   [load_to_duckdb]           │',
    '└──────────────────────────────┘',
    '               ↓',
    '            DuckDB',
  ].join('\n');

  it('reads the steps and their order, and keeps the box as the stop that runs them', () => {
    const r = safely((b) => void readDiagram(b, text));
    expect(r.components.map((c) => c.name)).toEqual(['APACHE AIRFLOW DAG', 'extract_orders', 'load_to_duckdb', 'DuckDB']);
    const id = (name: string) => r.components.find((c) => c.name === name)?.id;
    expect(r.edges.map((e) => [e.from, e.to])).toContainEqual([id('extract_orders'), id('load_to_duckdb')]);
  });

  it('reads one arrow between two words on a row as a note about the box, not as steps', () => {
    const notes = ['┌──────────────────────────────┐', '│ S3 Data Lake                 │', '│ RAW   → append-only          │', '│ CLEAN → deduped              │', '└──────────────────────────────┘'].join('\n');
    expect(names(notes)).toHaveLength(1);
    expect(names(notes)).not.toContain('append-only');
  });
});

describe('text diagram: a role box over a product with its release or its long name', () => {
  it('stands for the product; the release stays in its name, the long name becomes a hint', () => {
    const box = (title: string, row: string) => ['┌────────────────────────────────────────┐', `│ ${title.padEnd(39)}│`, `│ ${row.padEnd(39)}│`, '└────────────────────────────────────────┘'].join('\n');
    expect(names(box('Processing Layer', 'Apache Spark 3.x'))).toEqual(['Apache Spark 3.x']);
    const r = safely((b) => void readDiagram(b, box('Storage Layer', 'HDFS (Hadoop Distributed File System)')));
    expect(r.components.map((c) => c.name)).toEqual(['HDFS']);
    expect(r.components[0]?.hints).toContain('Hadoop Distributed File System');
  });
});
