/**
 * Junctions are routing points, not components: an edge into a junction and an edge out of it
 * connect the services on either side. Direction is the arrow's, or the written order when the
 * edge has no head, so a path runs from a service through any junctions to the services it reaches.
 */
import { getOrAdd } from '../../text';

/** A directed hop between two ids (a two-headed edge is given as two hops). */
export interface Hop {
  readonly from: string;
  readonly to: string;
  readonly label?: string;
  readonly line: number;
}

/**
 * The hops between services, every path through junctions replaced by one hop, at most `limit` of
 * them; `skipped` counts the ones past it. A hub junction joins n services to m: n × m hops.
 */
export function throughJunctions(hops: readonly Hop[], isJunction: (id: string) => boolean, limit = Infinity): { hops: Hop[]; skipped: number } {
  const out = new Map<string, Hop[]>();
  for (const h of hops) getOrAdd(out, h.from, () => []).push(h);
  // Per junction, the last hop of each path from it to a service: found once, however many edges come in.
  const reach = new Map<string, Hop[]>();
  const reachOf = (junction: string): Hop[] =>
    getOrAdd(reach, junction, () => {
      const found: Hop[] = [];
      const seen = new Set<string>([junction]);
      const queue = [junction];
      for (let i = 0; i < queue.length; i++) {
        for (const next of out.get(queue[i] ?? '') ?? []) {
          if (!isJunction(next.to)) found.push(next);
          else if (!seen.has(next.to)) {
            seen.add(next.to);
            queue.push(next.to);
          }
        }
      }
      return found;
    });
  const result: Hop[] = [];
  let skipped = 0;
  for (const h of hops) {
    if (isJunction(h.from)) continue;
    const lasts = isJunction(h.to) ? reachOf(h.to).filter((t) => t.to !== h.from) : [h];
    // A path through junctions has the label the service's own edge gives, else the one on the edge that reaches the target.
    for (const last of lasts) {
      if (result.length >= limit) skipped++;
      else result.push(last === h ? h : { from: h.from, to: last.to, line: h.line, label: h.label ?? last.label });
    }
  }
  return { hops: result, skipped };
}
