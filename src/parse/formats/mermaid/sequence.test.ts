import { describe, expect, it } from 'vitest';
import { importPipeline } from '../../importPipeline';
import { isNote } from '../../problems';
import { mermaidParser } from '../mermaid';

const SEQUENCE = [
  '---',
  'title: nightly load',
  '---',
  'sequenceDiagram',
  '    autonumber',
  '    participant S as Sensor<br/>(ESP32, every 60 s)',
  '    participant K as Kafka',
  '    actor Analyst',
  '    S->>K: publish reading',
  '    loop every 5 minutes',
  '        K-)+Spark Job: micro-batch',
  '        Spark Job->>Spark Job: dedupe',
  '    end',
  '    Note right of K: retention 7 days',
  '    Spark Job->>-Warehouse: MERGE readings',
  '    Analyst->>Warehouse: SELECT',
  '    Warehouse-->>Analyst: rows',
].join('\n');

describe('mermaidParser on a sequenceDiagram', () => {
  it('is detected as Mermaid as surely as a flowchart', () => {
    expect(mermaidParser.detect(SEQUENCE)).toBeGreaterThanOrEqual(0.9);
  });

  it('reads each participant once, by its label\'s first line, and one named only in a message', () => {
    const r = mermaidParser.parse(SEQUENCE);
    expect(r.components.map((c) => c.name)).toEqual(['Sensor', 'Kafka', 'Analyst', 'Spark Job', 'Warehouse']);
    expect(r.components.find((c) => c.name === 'Sensor')?.hints).toEqual(['(ESP32, every 60 s)']);
  });

  it('reads each message as data moving from sender to receiver, its text as the label; a message to itself, a note or a loop draws nothing', () => {
    const r = mermaidParser.parse(SEQUENCE);
    const name = (id: string) => r.components.find((c) => c.id === id)?.name;
    expect(r.edges.map((e) => `${name(e.from)} -> ${name(e.to)}: ${e.label ?? ''}`)).toEqual([
      'Sensor -> Kafka: publish reading',
      'Kafka -> Spark Job: micro-batch',
      'Spark Job -> Warehouse: MERGE readings',
      'Analyst -> Warehouse: SELECT',
      'Warehouse -> Analyst: rows',
    ]);
  });

  it('says how it was read, as a note, and places the components as a flowchart of the same would be', () => {
    const r = importPipeline(SEQUENCE);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.format).toBe('mermaid');
    expect(r.value.warnings.filter(isNote).map((w) => w.message)).toEqual(['A sequence diagram: each participant is read as a component, and each message as data moving from its sender to its receiver']);
    expect(Object.fromEntries(r.value.graph.components.map((c) => [c.name, c.placement]))).toMatchObject({ Kafka: 'ingest', 'Spark Job': 'process', Warehouse: 'store' });
  });

  it('tells apart participants whose labels open alike, and names one declared after its first message by its label', () => {
    const r = mermaidParser.parse('sequenceDiagram\n  participant R as S3<br/>raw zone\n  participant C as S3<br/>curated zone\n  R->>Glue: read\n  Glue->>C: write\n  Glue->>W: load\n  participant W as Warehouse');
    expect(r.components.map((c) => c.name)).toEqual(['S3 (raw zone)', 'S3 (curated zone)', 'Glue', 'Warehouse']);
    expect(r.edges).toHaveLength(3);
  });

  it('skips titles, blocks and notes whatever they hold, reads `;` as a line break and keywords in any case', () => {
    const text = ['sequenceDiagram', '  title Kafka -> Flink', '  box Aqua Ingestion -> Lake', '  PARTICIPANT K as Kafka', '  loop every 5s -> retry', '    K->>F: events; F->>L: rows', '  end', '  Note over K,F: a -> b', 'end'].join('\n');
    const r = mermaidParser.parse(text);
    expect(r.components.map((c) => c.name)).toEqual(['Kafka', 'F', 'L']);
    expect(r.edges.map((e) => e.label)).toEqual(['events', 'rows']);
  });

  it('keeps its note a note inside a README\'s mermaid block, so the page opens at once', () => {
    const r = importPipeline('# Flow\n\nHow events move:\n\n```mermaid\nsequenceDiagram\n  App->>Kafka: events\n```\n');
    if (!r.ok) throw new Error(r.error.kind);
    expect(r.value.warnings.map((w) => w.problem?.kind)).toEqual(['sequenceMessagesAsFlow']);
    expect(r.value.warnings.every(isNote)).toBe(true);
  });

  it('reads no message in a note over several lines, none in a comment, and keeps an escaped semicolon', () => {
    const r = mermaidParser.parse('sequenceDiagram\n  note right of K\n    Kafka -> Flink via connector\n  end\n  K->>S3: rows #59; keys # batch of 500\n  # S3->>Athena: never');
    expect(r.components.map((c) => c.name)).toEqual(['K', 'S3']);
    expect(r.edges.map((e) => e.label)).toEqual(['rows ; keys']);
  });

  it('draws a two-way message both ways', () => {
    const r = mermaidParser.parse('sequenceDiagram\n  App<<->>Cache: sync');
    expect(r.edges.map((e) => `${e.from} -> ${e.to}`).sort()).toEqual(['app -> cache', 'cache -> app']);
  });
});
