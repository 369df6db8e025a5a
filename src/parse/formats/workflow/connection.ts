/**
 * A connection URL in a task's settings (`jdbc:postgresql://db:5432/pipeline_db`) names the database
 * the task works in: drawn once per database, by its name, and joined to each task that names it.
 */
export interface Database {
  /** The database's name, else its host. */
  readonly name: string;
  /** The URL's scheme as a product word ("postgresql"), for classification. */
  readonly product: string;
}

const URL = /^(?:jdbc:)?([a-z][a-z0-9+]*):\/\/(?:[^@/\s]*@)?([^/:?\s]+)(?::\d+)?(?:\/([^?;\s]*))?/i;

/** Schemes of services that are not databases: a task fetching a web page names no database. */
const NOT_DATABASES = new Set(['http', 'https', 'ftp', 'sftp', 's3', 'gs', 'file']);

export function databaseOf(url: string | undefined): Database | undefined {
  const m = url === undefined || url.includes('{{') ? null : URL.exec(url.trim());
  const scheme = (m?.[1] ?? '').toLowerCase();
  if (!m || NOT_DATABASES.has(scheme)) return undefined;
  const name = (m[3] ?? '').split('/')[0] || m[2] || '';
  return name === '' ? undefined : { name, product: scheme.replace(/\+.*$/, '') };
}

/** Task types that put rows into the database rather than read or change them there. */
export const WRITES_INTO = /(?:load|insert|copyin|batch|upload|write)/i;
