import { describe, expect, it } from 'vitest';
import { plainMarkdown } from './lines';

describe('plainMarkdown', () => {
  it('drops the stars of an emphasised phrase, keeping columns', () => {
    expect(plainMarkdown('*Raw* → dados brutos')).toBe(' Raw  → dados brutos');
    expect(plainMarkdown('*Kafka*→*Spark*')).toBe(' Kafka → Spark ');
  });

  it('leaves globs, products and arguments alone', () => {
    for (const t of ['reads *.csv into out/*.parquet', '*_raw and stg_*.', '2 * 3 * 4', 'run(*args)', 'dim_* / fct_*']) expect(plainMarkdown(t)).toBe(t);
  });
});
