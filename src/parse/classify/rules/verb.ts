/**
 * Rule 3: work is what its verb says. extract / download / upload / load / sync / replicate → ingest;
 * clean / convert / transform / join / dedupe → process; aggregate / model / build marts / train →
 * model; publish / export / serve / notify → serve (the lexicon's verbs.json). A stage's own name used
 * as a verb ("ingest_orders", "process_events") counts too.
 */
import { isStage } from '../../../domain/stages';
import { isFormat, scan, tokenize, type Hit } from '../tokens';
import type { Evidence, Verdict } from '../verdict';
import type { Facts } from './facts';

/**
 * In `schema.table` the schema names the layer: raw.orders, marts.orders, and by the lexicon's
 * "<name> schema" entries analytics.orders (modelled).
 */
function schemaLayer(tables: readonly string[]): Hit | undefined {
  const layerIn = (words: readonly string[]): Hit | undefined => scan(words).find((h) => h.word === 'layer');
  const schemas = tables.flatMap((t) => t.trim().split('.').slice(0, -1).reverse());
  return schemas.map((s) => layerIn(tokenize(s)) ?? layerIn([...tokenize(s), 'schema'])).find((h) => h !== undefined);
}

/** What a task that only sets storage up creates (`create_tables`, `create_schemas`, `create_retail_dataset`). */
const CONTAINERS = /^(?:tables?|schemas?|datasets?|databases?)$/;
/** `create_emr_cluster`, `delete_dataproc_cluster_task`: starting or removing compute moves no data either. */
const CLUSTER_HOSTS = new Set(['emr', 'dataproc', 'databricks']);
const COMPUTE_UPKEEP = /^(?:create|start|stop|delete|remove|terminate|destroy)\b.*\bclusters?(?: task| op| step)?$/;

const isVerb = (e: Evidence): boolean => e.word === 'verb' || (e.word === 'stage-word' && isStage(e.placement));

/**
 * "trigger_daily_dashboard": work that only starts something, named for what it starts, is that
 * work: refreshing what serves. A modelled layer in the name builds it ("trigger_kpi_mart"); a mere
 * noun (a prediction, a topic) may be what the work makes or reads, so it does not say; and work is
 * never a source.
 */
function actsOn(f: Facts): Verdict | undefined {
  const named = f.named.filter((e) => e.from === 'name' && !e.qualifier);
  const thing = named.find((e) => e.word === 'layer' && e.placement === 'model') ?? named.find((e) => e.word === 'role' && isStage(e.placement) && e.placement !== 'generate');
  return thing ? { placement: thing.placement, confidence: 0.6, uncertain: true, reason: `work on "${thing.label}", which says what it does`, rule: 'verb', fixed: false } : undefined;
}

/**
 * "subscriber_to_gcs", "orders_to_bigquery": work named "<what> to <where>" with no verb moves data
 * into the storage it names (ingest). A file format after "to" (csv_to_parquet) is a conversion.
 */
function movesTo(f: Facts): Verdict | undefined {
  const at = tokenize(f.name).indexOf('to');
  if (at <= 0) return undefined;
  const dest = f.named.find((e) => e.from === 'name' && e.start > at && e.placement === 'store');
  if (!dest) return undefined;
  const converts = dest.word === 'file-format';
  const reason = converts ? `work that converts to "${dest.label}"` : `work that moves data to "${dest.label}"`;
  return { placement: converts ? 'process' : 'ingest', confidence: 0.7, uncertain: false, reason, rule: 'verb', fixed: false };
}

