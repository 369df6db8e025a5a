/**
 * dbt `schema.yml` property files: components only (they state no lineage), except an exposure's
 * `depends_on`, which names its upstream models and sources outright.
 */
import type { ComponentKind } from '../../problems';
import type { FormatParser } from '../../types';
import { LineIndex, PipelineBuilder, loadYamlMap, looksLikeJson, readWhole, topLevelYamlKeys, yamlEntries, yamlField, yamlGet, yamlItems, yamlText } from '../structured';
import { scan, tokenize } from '../../classify/tokens';
import { describedAs, relation } from './manifest';
import { dbtHint } from '../../lexicon/dbt';

/** The top-level keys that hold a properties file's resources. */
const RESOURCE_KEYS = ['sources', 'models', 'seeds', 'snapshots', 'exposures'];
const REF = /\bref\(\s*(?:['"][^'"]*['"]\s*,\s*)?['"]([^'"]+)['"]\s*(?:,[^)]*)?\)/;
const SOURCE = /\bsource\(\s*['"]([^'"]+)['"]\s*,\s*['"]([^'"]+)['"]\s*\)/;

/**
 * How a source table is named: by its own name, as people say it, unless that name is not unique in
 * the file (two sources with an `orders` table, a model or a `ref('orders')` called `orders`); then
 * that table is `source.table`, dbt's own way to tell them apart, and the others keep their names.
 */
function sourceTableNamer(root: unknown, sources: readonly unknown[], tables: ReadonlySet<string | undefined>, text: string): (source: string, table: string) => string {
  // Each bare name and the things it names; names that differ only in case or punctuation
  // (stg_users, stg__users) are as easily confused.
  const named = new Map<string, Set<string>>();
  const keyOf = (name: string | undefined): string | undefined => name?.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const note = (name: string | undefined, what: string): void => {
    const key = keyOf(name);
    if (key) named.set(key, (named.get(key) ?? new Set()).add(what));
  };
  for (const src of sources) {
    const s = yamlField(src, 'name');
    note(s, `schema:${s}`);
    for (const t of yamlItems(yamlGet(src, 'tables')?.value)) note(yamlField(t, 'name'), `source:${s}.${yamlField(t, 'name')}`);
  }
  for (const k of ['models', 'seeds', 'snapshots', 'exposures']) for (const n of yamlItems(yamlGet(root, k)?.value)) note(yamlField(n, 'name'), `node:${yamlField(n, 'name')}`);
  // A relationships test's `ref('locations')` beside a source table `locations` means that table.
  const tested = new Set([...text.matchAll(TESTED_REF)].map((m) => REF.exec(m[1] ?? '')?.[1]));
  for (const [, ref] of text.matchAll(new RegExp(REF, 'g'))) if (!(tested.has(ref) && tables.has(ref))) note(ref, `node:${ref}`);
  for (const m of text.matchAll(new RegExp(SOURCE, 'g'))) note(m[2], `source:${m[1]}.${m[2]}`);
  return (source, table) => ((named.get(keyOf(table) ?? '')?.size ?? 0) > 1 ? `${source}.${table}` : table);
}

