/** Diagrams as people and generators really draw them: borders a cell off, heads on a box's edge, lines that stop short. */
import { describe, expect, it } from 'vitest';
import { byName, edgePairs, expectWellFormed } from '../../../test/parseFormats';
import { safely } from '../text';
import { readDiagram } from './diagram';

const read = (text: string) => safely((b) => void readDiagram(b, text));

describe('text diagram: hand-drawn boxes', () => {
  it('reads a box whose top edge carries the arrowhead of the line coming in, and follows that head', () => {
    const r = read(`
┌──────────────────┐
│ Orders API       │
└─────────────┬────┘
              │
┌─────────────▼────┐
│ Kafka            │
│ (topics)         │
└──────────────────┘`);
    expectWellFormed(r);
    expect(r.components.map((c) => c.name)).toEqual(['Orders API', 'Kafka']);
    expect(edgePairs(r)).toEqual(['Orders API -> Kafka']);
  });

  it('reads a box whose top edge was typed one cell short of its sides and bottom', () => {
    const r = read(`
┌──────────────────┐
│ Kafka            │
└─────────────┬────┘
              │
┌─────────────┴───┐
│ Snowflake        │
│ (warehouse)      │
└──────────────────┘`);
    expect(r.components.map((c) => c.name)).toEqual(['Kafka', 'Snowflake']);
    expect(edgePairs(r)).toEqual(['Kafka -> Snowflake']);
  });

  it('keeps a row after a blank row as a description, not the second half of the name', () => {
    const r = read(`
┌──────────────────────┐      ┌───────────┐
│  Order feed          │─────▶│  Spark    │
│                      │      └───────────┘
│  holds topics        │
└──────────────────────┘`);
    expect(r.components.map((c) => c.name)).toEqual(['Order feed', 'Spark']);
  });
});

describe('text diagram: notes beside boxes', () => {
  it('leaves a note pointing at a box a few spaces off, or an aside after a line, out of the flow', () => {
    const r = read(`
┌─────────┐          ┌─────────┐
│  Kafka  │─────────▶│  Spark  │    ◀── runs hourly
└─────────┘          └─────────┘`);
    expect(r.components.map((c) => c.name)).toEqual(['Kafka', 'Spark']);
    expect(edgePairs(r)).toEqual(['Kafka -> Spark']);
  });

  it('keeps a box drawn flush inside another from closing the outer one early', () => {
    const r = read(`
┌──────────────────┐
│┌────────────────┐│
││ Kafka          ││
│└────────────────┘│
│ Streaming layer  │
└──────────────────┘`);
    expect(r.components.map((c) => c.name)).toEqual(['Kafka']);
    expect(r.components.find((c) => c.name === 'Kafka')?.hints).toContain('Streaming layer');
  });
});

describe('text diagram: boxes titled by their role', () => {
  it('stands a box titled by its role for the products on its next row, the title their hint; a layer or a box of plain words keeps its title', () => {
    const r = read(`
┌──────────────────────────┐
│     Transformation Layer │
│     dbt Core + Spark     │
└────────────┬─────────────┘
             ↓
┌──────────────────────────┐
│     BRONZE               │
│     (Delta Lake)         │
└────────────┬─────────────┘
             ↓
┌──────────────────────────┐
│     Visualization        │
│     (dashboards for ops) │
└──────────────────────────┘`);
    expect(r.components.map((c) => c.name)).toEqual(['dbt Core', 'Spark', 'BRONZE', 'Visualization']);
    expect(byName(r, 'Spark')?.hints).toContain('Transformation Layer');
    expect(edgePairs(r).sort()).toEqual(['BRONZE -> Visualization', 'Spark -> BRONZE', 'dbt Core -> BRONZE']);
  });
});

describe('text diagram: titles and wrapped names', () => {
  it('keeps a role title over a description as the name, joins a product wrapped over two rows, and closes a box whose bottom is one short', () => {
    const r = read(`
┌──────────────────────┐     ┌──────────────────────┐     ┌──────────────┐
│ Visualization        │◀────│ Model                │◀────│ Kafka        │
│ built with Streamlit │     │ Registry             │     │              │
└──────────────────────┘     └──────────────────────┘     └─────────────┘`);
    expect(r.components.map((c) => c.name)).toEqual(['Visualization', 'Model Registry', 'Kafka']);
    expect(edgePairs(r).sort()).toEqual(['Kafka -> Model Registry', 'Model Registry -> Visualization']);
  });

  it('ends a name spelled as code, or before a port, on its row: the rows under it describe it', () => {
    const r = read(`
┌───────────────────┐     ┌───────────────────┐     ┌──────────────┐
│ ca-enricher       │────▶│ order_loader.py   │────▶│ Stream       │
│ port 8083         │     │ nightly           │     │ Processing   │
│ Caffeine 1hr TTL  │     └───────────────────┘     └──────────────┘
└───────────────────┘`);
    expect(r.components.map((c) => c.name)).toEqual(['ca-enricher', 'order_loader.py', 'Stream Processing']);
    expect(byName(r, 'ca-enricher')?.hints).toEqual(['port 8083', 'Caffeine 1hr TTL']);
    // Hyphens alone are English, not code: a compound word wrapped over two rows is still one name.
    const wrapped = read('┌────────────┐     ┌──────────┐\n│ real-time  │────▶│ Kafka    │\n│ ingestion  │     └──────────┘\n└────────────┘');
    expect(wrapped.components.map((c) => c.name)).toEqual(['real-time ingestion', 'Kafka']);
  });

  it('reads a bracketed note under a free-standing name as its description, and follows an arrowhead drawn under a line with no junction', () => {
    const r = read(`
  Orders API      Weather API
      │                │
      ▼                ▼
  ingestor-a      ingestor-b
  (long-running) (websocket)
      │                │
      └────────────────┘
               ▼
             Kafka`);
    expect(r.components.map((c) => c.name)).toEqual(['Orders API', 'Weather API', 'ingestor-a', 'ingestor-b', 'Kafka']);
    expect(byName(r, 'ingestor-b')?.hints).toEqual(['websocket']);
    expect(edgePairs(r).sort()).toEqual(['Orders API -> ingestor-a', 'Weather API -> ingestor-b', 'ingestor-a -> Kafka', 'ingestor-b -> Kafka']);
  });

  it('keeps two lines that cross with no junction apart, and a bracketed name with a line of its own a stop', () => {
    const crossing = read(`
             Orders API
                 │
 Postgres ───────────────▶ Snowflake
                 │
                 ▼
               Kafka`);
    expect(edgePairs(crossing).sort()).toEqual(['Orders API -> Kafka', 'Postgres -> Snowflake']);
    const stop = read(`
  Orders API
  (Postgres) ──▶ Debezium
                    │
                    ▼
                  Kafka`);
    expect(edgePairs(stop).sort()).toEqual(['Debezium -> Kafka', 'Postgres -> Debezium']);
  });
});
