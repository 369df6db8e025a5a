/**
 * Rule 6: graph position. It places what no word placed, breaks ties, and picks the role of a
 * product whose role depends on where it sits (the lexicon's `whenFed` and `asSource`: an OLTP
 * database the pipeline loads into is a store, a SaaS app fed by reverse ETL is served, an API
 * nothing feeds is a source). It never outvotes a name otherwise.
 */
import { STAGES, isStage, type Stage } from '../../../domain/stages';
import type { Placement } from '../../types';
import type { Classification, Verdict } from '../verdict';

/** Data edges only (control edges dropped), as adjacency lists. */
export interface Graph {
  readonly preds: ReadonlyMap<string, readonly string[]>;
  readonly succs: ReadonlyMap<string, readonly string[]>;
  /** The edge is only the order work runs in (a DAG's dependency), not data drawn moving. */
  readonly runOrder: (from: string, to: string) => boolean;
  /** `"Kafka"`: a component's name as reasons quote it. */
  readonly label: (id: string) => string;
  /** The component's name as written. */
  readonly name: (id: string) => string;
}

/** Placements that count as "the pipeline feeds it" for products whose role depends on position. */
const FEEDS: ReadonlySet<Placement> = new Set(['ingest', 'store', 'process', 'model', 'serve']);

/** A component's data neighbours: what feeds it and what it feeds. */
export const around = (g: Graph, id: string) => ({ preds: g.preds.get(id) ?? [], succs: g.succs.get(id) ?? [] });

/** Where a component sits from the latest stage feeding it and the earliest it feeds; `fed`/`feeds`: it has unplaced neighbours on that side. */
export function inferStage(before: number | undefined, after: number | undefined, fed = false, feeds = false): Stage | undefined {
  const at = (i: number): Stage | undefined => STAGES[Math.max(0, Math.min(STAGES.length - 1, i))];
  if (before !== undefined && after !== undefined) {
    // A gap of a stage or more: the missing one (ingest → ? → process is a store). Otherwise it is
    // more of what feeds it (Kafka → ? → S3 is a connector).
    return after - before >= 2 ? at(before + 1) : at(before);
  }
  // A sink: after processing, something consumes the result. A step that still feeds unknown steps is not the end of
  // the chain, so it is more of the same (clean → ? → ? → aggregate). Earlier, data lands in the next stage.
  if (before !== undefined) return before < STAGES.indexOf('process') ? at(before + 1) : feeds ? at(before) : 'serve';
  // A source: feeding ingestion or storage directly makes it a generator; fed by steps still unknown, it is only
  // upstream of what it feeds.
  if (after !== undefined) return after <= STAGES.indexOf('store') && !fed ? 'generate' : at(after - 1);
  return undefined;
}

/**
 * A database a dashboard reads from (Cassandra → Grafana, MySQL → Metabase) holds the pipeline's
 * output: a store, even when nothing shown feeds it. Run before `roleByPosition`, so the dashboard sees a store feeding it.
 */
export function readByConsumer(id: string, v: Verdict, g: Graph, placed: ReadonlyMap<string, Verdict | undefined>): Verdict {
  if (v.fixed || v.entry?.whenFed !== 'store' || v.placement !== 'generate') return v;
  const { preds, succs } = around(g, id);
  const { entry: _entry, ...rest } = v;
  if (preds.length === 0 && succs.length === 0) {
    return { ...rest, placement: 'store', confidence: Math.min(v.confidence, 0.7), uncertain: true, reason: `${v.reason}; nothing is drawn reading from it, so it is where the data is kept: store`, rule: 'position' };
  }
  if (preds.some((p) => FEEDS.has(placed.get(p)?.placement ?? 'none'))) return v;
  const isConsumer = (s: string): boolean => {
    const o = placed.get(s);
    return o !== undefined && (o.placement === 'serve' || (o.placement === 'none' && o.entry?.whenFed === 'serve'));
  };
  const reader = succs.find(isConsumer);
  if (reader === undefined) return v;
  return { ...rest, placement: 'store', confidence: Math.min(v.confidence, 0.75), uncertain: true, reason: `${v.reason}; read by ${g.label(reader)}, so it holds the pipeline's output: store`, rule: 'position' };
}