/** A relationships test's target: `to: ref('dim_team')`. */
const TESTED_REF = /^[ \t-]*to[ \t]*:[ \t]*["']?[ \t]*(ref\([^)\n]*\))/gm;

/** The names of the tables the file's sources declare, read once. */
const sourceTables = (sources: readonly unknown[]): Set<string | undefined> =>
  new Set(sources.flatMap((src) => yamlItems(yamlGet(src, 'tables')?.value).map((t) => yamlField(t, 'name'))));

/** A source table's `source.table` name, from the `source <name>` hint its reader gives it. */
export function qualifiedSourceName(name: string, hints: readonly string[]): string {
  const source = hints[0] === dbtHint('source') ? hints.find((h) => h.startsWith('source '))?.slice('source '.length) : undefined;
  return source === undefined || name.startsWith(`${source}.`) ? name : `${source}.${name}`;
}

function readSchema(b: PipelineBuilder, text: string): void {
  const read = loadYamlMap(b, text, { kind: 'schemaNotMap' });
  if (!read) return;
  const { y, root } = read;
  const declared = new Set<string>();
  const declare = (key: string, name: string, at: unknown, hints: (string | undefined)[]): void => {
    if (declared.has(key)) b.problem({ kind: 'listedTwice', name }, y.posOf(at), name);
    declared.add(key);
    b.component(key, { name, line: y.posOf(at).line, hints });
  };
  /** An item's name and the node it is written in; a problem when it has none. */
  const named = (item: unknown, what: ComponentKind): { name: string; node: unknown } | undefined => {
    const node = yamlGet(item, 'name')?.value;
    const name = yamlText(node);
    if (name === undefined) b.problem({ kind: 'unnamed', what }, y.posOf(item));
    return name === undefined ? undefined : { name, node };
  };

  const sources = yamlItems(yamlGet(root, 'sources')?.value);
  const tables = sourceTables(sources);
  const tableName = sourceTableNamer(root, sources, tables, text);
  for (const src of sources) {
    const source = named(src, 'source');
    if (!source) continue;
    const rel = relation(yamlField(src, 'database'), yamlField(src, 'schema'));
    // A source named for the system it comes from (shopify, stripe) is that system, upstream of its
    // tables. Any other (raw, raw_shopify, PEOPLE) is the schema its tables were loaded into: drawn
    // as the place they rest, with no edge, since holding a table is not a flow.
    const hits = scan(tokenize(source.name));
    const system = hits.length > 0 && hits.every((h) => h.kind === 'tool' && h.placement === 'generate');
    const line = y.posOf(source.node).line;
    if (system) b.component(`system:${source.name}`, { name: source.name, line, hints: ['source system'] });
    else if (!b.has(`schema:${source.name}`)) b.component(`schema:${source.name}`, { name: source.name, line, hints: [dbtHint('source'), `schema ${source.name}`, yamlField(src, 'loader'), rel] });
    // `loader: fivetran` names the tool that loads the source's tables: the ingestion between the system and them.
    const loader = yamlField(src, 'loader');
    if (loader !== undefined && !b.has(`loader:${loader}`)) b.component(`loader:${loader}`, { name: loader, line: y.posOf(yamlGet(src, 'loader')?.value).line, hints: [dbtHint('loader')] });
    if (loader !== undefined && system) b.edge(b.idOf(`system:${source.name}`), b.idOf(`loader:${loader}`), { line });
    const feeder = loader !== undefined ? `loader:${loader}` : system ? `system:${source.name}` : undefined;
    for (const table of yamlItems(yamlGet(src, 'tables')?.value)) {
      const t = named(table, 'source table');
      if (!t) continue;
      declare(`source:${source.name}.${t.name}`, tableName(source.name, t.name), t.node, [dbtHint('source'), `source ${source.name}`, loader, rel, yamlField(table, 'identifier')]);
      if (feeder !== undefined) b.edge(b.idOf(feeder), b.idOf(`source:${source.name}.${t.name}`), { line: y.posOf(t.node).line });
    }
  }

  for (const type of ['model', 'seed', 'snapshot'] as const) {
    for (const item of yamlItems(yamlGet(root, `${type}s`)?.value)) {
      const n = named(item, type);
      if (!n) continue;
      declare(`node:${n.name}`, n.name, n.node, [dbtHint(type), yamlField(yamlGet(item, 'config')?.value, 'materialized'), describedAs(yamlField(item, 'description'))]);
    }
  }

  // A relationships test's `to: ref('dim_team')` names a model of the project, though this file may
  // not list it; or the source table of that name, which is already drawn.
  const lines = new LineIndex(text);
  for (const m of text.matchAll(TESTED_REF)) {
    const ref = REF.exec(m[1] ?? '')?.[1];
    if (ref !== undefined && !b.has(`node:${ref}`) && !tables.has(ref)) b.component(`node:${ref}`, { name: ref, line: lines.at(m.index).line, hints: [dbtHint('model')] });
  }

  // Exposures state their upstream outright: `depends_on: [ref('orders'), source('raw', 'orders')]`.
  for (const item of yamlItems(yamlGet(root, 'exposures')?.value)) {
    const n = named(item, 'exposure');
    if (!n) continue;
    const key = `exposure:${n.name}`;
    declare(key, n.name, n.node, [dbtHint('exposure'), yamlField(item, 'type'), yamlField(item, 'label')]);
    for (const dep of yamlItems(yamlGet(item, 'depends_on')?.value)) {
      const t = yamlText(dep) ?? '';
      const ref = REF.exec(t)?.[1];
      const source = SOURCE.exec(t);
      const upstream =
        ref !== undefined ? { key: `node:${ref}`, name: ref, hint: dbtHint('model') }
        : source?.[1] !== undefined && source[2] !== undefined ? { key: `source:${source[1]}.${source[2]}`, name: tableName(source[1], source[2]), hint: dbtHint('source') }
        : undefined;
      if (upstream === undefined) continue;
      if (!b.has(upstream.key)) b.component(upstream.key, { name: upstream.name, line: y.posOf(dep).line, hints: [upstream.hint] });
      b.edge(b.idOf(upstream.key), b.idOf(key), { line: y.posOf(dep).line });
    }
  }

  if (b.size === 0 && y.warnings.length === 0 && !yamlEntries(root).some(([k]) => RESOURCE_KEYS.includes(k))) {
    b.problem({ kind: 'schemaEmpty' });
  }
}

function detectSchema(text: string): number {
  const head = text.slice(0, 20_000);
  if (looksLikeJson(head)) return 0;
  const keys = topLevelYamlKeys(head);
  if (!RESOURCE_KEYS.some((k) => keys.has(k))) return 0;
  // dbt's own nesting (a source's `tables:`, a model's `columns:`) is as sure a sign as the
  // version line, which people drop or mistype when they paste part of a file.
  const dbtShape = /^[ \t]+(?:tables|columns)[ \t]*:[ \t]*$/m.test(head);
  return dbtShape || /^version[ \t]*:[ \t]*['"]?2['"]?[ \t]*(?:#.*)?$/m.test(head) ? 0.9 : 0.5;
}

export const dbtSchemaParser: FormatParser = {
  id: 'dbt-schema',
  label: 'dbt schema.yml',
  example: ['version: 2', 'sources:', '  - name: raw', '    tables:', '      - name: orders', 'models:', '  - name: stg_orders', '  - name: orders'].join('\n'),
  detect: detectSchema,
  parse: readWhole('schema file', readSchema),
};
