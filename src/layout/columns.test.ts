import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderColumns, orderCrossings } from './columns';

describe('column ordering', () => {
  it('untangles a crossed pair', () => {
    const input = {
      nodes: [
        { id: 'a', column: 0 },
        { id: 'b', column: 0 },
        { id: 'x', column: 1 },
        { id: 'y', column: 1 },
      ],
      edges: [
        { from: 'a', to: 'y' },
        { from: 'b', to: 'x' },
      ],
    };
    const start = [['a', 'b'], ['x', 'y']];
    expect(orderCrossings(start, input.edges)).toBe(1);
    const order = orderColumns(input);
    expect(orderCrossings(order, input.edges)).toBe(0);
  });

  it('weighs an edge that skips a column, and keeps the crossings it removes', () => {
    // a → y skips the middle column and crosses b → m unless a and b (or x and y) trade places.
    const input = {
      nodes: [
        { id: 'a', column: 0 },
        { id: 'b', column: 0 },
        { id: 'm', column: 1 },
        { id: 'x', column: 2 },
        { id: 'y', column: 2 },
      ],
      edges: [
        { from: 'a', to: 'y' },
        { from: 'b', to: 'm' },
        { from: 'm', to: 'x' },
      ],
    };
    expect(orderCrossings([['a', 'b'], ['m'], ['x', 'y']], input.edges)).toBeGreaterThan(0);
    expect(orderCrossings(orderColumns(input), input.edges)).toBe(0);
  });

  it('draws an edge pointing back like one pointing forward', () => {
    const edges = [
      { from: 'x', to: 'b' },
      { from: 'a', to: 'y' },
    ];
    expect(orderCrossings([['a', 'b'], ['x', 'y']], edges)).toBe(1);
    expect(orderCrossings(orderColumns({ nodes: [{ id: 'a', column: 0 }, { id: 'b', column: 0 }, { id: 'x', column: 1 }, { id: 'y', column: 1 }], edges }), edges)).toBe(0);
  });

  it('keeps every node exactly once, in its own column', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 120 }),
        (cols, pairs) => {
          const nodes = cols.map((column, i) => ({ id: `n${i}`, column }));
          const edges = pairs.map(([a, b]) => ({ from: `n${a % nodes.length}`, to: `n${b % nodes.length}` }));
          const order = orderColumns({ nodes, edges });
          const placed = order.flatMap((col, c) => col.map((id) => `${id}@${c}`)).sort();
          expect(placed).toEqual(nodes.map((n) => `${n.id}@${n.column}`).sort());
        },
      ),
    );
  });

  it('never makes a random layered graph worse than its input order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: 9 }), fc.nat({ max: 9 })), { minLength: 5, maxLength: 40 }), (pairs) => {
        const nodes = Array.from({ length: 20 }, (_, i) => ({ id: `n${i}`, column: i < 10 ? 0 : 1 }));
        const edges = pairs.map(([a, b]) => ({ from: `n${a}`, to: `n${10 + b}` }));
        const before = orderCrossings([nodes.slice(0, 10).map((n) => n.id), nodes.slice(10).map((n) => n.id)], edges);
        expect(orderCrossings(orderColumns({ nodes, edges }), edges)).toBeLessThanOrEqual(before);
      }),
    );
  });

  it('lays out 2,000 nodes', () => {
    const nodes = Array.from({ length: 2000 }, (_, i) => ({ id: `n${i}`, column: i % 6 }));
    const edges = nodes.slice(0, -6).map((n, i) => ({ from: n.id, to: `n${i + 6 + ((i * 7) % 5)}` }));
    const order = orderColumns({ nodes, edges });
    expect(order.reduce((s, c) => s + c.length, 0)).toBe(2000);
  });
});
