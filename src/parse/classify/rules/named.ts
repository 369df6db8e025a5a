/**
 * Rule 2: a known product or role noun names what the component is. For work, only products that do
 * work count (a task named after the bucket it fills is not the bucket); for data at rest, only
 * products that are not where it rests (a dataset in Kafka is a topic; one in S3 is placed by its layer).
 */
import { isStage } from '../../../domain/stages';
import { type Decision, decide, isIdentifier, verdict } from '../decide';
import { RANK, isProduct, runsAnyWork, tokenize } from '../tokens';
import type { Evidence, Verdict } from '../verdict';
import { TASK_HINT, type Facts } from './facts';
import { layerRule } from './layer';
import { verbRule } from './verb';

/** Products a task can be: stages of work, the orchestrator, or none (a quality check). Destinations are not. */
const doesWork = (e: Evidence): boolean =>
  (e.kind === 'tool' || e.kind === 'multi') && e.placement !== 'generate' && e.placement !== 'store' && e.entry?.whenFed === undefined;

/** An undotted OpenLineage job in an orchestrator's namespace that names no work is its DAG (tasks are `dag.task`). */
function isDagName(f: Facts): boolean {
  return (
    f.marker === 'job' &&
    !f.name.includes('.') &&
    f.named.some((e) => e.from === 'hint' && e.placement === 'orchestrate') &&
    !f.named.some((e) => e.from === 'name' && e.word === 'verb')
  );
}

/** A call written as code: a dotted or snake_case name right before its parentheses. */
const CALL = /^[A-Za-z_][\w.]*\([^()]*\)$/;

/** Work that delivers to a destination consumers read (Slack, email: `whenFed` serve) serves: email_discounts, gold_to_salesforce; a layer that leads the id names what it builds from the app (stg_hubspot_contacts). */
function delivers(f: Facts): Verdict | undefined {
  const to = f.named.find((e) => e.from === 'name' && e.entry?.whenFed === 'serve');
  return to ? { placement: 'serve', confidence: 0.7, uncertain: true, reason: `work that delivers to "${to.label}"`, rule: 'named', fixed: false } : undefined;
}

/**
 * A hint naming a more specific product that begins with the product the name states is what the
 * thing is: a compose service `cdc-redpanda` running redpandadata/console is Redpanda Console.
 */
function refines(hint: Evidence, name: Evidence): boolean {
  if (hint.from !== 'hint' || name.from !== 'name' || hint.kind !== 'tool' || name.kind !== 'tool') return false;
  const n = `${name.label.toLowerCase()} `;
  return [hint.label, ...(hint.entry?.names ?? [])].some((h) => h.toLowerCase().startsWith(n));
}

/** A noun the lexicon marks as heading a name, last in it after a product: a Kafka producer, a Spark checkpoint. */
function headNoun(f: Facts): Evidence | undefined {
  const own = f.named.filter((e) => e.from === 'name' && !e.qualifier);
  const last = own.find((e) => e.entry?.heads === true && e.end === tokenize(f.name).length);
  return last && own.some((e) => e !== last && isProduct(e)) ? last : undefined;
}

/**
 * "Topic: trades" in a "Security boundary (VPC-SC)" group: what only hosts a thing (a network, a
 * cluster of machines, placed none) says nothing of what the thing is when its own name gives its role.
 */
function notHost(f: Facts, ev: readonly Evidence[]): readonly Evidence[] {
  const ownRole = f.named.some((e) => e.from === 'name' && isStage(e.placement));
  // A title of several words frames; an image or a one-word hint says what the thing is built from.
  const title = (e: Evidence): boolean => e.from === 'hint' && e.placement === 'none' && e.text.trim().split(/\s+/).length >= 3;
  return ownRole ? ev.filter((e) => !title(e)) : ev;
}

/** The name opens with a layer word: `stg_orders`, `gold_hr_alerts`. */
const layerFirst = (f: Facts): boolean => f.named.some((e) => e.from === 'name' && e.word === 'layer' && e.start === 0 && !e.qualifier);

