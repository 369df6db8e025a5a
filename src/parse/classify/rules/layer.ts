/**
 * Rule 4: data at rest is placed by its layer: raw / landing / bronze → store; staging / silver /
 * cleaned → process; marts / gold / features → model. The store it rests in (a warehouse, a bucket,
 * a table format) gives its usual stage only when no layer word does. For work, a layer word says
 * what the work builds: landing raw data is ingestion.
 */
import { decide, verdict } from '../decide';
import { tokenize } from '../tokens';
import type { Evidence, Verdict } from '../verdict';
import type { Facts } from './facts';

const atRest = (e: Evidence): boolean => e.word === 'layer' || e.kind === 'multi' || (e.kind === 'tool' && (e.placement === 'store' || e.placement === 'generate'));

export function layerRule(f: Facts): Verdict | undefined {
  if (f.nature === 'work') {
    // "silver_to_gold", "raw_to_staging": work builds the layer it writes to, named after "to".
    const to = tokenize(f.name).indexOf('to');
    const layers = f.named.filter((e) => e.word === 'layer' && e.from === 'name').sort((a, b) => a.start - b.start);
    const layer = layers.find((e) => to >= 0 && e.start > to) ?? layers[0];
    if (!layer) return undefined;
    const placement = layer.placement === 'store' ? 'ingest' : layer.placement;
    const why = layer.placement === 'store' ? `work that lands "${layer.label}" data ingests it` : `work that builds the "${layer.label}" layer`;
    return { placement, confidence: 0.7, uncertain: true, reason: why, rule: 'layer', fixed: false };
  }
  if (f.nature !== 'data') return undefined;
  // OpenLineage names tables by schema; words that name a tool in them ("airflow_integration") are schema names.
  // Where it rests (S3, a warehouse) weighs as a multi-role product: the layer word refines it.
  const ev = f.named.filter(atRest).map((e): Evidence => (e.kind === 'tool' ? { ...e, kind: 'multi' } : e));
  const d = decide(ev, true);
  return d ? verdict(d, 'layer') : undefined;
}