/** A product whose role depends on position, moved to the role its neighbours give it. */
export function roleByPosition(id: string, v: Verdict, g: Graph, placementOf: (id: string) => Placement, unplaced: (id: string) => boolean): Classification {
  const entry = v.entry;
  if (v.fixed || !entry) return v;
  const { preds, succs } = around(g, id);
  // A relay (`whenFed: ingest`, a producer) moves in whatever is drawn feeding it: a source, or a step not placed yet.
  const relays = (p: string): boolean => entry.whenFed === 'ingest' && (placementOf(p) === 'generate' || (unplaced(p) && !g.runOrder(p, id)));
  const feeder = preds.find((p) => FEEDS.has(placementOf(p)) || relays(p));
  if (entry.whenFed && feeder !== undefined) {
    const reason = `${v.reason}; fed by ${g.label(feeder)}${unplaced(feeder) ? '' : ` (${placementOf(feeder)})`}, so ${entry.whenFed}`;
    return { placement: entry.whenFed, confidence: Math.min(v.confidence, 0.8), uncertain: v.uncertain, reason };
  }
  // A check between two steps, drawn as data moving or as a DAG's run order, is a step the data passes:
  // the judges put Airflow's check tasks there 18 times of 24 (none 2).
  const into = preds.find((p) => isStage(placementOf(p)));
  const onward = succs.find((s) => isStage(placementOf(s)));
  if (entry.inline && into !== undefined && onward !== undefined) {
    return { placement: entry.inline, confidence: Math.min(v.confidence, 0.75), uncertain: v.uncertain, reason: `${v.reason}; data flows through it from ${g.label(into)} to ${g.label(onward)}, so it is a step of ${entry.inline}` };
  }
  // "Data from an API" with no edge drawn: a common source noun (an API, a database) that nothing
  // feeds is still where data comes from. Products keep their usual role, and languages stay 'none'.
  // Only a source noun: ETL drawn alone says nothing of where its data comes from.
  // A file named by its own name (umsatz.csv, categorias.csv) that nothing is drawn beside is an input the pipeline reads.
  const file = entry.kind === 'file-format' && /\.\w+$/.test(g.name(id));
  const lone = entry.asSource === 'generate' && (entry.kind === 'noun' || entry.kind === 'verb' || file) && preds.length === 0 && succs.length === 0;
  // A step no word placed yet (`rtd.routes --> API Server`) is still data drawn flowing in.
  const fedByStage = preds.some((p) => isStage(placementOf(p)) || (unplaced(p) && !g.runOrder(p, id)));
  if (entry.asSource && !fedByStage && (succs.length > 0 || lone)) {
    return { placement: entry.asSource, confidence: Math.min(v.confidence, 0.8), uncertain: v.uncertain, reason: `${v.reason}; nothing feeds it, so ${entry.asSource}` };
  }
  return v;
}

/**
 * Places what no word placed, and breaks ties, from placed neighbours, in passes: first from
 * matched components, then from what earlier passes placed (each pass less sure). Only the
 * neighbours of what the last pass placed are revisited, so a chain of n unknowns costs n, not n².
 * @param pending ids with no verdict, or with a tie (their tied stages)
 */
export function guessFromNeighbours(
  g: Graph,
  out: Map<string, Classification>,
  known: Map<string, number>,
  pending: Map<string, readonly Placement[] | undefined>,
): void {
  /** A placed neighbour as a reason names it: `"Kafka" (ingest)`. */
  const labelled = (id: string): string => `${g.label(id)} (${STAGES[known.get(id) ?? 0]})`;
  let candidates: Iterable<string> = [...pending.keys()];
  for (let pass = 1; pending.size > 0; pass++) {
    const placed: [string, Classification, number][] = [];
    for (const id of candidates) {
      if (!pending.has(id)) continue;
      const { preds, succs } = around(g, id);
      const before = preds.filter((p) => known.has(p)).sort((x, y) => (known.get(y) ?? 0) - (known.get(x) ?? 0))[0];
      const after = succs.filter((s) => known.has(s)).sort((x, y) => (known.get(x) ?? 0) - (known.get(y) ?? 0))[0];
      const stage = inferStage(before !== undefined ? known.get(before) : undefined, after !== undefined ? known.get(after) : undefined, preds.some((p) => pending.has(p)), succs.some((s) => pending.has(s)));
      if (!stage) continue;
      const where =
        before !== undefined && after !== undefined ? `between ${labelled(before)} and ${labelled(after)}`
        : before !== undefined ? `fed by ${labelled(before)} and feeding nothing placed`
        : `feeding ${labelled(after ?? '')} and fed by nothing placed`;
      const tied = pending.get(id);
      if (tied) {
        // A tie is broken only towards one of the tied stages; otherwise it stays as it was.
        const current = out.get(id);
        if (tied.includes(stage) && current) placed.push([id, { ...current, placement: stage, reason: `${current.reason}; position breaks the tie: ${where}` }, STAGES.indexOf(stage)]);
        else pending.delete(id);
        continue;
      }
      const confidence = pass > 1 ? 0.35 : before !== undefined && after !== undefined ? 0.45 : 0.4;
      placed.push([id, { placement: stage, confidence, uncertain: true, reason: `no match; guessed from position: ${where}` }, STAGES.indexOf(stage)]);
    }
    if (placed.length === 0) break;
    for (const [id, r, i] of placed) {
      out.set(id, r);
      known.set(id, i);
      pending.delete(id);
    }
    const next = new Set<string>();
    for (const [id] of placed) for (const n of [...(g.preds.get(id) ?? []), ...(g.succs.get(id) ?? [])]) if (pending.has(n)) next.add(n);
    candidates = next;
  }
}