/** The rule that decided, from the kind of word that did: a verb or layer weighed among the name's words is still that rule. */
const ruleOf = (d: Decision): Verdict['rule'] => (d.by.word === 'verb' ? 'verb' : d.by.word === 'layer' ? 'layer' : 'named');

export function namedRule(f: Facts): Verdict | undefined {
  if (f.nature === 'work') {
    const dag: Verdict = { placement: 'orchestrate', confidence: 0.85, uncertain: false, reason: 'an OpenLineage job that is a DAG: the orchestrator', rule: 'named', fixed: false };
    if (f.isDag) return dag;
    // What runs a task (the 'airflow-prod' namespace, a "Flyte workflow" group) is not what the task is.
    // The task's own operator class (a sensor, EmptyOperator) is the task, and may be control.
    // Records a verb of work comes before, not as where they go ("to", "into", "in"), are what the task reads (extract_github_repos), not what it is.
    const read = (e: Evidence): boolean => e.entry?.readFrom === true && e.from === 'name' && !['to', 'into', 'in'].includes(tokenize(f.name)[e.start - 1] ?? '') && f.named.some((v) => v.from === 'name' && v.word === 'verb' && isStage(v.placement) && v.end <= e.start);
    const ev = f.named.filter((e) => doesWork(e) && !read(e) && !(e.from === 'hint' && e.placement === 'orchestrate' && !TASK_HINT.test(e.text.trim())));
    const d = decide(ev);
    // A no-op does what its verb says. So does an operator task whose hints alone (its class, its
    // connection: SparkSubmitOperator, SSHOperator on `ssh_spark`) name an engine that runs any work,
    // and one whose name states no verb builds the layer it names (dim_company run by Spark models).
    const engine = d?.by.placement === 'process' && d.by.kind !== 'multi' && f.operated && !ev.some((e) => e.from === 'name');
    const byVerb = d ? verbRule(f) : undefined;
    // A task that checks or keeps up a product (check_kafka_health, install_dbt_dependencies) moves no data.
    if (byVerb?.placement === 'none' && !byVerb.uncertain) return byVerb;
    const stated = d?.by.entry?.placeholder || engine ? byVerb : undefined;
    if (stated && !stated.uncertain) return stated;
    const layer = engine ? layerRule(f) : undefined;
    if (layer) return layer;
    // A product with several roles (SQL run in a database) does what the task's verb or layer says:
    // load_raw → ingest, orders_mart → model.
    const verb = d?.by.kind === 'multi' ? byVerb : undefined;
    const refined = verb && !verb.uncertain ? verb : d?.by.kind === 'multi' ? layerRule(f) : undefined;
    if (d && refined) return { ...refined, confidence: Math.max(refined.confidence, 0.8), uncertain: false, reason: `${refined.reason}, in "${d.by.label}"` };
    // The tool named alone is where its work starts (dbt transforms); a job run in it builds what the lexicon says.
    const builds = d?.by.entry?.builds;
    if (d && builds && d.by.kind === 'multi') return { ...verdict(d, 'named'), placement: builds, reason: `a job run in "${d.by.label}", which builds ${builds}` };
    if (d) return verdict(d, 'named');
    if (isDagName(f)) return dag;
    const led = layerFirst(f) && !tokenize(f.name).includes('to');
    return verbRule(f) || (led && layerRule(f)) ? undefined : delivers(f);
  }
  if (f.nature === 'data') {
    // A source named in a path (company-raw/clickstream/, salesforce/orders/) says what the data is about, not where it rests.
    const ev = f.named.filter((e) => e.kind === 'tool' && isStage(e.placement) && e.placement !== 'store' && e.placement !== 'generate');
    const d = decide(ev, true);
    return d ? verdict(d, 'named') : undefined;
  }
  // read_csv(), df.to_parquet(path): code named in prose is a call, not a component.
  if (CALL.test(f.name.trim())) return { placement: 'none', confidence: 0.8, uncertain: false, reason: 'a function or method call, not a component', rule: 'named', fixed: false };
  // A thing in a diagram or a list: its words weighed together (product > role or layer word >
  // multi-role product > verb or noun), so "Snowflake marts" is model and "Kafka raw topic" ingest.
  // What the name itself states (a product, a role or layer word) is the thing; a product in a hint
  // (a container title, an image) is what it lives in or is built from: "silver/" in "S3 Data Lake"
  // is the silver layer, a service named postgres built from debezium/postgres is the database.
  const head = headNoun(f);
  if (head) return { placement: head.placement, confidence: 0.8, uncertain: false, reason: `"${head.label}" ends the name and says what it is`, rule: 'named', fixed: false };
  // The more specific product takes the place of the one the name states, as if the name said it.
  // "S3 Gold", "Data Lake Silver Layer": where data rests weighs as a multi-role product beside a layer word of the name, which
  // refines it (rule 4); a lake holding several layers ("S3 bronze/silver/gold") is still the lake.
  const layers = new Set(f.named.filter((e) => e.from === 'name' && e.word === 'layer' && !e.qualifier).map((e) => e.placement));
  // A table named as tables are, its layer first (stg_ga4_events, raw_kafka_clicks, a glob stg_shopify__*): the products after it are its subject.
  const led = isIdentifier(f.name.replace(/\*$/, '')) && layerFirst(f);
  const subject = (e: Evidence): boolean => led && e.from === 'name' && e.kind === 'tool' && e.start > 0;
  const named = f.named.filter((e) => !subject(e)).flatMap((e) => {
    const by = f.named.find((h) => refines(h, e));
    return by ? [{ ...by, from: 'name' as const, text: e.text, start: e.start, end: e.end }] : f.named.some((n) => refines(e, n)) ? [] : [layers.size === 1 && e.from === 'name' && e.kind === 'tool' && e.placement === 'store' ? { ...e, kind: 'multi' as const } : e];
  });
  const states = named.some((e) => e.from === 'name' && !e.qualifier && RANK[e.kind] >= RANK.multi);
  // A name that says what work it does (monthly_games_load in an "EXTRACT · Airflow" group) is not the orchestrator that runs it.
  const works = f.named.some((e) => e.from === 'name' && e.word === 'verb' && isStage(e.placement));
  const d = decide(notHost(f, named).filter((e) => e.word !== 'generic' && (!states || e.from === 'name') && !(works && e.from === 'hint' && e.placement === 'orchestrate')));
  // An engine that runs any work does what its name, else its caption or heading, says it runs ("Cloud Function 1" captioned "EXTRACT").
  const work = (e: Evidence): boolean => isStage(e.placement) && e.placement !== 'process' && e.placement !== 'store';
  const engine = d !== undefined && runsAnyWork(d.by);
  // Only a caption or heading of a few words whose stage words agree ("EXTRACT", not "Ingestion & Processing", nor a
  // description); a tool that builds something of its own (dbt builds models) is not run by its heading.
  const said = f.section.filter((e) => (e.word === 'verb' || e.word === 'stage-word') && isStage(e.placement) && tokenize(e.text).length <= 3);
  const agreed = said.every((e) => e.placement === said[0]?.placement) ? said[0] : undefined;
  const captioned = engine && !d.by.entry?.builds && agreed && work(agreed) ? agreed : undefined;
  const verb = engine ? (f.named.find((e) => e.word === 'verb' && e.from === 'name' && work(e)) ?? captioned) : undefined;
  if (d && verb) return { placement: verb.placement, confidence: 0.8, uncertain: false, reason: `"${verb.label}" (${verb.word === 'verb' ? 'verb' : 'stage word'}) says what "${d.by.label}" runs here`, rule: 'verb', fixed: false };
  // Languages and hosts decide only when nothing else does, the section included.
  return d && d.by.kind !== 'ambient' ? verdict(d, ruleOf(d)) : undefined;
}

/** After the section: words that only hint ("events", "source", "consumer") place what nothing else did. */
export function genericRule(f: Facts): Verdict | undefined {
  if (f.nature !== 'thing') return undefined;
  const d = decide(notHost(f, f.named));
  return d ? verdict(d, 'named') : undefined;
}
