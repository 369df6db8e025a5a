/**
 * dbt: the compiled `manifest.json` (models, seeds, snapshots, sources, exposures, metrics, semantic
 * models and the lineage between them) and `schema.yml` property files (components only: they state
 * no lineage, except an exposure's `depends_on`).
 */
import { isMap } from 'yaml';
import type { FormatParser, RawPipeline } from '../types';
import {
  PipelineBuilder,
  failed,
  isRecord,
  loadJson,
  loadYaml,
  looksLikeJson,
  str,
  topLevelYamlKeys,
  yamlEntries,
  yamlGet,
  yamlItems,
  yamlText,
  type JsonRecord,
  type Position,
} from './structured';

// ---------------------------------------------------------------------------------------------
// manifest.json
// ---------------------------------------------------------------------------------------------

/** Node resource types that are part of the data flow; tests, analyses, operations and the like are skipped. */
const FLOW_NODE_TYPES = new Set(['model', 'seed', 'snapshot']);

/** Words from the folders a node sits in (fqn between the project and the name), e.g. 'staging', 'marts'. */
function folderWords(node: JsonRecord): string[] {
  const fqn = Array.isArray(node.fqn) ? node.fqn.map((x) => str(x)).filter((x): x is string => x !== undefined) : [];
  return fqn.slice(1, -1).slice(0, 3);
}

function relation(node: JsonRecord): string | undefined {
  const db = str(node.database);
  const schema = str(node.schema);
  if (schema === undefined) return db;
  return db === undefined ? schema : `${db}.${schema}`;
}

function config(node: JsonRecord): JsonRecord {
  return isRecord(node.config) ? node.config : {};
}

function lastPart(uid: string): string {
  const parts = uid.split('.');
  return parts[parts.length - 1] ?? uid;
}

function parseManifest(text: string): RawPipeline {
  const b = new PipelineBuilder();
  if (text.trim() === '') return b.build();
  const json = loadJson(text, { recover: true });
  b.warnAll(json.warnings);
  const m = json.value;
  if (!isRecord(m)) {
    if (json.ok) b.warn({ line: 1, column: 1, message: 'Expected a dbt manifest (a JSON object with nodes and sources)' });
    return b.build();
  }
  const section = (key: string): [string, JsonRecord][] =>
    isRecord(m[key]) ? Object.entries(m[key]).filter((e): e is [string, JsonRecord] => isRecord(e[1])) : [];

  const nodes = section('nodes');
  const sources = section('sources');
  if (json.ok && nodes.length === 0 && sources.length === 0 && !isRecord(m.nodes)) {
    b.warn({ line: 1, column: 1, message: 'No `nodes` or `sources` found: is this a dbt manifest.json?' });
  }

  for (const [uid, node] of nodes) {
    const type = str(node.resource_type) ?? uid.split('.')[0] ?? '';
    if (!FLOW_NODE_TYPES.has(type)) continue;
    b.component(uid, {
      name: str(node.name) ?? lastPart(uid),
      idBase: uid,
      hints: [type, ...folderWords(node), str(config(node).materialized), relation(node)],
    });
  }
  for (const [uid, src] of sources) {
    const sourceName = str(src.source_name);
    const table = str(src.name) ?? lastPart(uid);
    const identifier = str(src.identifier);
    b.component(uid, {
      name: sourceName !== undefined ? `${sourceName}.${table}` : table,
      idBase: uid,
      hints: [
        // No folder words: a sources.yml usually sits in models/staging, which says nothing about the raw table.
        'source',
        str(src.loader),
        relation(src),
        identifier !== undefined && identifier !== table ? identifier : undefined,
      ],
    });
  }
  const others: [string, JsonRecord][] = [];
  for (const [uid, exp] of section('exposures')) {
    others.push([uid, exp]);
    b.component(uid, {
      name: str(exp.name) ?? lastPart(uid),
      idBase: uid,
      hints: ['exposure', str(exp.type), str(exp.label)],
    });
  }
  for (const [key, hint] of [
    ['metrics', 'metric'],
    ['semantic_models', 'semantic_model'],
    ['saved_queries', 'saved_query'],
  ] as const) {
    for (const [uid, item] of section(key)) {
      others.push([uid, item]);
      b.component(uid, { name: str(item.name) ?? lastPart(uid), idBase: uid, hints: [hint, str(item.type), str(item.label)] });
    }
  }

  // Lineage: parent_map (child → parents), else child_map (parent → children), else each node's
  // depends_on.nodes. One pass over each map; tests and other skipped nodes drop out because they are
  // not components (the builder ignores edges to unknown ids).
  const ids = (list: unknown): string[] => (Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : []);
  if (isRecord(m.parent_map)) {
    for (const [child, parents] of Object.entries(m.parent_map)) {
      const to = b.idOf(child);
      if (to === undefined) continue;
      for (const p of ids(parents)) b.edge(b.idOf(p), to);
    }
  } else if (isRecord(m.child_map)) {
    for (const [parent, children] of Object.entries(m.child_map)) {
      const from = b.idOf(parent);
      if (from === undefined) continue;
      for (const c of ids(children)) b.edge(from, b.idOf(c));
    }
  } else {
    for (const [uid, node] of [...nodes, ...others]) {
      const to = b.idOf(uid);
      if (to === undefined) continue;
      const deps = isRecord(node.depends_on) ? node.depends_on.nodes : undefined;
      for (const p of ids(deps)) b.edge(b.idOf(p), to);
    }
  }
  return b.build();
}

