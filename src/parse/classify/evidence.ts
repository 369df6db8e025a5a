/**
 * What one text (a name or a hint) says: its lexicon matches split into the head phrase and the words
 * that qualify it, plus the few readings a match alone misses (a transfer "A to B", an Airflow
 * sensor, a cluster operator, SQL run in a database).
 */
import { isStage } from '../../domain/stages';
import { PROSE_WORDS } from '../lexicon/words';
import { type Hit, isFormat, isProduct, runsAnyWork, scan, tokenize } from './tokens';

/** Words after which the rest of a name qualifies its head: "Prometheus metrics *for* Kafka", "raw tables *in* Snowflake". */
const PREPOSITIONS = new Set([...PROSE_WORDS.qualifying, ...PROSE_WORDS.abroad]);

const MOVABLE = new Set(['generate', 'ingest', 'store']);

/** Verbs of Airflow operators that start and stop the machines work runs on, moving no data. */
const CLUSTER_VERBS = new Set(['create', 'delete', 'terminate', 'start', 'stop', 'scale', 'update', 'resize', 'pause', 'resume']);

/**
 * How a reader of workflow YAML (Kestra, Argo…) says a component is a task and what kind: the plugin
 * or template words, read like an Airflow operator class (SQL in the database it names, a transfer).
 */
export const taskTypeHint = (words: string): string => `task: ${words}`;

/** Whether a hint is a task's class read like an operator's: an Airflow operator or a workflow task type. */
const isTaskClass = (hint: string, tokens: readonly string[]): boolean => tokens.includes('operator') || hint.startsWith('task: ');

export interface TextMatch {
  /** Matches in the head phrase: before the first preposition. */
  readonly head: Hit[];
  /** Matches after it: they qualify the head and decide only when the head has none. */
  readonly qualifiers: Hit[];
}

/** `head` names the thing; all that `rest` matches only qualifies it. */
const describedBy = (head: TextMatch, rest: TextMatch): TextMatch => ({ head: head.head, qualifiers: [...head.qualifiers, ...rest.head, ...rest.qualifiers] });

const whole = (text: string, tokens: readonly string[], placement: Hit['placement'], why: string): TextMatch => ({
  head: [{ placement, kind: 'tool', word: 'product', label: text.trim(), start: 0, end: tokens.length, why }],
  qualifiers: [],
});

/**
 * "A to B" between two systems is a transfer: S3ToRedshiftOperator, "Postgres to Snowflake" (ingest);
 * between two formats it is a conversion: csv_to_parquet (process). An Airflow transfer operator names
 * its target only sometimes as a store (S3ToHiveOperator), so for operators any product after "to"
 * will do, and the source side may be unknown (LocalFilesystemToS3).
 * @returns the hits with the transfer in place of its two sides, and the index of its "to", or -1.
 */
function transfer(tokens: readonly string[], hits: Hit[], operator: boolean): { hits: Hit[]; at: number } {
  for (let t = 0; t < tokens.length; t++) {
    if (tokens[t] !== 'to' || hits.some((h) => h.start <= t && t < h.end)) continue;
    const a = hits.find((h) => h.end === t);
    const b = hits.find((h) => h.start === t + 1);
    // "script_to_s3": code copied to where it will run is deployment, not data.
    const deploys = a !== undefined && a.word === 'noun' && a.placement === 'none' && isProduct(b);
    const converts = isFormat(b) && (a === undefined ? t > 0 : isFormat(a));
    const moves = operator
      ? isProduct(b) && b.placement !== 'serve' && t > 0
      : isProduct(a) && isProduct(b) && MOVABLE.has(a.placement) && MOVABLE.has(b.placement);
    if ((!deploys && !converts && !moves) || !b) continue;
    const from = a?.label ?? tokens.slice(0, t).join(' ');
    const found: Hit = {
      placement: deploys ? 'none' : converts ? 'process' : 'ingest',
      kind: 'tool',
      word: 'verb',
      label: `${from} to ${b.label}`,
      start: a?.start ?? 0,
      end: b.end,
      why: deploys
        ? `deploys "${from}" to "${b.label}": code, not data`
        : converts ? `converts "${from}" to "${b.label}"` : `moves data from "${from}" to "${b.label}"`,
    };
    const rest = hits.filter((h) => h !== a && h !== b && (h.end <= found.start || h.start >= found.end));
    return { hits: [...rest, found].sort((x, y) => x.start - y.start), at: t };
  }
  return { hits, at: -1 };
}

