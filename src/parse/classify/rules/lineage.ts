/**
 * Rule 6, for lineage (OpenLineage): jobs are work and datasets rest, and the events say which job
 * reads and writes which dataset; that structure places what the words leave open (a dataset read
 * from a source system, a layer, what its writer made; a job by its inputs), in the order and with
 * the examples of docs/classification.md. Datasets and jobs are visited upstream first, so each
 * sees its neighbours already placed.
 */
import { STAGES, isStage } from '../../../domain/stages';
import type { Placement } from '../../types';
import type { Classification, Verdict } from '../verdict';
import { gather } from './facts';
import { around, type Graph } from './position';

export interface Marked {
  readonly id: string;
  readonly name: string;
  readonly hints: readonly string[];
  readonly marker: 'job' | 'dataset';
}

/** Upstream first (Kahn); whatever sits on a cycle comes after, in input order. */
function upstreamFirst(ids: readonly string[], g: Graph): string[] {
  const inside = new Set(ids);
  const indegree = new Map(ids.map((id) => [id, (g.preds.get(id) ?? []).filter((p) => inside.has(p)).length]));
  const queue = ids.filter((id) => indegree.get(id) === 0);
  const order: string[] = [];
  for (let k = 0; k < queue.length; k++) {
    const id = queue[k] as string;
    order.push(id);
    for (const s of g.succs.get(id) ?? []) {
      const left = (indegree.get(s) ?? 0) - 1;
      indegree.set(s, left);
      if (left === 0 && inside.has(s)) queue.push(s);
    }
  }
  const seen = new Set(order);
  return [...order, ...ids.filter((id) => !seen.has(id))];
}

/** What a job's output is, from the job's stage: what ingestion lands rests in storage. */
const OUTPUT_OF: Partial<Record<Placement, Placement>> = { ingest: 'store', process: 'process', model: 'model', serve: 'serve' };

const latest = (stages: readonly Placement[]): Placement | undefined => stages.filter(isStage).sort((a, b) => STAGES.indexOf(b) - STAGES.indexOf(a))[0];

/** The namespace OpenLineage gives a dataset (`postgres://db:5432`), handed over right after its marker. */
const namespaceOf = (c: Marked): string | undefined => c.hints[c.hints.indexOf(c.marker) + 1];

function placeDataset(c: Marked, v: Verdict, g: Graph, placed: (id: string) => Placement, written: ReadonlySet<string>): Classification | undefined {
  const facts = gather(c.name, c.hints);
  const { preds: writers, succs: readers } = around(g, c.id);
  const source = facts.named.find((e) => e.from === 'hint' && e.placement === 'generate' && e.kind !== 'generic');
  const fed = written.has(namespaceOf(c) ?? '');
  if (writers.length === 0 && readers.length > 0 && source && !fed) {
    return { placement: 'generate', confidence: 0.8, uncertain: false, reason: `read from "${source.label}", a source system, and written by no job: generated there` };
  }
  if (source && fed && writers.length === 0 && v.placement === 'generate') {
    return { placement: 'store', confidence: 0.75, uncertain: false, reason: `in "${source.label}", which the pipeline also writes into: stored there, not a source` };
  }
  // The layer word that placed it; in raw.orders_staging the table's own word, the last, is the most specific.
  const layers = facts.named.filter((e) => e.from === 'name' && e.word === 'layer').sort((a, b) => b.start - a.start);
  const layer = layers.find((e) => e.placement === v.placement) ?? layers[0];
  const landed = writers.length > 0 && writers.every((w) => placed(w) === 'ingest');
  if (layer && !(layer.placement === 'process' && landed)) return undefined;
  if (layer) return { placement: 'store', confidence: 0.75, uncertain: false, reason: `"${layer.label}" filled only by loading (${g.label(writers[0] ?? '')}): a landing table, store` };
  const made = latest(writers.map((w) => OUTPUT_OF[placed(w)] ?? 'none'));
  if (!made || made === v.placement) return undefined;
  return { placement: made, confidence: 0.75, uncertain: false, reason: `written by ${g.label(writers[0] ?? '')} (${placed(writers[0] ?? '')}): ${made}` };
}

function placeJob(c: Marked, v: Verdict, g: Graph, placed: (id: string) => Placement): Classification | undefined {
  if (!v.open && v.entry?.asSource !== 'ingest') return undefined;
  const { preds, succs: outputs } = around(g, c.id);
  const inputs = preds.map((id) => ({ id, stage: placed(id) }));
  const source = inputs.find((i) => i.stage === 'generate');
  if (source) return { placement: 'ingest', confidence: 0.8, uncertain: false, reason: `reads ${g.label(source.id)}, a source system: ingest` };
  if (inputs.length === 0) {
    return outputs.length > 0 ? { placement: 'ingest', confidence: 0.75, uncertain: false, reason: 'reads nothing the lineage shows and writes datasets: it brings data in' } : undefined;
  }
  if (!v.open) return undefined;
  const derived = inputs.find((i) => i.stage === 'process' || i.stage === 'model');
  if (derived) return { placement: 'model', confidence: 0.7, uncertain: true, reason: `builds on ${g.label(derived.id)} (${derived.stage}): model` };
  return inputs.every((i) => i.stage === 'store') ? { placement: 'process', confidence: 0.7, uncertain: true, reason: 'reads stored data and writes new datasets: process' } : undefined;
}

/** Places OpenLineage jobs and datasets from the lineage; leaves stated, declared and named ones alone. */
export function placeByLineage(marked: readonly Marked[], verdicts: ReadonlyMap<string, Verdict | undefined>, g: Graph, out: Map<string, Classification>): void {
  const byId = new Map(marked.map((m) => [m.id, m]));
  const placed = (id: string): Placement => out.get(id)?.placement ?? 'none';
  const written = new Set(marked.filter((m) => m.marker === 'dataset' && (g.preds.get(m.id) ?? []).length > 0).map((m) => namespaceOf(m) ?? ''));
  for (const id of upstreamFirst([...byId.keys()], g)) {
    const c = byId.get(id);
    const v = verdicts.get(id);
    if (!c || !v || v.fixed || !isStage(placed(id))) continue;
    const found = c.marker === 'dataset' ? placeDataset(c, v, g, placed, written) : placeJob(c, v, g, placed);
    if (found) out.set(id, found);
  }
}
