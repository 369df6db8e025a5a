/**
 * Words a page names that are not parts of its pipeline: a function or method (`to_table()`,
 * `df.writeStream`), a file or serialization format (Parquet, JSON), a programming language, a config
 * file (`dagster.yaml`, `profiles.yml`). They are dropped with a reason the import preview shows.
 */
import { isFormatName, nonComponent } from '../../classify/classify';
import { type PipelineBuilder, getOrAdd } from '../text';

/** Files that configure or start a project rather than carry its data. */
const CONFIG_FILE = /\.(?:ya?ml|json|toml|cfg|ini|conf|env|sh|bash|ps1|md|txt|lock|cfg|properties|dockerfile)$/i;

/** `2m 5s`, `*s`, `03:00`, `1.5h`: a step of a timeline, a clock time or a duration (a `*` stands for any number). */
const TIME_WORD = /^(?:(?:\d+(?:\.\d+)?|\*)(?:ms|s|secs?|m|mins?|h|hrs?|d)|\d{1,2}:\d{2}(?::\d{2})?(?:am|pm)?|\d{1,2}(?:am|pm))$/i;

/** Why `name` (as written, `after` the text right after it) is not a component, or undefined when it may be one. */
export function notComponent(name: string, after = ''): string | undefined {
  const n = name.trim();
  if (/^[\p{L}_][\p{L}\p{N}_.]*\(\s*\)?/u.test(n) || (/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(n) && /^\(/.test(after))) {
    return 'a function or method call, not a component';
  }
  // `df.writeStream`, `spark.read.format`: a method on an object, said in camelCase or after a variable.
  if (/^[\p{Ll}_][\p{L}\p{N}_]*\.[\p{Ll}][\p{L}\p{N}]*[\p{Lu}][\p{L}\p{N}]*$/u.test(n) || /^(?:df|spark|self|sc|ctx|conn|cursor|client)\.[\p{L}_]/u.test(n)) {
    return 'a method, not a component';
  }
  // "CSV Files", "JSON logs": files of a format are data at rest; the format alone is how it is written.
  if (isFormatName(n) && !/\b(?:files?|logs?|exports?|dumps?)$/i.test(n)) return 'a file or serialization format: it says how data is written, not where';
  if (/^[\d.,\s%°]+$/u.test(n)) return 'a number, not a component';
  if (n.split(/\s+/).every((w) => TIME_WORD.test(w))) return 'a time or duration, not a component';
  const kind = nonComponent(n);
  if (kind === 'language') return 'a programming language, not a component';
  if (kind === 'host') return 'where the pipeline runs, not a part of it';
  if (CONFIG_FILE.test(n) && !/\s/.test(n)) return 'a configuration file, not a component';
  return undefined;
}

const told = new WeakMap<PipelineBuilder, Set<string>>();

/**
 * Drops a name that is not a component, saying why once per name; true when dropped.
 * @param after the text right after the name (an opening parenthesis makes it a call).
 */
export function leftOut(b: PipelineBuilder, name: string, line: number, column: number, after = ''): boolean {
  const why = notComponent(name, after);
  if (!why) return false;
  const seen = getOrAdd(told, b, () => new Set<string>());
  const key = name.trim().toLowerCase();
  if (!seen.has(key)) b.warnAt(line, column, `"${name.trim()}" is ${why}; left out`, name.trim());
  seen.add(key);
  return true;
}
