/**
 * Systems holding data a task names in its id (`load_to_redshift`), a connection or else its class: a DAG draws only tasks,
 * yet these are where its data rests. Read after "from" or before "to", written after "to", else by a loading task.
 */
import { isProduct, scan, tokenize, type Hit } from '../../classify/tokens';
import { escapeRegExp } from '../text';

type System = { name: string; writes: boolean; stated: boolean };

/** A task's class, as its reader hints it: `S3ToRedshiftOperator`, `S3KeySensor`, `PostgresHook`. */
const TASK_CLASS = /(?:Operator|Sensor|Hook)$/;

export function taskSystems(taskId: string, hints: readonly (string | undefined)[]): System[] {
  const own = tokenize(taskId);
  const loads = scan(own).some((h) => h.word === 'verb' && h.placement === 'ingest');
  const self = scan(own).find((h) => h.start === 0 && h.end === own.length)?.entry;
  const named = (texts: readonly (string | undefined)[]): Map<string, System> => {
    const out = new Map<string, System>();
    for (const words of texts.map((t) => tokenize(t ?? ''))) {
      for (const h of scan(words)) {
        if ((h.kind !== 'tool' && h.kind !== 'multi') || h.word === 'file-format' || (h.placement !== 'store' && h.entry?.whenFed !== 'store')) continue;
        // One system per lexicon entry (bq is BigQuery); a task named after the system alone is its own component.
        const key = h.entry?.names[0] ?? h.label;
        const [before, after] = [words[h.start - 1], words[h.end]];
        const stated = before === 'to' || before === 'from' || after === 'to';
        if (!out.has(key) && (self === undefined || h.entry !== self)) out.set(key, { name: spelled(key, [taskId, ...hints]), writes: before === 'to' || (!stated && loads), stated });
      }
    }
    return out;
  };
  const isClass = (h: string | undefined): boolean => TASK_CLASS.test(h ?? '');
  const [fromId, classes, others] = [named([taskId]), named(hints.filter(isClass)), named(hints.filter((h) => !isClass(h)))];
  // A connection outranks the class as to which systems (PostgresOperator is often Redshift's dialect); a direction the id or class states outranks a guess.
  const out = new Map([...(others.size > 0 ? others : classes), ...fromId]);
  for (const [k, s] of [...classes, ...fromId]) if (s.stated && out.has(k)) out.set(k, s);
  return [...out.values()];
}

/** A connection id (`databricks_default`, `spark_conn`) names the system a task runs against. */
const CONNECTION = /_(?:default|conn(?:_id)?)$/i;

/**
 * Engines a task hands its work to, by its class, its connection or the program its command runs
 * (`DatabricksRunNowOperator`, `AirbyteTriggerSyncOperator`, `spark_default`, `dbt run`): products that move data in or transform it. The
 * task only starts the work, which runs there, so the engine is drawn once and each task runs it.
 */
export function taskEngines(hints: readonly (string | undefined)[]): string[] {
  const texts = hints.filter((h): h is string => h !== undefined && (TASK_CLASS.test(h) || CONNECTION.test(h) || /^[\w-]+$/.test(h)));
  const out = new Map<string, string>();
  for (const t of texts) {
    const words = tokenize(t.replace(CONNECTION, ''));
    // A bare word is the program a command runs (`dbt` of `dbt run`) only when it is the product's whole name.
    const whole = !TASK_CLASS.test(t) && !CONNECTION.test(t);
    for (const h of scan(words)) {
      if (whole && (h.start !== 0 || h.end !== words.length)) continue;
      if (!isProduct(h) || h.word === 'file-format' || (h.placement !== 'ingest' && h.placement !== 'process')) continue;
      const key = h.entry?.names[0] ?? h.label;
      if (!out.has(key)) out.set(key, spelled(key, texts));
    }
  }
  return [...out.values()];
}

/** As written in mixed case (`BigQuery` in `GCSToBigQueryOperator`), or an acronym's capitals (`GCS`); a constant's `BIGQUERY` is not a name. */
function spelled(name: string, texts: readonly (string | undefined)[]): string {
  const word = name.replace(/\s+/g, '');
  const found = texts.map((t) => (t ?? '').replace(/[\s_-]/g, '')).map((f) => f.slice(Math.max(0, f.toLowerCase().indexOf(word))).slice(0, word.length));
  const ok = (w: string): boolean => w.toLowerCase() === word && /[A-Z]/.test(w) && (/[a-z]/.test(w) || w.length <= 4);
  return found.find(ok) ?? name.split(' ').map((w) => (w.length <= 3 ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1))).join(' ');
}

/** Sources, stores and serving systems the author names in comments, docstrings or the description ("Kaggle API", "MinIO Parquet → ClickHouse") and no task reaches by name: its scripts reach them. */
export function describedSystems(prose: readonly { text: string; line: number }[], known: readonly string[]): { name: string; line: number }[] {
  const entry = (h: Hit): string => h.entry?.names[0] ?? h.label;
  const seen = new Set(known.flatMap((n) => scan(tokenize(n)).map(entry)));
  const out = new Map<string, { name: string; line: number }>();
  // Code commented out (`# from …hooks.s3 import S3Hook`, `# client = boto3.client("s3")`) is not the author's words.
  for (const p of prose.filter((l) => !/^[\s#]*(?:from\s+[\w.]+\s+import\b|import\s|[\w.]+\s*=[^=]|[\w.]+\(.*\)\s*$)/.test(l.text))) {
    // A source or a serving system counts where the words move data to or from it ("from the Kaggle API", "Stripe -> S3"), not in passing ("Twitter: @jane").
    const words = tokenize(p.text);
    const moved = (h: Hit): boolean => ['generate', 'serve'].includes(h.placement) && (/->|→/.test(p.text) || words.slice(Math.max(0, h.start - 3), h.start).some((w) => /^(?:from|into|onto|to|via)$/i.test(w)));
    for (const h of scan(words)) if (isProduct(h) && h.word !== 'file-format' && (h.placement === 'store' || h.entry?.whenFed === 'store' || moved(h)) && !seen.has(entry(h)) && !out.has(entry(h))) out.set(entry(h), { name: asWritten(h.label, p.text), line: p.line });
  }
  return [...out.values()];
}

/** A lexicon name as the text writes it ("Delta Lake", "MinIO"), else spelled as a name. */
function asWritten(label: string, text: string): string {
  const found = new RegExp(label.split(/\s+/).map(escapeRegExp).join('[\\s_-]*'), 'i').exec(text)?.[0];
  return found !== undefined && /[A-Z]/.test(found) ? found : spelled(label, [text]);
}
