import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse';
import { sectionRule } from './section';
import { facts } from '../../../test/placements';

describe('rule 5: the section heading', () => {
  it('places what the name leaves unplaced, unsure', () => {
    expect(sectionRule(facts('orders', 'Storage'))).toMatchObject({ placement: 'store', uncertain: true, rule: 'section' });
    expect(analyse({ id: 'e', name: 'events', hints: ['Ingestion layer'] })?.placement).toBe('ingest');
  });

  it('takes the work a description opens with over the words after it', () => {
    expect(sectionRule(facts('data_loading.py', 'Loads raw data from external sources into the DB.'))?.placement).toBe('ingest');
    // A heading of two words is a frame, its words weighed together: the layer outranks the verb.
    expect(sectionRule(facts('orders', 'Load raw'))?.placement).toBe('store');
  });

  it('never outvotes a product or role noun the name states', () => {
    expect(analyse({ id: 'k', name: 'Kafka', hints: ['Data generation'] })?.placement).toBe('ingest');
    expect(analyse({ id: 'p', name: 'Parquet', hints: ['Gold layer'] })?.placement).toBe('store');
    expect(analyse({ id: 'b', name: 'orders bucket', hints: ['Processing'] })?.placement).toBe('store');
  });

  it('breaks a tie among the name words', () => {
    const tied = analyse({ id: 't', name: 'thing', hints: ['kafka', 'looker'] });
    expect(tied?.tied).toEqual(expect.arrayContaining(['ingest', 'serve']));
    expect(analyse({ id: 't', name: 'thing', hints: ['kafka', 'looker', 'Serving'] })?.placement).toBe('serve');
  });

  it('does not read OpenLineage namespaces as headings', () => {
    expect(sectionRule(facts('public.menus', 'dataset', 'food_delivery'))).toBeUndefined();
  });
});
