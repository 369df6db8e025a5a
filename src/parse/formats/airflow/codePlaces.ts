/**
 * The SQL a task's own Python runs: string literals in a TaskFlow function's body or in the function
 * a PythonOperator calls (`cur.execute("INSERT INTO raw.orders …")`). Read as an operator's `sql`
 * is, they name the tables the task writes and reads: data at rest the file otherwise leaves out.
 */
import { statementPlaces, type Place } from './transfers';
import { stringContent, type Node } from './tree';

/**
 * A string that is a statement starts as one (after comments). A docstring or a log line does not:
 * "Copy data from the API" is no COPY, whose source is a quoted path, STDIN or a stage.
 */
const STATEMENT_START =
  /^\s*(?:--[^\n]*\n\s*)*(?:insert\s+(?:into|overwrite)|merge\s+into|copy\s+(?:into\s+)?[\w.{}]+\s*(?:\([^)]*\)\s*)?(?:from|to)\s+(?:'|stdin|stdout|@|\{)|create\s|with\s+\w+\s+as\s*\(|select\s|update\s+[\w.{}]+\s+set\s|delete\s+from\s|truncate\s|unload\s*\()/i;
/** Enough for any task's code; a file of generated statements is not read whole. */
const MAX_STATEMENTS = 50;

export function codePlaces(body: Node, text: string): Place[] {
  const statements: { name: string; value: string }[] = [];
  const c = body.cursor();
  do {
    if (c.from >= body.to || statements.length >= MAX_STATEMENTS) break;
    if (c.name !== 'String' && c.name !== 'FormatString') continue;
    const value = stringContent(text.slice(c.from, c.to));
    if (STATEMENT_START.test(value)) statements.push({ name: 'sql', value });
  } while (c.next());
  return statementPlaces(statements);
}
