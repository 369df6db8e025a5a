/**
 * Rule 1, continued: a role the format itself declares. dbt says what each resource is (a source is
 * a loaded table, an exposure a downstream use); a dbt model is data at rest, placed by its layer.
 */
import type { Placement } from '../../types';
import { scan, tokenize, type Hit } from '../tokens';
import type { Verdict } from '../verdict';
import { DBT_TYPES } from '../../lexicon/dbt';


/**
 * A dbt resource type among the hints, as `dbt <type>` (how the dbt readers pass it). A bare word is
 * not one: `MySQL (source)` in arrow text or a Mermaid `:::source` class is a system data comes from.
 */
function dbtType(hints: readonly string[]): { readonly placing: Placement | 'by-layer'; readonly reason: string } | undefined {
  return hints.map((h) => DBT_TYPES.get(/^dbt[\s:_-]+([a-z_]+)$/i.exec(h.trim())?.[1]?.toLowerCase() ?? '')).find((type) => type !== undefined);
}

/** A dbt model's layer, from its name first, then its folders: raw and bronze store, staging and intermediate process, marts model. */
function dbtLayer(text: string): Hit | undefined {
  const tokens = tokenize(text);
  if (tokens[0] === 'base') return { placement: 'process', kind: 'context', word: 'layer', label: 'base', start: 0, end: 1 };
  // 'view' and 'table' are how dbt materializes a model, not its layer.
  return scan(tokens).find((h) => h.word === 'layer' && (h.placement === 'store' || h.placement === 'process' || h.placement === 'model') && !h.label.startsWith('view'));
}

/** How a reader marks a hint that is the node's own description. */
export const DESCRIPTION_HINT = 'described as: ';

/**
 * A description that opens with a layer ("Fact table of daily cases", "Staging model for orders")
 * says what the model is, over the folder it sits in; one that only mentions a layer further on
 * ("Joins the staging orders…") speaks of its inputs and says nothing.
 */
function describedLayer(hints: readonly string[]): Hit | undefined {
  const d = hints.find((h) => h.startsWith(DESCRIPTION_HINT));
  const hit = d === undefined ? undefined : dbtLayer(d.slice(DESCRIPTION_HINT.length));
  return hit?.start === 0 ? hit : undefined;
}

/** A dbt model placed by its layer: in its name, else a description that opens with one, else its folders. */
export function dbtModel(name: string, hints: readonly string[]): Verdict {
  const others = hints.filter((h) => !h.startsWith(DESCRIPTION_HINT));
  const hit = dbtLayer(name) ?? describedLayer(hints) ?? others.map(dbtLayer).find((h) => h !== undefined);
  if (hit?.placement === 'process') return { placement: 'process', confidence: 0.85, uncertain: false, reason: `dbt model; "${hit.label}" marks a staging/intermediate step`, rule: 'layer', fixed: true };
  if (hit?.placement === 'store') return { placement: 'store', confidence: 0.85, uncertain: false, reason: `dbt model; "${hit.label}" marks data as landed`, rule: 'layer', fixed: true };
  if (hit) return { placement: 'model', confidence: 0.9, uncertain: false, reason: `dbt model in the "${hit.label}" layer`, rule: 'layer', fixed: true };
  return { placement: 'model', confidence: 0.8, uncertain: false, reason: 'dbt model', rule: 'declared', fixed: true };
}

/** A dbt resource type among the hints decides; a model goes by its layer (staging → process, marts → model). */
export function declaredRule(name: string, hints: readonly string[]): Verdict | undefined {
  const dbt = dbtType(hints);
  if (!dbt) return undefined;
  if (dbt.placing === 'by-layer') return dbtModel(name, hints);
  // A source is data already loaded, unless its name or schema is a later layer another project
  // built (`ecom_intermediate`, `analytics_marts`): data at rest goes by its layer. A kind of table
  // does not move it, in the table's name or the source's (raw CSV exports of a star schema are
  // `fact_sales`, kept under a source named `DIMENSIONS`). Staging models (and the base models under
  // them) read sources, so a source in a staging or base schema is still the landed tables. The
  // source's name is the first part of `source.table`, or a `source raw` hint where the table goes
  // by its own name.
  const later = dbt === DBT_TYPES.get('source')
    ? [...(name.includes('.') ? [name.slice(0, name.indexOf('.'))] : []), ...hints.slice(1)].map(dbtLayer).find((h) => h !== undefined && h.entry?.tableKind !== true && h.placement !== 'store' && !/^(?:stag|stg|base$)/.test(h.label))
    : undefined;
  if (later) return { placement: later.placement === 'process' ? 'process' : 'model', confidence: 0.85, uncertain: false, reason: `dbt source in the "${later.label}" layer`, rule: 'layer', fixed: true };
  return { placement: dbt.placing, confidence: 0.9, uncertain: false, reason: dbt.reason, rule: 'declared', fixed: true };
}