function detectManifest(text: string): number {
  if (!looksLikeJson(text)) return 0;
  const head = text.slice(0, 8192);
  if (head.includes('"dbt_schema_version"')) return 0.95;
  if (text.includes('"nodes"') && (text.includes('"parent_map"') || text.includes('"child_map"'))) return 0.95;
  if (head.includes('"nodes"') && head.includes('"resource_type"')) return 0.6;
  return 0;
}

export const dbtManifestParser: FormatParser = {
  id: 'dbt-manifest',
  label: 'dbt manifest.json',
  example: JSON.stringify(
    {
      metadata: { dbt_schema_version: 'https://schemas.getdbt.com/dbt/manifest/v12.json' },
      nodes: { 'model.shop.stg_orders': { resource_type: 'model', name: 'stg_orders', fqn: ['shop', 'staging', 'stg_orders'] } },
      sources: { 'source.shop.raw.orders': { resource_type: 'source', source_name: 'raw', name: 'orders' } },
      parent_map: { 'model.shop.stg_orders': ['source.shop.raw.orders'] },
    },
    null,
    2,
  ),
  detect: detectManifest,
  parse(text: string): RawPipeline {
    try {
      return parseManifest(text);
    } catch (e) {
      return failed(`Could not read the manifest: ${e instanceof Error ? e.message : String(e)}`);
    }
  },
};

// ---------------------------------------------------------------------------------------------
// schema.yml (properties files)
// ---------------------------------------------------------------------------------------------

const REF = /\bref\(\s*(?:['"][^'"]*['"]\s*,\s*)?['"]([^'"]+)['"]\s*(?:,[^)]*)?\)/;
const SOURCE = /\bsource\(\s*['"]([^'"]+)['"]\s*,\s*['"]([^'"]+)['"]\s*\)/;

