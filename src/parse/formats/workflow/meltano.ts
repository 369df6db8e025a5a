/**
 * Meltano projects (`meltano.yml`): extractors (Singer taps) read a source system, loaders (targets)
 * write to a store, transformers and mappers work on the data, orchestrators run the jobs. A job's
 * tasks (`tap-github target-postgres dbt-postgres:run`) say the order data takes; with no job, every
 * extractor feeds the one loader, and the loader the one transformer.
 */
import { isMap } from 'yaml';
import { roleHint } from '../../classify/rules/workflowRoles';
import { yamlEntries, yamlItems, yamlText } from '../structured';
import { at, child, field, inSequence, listAt, single, stepName, type Reading, type Run } from './common';

/** Plugin kinds read, each declaring its role in the singular (utilities → utility); others (files, transforms…) hold no data flow. */
const KINDS: ReadonlyMap<string, string> = new Map(
  ['extractors', 'loaders', 'transformers', 'mappers', 'orchestrators', 'utilities'].map((k) => [k, k.replace(/ies$/, 'y').replace(/s$/, '')]),
);

interface Plugin {
  readonly name: string;
  readonly role: string;
  readonly key: string;
}

/** The source a tap reads: the host of its API, else its name without `tap-` (tap-github → github). */
function sourceOf(node: unknown, base: string): string {
  const config = child(node, 'config');
  const url = field(config, 'api_url') ?? field(config, 'base_url') ?? field(config, 'url');
  const host = url !== undefined && !/\$\{?|\{\{/.test(url) ? /^[a-z]+:\/\/([^/:?#]+)/i.exec(url.trim())?.[1] : undefined;
  return host ?? base.replace(/^tap-/, '');
}

/** A utility named after dbt transforms like a transformer; any other utility is placed by its words. */
const roleOf = (kind: string, name: string): string | undefined => (kind === 'utility' ? (/^dbt\b/i.test(name) ? 'transformer' : undefined) : kind);

function readPlugins(r: Reading, plugins: unknown): Map<string, Plugin> {
  const out = new Map<string, Plugin>();
  /** Where each loader writes, by the plugin it inherits from: target-duckdb-usgs writes to the same DuckDB. */
  const bases = new Map<string, string>();
  for (const [kindKey, pair] of yamlEntries(plugins)) {
    const kind = KINDS.get(kindKey);
    if (kind === undefined) continue;
    for (const node of listAt(r, plugins, kindKey)) {
      if (!isMap(node)) continue;
      const name = stepName(r, field(node, 'name'), at(r, node, at(r, pair.key)));
      if (name === undefined) continue;
      const inherits = field(node, 'inherit_from');
      const line = at(r, node).line;
      const base = kind === 'loader' ? (bases.get(inherits ?? '') ?? inherits ?? name) : undefined;
      const key = base !== undefined ? `store:${base}` : `p:${name}`;
      out.set(name, { name, role: kind, key });
      if (base !== undefined) {
        bases.set(name, base);
        r.b.component(key, { name: base.replace(/^target-/, ''), line, hints: [roleHint('meltano', 'loader'), name] });
        continue;
      }
      const role = roleOf(kind, name);
      r.b.component(key, { name, line, hints: [role !== undefined ? roleHint('meltano', role) : undefined, inherits, field(node, 'namespace')] });
      if (kind === 'extractor') {
        const source = sourceOf(node, inherits !== undefined && !name.startsWith('tap-') ? inherits : name);
        r.b.component(`source:${source}`, { name: source, line, hints: [roleHint('meltano', 'source')] });
        r.b.edge(r.b.idOf(`source:${source}`), r.b.idOf(key), { line });
      }
    }
  }
  return out;
}

/** A job's tasks as plugin names in order: `[tap-x target-y, dbt:run]`, nested lists flattened. */
function jobBlocks(node: unknown): { name: string; node: unknown }[] {
  const out: { name: string; node: unknown }[] = [];
  const visit = (n: unknown, depth: number): void => {
    const text = yamlText(n);
    if (text !== undefined) for (const w of text.split(/\s+/)) if (w !== '') out.push({ name: w.split(':')[0] ?? w, node: n });
    if (depth < 4) for (const item of yamlItems(n)) visit(item, depth + 1);
  };
  visit(child(node, 'tasks'), 0);
  return out;
}

/** Steps in order: a job's tasks, a legacy schedule's extractor → loader → transform. */
function wireRun(r: Reading, plugins: Map<string, Plugin>, blocks: readonly { name: string; node: unknown }[], owner: string): void {
  const runs: Run[] = blocks.map((blk) => {
    let p = plugins.get(blk.name);
    if (p === undefined) {
      r.b.problem({ kind: 'unknownStep', tool: 'meltano', step: owner, target: blk.name }, at(r, blk.node), blk.name);
      p = { name: blk.name, role: 'utility', key: `p:${blk.name}` };
      r.b.component(p.key, { name: blk.name, line: at(r, blk.node).line });
      plugins.set(blk.name, p);
    }
    return single(r.b.idOf(p.key) ?? blk.name);
  });
  inSequence(r.b, runs);
}

export function readMeltano(r: Reading, root: unknown): void {
  const plugins = readPlugins(r, child(root, 'plugins'));
  if (plugins.size === 0) {
    r.b.problem({ kind: 'workflowNoSteps', tool: 'meltano' }, at(r, child(root, 'plugins') ?? root));
    return;
  }
  const jobs = yamlItems(child(root, 'jobs'));
  for (const job of jobs) wireRun(r, plugins, jobBlocks(job), field(job, 'name') ?? 'job');
  let wired = jobs.length > 0;
  const runner = [...plugins.values()].find((p) => p.role === 'orchestrator');
  for (const s of yamlItems(child(root, 'schedules'))) {
    const legacy = ['extractor', 'loader', 'transform'].map((k) => field(s, k)).filter((v): v is string => v !== undefined && plugins.has(v));
    if (legacy.length > 1) {
      wireRun(r, plugins, legacy.map((name) => ({ name, node: s })), field(s, 'name') ?? 'schedule');
      wired = true;
    }
    const cron = field(s, 'interval') ?? field(s, 'cron_interval');
    if (cron !== undefined && runner !== undefined) r.b.component(runner.key, { name: runner.name, schedule: cron });
  }
  if (wired) return;
  // No job says the order: what a one-loader project can only mean.
  const of = (role: string) => [...plugins.values()].filter((p) => roleOf(p.role, p.name) === role).map((p) => r.b.idOf(p.key) ?? '');
  const loaders = [...new Set(of('loader'))];
  const transformers = of('transformer');
  if (loaders.length === 1) {
    r.b.fanOut(of('extractor'), loaders);
    if (transformers.length === 1) r.b.fanOut(loaders, transformers);
  }
}
