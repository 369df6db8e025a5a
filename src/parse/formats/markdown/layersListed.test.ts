import { describe, expect, it } from 'vitest';
import { names, parse, placed } from '../../../test/markdownReading';

describe('layers listed before their word for layers', () => {
  it('names each layer of "the bronze, silver and gold layers", in plain words or in code', () => {
    const r = parse('Spark moves data through the bronze, silver, and gold layers in MinIO.\n\ndbt builds the `silver` and `gold` layers from Kafka.');
    expect(names(r)).toEqual(expect.arrayContaining(['bronze', 'silver', 'gold']));
    expect(placed(r)['gold']).toBe('model');
  });

  it('does not name layers that any pipeline could have, or words not listed before the plural', () => {
    const r = parse('Spark writes into a bronze and silver layers of MinIO.\n\nSpark writes bronze and silver tables to MinIO.');
    expect(names(r)).not.toEqual(expect.arrayContaining(['bronze']));
    expect(names(r)).not.toEqual(expect.arrayContaining(['silver']));
  });
});
