import { describe, expect, it } from 'vitest';
import { plainMarkdown } from './lines';
import { layerLead } from './phrases';

describe('plainMarkdown', () => {
  it('drops the stars of an emphasised phrase, keeping columns', () => {
    expect(plainMarkdown('*Raw* → dados brutos')).toBe(' Raw  → dados brutos');
    expect(plainMarkdown('*Kafka*→*Spark*')).toBe(' Kafka → Spark ');
  });

  it('leaves globs, products and arguments alone', () => {
    for (const t of ['reads *.csv into out/*.parquet', '*_raw and stg_*.', '2 * 3 * 4', 'run(*args)', 'dim_* / fct_*']) expect(plainMarkdown(t)).toBe(t);
  });
});

describe('layerLead', () => {
  it('reads a zone explained in lowercase words as the component', () => {
    expect(layerLead('Raw → dados brutos')?.label).toBe('Raw');
    expect(layerLead('Silver layer: cleaned and deduplicated')?.label).toBe('Silver layer');
  });

  it('leaves a step between zones, what reads a zone and kinds of table to the other readings', () => {
    for (const t of ['Bronze → Silver: dedupe with Spark', 'Gold - Power BI', 'Metrics: counts per day', 'Views: one per mart', 'Bronze → Silver → Gold']) expect(layerLead(t)).toBeUndefined();
  });
});
