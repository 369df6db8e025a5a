/**
 * How tangled a drawing is: the number of pairs of straight edges that cross. Between two fixed
 * columns a drawn curve crosses another exactly when a straight line between the same ends does,
 * so straight segments stand in for the curves the canvas draws.
 */

/** A drawn edge from one point to another; which end is the source does not matter. */
export interface Segment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** One segment's stretch across a slab: its heights at the slab's two sides. */
interface Piece {
  readonly left: number;
  readonly right: number;
  /** Whether the segment goes on past the slab's right side (rather than ending there). */
  readonly continues: boolean;
}

/**
 * Pairs of segments that cross at a point inside both; sharing an end, or one ending on the other,
 * is no crossing. The plane is cut into vertical slabs at every segment's ends; within a slab every
 * segment is a straight piece from side to side, and two pieces cross exactly when their order
 * flips from the left side to the right. So the count is a sum of inversions, O(P log P) for P
 * pieces: linear-ish when, as in a column layout, the ends fall on a few distinct x positions.
 * Vertical segments are left out.
 */
export function countCrossings(segments: readonly Segment[]): number {
  const xs = [...new Set(segments.flatMap((s) => (s.x1 === s.x2 ? [] : [s.x1, s.x2])))].sort((a, b) => a - b);
  const slabOf = new Map(xs.map((x, i) => [x, i]));
  const slabs: Piece[][] = Array.from({ length: Math.max(0, xs.length - 1) }, () => []);
  for (const s of segments) {
    if (s.x1 === s.x2) continue;
    const [xa, ya, xb, yb] = s.x1 < s.x2 ? [s.x1, s.y1, s.x2, s.y2] : [s.x2, s.y2, s.x1, s.y1];
    const at = (x: number) => (x === xa ? ya : x === xb ? yb : ya + ((yb - ya) * (x - xa)) / (xb - xa));
    const first = slabOf.get(xa)!;
    const last = slabOf.get(xb)!;
    for (let k = first; k < last; k++) slabs[k]!.push({ left: at(xs[k]!), right: at(xs[k + 1]!), continues: k + 1 < last });
  }
  let crossings = 0;
  for (const pieces of slabs) crossings += inversions(pieces) + meetingsInside(pieces);
  return crossings;
}

/** Pairs strictly in one order on the left side and strictly in the other on the right. */
function inversions(pieces: readonly Piece[]): number {
  const sorted = [...pieces].sort((a, b) => a.left - b.left || a.right - b.right);
  const rights = [...new Set(sorted.map((p) => p.right))].sort((a, b) => a - b);
  const rank = new Map(rights.map((r, i) => [r, i + 1]));
  const tree = new Array<number>(rights.length + 1).fill(0);
  let seen = 0;
  let count = 0;
  for (const p of sorted) {
    const r = rank.get(p.right)!;
    let atMost = 0;
    for (let k = r; k > 0; k -= k & -k) atMost += tree[k]!;
    count += seen - atMost;
    for (let k = r; k < tree.length; k += k & -k) tree[k]!++;
    seen++;
  }
  return count;
}

/**
 * Two segments that meet exactly on a slab's right side, both going on past it, cross there (two
 * straight lines cannot touch and part): counted once, in the slab before the point.
 */
function meetingsInside(pieces: readonly Piece[]): number {
  const byRight = new Map<number, Map<number, number>>();
  for (const p of pieces) {
    if (!p.continues) continue;
    const lefts = byRight.get(p.right) ?? new Map<number, number>();
    lefts.set(p.left, (lefts.get(p.left) ?? 0) + 1);
    byRight.set(p.right, lefts);
  }
  let count = 0;
  for (const lefts of byRight.values()) {
    let total = 0;
    let same = 0;
    for (const n of lefts.values()) {
      total += n;
      same += (n * (n - 1)) / 2;
    }
    // Pieces that also share the left side are one line over this slab, not a crossing.
    count += (total * (total - 1)) / 2 - same;
  }
  return count;
}

/** Crossings and how many there are for each edge drawn: the figure that compares two layouts. */
export function crossingsPerEdge(segments: readonly Segment[]): { crossings: number; edges: number; perEdge: number } {
  const crossings = countCrossings(segments);
  return { crossings, edges: segments.length, perEdge: segments.length ? crossings / segments.length : 0 };
}
