import { describe, expect, it } from 'vitest';
import { importPipeline } from '../../importPipeline';
import { isNote } from '../../problems';
import { mermaidParser } from '../mermaid';

const ER = [
  'erDiagram',
  '    %% landing',
  '    public_flights {',
  '        TEXT icao24 PK',
  '        TIMESTAMP seen_at',
  '    }',
  '    public_flights ||--o{ staging_stg_flights : "raw → staged"',
  '    staging_stg_flights }|..|{ "mart flight activity" : feeds',
  '    DIM_DATE["Date dimension"]',
].join('\n');

describe('mermaidParser on an erDiagram', () => {
  it('is detected as Mermaid as surely as a flowchart', () => {
    expect(mermaidParser.detect(ER)).toBeGreaterThanOrEqual(0.9);
  });

  it('reads every entity once, from its block, a relationship or a line of its own, and skips attributes', () => {
    const r = mermaidParser.parse(ER);
    expect(r.components.map((c) => [c.name, c.line])).toEqual([
      ['public_flights', 3],
      ['staging_stg_flights', 7],
      ['mart flight activity', 8],
      ['Date dimension', 9],
    ]);
    expect(r.edges).toEqual([]);
    expect(r.warnings.map((w) => w.problem?.kind)).toEqual(['erRelationsNotFlow']);
    expect(r.warnings.every(isNote)).toBe(true);
  });

  it('reads Mermaid\'s other ways to write them: no spaces, cardinalities in words, an alias\'s label, a class, and skips accessibility text', () => {
    const text = 'erDiagram\n  accTitle: Tables\n  accDescr {\n    orders\n  }\n  CUSTOMER||--o{ORDER : places\n  CAR 1 to zero or more NAMED-DRIVER : allows\n  p["Person"]\n  p ||--|| CAR : drives\n  fct_orders:::hot\n  EMPTY { }\n  LINE { string id }\n';
    expect(mermaidParser.parse(text).components.map((c) => c.name)).toEqual(['CUSTOMER', 'ORDER', 'CAR', 'NAMED-DRIVER', 'Person', 'fct_orders', 'EMPTY', 'LINE']);
  });

  it('places the tables as data at rest by their layer', () => {
    const r = importPipeline(ER);
    if (!r.ok) throw new Error(r.error.kind);
    expect(r.value.graph.components.map((c) => [c.name, c.placement])).toEqual([
      ['public_flights', 'store'],
      ['staging_stg_flights', 'process'],
      ['mart flight activity', 'model'],
      ['Date dimension', 'model'],
    ]);
  });
});
