import { describe, expect, it } from 'vitest';
import { names, parse, placed } from '../../../test/markdownReading';

describe('a name in quotes in a sentence', () => {
  it('is a layer when it names one, as it is without the quotes', () => {
    const r = parse(['1. Data is first loaded to a landing zone "Bronze layer". No transformation here.', '2. Data is then cleaned in a staging zone “Silver layer”.'].join('\n'));
    expect(names(r)).toEqual(['Bronze layer', 'Silver layer']);
    expect(placed(r)['silver-layer']).toBe('process');
  });

  it('is still nothing when it is a phrase the sentence quotes, or written in lowercase', () => {
    expect(names(parse('- The report says "data layer" in its title.'))).toEqual([]);
    expect(names(parse('- Rows are kept in `bronze zone` for a week.'))).toEqual([]);
  });
});

describe('a layer named in a sentence with its word for layer', () => {
  it('is a component in lowercase too, and in the order other languages write it', () => {
    expect(names(parse('Airbyte loads data into the bronze layer and dbt builds the silver layer.'))).toEqual(['Airbyte', 'bronze layer', 'dbt', 'silver layer']);
    const r = parse('Airbyte envia os dados para a camada bronze; o dbt produz a couche gold.');
    expect(names(r)).toEqual(expect.arrayContaining(['camada bronze', 'couche gold']));
    expect(placed(r)['couche-gold']).toBe('model');
  });

  it('lets a capitalised name run on, and reads no layer of a model or of an account', () => {
    expect(names(parse('Spark writes the Gold Layer Tables to S3.'))).toEqual(['Spark', 'Gold Layer Tables', 'S3']);
    expect(names(parse('In training the final layer is replaced, then Spark writes to S3.'))).toEqual(['Spark', 'S3']);
  });
});
