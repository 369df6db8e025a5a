import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countCrossings, crossingsPerEdge, type Segment } from './crossings';

const seg = (x1: number, y1: number, x2: number, y2: number): Segment => ({ x1, y1, x2, y2 });

/** The textbook test: two segments cross when each one's ends lie strictly on both sides of the other. */
function bruteForce(segments: readonly Segment[]): number {
  const side = (s: Segment, x: number, y: number) => Math.sign((s.x2 - s.x1) * (y - s.y1) - (s.y2 - s.y1) * (x - s.x1));
  let n = 0;
  for (let i = 0; i < segments.length; i++) {
    for (let j = i + 1; j < segments.length; j++) {
      const a = segments[i]!;
      const b = segments[j]!;
      if (side(a, b.x1, b.y1) * side(a, b.x2, b.y2) < 0 && side(b, a.x1, a.y1) * side(b, a.x2, a.y2) < 0) n++;
    }
  }
  return n;
}

describe('countCrossings', () => {
  it('counts an X between two columns once', () => {
    expect(countCrossings([seg(0, 0, 10, 10), seg(0, 10, 10, 0)])).toBe(1);
  });

  it('counts nothing for parallel edges, a shared source or a shared target', () => {
    expect(countCrossings([seg(0, 0, 10, 0), seg(0, 5, 10, 5)])).toBe(0);
    expect(countCrossings([seg(0, 0, 10, 0), seg(0, 0, 10, 5)])).toBe(0);
    expect(countCrossings([seg(0, 0, 10, 5), seg(0, 10, 10, 5)])).toBe(0);
  });

  it('draws the hand-made fan: a → z crosses b → y and c → x, b → y crosses c → x', () => {
    // a, b, c top to bottom on the left; x, y, z on the right.
    expect(countCrossings([seg(0, 0, 10, 20), seg(0, 10, 10, 10), seg(0, 20, 10, 0)])).toBe(2 + 1);
  });

  it('sees a long edge over two gaps cross a short one in either gap', () => {
    // Columns at x = 0, 10, 20. The long edge runs from the top left to the bottom right.
    const long = seg(0, 0, 20, 20);
    expect(countCrossings([long, seg(0, 20, 10, 0)])).toBe(1);
    expect(countCrossings([long, seg(10, 20, 20, 0)])).toBe(1);
    // Under it all the way: no crossing.
    expect(countCrossings([long, seg(10, 19, 20, 21)])).toBe(0);
  });

  it('counts two lines meeting exactly where a third edge ends', () => {
    // Both long edges pass (10, 10), where a short edge ends: they cross there; the short one only touches.
    expect(countCrossings([seg(0, 0, 20, 20), seg(0, 20, 20, 0), seg(0, 50, 10, 10)])).toBe(1);
  });

  it('counts nothing between a segment and a piece lying along it, however the division rounds', () => {
    // (30, 1)–(60, 8) lies on (0, -6)–(60, 8); their heights at x = 40 and 50 differ in the last bit.
    expect(countCrossings([seg(60, 8, 0, -6), seg(60, 8, 30, 1)])).toBe(0);
    expect(countCrossings([seg(60, 8, 0, -6), seg(0, 0, 40, 0), seg(50, 0, 0, 0), seg(60, 8, 30, 1)])).toBe(2);
  });

  it('ignores which end is the source', () => {
    expect(countCrossings([seg(10, 10, 0, 0), seg(0, 10, 10, 0)])).toBe(1);
  });

  it('agrees with the pairwise test on arbitrary segments', () => {
    // Whole rows, as boxes sit: ties, shared ends and meetings on a column line all come up.
    const coordinate = fc.integer({ min: -8, max: 8 });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), coordinate, fc.integer({ min: 0, max: 6 }), coordinate), { maxLength: 40 }), (raw) => {
        // Ends on a few column positions, as in the layout; vertical ones are left out by both.
        const segments = raw.filter(([a, , b]) => a !== b).map(([a, y1, b, y2]) => seg(a * 10, y1, b * 10, y2));
        expect(countCrossings(segments)).toBe(bruteForce(segments));
      }),
      { numRuns: 1000 },
    );
  });

  it('reports crossings per edge', () => {
    expect(crossingsPerEdge([seg(0, 0, 10, 10), seg(0, 10, 10, 0)])).toEqual({ crossings: 1, edges: 2, perEdge: 0.5 });
    expect(crossingsPerEdge([])).toEqual({ crossings: 0, edges: 0, perEdge: 0 });
  });
});
