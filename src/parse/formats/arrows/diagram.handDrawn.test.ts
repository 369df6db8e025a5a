/** Diagrams as people and generators really draw them: borders a cell off, heads on a box's edge, lines that stop short. */
import { describe, expect, it } from 'vitest';
import { byName, edgePairs, expectWellFormed } from '../testing';
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

  it('makes a group a stop of its own when a line reaches its border, and leaves an unlinked group a title', () => {
    const r = read(`
┌───────────────────────────────┐
│ Web frontend                  │
└─────────────────────────┬─────┘
                          │
┌─────────────────────────▼─────┐     ┌──────────────────────┐
│ FastAPI backend               │     │   Monitoring         │
│  ┌──────────┐  ┌──────────┐   │     │  ┌────────────────┐  │
│  │ Routes   │─▶│ Services │   │     │  │ Grafana        │  │
│  └──────────┘  └──────────┘   │     │  └────────────────┘  │
└───────────────────────────────┘     └──────────────────────┘`);
    expect(r.components.map((c) => c.name)).toEqual(['Web frontend', 'FastAPI backend', 'Routes', 'Services', 'Grafana']);
    expect(edgePairs(r).sort()).toEqual(['Routes -> Services', 'Web frontend -> FastAPI backend']);
  });
});

describe('text diagram: lines that stop short of their words', () => {
  it('joins a column of sources to the stretch of line a few spaces after each', () => {
    const r = read(`
Orders DB        ─────┐
Billing API      ─────┼──►  Ingest CLI  ───────►    raw bucket
Partner files    ─────┘`);
    expect(edgePairs(r).sort()).toEqual(['Billing API -> Ingest CLI', 'Ingest CLI -> raw bucket', 'Orders DB -> Ingest CLI', 'Partner files -> Ingest CLI']);
    expect(byName(r, 'Orders DB')).toBeDefined();
  });

  it('does not reach a word further than a dozen spaces away, nor from a lone dash in prose', () => {
    const far = read(`
Orders DB                      ─────┐
                                    ▼
                                 Kafka`);
    expect(edgePairs(far)).toEqual([]);
    expect(edgePairs(read('Kafka -     Spark\n   │\n   ▼\n  S3'))).not.toContain('Kafka -> Spark');
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
│     dashboards for ops   │
└──────────────────────────┘`);
    expect(r.components.map((c) => c.name)).toEqual(['dbt Core', 'Spark', 'BRONZE', 'Visualization']);
    expect(byName(r, 'Spark')?.hints).toContain('Transformation Layer');
    expect(edgePairs(r).sort()).toEqual(['BRONZE -> Visualization', 'Spark -> BRONZE', 'dbt Core -> BRONZE']);
  });
});