function parseSchema(text: string): RawPipeline {
  const b = new PipelineBuilder();
  if (text.trim() === '') return b.build();
  const y = loadYaml(text);
  b.warnAll(y.warnings);
  const pos = (node: unknown): Position => y.posOf(node) ?? { line: 1, column: 1 };
  const root = y.doc.contents;
  if (!isMap(root)) {
    b.warn({ ...pos(root), message: 'Expected a dbt properties file (`version: 2` with models or sources)' });
    return b.build();
  }
  const declared = new Set<string>();
  const declare = (key: string, name: string, at: unknown, hints: (string | undefined)[]): void => {
    if (declared.has(key)) b.warn({ ...pos(at), message: `"${name}" is listed twice; merged`, found: name });
    declared.add(key);
    b.component(key, { name, line: pos(at).line, hints });
  };
  const unnamed = (item: unknown, what: string): void => {
    b.warn({ ...pos(item), message: `A ${what} without a \`name\` is skipped` });
  };

  for (const src of yamlItems(yamlGet(root, 'sources')?.value)) {
    const sourceName = yamlText(yamlGet(src, 'name')?.value);
    if (sourceName === undefined) {
      unnamed(src, 'source');
      continue;
    }
    const schema = yamlText(yamlGet(src, 'schema')?.value);
    const database = yamlText(yamlGet(src, 'database')?.value);
    const loader = yamlText(yamlGet(src, 'loader')?.value);
    const rel = schema !== undefined && database !== undefined ? `${database}.${schema}` : (schema ?? database);
    for (const table of yamlItems(yamlGet(src, 'tables')?.value)) {
      const nameNode = yamlGet(table, 'name')?.value;
      const tableName = yamlText(nameNode);
      if (tableName === undefined) {
        unnamed(table, 'source table');
        continue;
      }
      const identifier = yamlText(yamlGet(table, 'identifier')?.value);
      declare(`source:${sourceName}.${tableName}`, `${sourceName}.${tableName}`, nameNode, ['source', loader, rel, identifier]);
    }
  }

  for (const [section, type] of [
    ['models', 'model'],
    ['seeds', 'seed'],
    ['snapshots', 'snapshot'],
  ] as const) {
    for (const item of yamlItems(yamlGet(root, section)?.value)) {
      const nameNode = yamlGet(item, 'name')?.value;
      const name = yamlText(nameNode);
      if (name === undefined) {
        unnamed(item, type);
        continue;
      }
      const materialized = yamlText(yamlGet(yamlGet(item, 'config')?.value, 'materialized')?.value);
      declare(`node:${name}`, name, nameNode, [type, materialized]);
    }
  }

  // Exposures state their upstream outright: `depends_on: [ref('orders'), source('raw', 'orders')]`.
  for (const item of yamlItems(yamlGet(root, 'exposures')?.value)) {
    const nameNode = yamlGet(item, 'name')?.value;
    const name = yamlText(nameNode);
    if (name === undefined) {
      unnamed(item, 'exposure');
      continue;
    }
    const label = yamlText(yamlGet(item, 'label')?.value);
    const key = `exposure:${name}`;
    declare(key, name, nameNode, ['exposure', yamlText(yamlGet(item, 'type')?.value), label]);
    for (const dep of yamlItems(yamlGet(item, 'depends_on')?.value)) {
      const t = yamlText(dep) ?? '';
      const ref = REF.exec(t);
      const source = SOURCE.exec(t);
      let upstream: string | undefined;
      if (ref?.[1] !== undefined) {
        upstream = `node:${ref[1]}`;
        if (!b.has(upstream)) b.component(upstream, { name: ref[1], line: pos(dep).line, hints: ['model'] });
      } else if (source?.[1] !== undefined && source[2] !== undefined) {
        upstream = `source:${source[1]}.${source[2]}`;
        if (!b.has(upstream)) b.component(upstream, { name: `${source[1]}.${source[2]}`, line: pos(dep).line, hints: ['source'] });
      }
      if (upstream !== undefined) b.edge(b.idOf(upstream), b.idOf(key), { line: pos(dep).line });
    }
  }

  if (b.size === 0 && y.warnings.length === 0 && !yamlEntries(root).some(([k]) => ['sources', 'models', 'seeds', 'snapshots', 'exposures'].includes(k))) {
    b.warn({ line: 1, column: 1, message: 'No models, sources, seeds, snapshots or exposures found' });
  }
  return b.build();
}

function detectSchema(text: string): number {
  const head = text.slice(0, 20_000);
  if (looksLikeJson(head)) return 0;
  const keys = topLevelYamlKeys(head);
  const hasResources = keys.has('models') || keys.has('sources') || keys.has('seeds') || keys.has('snapshots') || keys.has('exposures');
  if (!hasResources) return 0;
  return /^version[ \t]*:[ \t]*['"]?2['"]?[ \t]*(?:#.*)?$/m.test(head) ? 0.9 : 0.5;
}

export const dbtSchemaParser: FormatParser = {
  id: 'dbt-schema',
  label: 'dbt schema.yml',
  example: ['version: 2', 'sources:', '  - name: raw', '    tables:', '      - name: orders', 'models:', '  - name: stg_orders', '  - name: orders'].join('\n'),
  detect: detectSchema,
  parse(text: string): RawPipeline {
    try {
      return parseSchema(text);
    } catch (e) {
      return failed(`Could not read the schema file: ${e instanceof Error ? e.message : String(e)}`);
    }
  },
};
