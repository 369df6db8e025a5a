/**
 * A transfer operator moves data between two named places: `GCSToBigQueryOperator(bucket=…,
 * destination_project_dataset_table=…)` reads a bucket and writes a table. Airflow's class names say
 * which system each side is (`<From>To<To>Operator`), and the keyword says which kind of place it
 * names, so a bucket of the "from" side is read and a table of the "to" side is written. These
 * places are data at rest in the graph, which a DAG file otherwise leaves out.
 */

/** Systems that hold objects and files (a bucket, a key, a path), as Airflow's class names spell them. */
const OBJECT_SYSTEMS = /^(?:gcs|s3|wasb|azureblobstorage|azuredatalakestorage|adls|gdrive|googledrive)$/i;

/** Keywords that name an object store's place (the bucket), and those that name a database's (the table). */
const BUCKET_KEY = /^(?:(?:s3|gcs|source|dest|destination)_)?bucket(?:_name)?$/;
const TABLE_KEY = /^(?:(?:source|destination|target|dest)_)?(?:project_dataset_)?table$/;

/** A template's or an f-string's qualifier (`{{ project }}.sales.orders`, `{schema}.orders`) is not part of a table's name. */
const unqualified = (text: string): string => text.replace(/\{\{[^}]*\}\}\.|\{[^{}]*\}\./g, '');

export interface Place {
  readonly name: string;
  readonly keyword: string;
  /** Read by the task (data → task) or written by it (task → data). */
  readonly reads: boolean;
}

/** The two sides of a transfer operator class: `GCSToBigQueryOperator` → GCS, BigQuery. */
function sides(className: string): { from: string; to: string } | undefined {
  const m = /^(\w+?)To([A-Z]\w*?)Operator$/.exec(className);
  return m?.[1] && m[2] ? { from: m[1], to: m[2] } : undefined;
}

/**
 * An operator on one object store says by its verb whether it writes the bucket it names
 * (`S3CreateObjectOperator`, `GCSUploadObjectOperator`) or reads it (`S3DownloadFileOperator`).
 * Verbs that move no data (create a bucket, delete, list, sense) name no place.
 */
function oneStore(className: string): { from: string; to: string } | undefined {
  const m = /^(S3|GCS|Wasb|AzureBlobStorage|ADLS)(?:(Create|Upload|Put|Write)(?:Object|File|Blob)s?|(Download|Get|Read)(?:Object|File|Blob)s?)Operator$/.exec(className);
  return m?.[1] === undefined ? undefined : m[2] ? { from: 'Task', to: m[1] } : { from: m[1], to: 'Task' };
}

/** The places a transfer task reads and writes, from its class and its keyword arguments' texts. */
export function transferPlaces(className: string | undefined, kwargs: readonly { name: string; value: string }[]): Place[] {
  const s = className ? sides(className) ?? oneStore(className) : undefined;
  if (!s) return [];
  const out: Place[] = [];
  for (const { name, value } of kwargs) {
    const v = unqualified(value).trim();
    if (v === '' || v.includes('{') || v.length > 120) continue;
    const bucket = BUCKET_KEY.test(name);
    if (!bucket && !TABLE_KEY.test(name)) continue;
    // An explicit source_ or destination_ says the side; otherwise the kind of place finds it.
    const stated = /^source_/.test(name) ? true : /^(?:dest|destination|target)_/.test(name) ? false : undefined;
    const objectFrom = OBJECT_SYSTEMS.test(s.from);
    const objectTo = OBJECT_SYSTEMS.test(s.to);
    if (stated === undefined && objectFrom === objectTo) continue;
    const reads = stated ?? (bucket ? objectFrom : !objectFrom);
    out.push({ name: v, keyword: name, reads });
  }
  return out;
}

/** What a statement writes: the table after INSERT INTO, MERGE INTO, COPY, or CREATE TABLE … AS. */
const WRITES = /\b(?:insert\s+(?:into|overwrite)(?:\s+table)?|merge\s+into|copy(?:\s+into)?|create\s+(?:or\s+replace\s+)?table(?:\s+if\s+not\s+exists)?(?=\s+[\w.]+\s+as\b))\s+([\w.]+)/gi;
/** A keyword where a name was expected: `COPY INTO {target}` names no table. */
const SQL_WORD = /^(?:into|table|from|select|overwrite)$/i;
/** `raw.` before a placeholder (`raw.{table}`) is part of a name, not one. */
const whole = (name: string): boolean => !name.startsWith('.') && !name.endsWith('.');
/** The database's own catalog, which a check reads: no data the pipeline moves. */
const CATALOG = /^(?:information_schema|pg_catalog|sys|system)\./i;
const READS = /\b(?:from|join)\s+([\w.]+)/gi;
const OBJECT_URI = /'((?:s3a?|gs|abfss?|wasbs?):\/\/[^'\s]+)'/gi;
const DESTINATION_KEY = /^destination_(?:project_)?(?:dataset_)?table$/;

/**
 * The tables and object paths a task's SQL moves data between: it writes what it inserts, merges,
 * copies or creates as a query's result, and reads the schema-qualified tables (or paths) after
 * FROM and JOIN. A statement that writes nothing (a check, plain DDL) draws nothing: it moves no data.
 */
export function statementPlaces(kwargs: readonly { name: string; value: string }[]): Place[] {
  const writes = new Map<string, string>();
  const reads = new Map<string, string>();
  for (const { name, value } of kwargs) {
    // Comments and backticks are not SQL a table is named in; a function's own FROM (`EXTRACT(HOUR FROM ts)`) reads no table.
    const text = unqualified(value)
      .replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, ' ')
      .replace(/[`"]/g, '')
      .replace(/\b(?:extract|substring|trim|overlay|position)\s*\([^()]*?\bfrom\b/gi, '(');
    if (DESTINATION_KEY.test(name) && /^[\w.]+$/.test(text.trim())) writes.set(text.trim(), name);
    if (name !== 'sql' || text.length > 20_000) continue;
    const ctes = new Set([...text.matchAll(/(?:\bwith|,)\s+(\w+)\s+as\s*\(/gi)].map((m) => (m[1] ?? '').toLowerCase()));
    for (const m of text.matchAll(WRITES)) if (m[1] && !m[1].startsWith('@') && !SQL_WORD.test(m[1]) && whole(m[1])) writes.set(m[1], 'sql');
    for (const m of text.matchAll(READS)) if (m[1]?.includes('.') && !ctes.has(m[1].toLowerCase()) && whole(m[1]) && !CATALOG.test(m[1])) reads.set(m[1], 'sql');
    for (const m of text.matchAll(OBJECT_URI)) {
      const uri = m[1] ?? '';
      (/\bunload\b|\bto\s*$/i.test(text.slice(0, m.index)) ? writes : reads).set(uri, 'sql');
    }
  }
  if (writes.size === 0) return [];
  for (const w of writes.keys()) reads.delete(w);
  return [...[...writes].map(([n, k]) => ({ name: n, keyword: k, reads: false })), ...[...reads].map(([n, k]) => ({ name: n, keyword: k, reads: true }))];
}
