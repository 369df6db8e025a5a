/**
 * dbt `schema.yml` property files: components only (they state no lineage), except an exposure's
 * `depends_on`, which names its upstream models and sources outright.
 */
import { DESCRIPTION_HINT } from '../../classify/classify';
import { isMap } from 'yaml';
import type { ComponentKind } from '../../problems';
import type { FormatParser } from '../../types';
import {
  PipelineBuilder,
  loadYaml,
  looksLikeJson,
  readWhole,
  topLevelYamlKeys,
  yamlEntries,
  yamlGet,
  yamlItems,
  yamlText,
  type Position,
} from '../structured';

const REF = /\bref\(\s*(?:['"][^'"]*['"]\s*,\s*)?['"]([^'"]+)['"]\s*(?:,[^)]*)?\)/;
const SOURCE = /\bsource\(\s*['"]([^'"]+)['"]\s*,\s*['"]([^'"]+)['"]\s*\)/;

function readSchema(b: PipelineBuilder, text: string): void {
  const y = loadYaml(text);
  b.warnAll(y.warnings);
  const pos = (node: unknown): Position => y.posOf(node) ?? { line: 1, column: 1 };
  const root = y.doc.contents;
  if (!isMap(root)) {
    b.problem({ kind: 'schemaNotMap' }, pos(root));
    return;
  }
  const declared = new Set<string>();
  const declare = (key: string, name: string, at: unknown, hints: (string | undefined)[]): void => {
    if (declared.has(key)) b.problem({ kind: 'listedTwice', name }, pos(at), name);
    declared.add(key);
    b.component(key, { name, line: pos(at).line, hints });
  };
  const unnamed = (item: unknown, what: ComponentKind): void => {
    b.problem({ kind: 'unnamed', what }, pos(item));
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
      const description = yamlText(yamlGet(item, 'description')?.value)?.trim();
      declare(`node:${name}`, name, nameNode, [type, materialized, description ? `${DESCRIPTION_HINT}${description}` : undefined]);
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
    b.problem({ kind: 'schemaEmpty' });
  }
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
  parse: readWhole('schema file', readSchema),
};
