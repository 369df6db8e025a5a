/** Each node's neighbours on one side (the columns to its left, or to its right), by node number. */
export type Neighbours = readonly (readonly number[])[];

const MAX_PASSES = 4;

/**
 * Swaps neighbours in a column while that uncrosses their edges: the local repair that sweeps
 * miss when two nodes have the same average. Each pass is linear in edges (plus sorting each
 * node's neighbour rows); a swap happens only when it strictly helps, so passes stop early.
 */
export function transpose(columns: number[][], row: Float64Array, left: Neighbours, right: Neighbours): void {
  const rowsOf = (n: number, side: Neighbours) => Float64Array.from(side[n]!, (m) => row[m]!).sort();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let swapped = false;
    for (const col of columns) {
      // Neighbours sit in other columns, so their rows hold still while this one is worked on.
      const lefts = new Map(col.map((n) => [n, rowsOf(n, left)]));
      const rights = new Map(col.map((n) => [n, rowsOf(n, right)]));
      const cost = (upper: number, lower: number) => pairsAbove(lefts.get(upper)!, lefts.get(lower)!) + pairsAbove(rights.get(upper)!, rights.get(lower)!);
      for (let i = 0; i + 1 < col.length; i++) {
        const u = col[i]!;
        const v = col[i + 1]!;
        if (cost(v, u) >= cost(u, v)) continue;
        col[i] = v;
        col[i + 1] = u;
        row[v] = i;
        row[u] = i + 1;
        swapped = true;
      }
    }
    if (!swapped) return;
  }
}

/** Pairs (a from the upper node, b from the lower) with a strictly below b: each such pair crosses. */
function pairsAbove(upper: Float64Array, lower: Float64Array): number {
  let count = 0;
  let j = 0;
  for (const a of upper) {
    while (j < lower.length && lower[j]! < a) j++;
    count += j;
  }
  return count;
}