/** Reads one name (isHint false) or hint. */
export function matchText(text: string, isHint: boolean): TextMatch {
  // "Power BI: enterprise semantic model", "Zookeeper (2181): manages the Kafka broker": a product
  // before the colon is the thing; what follows describes it. An engine that runs any work ("Lambda:
  // Ingestion", "Cloud Run: Ingest CSV") reads as if the colon were not there, as "Lambda Ingestion";
  // a database of several roles followed by another product ("MySQL: Debezium source") stays the thing.
  const labelled = isHint ? null : /^([^:]+?)\s*:\s+(\S[\s\S]*)$/.exec(text);
  if (labelled?.[1] !== undefined && labelled[2] !== undefined) {
    const head = matchText(labelled[1], false);
    const rest = matchText(labelled[2], false);
    const database = (h: Hit): boolean => h.kind === 'multi' && !runsAnyWork(h);
    const thing = (h: Hit): boolean => isProduct(h) && !runsAnyWork(h) && (!database(h) || rest.head.some(isProduct));
    if (head.head.some(thing)) return describedBy(head, rest);
  }
  // "S3 Bucket (company-raw/clickstream/)": what the brackets hold describes the product before them.
  const bracketed = isHint ? null : /^([^()]+?)\s*\(([^()]+)\)\s*$/.exec(text);
  if (bracketed?.[1] !== undefined && bracketed[2] !== undefined) {
    const head = matchText(bracketed[1], false);
    const rest = matchText(bracketed[2], false);
    if (head.head.some(isProduct)) {
      // A layer in them says what the product holds; work in them says what an engine runs ("Lambda (Ingestion)"),
      // but a place ("Databricks (storage)") does not.
      const runs = head.head.some(runsAnyWork);
      const says = (h: Hit): boolean => h.word === 'layer' || (runs && (h.word === 'verb' || h.word === 'stage-word') && h.placement !== 'store');
      return { head: [...head.head, ...rest.head.filter(says)], qualifiers: [...head.qualifiers, ...rest.head.filter((h) => !says(h)), ...rest.qualifiers] };
    }
    // "Aggregation (BigQuery)", "API Layer (API Gateway)": a role or work before the brackets says
    // what the thing is; the product in them is what it runs on (a stage word, "Storage (GCS)", does
    // not). So does a layer ("staging (dbt views)", "Raw (Fivetran)"), unless a serving tool in them
    // reads it: "Gold (Power BI)" is the dashboard.
    const serves = rest.head.some((h) => isProduct(h) && h.placement === 'serve');
    const role = head.head.some((h) => isStage(h.placement) && h.kind !== 'ambient' && h.kind !== 'context') && rest.head.some(isProduct);
    if (role || (head.head.some((h) => h.word === 'layer') && rest.head.some(isProduct) && !serves)) return describedBy(head, rest);
  }
  const tokens = tokenize(text);
  const operator = isHint && isTaskClass(text, tokens);
  const moved = transfer(tokens, scan(tokens), operator);
  let hits = moved.hits;

  if (isHint) {
    // An Airflow sensor is the scheduler waiting for something upstream, whatever it watches: it moves
    // no data, and what it holds (wait for the file, the other DAG) is an orchestration contract.
    if (/^[A-Z]\w*Sensor(?:Async)?$/.test(text.trim())) return whole(text, tokens, 'orchestrate', 'an Airflow sensor is the scheduler waiting on a condition upstream');
    // DataprocCreateClusterOperator, EmrTerminateJobFlowOperator: they manage machines, not data.
    const cluster = tokens.includes('cluster') || (tokens.includes('job') && tokens.includes('flow'));
    if (operator && cluster && tokens.some((w) => CLUSTER_VERBS.has(w))) return whole(text, tokens, 'none', 'manages a cluster, not data');
    // A database operator (PostgresOperator, BigQueryInsertJobOperator) runs SQL in that database:
    // transformation, as a multi-role match so that a layer word in the task name ("orders_mart") still decides.
    if (operator && moved.at < 0) {
      const db = hits.find((h) => h.kind === 'multi' && (h.placement === 'store' || h.placement === 'generate'));
      const sqlWords = tokens.some((w) => w === 'sql' || w === 'query' || w === 'hql');
      if (db || (sqlWords && !hits.some((h) => isProduct(h) && isStage(h.placement)))) {
        const where = db?.label ?? 'a database';
        const sql: Hit = { placement: 'process', kind: 'multi', word: 'multi-role', label: `SQL in ${where}`, start: db?.start ?? 0, end: db?.end ?? 0, why: `runs SQL in ${db ? `"${where}"` : where}` };
        hits = [...hits.filter((h) => h !== db), sql].sort((x, y) => x.start - y.start);
      }
    }
    // "Automate the dbt build process": after another word, "process" names a procedure, not the layer.
    hits = hits.filter((h) => !(h.kind === 'context' && h.label === 'process' && h.start > 0));
  }

  const prep = tokens.findIndex((w, i) => i >= 1 && i !== moved.at && PREPOSITIONS.has(w) && !hits.some((h) => h.start <= i && i < h.end));
  if (prep < 0) return { head: hits, qualifiers: [] };
  return { head: hits.filter((h) => h.start < prep), qualifiers: hits.filter((h) => h.start > prep) };
}
