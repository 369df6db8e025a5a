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

/** Segments' stretches across one slab: heights at its two sides, and whether each goes on past it. */
interface Slab {
  readonly left: number[];
  readonly right: number[];
  readonly continues: boolean[];
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
  const slabs: Slab[] = Array.from({ length: Math.max(0, xs.length - 1) }, () => ({ left: [], right: [], continues: [] }));
  for (const s of segments) {
    if (s.x1 === s.x2) continue;
    const flip = s.x1 > s.x2;
    const xa = flip ? s.x2 : s.x1;
    const ya = flip ? s.y2 : s.y1;
    const xb = flip ? s.x1 : s.x2;
    const yb = flip ? s.y1 : s.y2;
    const first = slabOf.get(xa)!;
    const last = slabOf.get(xb)!;
    // Heights where the segment crosses each slab side; its own ends exactly, so shared ends tie.
    // Heights between are snapped to a fine grid: one segment lying along another must tie with it
    // at every side, not differ in the last bit of a division and read as a flip.
    let y = ya;
    for (let k = first; k < last; k++) {
      const next = k + 1 === last ? yb : snap(ya + ((yb - ya) * (xs[k + 1]! - xa)) / (xb - xa));
      const slab = slabs[k]!;
      slab.left.push(y);
      slab.right.push(next);
      slab.continues.push(k + 1 < last);
      y = next;
    }
  }
  let crossings = 0;
  for (const slab of slabs) crossings += inversions(slab) + meetingsInside(slab);
  return crossings;
}

/** A height to 1e-9: far below a pixel, far above the rounding error of one interpolation. */
const snap = (y: number): number => Math.round(y * 1e9) / 1e9;

/** Pairs strictly in one order on the left side and strictly in the other on the right. */
function inversions({ left, right }: Slab): number {
  const order = Array.from(left, (_, i) => i).sort((a, b) => left[a]! - left[b]! || right[a]! - right[b]!);
  const rights = Float64Array.from(right).sort();
  const tree = new Int32Array(rights.length + 1);
  let seen = 0;
  let count = 0;
  for (const i of order) {
    const r = upperBound(rights, right[i]!);
    let atMost = 0;
    for (let k = r; k > 0; k -= k & -k) atMost += tree[k]!;
    count += seen - atMost;
    for (let k = r; k < tree.length; k += k & -k) tree[k]!++;
    seen++;
  }
  return count;
}

/** How many of the sorted `values` are at most `x`. */
function upperBound(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Two segments that meet exactly on a slab's right side, both going on past it, cross there (two
 * straight lines cannot touch and part): counted once, in the slab before the point.
 */
function meetingsInside({ left, right, continues }: Slab): number {
  const byRight = new Map<number, Map<number, number>>();
  continues.forEach((goesOn, i) => {
    if (!goesOn) return;
    const lefts = byRight.get(right[i]!) ?? new Map<number, number>();
    lefts.set(left[i]!, (lefts.get(left[i]!) ?? 0) + 1);
    byRight.set(right[i]!, lefts);
  });
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
