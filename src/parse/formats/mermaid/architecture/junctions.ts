/**
 * Junctions are routing points, not components: an edge into a junction and an edge out of it
 * connect the services on either side. Direction is the arrow's, or the written order when the
 * edge has no head, so a path runs from a service through any junctions to the services it reaches.
 */

/** A directed hop between two ids (a two-headed edge is given as two hops). */
export interface Hop {
  readonly from: string;
  readonly to: string;
  readonly label?: string;
  readonly line: number;
}

/** The hops between services, with every path through junctions replaced by one hop. */
export function throughJunctions(hops: readonly Hop[], isJunction: (id: string) => boolean): Hop[] {
  const out = new Map<string, Hop[]>();
  for (const h of hops) {
    const list = out.get(h.from);
    if (list) list.push(h);
    else out.set(h.from, [h]);
  }
  const result: Hop[] = [];
  for (const h of hops) {
    if (isJunction(h.from)) continue;
    if (!isJunction(h.to)) {
      result.push(h);
      continue;
    }
    // Breadth-first through junctions only; each junction once, so a cycle of junctions ends.
    const seen = new Set<string>([h.to]);
    const queue: Hop[] = [h];
    for (let i = 0; i < queue.length; i++) {
      const at = queue[i];
      if (!at) continue;
      for (const next of out.get(at.to) ?? []) {
        if (!isJunction(next.to)) {
          if (next.to !== h.from) result.push({ from: h.from, to: next.to, line: h.line, ...labelOf(h, next) });
        } else if (!seen.has(next.to)) {
          seen.add(next.to);
          queue.push(next);
        }
      }
    }
  }
  return result;
}

/** The label the service's own edge gives, else the one on the edge that reaches the target. */
function labelOf(first: Hop, last: Hop): { label?: string } {
  const label = first.label ?? last.label;
  return label ? { label } : {};
}
