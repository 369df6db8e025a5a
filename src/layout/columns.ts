/**
 * Orders nodes within fixed columns to reduce edge crossings (barycenter heuristic), then gives
 * them coordinates. The column of every node is already known — its stage — so unlike a general
 * layered layout nothing has to assign layers: this is linear in nodes and edges per sweep.
 */
export interface LayoutInput {
  /** Node ids with their column; input order is the starting order within a column. */
  readonly nodes: readonly { readonly id: string; readonly column: number }[];
  readonly edges: readonly { readonly from: string; readonly to: string }[];
}

export interface LayoutOptions {
  readonly sweeps?: number;
}

/** Each column's node ids, top to bottom. */
export type ColumnOrder = string[][];

export function orderColumns(input: LayoutInput, { sweeps = 4 }: LayoutOptions = {}): ColumnOrder {
  const columnCount = input.nodes.reduce((m, n) => Math.max(m, n.column + 1), 0);
  const columns: string[][] = Array.from({ length: columnCount }, () => []);
  const columnOf = new Map<string, number>();
  for (const n of input.nodes) {
    columns[n.column]?.push(n.id);
    columnOf.set(n.id, n.column);
  }
  // Neighbours in the column to the left and to the right, whichever way the edge points.
  const left = new Map<string, string[]>();
  const right = new Map<string, string[]>();
  const link = (m: Map<string, string[]>, a: string, b: string) => {
    const list = m.get(a);
    if (list) list.push(b);
    else m.set(a, [b]);
  };
  for (const e of input.edges) {
    const a = columnOf.get(e.from);
    const b = columnOf.get(e.to);
    if (a === undefined || b === undefined || a === b) continue;
    const [lo, hi] = a < b ? [e.from, e.to] : [e.to, e.from];
    link(right, lo, hi);
    link(left, hi, lo);
  }

  const position = new Map<string, number>();
  const index = () => columns.forEach((col) => col.forEach((id, i) => position.set(id, i)));
  index();

  const reorder = (col: string[], neighbours: Map<string, string[]>) => {
    const key = new Map<string, number>();
    col.forEach((id, i) => {
      const ns = neighbours.get(id);
      // Nodes with no neighbour on that side keep their place.
      key.set(id, ns?.length ? ns.reduce((s, n) => s + (position.get(n) ?? 0), 0) / ns.length : i);
    });
    col.sort((a, b) => (key.get(a) ?? 0) - (key.get(b) ?? 0) || (position.get(a) ?? 0) - (position.get(b) ?? 0));
    col.forEach((id, i) => position.set(id, i));
  };

  // Barycenter sweeps can overshoot; keep the best order seen, starting with the input's own.
  let best = columns.map((c) => [...c]);
  let fewest = countCrossings(best, input.edges);
  for (let s = 0; s < sweeps && fewest > 0; s++) {
    for (let c = 1; c < columns.length; c++) reorder(columns[c]!, left);
    for (let c = columns.length - 2; c >= 0; c--) reorder(columns[c]!, right);
    const now = countCrossings(columns, input.edges);
    if (now < fewest) {
      fewest = now;
      best = columns.map((c) => [...c]);
    }
  }
  return best;
}

/** Counts crossings between adjacent columns in O(E log V) (a Fenwick tree per column gap). */
export function countCrossings(order: ColumnOrder, edges: LayoutInput['edges']): number {
  const where = new Map<string, { c: number; i: number }>();
  order.forEach((col, c) => col.forEach((id, i) => where.set(id, { c, i })));
  const byGap = new Map<number, [number, number][]>();
  for (const e of edges) {
    const a = where.get(e.from);
    const b = where.get(e.to);
    if (!a || !b || Math.abs(a.c - b.c) !== 1) continue;
    const [l, r] = a.c < b.c ? [a, b] : [b, a];
    const list = byGap.get(l.c) ?? [];
    list.push([l.i, r.i]);
    byGap.set(l.c, list);
  }
  let crossings = 0;
  for (const [gap, segs] of byGap) {
    // Sorted by left end (then right), a crossing is an earlier segment whose right end is larger.
    segs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    const size = (order[gap + 1]?.length ?? 0) + 1;
    const tree = new Array<number>(size + 1).fill(0);
    let seen = 0;
    for (const [, r] of segs) {
      let atMost = 0;
      for (let k = r + 1; k > 0; k -= k & -k) atMost += tree[k] ?? 0;
      crossings += seen - atMost;
      for (let k = r + 1; k <= size; k += k & -k) tree[k] = (tree[k] ?? 0) + 1;
      seen++;
    }
  }
  return crossings;
}
