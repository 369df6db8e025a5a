import { describe, expect, it } from 'vitest';
import { readExpectation } from './expectation';

const GOOD = `source: https://example.org/readme
format: mermaid
kind: mermaid
components:
  - { name: Kafka, stage: ingest }
  - { name: orders_mart, stage: model, aliases: [fct_orders], alt: [store] }
not_components: [Python, JSON]
`;

const fields = (text: string): string[] => {
  const r = readExpectation(text);
  return r.ok ? [] : r.problems.map((p) => p.field);
};

describe('readExpectation', () => {
  it('reads a well-formed expectation', () => {
    const r = readExpectation(GOOD);
    expect(r.ok && r.value.components[1]).toEqual({ name: 'orders_mart', stage: 'model', aliases: ['fct_orders'], alt: ['store'] });
  });

  it('names the field of a bad stage, a bad format and a missing source', () => {
    expect(fields(GOOD.replace('stage: ingest', 'stage: ingestion'))).toEqual(['components[0].stage']);
    expect(fields(GOOD.replace('format: mermaid', 'format: markdown'))).toEqual(['format']);
    expect(fields(GOOD.replace('source: https://example.org/readme\n', ''))).toEqual(['source']);
  });

  it('rejects unknown keys, so a typo like "alias" is not silently ignored', () => {
    expect(fields(GOOD.replace('aliases:', 'alias:'))).toEqual(['components[1]']);
  });

  it('rejects names that would match twice', () => {
    expect(fields(GOOD.replace('[Python, JSON]', '[python, Fct-Orders]'))).toEqual(['not_components[1]']);
    expect(fields(`${GOOD.replace('not_components: [Python, JSON]\n', '')}  - { name: KAFKA, stage: store }\n`)).toEqual(['components[2]']);
  });

  it('reports YAML that does not parse', () => {
    expect(fields('components: [')).toEqual(['(file)']);
  });
});
