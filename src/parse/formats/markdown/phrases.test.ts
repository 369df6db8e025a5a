import { describe, expect, it } from 'vitest';
import { layerLead, splitTools } from './phrases';
import { importPipeline } from '../../importPipeline';

describe('layerLead', () => {
  it('reads a zone explained in lowercase words as the component', () => {
    expect(layerLead('Raw → dados brutos')?.label).toBe('Raw');
    expect(layerLead('Silver layer: cleaned and deduplicated')?.label).toBe('Silver layer');
  });

  it('leaves a step between zones, what reads a zone and kinds of table to the other readings', () => {
    for (const t of ['Bronze → Silver: dedupe with Spark', 'Gold - Power BI', 'Metrics: counts per day', 'Views: one per mart', 'Bronze → Silver → Gold']) expect(layerLead(t)).toBeUndefined();
  });
});

describe('links by reference', () => {
  it('reads a bold lead or a line linked by reference by its text, as one linked inline', () => {
    const r = importPipeline('## Parts\n\n* **[Collector][collector]** receives events from trackers\n* **[Enrich][enrich]** cleans up the raw events\n\n[![Architecture][arch-image]][arch]');
    const names = r.ok ? r.value.graph.components.map((c) => c.name) : [];
    expect(names).toContain('Collector');
    expect(names).toContain('Enrich');
    expect(names.some((n) => n.includes('['))).toBe(false);
  });
});

describe('splitTools', () => {
  it('splits names listed with a middle dot between spaces, as with a comma, and keeps a dot inside a word', () => {
    expect(splitTools('`dim_dates` · `dim_times`').map((p) => p.text.trim())).toEqual(['`dim_dates`', '`dim_times`']);
    expect(splitTools('l·l').map((p) => p.text)).toEqual(['l·l']);
  });
});

