import { describe, expect, it } from 'vitest';
import { layerLead } from './phrases';

describe('layerLead', () => {
  it('reads a zone explained in lowercase words as the component', () => {
    expect(layerLead('Raw → dados brutos')?.label).toBe('Raw');
    expect(layerLead('Silver layer: cleaned and deduplicated')?.label).toBe('Silver layer');
  });

  it('leaves a step between zones, what reads a zone and kinds of table to the other readings', () => {
    for (const t of ['Bronze → Silver: dedupe with Spark', 'Gold - Power BI', 'Metrics: counts per day', 'Views: one per mart', 'Bronze → Silver → Gold']) expect(layerLead(t)).toBeUndefined();
  });
});
