/**
 * Orders nodes within fixed columns to reduce edge crossings, then gives them coordinates. The
 * column of every node is already known — its stage — so unlike a general layered layout nothing
 * has to assign layers: each sweep is linear in nodes and edges, plus one sort per column.
 */
import { countCrossings, type Segment } from './crossings';
import { transpose, type Neighbours } from './transpose';

export interface LayoutInput {
  /** Node ids with their column; input order is the starting order within a column. */
  readonly nodes: readonly { readonly id: string; readonly column: number }[];
  readonly edges: readonly { readonly from: string; readonly to: string }[];
}

/**
 * Where an edge's end is drawn. Whichever way it points, an edge between two columns runs from the
 * right side of its end in the left column (`'left'`) to the left side of its other end (`'right'`).
 */
export type Place = (column: number, row: number, end: 'left' | 'right') => { x: number; y: number };

export interface LayoutOptions {
  /** Sweeps left and right; 0 keeps the input order (the baseline a benchmark compares with). */
  readonly sweeps?: number;
  /** The drawing's geometry, so that the crossings weighed are the ones a reader will see. */
  readonly place?: Place;
}

/** Each column's node ids, top to bottom. */
export type ColumnOrder = string[][];

/** Boxes about three quarters of a column pitch wide, rows one unit apart. */
const UNIT_PLACE: Place = (column, row, end) => ({ x: column + (end === 'left' ? 0.75 : 0), y: row });

/**
 * Sweeps left to right and back, each node moved to the median or the mean row of its neighbours
 * in the columns already placed (both kinds tried: each wins on different graphs), then adjacent
 * swaps that remove crossings. The best order seen wins, starting with the input's own, so the
 * result is never worse than what came in. Ties keep their current order: deterministic and stable.
 */
export function orderColumns(input: LayoutInput, { sweeps = 6, place = UNIT_PLACE }: LayoutOptions = {}): ColumnOrder {
  // Nodes by number, so the sweeps work on arrays rather than maps keyed by id.
  const index = new Map<string, number>();
  const ids: string[] = [];
  const columnOf: number[] = [];
  const columnCount = input.nodes.reduce((m, n) => Math.max(m, n.column + 1), 0);
  const columns: number[][] = Array.from({ length: columnCount }, () => []);
  for (const n of input.nodes) {
    if (index.has(n.id) || !columns[n.column]) continue;
    index.set(n.id, ids.length);
    columns[n.column]!.push(ids.length);
    columnOf.push(n.column);
    ids.push(n.id);
  }
  // Each edge by its end in the left column and its end in the right, whichever way it points.
  const edges: [number, number][] = [];
  const left: number[][] = ids.map(() => []);
  const right: number[][] = ids.map(() => []);
  for (const e of input.edges) {
    const a = index.get(e.from);
    const b = index.get(e.to);
    if (a === undefined || b === undefined || columnOf[a] === columnOf[b]) continue;
    const [lo, hi] = columnOf[a]! < columnOf[b]! ? [a, b] : [b, a];
    edges.push([lo, hi]);
    right[lo]!.push(hi);
    left[hi]!.push(lo);
  }

  const row = new Float64Array(ids.length);
  const renumber = (col: readonly number[]) => col.forEach((n, i) => (row[n] = i));
  columns.forEach(renumber);
  const score = () => countCrossings(segmentsOf(edges, columnOf, row, place));

  const key = new Float64Array(ids.length);
  const reorder = (col: number[], neighbours: Neighbours, median: boolean) => {
    for (const n of col) {
      const rows = neighbours[n]!.map((m) => row[m]!);
      // Nodes with no neighbour on that side keep their place.
      key[n] = rows.length === 0 ? row[n]! : median ? medianOf(rows) : rows.reduce((s, r) => s + r, 0) / rows.length;
    }
    col.sort((a, b) => key[a]! - key[b]! || row[a]! - row[b]!);
    renumber(col);
  };

  let best = columns.map((c) => [...c]);
  let fewest = score();
  const keepIfBetter = () => {
    const now = score();
    if (now < fewest) {
      fewest = now;
      best = columns.map((c) => [...c]);
    }
  };
  for (let s = 0; s < sweeps && fewest > 0; s++) {
    const median = s % 2 === 1;
    for (let c = 1; c < columns.length; c++) reorder(columns[c]!, left, median);
    for (let c = columns.length - 2; c >= 0; c--) reorder(columns[c]!, right, median);
    keepIfBetter();
  }
  // Swaps polish the best order found, not the last one tried.
  if (sweeps > 0 && fewest > 0) {
    best.forEach((col, c) => {
      columns[c] = [...col];
      renumber(col);
    });
    transpose(columns, row, left, right);
    keepIfBetter();
  }
  return best.map((col) => col.map((n) => ids[n]!));
}

function segmentsOf(edges: readonly (readonly [number, number])[], columnOf: readonly number[], row: Float64Array, place: Place): Segment[] {
  const segments = new Array<Segment>(edges.length);
  for (let i = 0; i < edges.length; i++) {
    const [lo, hi] = edges[i]!;
    const a = place(columnOf[lo]!, row[lo]!, 'left');
    const b = place(columnOf[hi]!, row[hi]!, 'right');
    segments[i] = { x1: a.x, y1: a.y, x2: b.x, y2: b.y };
  }
  return segments;
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Crossings of `edges` drawn with `order` (unit geometry unless `place` says otherwise); edges within a column are left out. */
export function orderCrossings(order: ColumnOrder, edges: LayoutInput['edges'], place: Place = UNIT_PLACE): number {
  const at = new Map<string, { column: number; row: number }>();
  order.forEach((col, column) => col.forEach((id, row) => at.set(id, { column, row })));
  const segments: Segment[] = [];
  for (const e of edges) {
    const a = at.get(e.from);
    const b = at.get(e.to);
    if (!a || !b || a.column === b.column) continue;
    const [lo, hi] = a.column < b.column ? [a, b] : [b, a];
    const p = place(lo.column, lo.row, 'left');
    const q = place(hi.column, hi.row, 'right');
    segments.push({ x1: p.x, y1: p.y, x2: q.x, y2: q.y });
  }
  return countCrossings(segments);
}
