import { describe, expect, it } from 'vitest';
import { capComponents } from './capComponents';

const raw = (n: number) => ({
  components: Array.from({ length: n }, (_, i) => ({ id: `c${i}`, name: `C${i}`, hints: [] })),
  edges: Array.from({ length: n - 1 }, (_, i) => ({ from: `c${i}`, to: `c${i + 1}` })),
  warnings: [],
});

describe('the component limit', () => {
  it('keeps a pipeline at the limit as it is', () => {
    const r = raw(5);
    expect(capComponents(r, 5)).toBe(r);
  });

  it('keeps the first components in reading order and only edges between them, and says how many were left out', () => {
    const r = capComponents(raw(8), 5);
    expect(r.components.map((c) => c.id)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
    expect(r.edges).toHaveLength(4);
    expect(r.warnings.at(-1)?.message).toBe('Too many components: 3 more were not read (limit 5). Import the description a part at a time.');
  });
});
