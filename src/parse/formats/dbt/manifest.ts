/**
 * dbt's compiled `manifest.json`: models, seeds, snapshots, sources, exposures, metrics, semantic
 * models and the lineage between them; or just its parent_map / child_map, the part people paste.
 */
import type { FormatParser } from '../../types';
import { PipelineBuilder, isRecord, loadJson, looksLikeJson, readWhole, str, type JsonRecord } from '../structured';
import { DESCRIPTION_HINT } from '../../classify/classify';
import { readUniqueId } from './uniqueId';
import { dbtHint } from '../../lexicon/dbt';

/** Node resource types that are part of the data flow; tests, analyses, operations and the like are skipped. */
const FLOW_NODE_TYPES = new Set(['model', 'seed', 'snapshot']);

/** Words from the folders a node sits in (fqn between the project and the name), e.g. 'staging', 'marts'. */
function folderWords(node: JsonRecord): string[] {
  const fqn = Array.isArray(node.fqn) ? node.fqn.map((x) => str(x)).filter((x): x is string => x !== undefined) : [];
  return fqn.slice(1, -1).slice(0, 3);
}

/** Where a resource lives in the warehouse: `database.schema`, or whichever of the two is given. */
export const relation = (database: string | undefined, schema: string | undefined): string | undefined =>
  [database, schema].filter((x) => x !== undefined).join('.') || undefined;

const lastPart = (uid: string): string => uid.slice(uid.lastIndexOf('.') + 1);

const ids = (list: unknown): string[] => (Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : []);

/** A description, marked as such: what its author says the thing is ("dimension table of dates"). */
export const describedAs = (description: string | undefined): string | undefined => (description ? `${DESCRIPTION_HINT}${description}` : undefined);

/** Components from the manifest's own sections; returns the entries whose depends_on can give lineage. */
function readSections(m: JsonRecord, b: PipelineBuilder): [string, JsonRecord][] {
  const section = (key: string): [string, JsonRecord][] =>
    isRecord(m[key]) ? Object.entries(m[key]).filter((e): e is [string, JsonRecord] => isRecord(e[1])) : [];
  const withDeps: [string, JsonRecord][] = [];
  for (const [uid, node] of section('nodes')) {
    const type = str(node.resource_type) ?? uid.split('.')[0] ?? '';
    if (!FLOW_NODE_TYPES.has(type)) continue;
    withDeps.push([uid, node]);
    b.component(uid, {
      name: str(node.name) ?? lastPart(uid),
      idBase: uid,
      hints: [dbtHint(type), ...folderWords(node), str(isRecord(node.config) ? node.config.materialized : undefined), relation(str(node.database), str(node.schema)), describedAs(str(node.description))],
    });
  }
  for (const [uid, src] of section('sources')) {
    const sourceName = str(src.source_name);
    const table = str(src.name) ?? lastPart(uid);
    const identifier = str(src.identifier);
    b.component(uid, {
      name: sourceName !== undefined ? `${sourceName}.${table}` : table,
      idBase: uid,
      // No folder words: a sources.yml usually sits in models/staging, which says nothing about the raw table.
      hints: [dbtHint('source'), str(src.loader), relation(str(src.database), str(src.schema)), identifier !== undefined && identifier !== table ? identifier : undefined],
    });
  }
  for (const key of ['exposures', 'metrics', 'semantic_models', 'saved_queries']) {
    const hint = key.replace(/ies$/, 'y').replace(/s$/, ''); // the section's name in the singular: saved_queries → saved_query
    for (const [uid, item] of section(key)) {
      withDeps.push([uid, item]);
      b.component(uid, { name: str(item.name) ?? lastPart(uid), idBase: uid, hints: [dbtHint(hint), str(item.type), str(item.label)] });
    }
  }
  return withDeps;
}

/** A component for a unique id only the lineage maps name; false for tests and other non-flow ids. */
function fromUniqueId(uid: string, b: PipelineBuilder): boolean {
  if (b.has(uid)) return true;
  const u = readUniqueId(uid);
  if (u === undefined) return false;
  b.component(uid, { name: u.name, idBase: uid, hints: u.hints });
  return true;
}

function readManifest(b: PipelineBuilder, text: string): void {
  const json = loadJson(text);
  b.warnAll(json.warnings);
  const m = json.value;
  if (!isRecord(m)) {
    if (json.ok) b.problem({ kind: 'manifestNotObject' });
    return;
  }
  const withDeps = readSections(m, b);
  const fromSections = b.size;
  const parentMap = isRecord(m.parent_map) ? m.parent_map : undefined;
  const childMap = isRecord(m.child_map) ? m.child_map : undefined;

  // Lineage: parent_map (child → parents), else child_map (parent → children), else each node's
  // depends_on.nodes. Ids only the maps name become components when their type is part of the flow;
  // tests and other skipped nodes drop out (the builder ignores edges to unknown ids).
  // With both maps, child_map only adds what parent_map lacks (the builder keeps an edge once).
  for (const [map, toParents] of [[parentMap, true], [childMap, false]] as const) {
    for (const [uid, linked] of Object.entries(map ?? {})) {
      if (!fromUniqueId(uid, b)) continue;
      for (const other of ids(linked)) if (fromUniqueId(other, b)) b.edge(b.idOf(toParents ? other : uid), b.idOf(toParents ? uid : other));
    }
  }
  if (!parentMap && !childMap) {
    for (const [uid, node] of withDeps) {
      const deps = isRecord(node.depends_on) ? node.depends_on.nodes : undefined;
      for (const p of ids(deps)) b.edge(b.idOf(p), b.idOf(uid));
    }
  }
  if (fromSections === 0 && b.size > 0) b.problem({ kind: 'lineageOnly', nodes: b.size });
  if (json.ok && b.size === 0 && !isRecord(m.nodes) && !parentMap && !childMap) b.problem({ kind: 'manifestEmpty' });
}

const DBT_ID = /"(?:model|source|seed|snapshot|exposure|metric|test)\.[\w-]+\.[^"]+"/;

function detectManifest(text: string): number {
  if (!looksLikeJson(text)) return 0;
  const head = text.slice(0, 8192);
  if (head.includes('"dbt_schema_version"')) return 0.95;
  const maps = text.includes('"parent_map"') || text.includes('"child_map"');
  if (text.includes('"nodes"') && maps) return 0.95;
  // A manifest trimmed to its lineage maps: the maps, keyed by dbt unique ids.
  if (maps && DBT_ID.test(head)) return 0.9;
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
  parse: readWhole('manifest', readManifest),
};
