import { describe, expect, it } from 'vitest';
import { overrideRule, splitOverride } from './override';

describe('rule 1: an explicit override', () => {
  it('wins with confidence 1 whether stated by the parser or written after the name', () => {
    expect(overrideRule({ id: 'k', name: 'Kafka [store]' })).toMatchObject({ placement: 'store', confidence: 1, rule: 'override', fixed: true });
    expect(overrideRule({ id: 'k', name: 'Kafka', explicit: 'serve' })).toMatchObject({ placement: 'serve', confidence: 1 });
  });

  it('reads stage synonyms from the lexicon and leaves other brackets in the name', () => {
    expect(splitOverride('orders [stage: Storage]')).toEqual({ name: 'orders', explicit: 'store' });
    expect(splitOverride('events (placement=ingestion)')).toEqual({ name: 'events', explicit: 'ingest' });
    expect(splitOverride('Postgres (OLTP)')).toEqual({ name: 'Postgres (OLTP)' });
    expect(overrideRule({ id: 'o', name: 'orders [daily]' })).toBeUndefined();
  });
});
