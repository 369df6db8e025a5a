/**
 * The SQL a task's own Python runs: string literals in a TaskFlow function's body or in the function
 * a PythonOperator calls (`cur.execute("INSERT INTO raw.orders …")`). Read as an operator's `sql`
 * is, they name the tables the task writes and reads: data at rest the file otherwise leaves out.
 */
import { statementPlaces, type Place } from './transfers';
import { stringContent, type Node } from './tree';

/**
 * A string that is a statement starts as one (comments aside), its verb followed by what that verb
 * takes (`INSERT INTO t (` or `VALUES` or a query, `COPY t FROM '…'`, `CREATE TABLE`). A docstring or
 * a log line does not, and one that ends a sentence with a full stop is prose whatever it starts with:
 * "Copy data from the API", "Insert into mart.orders done: %d rows".
 */
const STATEMENT_START =
  /^\s*(?:insert\s+(?:into|overwrite)\s+(?:table\s+)?[\w.{}"`]+\s*(?:\(|values\b|select\b|with\b|partition\b|$)|merge\s+into\s|copy\s+(?:into\s+)?[\w.{}]+\s*(?:\([^)]*\)\s*)?(?:from|to)\s+(?:'|stdin|stdout|@|\{)|create\s+(?:or\s+replace\s+)?(?:(?:temp|temporary|transient|external)\s+)?(?:table|view|materialized\s+view)\s|with\s+\w+\s+as\s*\(|select\s[\s\S]*\sfrom\s|update\s+[\w.{}]+\s+set\s|delete\s+from\s|truncate\s|unload\s*\()/i;
const PROSE_END = /[\p{L}\p{N})]\.\s*$/u;
/** Enough for any task's code; a file of generated statements is not read whole. */
const MAX_STATEMENTS = 50;

export function codePlaces(body: Node, text: string): Place[] {
  const statements: { name: string; value: string }[] = [];
  const frames: Place[] = [];
  const c = body.cursor();
  do {
    if (c.from >= body.to || statements.length >= MAX_STATEMENTS) break;
    if (c.name !== 'String' && c.name !== 'FormatString') continue;
    const value = stringContent(text.slice(c.from, c.to));
    const io = frameIo(c.node, text, value);
    if (io) frames.push(io);
    const sql = value.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, ' ');
    if (STATEMENT_START.test(sql) && !PROSE_END.test(sql)) statements.push({ name: 'sql', value });
  } while (c.next());
  return [...statementPlaces(statements), ...frames];
}

/** A DataFrame reading or writing a file or a table: `pd.read_csv(path)` reads it, `df.to_parquet(path)` and `df.to_sql("t", engine)` write it. */
const FRAME_IO = /(read_(?:csv|json|parquet|excel|feather|orc)|to_(?:csv|json|parquet|excel|feather|sql))$/;

/**
 * The file or table a string names when it is the first argument of such a call: by the file's own
 * name (`${AIRFLOW_HOME}/data/sales.csv` → sales.csv), or the table's. A name still to be filled in
 * (`{ds}.csv`) names no one file.
 */
function frameIo(node: Node, text: string, value: string): Place | undefined {
  // The path may come wrapped once: `pd.read_csv(os.path.expandvars("…/sales.csv"))`.
  const inner = callTaking(node);
  const call = inner && !FRAME_IO.test(calleeOf(inner, text)) ? callTaking(inner) : inner;
  const fn = call ? FRAME_IO.exec(calleeOf(call, text))?.[1] : undefined;
  const name = value.trim().split('/').pop() ?? '';
  if (fn === undefined || name === '' || /[{}$%]/.test(name)) return undefined;
  return { name, keyword: fn, reads: fn.startsWith('read_') };
}

/** The call a node is the first argument of, if it is one. */
function callTaking(node: Node): Node | null {
  const args = node.parent;
  const call = args?.name === 'ArgList' ? args.parent : null;
  return call?.name === 'CallExpression' && args?.firstChild?.nextSibling?.from === node.from ? call : null;
}

const calleeOf = (call: Node, text: string): string => (call.firstChild ? text.slice(call.firstChild.from, call.firstChild.to) : '');
