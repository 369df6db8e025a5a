import { describe, expect, it } from 'vitest';
import type { Placement } from '../../src/domain/pipeline';
import type { Expectation } from './expectation';
import { addScore, EMPTY_TOTALS, normalizeName, rightShare, scoreEntry, totalsBy, type Outcome } from './match';

const expectation = (over: Partial<Expectation> = {}): Expectation => ({
  source: 'https://example.org/readme',
  format: 'list',
  kind: 'readme-prose',
  components: [
    { name: 'Kafka', stage: 'ingest' },
    { name: 'orders_mart', stage: 'model', aliases: ['fct_orders'] },
    { name: 'Superset', stage: 'serve' },
  ],
  not_components: ['Python', 'JSON'],
  ...over,
});

const parsed = (components: Array<[string, Placement]>): Outcome => ({
  ok: true,
  format: 'list',
  components: components.map(([name, stage]) => ({ name, stage })),
});

describe('normalizeName', () => {
  it('ignores case, punctuation, accents and spacing', () => {
    expect(normalizeName('Orders Mart')).toBe(normalizeName('orders_mart'));
    expect(normalizeName('orders-mart')).toBe('ordersmart');
    expect(normalizeName('Café  DB')).toBe('cafedb');
  });
  it('keeps letters and digits apart from each other', () => {
    expect(normalizeName('S3')).not.toBe(normalizeName('S'));
  });
});

describe('scoreEntry', () => {
  it('matches by normalized name and by alias, and counts the right stages', () => {
    const s = scoreEntry(expectation(), parsed([['kafka', 'ingest'], ['FCT-Orders', 'model'], ['Superset', 'model']]));
    expect(s.components.map((c) => [c.name, c.got?.name ?? null, c.right])).toEqual([
      ['Kafka', 'kafka', true],
      ['orders_mart', 'FCT-Orders', true],
      ['Superset', 'Superset', false],
    ]);
  });

  it('counts a missing component as wrong', () => {
    const s = scoreEntry(expectation(), parsed([['Kafka', 'ingest']]));
    expect(s.components.filter((c) => c.right)).toHaveLength(1);
    expect(s.components.find((c) => c.name === 'Superset')?.got).toBeNull();
  });

  it('accepts an allowed alternative stage', () => {
    const e = expectation({ components: [{ name: 'Delta table', stage: 'store', alt: ['process'] }] });
    expect(scoreEntry(e, parsed([['Delta table', 'process']])).components[0]?.right).toBe(true);
    expect(scoreEntry(e, parsed([['Delta table', 'serve']])).components[0]?.right).toBe(false);
  });

  it('separates listed non-components from other extras, and a second copy of a matched name is an extra', () => {
    const s = scoreEntry(expectation(), parsed([['Kafka', 'ingest'], ['Kafka', 'store'], ['python', 'none'], ['Glue', 'process']]));
    expect(s.notComponentsTaken).toEqual(['python']);
    expect(s.otherExtras).toEqual(['Kafka', 'Glue']);
  });

  it('a parse failure finds nothing, and the format is compared with the expected one', () => {
    const failed = scoreEntry(expectation(), { ok: false, error: 'unrecognised' });
    expect(failed.parsed).toBe(false);
    expect(failed.detected).toBe('unrecognised');
    expect(failed.components.every((c) => !c.right && c.got === null)).toBe(true);
    const other = scoreEntry(expectation(), { ok: true, format: 'arrows', components: [] });
    expect(other.formatAsExpected).toBe(false);
  });
});

describe('totals', () => {
  it('use the expected components as the denominator, and group entries', () => {
    const a = scoreEntry(expectation(), parsed([['Kafka', 'ingest']]));
    const b = scoreEntry(expectation({ kind: 'bullets' }), { ok: false, error: 'empty' });
    const t = addScore(addScore(EMPTY_TOTALS, a), b);
    expect(t).toMatchObject({ entries: 2, parsed: 1, expected: 6, found: 1, right: 1 });
    expect(rightShare(t)).toBeCloseTo(1 / 6);
    const byKind = totalsBy([['readme-prose', a], ['bullets', b]] as const, ([k]) => k, ([, s]) => s);
    expect([...byKind.keys()]).toEqual(['readme-prose', 'bullets']);
    expect(byKind.get('bullets')?.expected).toBe(3);
  });
});