export function verbRule(f: Facts): Verdict | undefined {
  if (f.nature !== 'work') return undefined;
  // The name's first verb (task ids are imperatives), then one in the words that qualify it, then a hint's.
  const order = (e: Evidence): number => (e.from === 'name' ? (e.qualifier ? 1 : 0) : 2);
  // "orders_daily.load_orders": a dotted job name is the DAG, then the task; the task's words say what it does.
  const dot = f.name.lastIndexOf('.');
  const from = dot < 0 ? 0 : tokenize(f.name.slice(0, dot)).length;
  const verbs = f.named.filter((e) => isVerb(e) && (e.from === 'hint' || e.start >= from)).sort((a, b) => order(a) - order(b) || a.start - b.start);
  const ddl = verbs.find((e) => e.entry?.takesLayer === true);
  const table = ddl ? ([...f.named, ...f.section].filter((e) => e.word === 'layer').sort((a, b) => order(a) - order(b) || a.start - b.start)[0] ?? schemaLayer(f.tables)) : undefined;
  if (ddl && table) {
    // A staging table in a DAG holds what lands: setting it up is storage's (silver and marts keep their layer).
    return { placement: /^(?:stag|stg)/.test(table.label) ? 'store' : table.placement, confidence: 0.75, uncertain: false, reason: `work: "${ddl.label}" on a table in the "${table.label}" layer takes that layer`, rule: 'verb', fixed: false };
  }
  // A check (validate) or a trigger names the work only when no other verb does: validate_and_load_orders loads, trigger_fetch_wind fetches.
  // A check right before another verb checks that work: test_extract, verify_ingestion (not validate_then_load).
  const weak = (e: Evidence): number => (e.placement === 'none' || e.entry?.placeholder ? 1 : 0);
  const doing = verbs.filter((e) => e.entry?.takesLayer !== true);
  const [lead, next] = doing;
  const checks = lead?.entry?.names.includes('check') === true && lead.from === 'name' && next?.from === 'name' && next.start === lead.end && next.entry !== lead.entry;
  const verb = checks ? lead : [...doing].sort((a, b) => weak(a) - weak(b))[0];
  // Creating tables, a schema or a dataset that no layer places, with no other work named, sets storage up.
  if (ddl && !verb && tokenize(f.name).some((w) => CONTAINERS.test(w))) {
    return { placement: 'none', confidence: 0.7, uncertain: false, reason: `work: "${ddl.label}" sets storage up and moves no data`, rule: 'verb', fixed: false };
  }
  // Only a cluster of EMR, Dataproc or Databricks, in the name or the operator: k-means clusters are data.
  if (!verb && COMPUTE_UPKEEP.test(tokenize(f.name).join(' ')) && f.named.some((e) => CLUSTER_HOSTS.has(e.entry?.names[0] ?? ''))) {
    return { placement: 'none', confidence: 0.7, uncertain: false, reason: 'work that starts or removes a cluster and moves no data', rule: 'verb', fixed: false };
  }
  if (!verb) return movesTo(f);
  if (verb.entry?.placeholder) {
    const made = movesTo(f) ?? actsOn(f);
    if (made) return made;
  }
  // "load_songplays_fact_table", "transform_dim_date": loading or transforming into a modelled layer builds it, unless into a file format.
  const built = verb.placement === 'ingest' || (verb.placement === 'process' && !f.named.some(isFormat)) ? f.named.find((e) => e.from === 'name' && e.word === 'layer' && e.placement === 'model') : undefined;
  if (built) return { placement: 'model', confidence: 0.75, uncertain: false, reason: `work: "${verb.label}" into the "${built.label}" layer builds it`, rule: 'verb', fixed: false };
  const where = verb.from === 'hint' ? ` (hint "${verb.text}")` : '';
  // A verb whose stage depends on where it sits (ETL, a check) hands its entry on to the position rule.
  const entry = verb.entry?.asSource !== undefined || verb.entry?.inline !== undefined ? { entry: verb.entry } : {};
  return { placement: verb.placement, confidence: verb.from === 'name' ? 0.8 : 0.7, uncertain: verb.from !== 'name', reason: `work: the verb "${verb.label}"${where}`, rule: 'verb', fixed: false, ...entry };
}
