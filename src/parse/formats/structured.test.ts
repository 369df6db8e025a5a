import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from './structured';

describe('PipelineBuilder ids', () => {
  it('numbers names that share a slug in order, skipping ids that other names took', () => {
    const b = new PipelineBuilder();
    expect(['a', 'A', 'a-3', 'a!', 'a?'].map((name) => b.component(name, { name }))).toEqual(['a', 'a-2', 'a-3', 'a-4', 'a-5']);
  });

  it('gives 50,000 names with one slug their ids in linear time', () => {
    const b = new PipelineBuilder();
    const t0 = performance.now();
    let last = '';
    for (let i = 0; i < 50_000; i++) last = b.component(`key${i}`, { name: 'a!' });
    expect(last).toBe('a-50000');
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});
