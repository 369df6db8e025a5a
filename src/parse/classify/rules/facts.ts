/**
 * What the rules look at: the component's nature (work, data at rest, or a thing in a diagram) and
 * its evidence, split into what names it (its name, and hints that name a product: an image, an
 * operator class, a namespace) and what only frames it (a section heading, a group title, a label).
 */
import { isStage } from '../../../domain/stages';
import { matchText } from '../evidence';
import { isProduct, scan, tokenize } from '../tokens';
import type { Evidence } from '../verdict';

/** Work is done (tasks, jobs, operators); data rests (tables, datasets); a thing is anything else. */
export type Nature = 'work' | 'data' | 'thing';

export interface Facts {
  readonly name: string;
  readonly nature: Nature;
  /** OpenLineage marks its components 'job' or 'dataset'. */
  readonly marker?: 'job' | 'dataset';
  /** An OpenLineage job of type DAG, or an Airflow DAG: the orchestrator itself. */
  readonly isDag: boolean;
  /** The name's matches and those of hints that name a product. */
  readonly named: readonly Evidence[];
  /** Matches of hints that name no product: headings, group titles, labels, descriptions. */
  readonly section: readonly Evidence[];
  /** Hints written as a qualified table name (`schema.table`, `db.schema.table`): what the work touches. */
  readonly tables: readonly string[];
  /** A task with an operator class or decorator among its hints (`SSHOperator`, `@task`). */
  readonly operated: boolean;
}

/** A script file: its stem names the work it does. */
const SCRIPT = /^([\w-]+)\.(?:py|sh|bash|sql|scala|ipynb|r|js|ts|java|kt|go)$/i;

const QUALIFIED_TABLE = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$/;

/**
 * Airflow operator, sensor and hook classes, TaskFlow decorators, and a workflow tool's task type
 * (`task: gcp bigquery Load`, see `taskTypeHint`): the class of work a task is.
 */
export const TASK_HINT = /^(?:[A-Z]\w*(?:Operator|Sensor|Hook)(?:Async)?|@task\b.*|task: .*)$/;

/** Whether the text starts with a verb (extract, load_raw, "Clean and dedupe"): the name of work. */
function leadsWithVerb(name: string): boolean {
  // "task_extract_raw_data", "Task 1: Load raw data", "01_extract", "dag_upload_bronze": work nouns and numbers before the verb.
  const words = tokenize(name);
  const first = scan(words.slice(words.findIndex((w) => !/^(?:task|job|step|dag)s?$|^\d+$/.test(w))))[0];
  // "Create dashboards": a DDL verb alone does not make a name work; it only places work on a table.
  return first !== undefined && first.start === 0 && first.word === 'verb' && first.entry?.takesLayer !== true;
}

function natureOf(name: string, hints: readonly string[], marker: Facts['marker']): Nature {
  if (marker === 'job') return 'work';
  if (marker === 'dataset') return 'data';
  if (hints.some((h) => TASK_HINT.test(h.trim())) || leadsWithVerb(name)) return 'work';
  // "silver/", "s3://lake/raw/", "raw/orders/2024": a folder or an object path is data at rest.
  // Two slashes at least, so "Pub/Sub" and "CI/CD" stay names.
  if (/^[^\s]+\/(?:\s|$)|^[a-z][a-z0-9+]*:\/\/\S|^[^\s/]+(?:\/[^\s/]+){2,}\/?$/i.test(name.trim())) return 'data';
  return 'thing';
}

/** Gathers the evidence for one component; `hints` are non-empty strings. */
export function gather(name: string, hints: readonly string[]): Facts {
  const marker = hints.includes('job') ? 'job' : hints.includes('dataset') ? 'dataset' : undefined;
  const named: Evidence[] = [];
  const section: Evidence[] = [];
  // "subscriber_to_gcs.py": a script is work, named by its stem; its language says nothing of the work.
  const script = SCRIPT.exec(name.trim());
  const fromName = matchText(script?.[1] ?? name, false);
  for (const h of fromName.head) named.push({ ...h, from: 'name', text: name, qualifier: false });
  const nameIsProduct = fromName.head.some(isProduct);
  const nameStage = fromName.head.some((h) => isProduct(h) && isStage(h.placement));
  for (const hint of hints) {
    if (hint === marker) continue;
    const m = matchText(hint, true);
    // A task's class (a workflow task type) is what the task is, however many words it has.
    const long = hint.trim().split(/\s+/).length >= 4 && !TASK_HINT.test(hint.trim());
    // "a Python script that … sends them to Kinesis": in a sentence, a product after a preposition
    // is what the thing works with, not what it is.
    const qualifiers = long ? m.qualifiers.filter((h) => !isProduct(h)) : m.qualifiers;
    const all = [...m.head, ...qualifiers].filter((h) => h.kind !== 'ambient');
    // "Apache Cassandra: the data vault, storing user data": a sentence about a named product
    // compares it or says what it works with; the products it names are not what it is.
    const sentence = nameIsProduct && long;
    // "Orchestrated nightly by the scheduler": what runs a named product is not what it is.
    const runsIt = (h: Evidence): boolean => marker === undefined && nameStage && h.kind === 'context' && h.placement === 'orchestrate';
    const target = !sentence && all.some(isProduct) ? named : section;
    for (const h of all) {
      const e: Evidence = { ...h, from: 'hint', text: hint, qualifier: false };
      if (sentence && h.kind !== 'context' && h.kind !== 'generic') continue;
      if (!runsIt(e)) target.push(e);
    }
  }
  for (const h of fromName.qualifiers) named.push({ ...h, from: 'name', text: name, qualifier: true });
  const tables = hints.filter((h) => QUALIFIED_TABLE.test(h.trim()));
  // A script named for what it does (extract_orders.py, subscriber_to_gcs.py) is work; producer.py stays a thing.
  const stem = script?.[1];
  const scriptWork = stem !== undefined && (leadsWithVerb(stem) || /(?:^|[_-])to[_-]/.test(stem));
  return { name: stem ?? name, nature: scriptWork ? 'work' : natureOf(stem ?? name, hints, marker), ...(marker ? { marker } : {}), isDag: hints.includes('DAG'), named, section, tables, operated: hints.some((h) => TASK_HINT.test(h.trim())) };
}
