/**
 * Component classifier: where each parsed component sits in the pipeline (generate … serve),
 * or that it orchestrates, or that it is no stage at all (monitoring, catalogs, infra, languages).
 *
 * Order of evidence, strongest first:
 * 1. an explicit placement from the parser, or an override in the name (`orders [model]`);
 * 2. a dbt resource type in the hints (`source`, `seed`, `model`…), which dbt itself declares;
 * 3. catalog matches on the name and hints (see technologies.ts for how kinds rank);
 * 4. in `classifyPipeline` only: graph position, for products whose role depends on it and for
 *    names that match nothing.
 */
import { STAGES, isStage, type Stage } from '../../domain/stages';
import type { Placement, RawComponent, RawEdge } from '../types';
import { TECHNOLOGIES, type MatchKind, type Technology } from './technologies';

/** Where a component was placed, how sure the classifier is, and why, in words a user can check. */
export interface Classification {
  readonly placement: Placement;
  /** 0..1: 1 when stated, ~0.9 for a clear catalog match, ~0.7 for a layer word alone, ≤ 0.45 when guessed from neighbours. */
  readonly confidence: number;
  /** True when confidence < 0.75 or two placements tied: the UI should ask. */
  readonly uncertain: boolean;
  /** e.g. `matched "kafka"`, `"marts" (layer word) refines "snowflake"`, `no match`. */
  readonly reason: string;
}

// ---------------------------------------------------------------------------------------------
// Tokens and the catalog index
// ---------------------------------------------------------------------------------------------

/**
 * Lowercase words of a text: splits on anything not a letter or digit, and on camelCase /
 * PascalCase boundaries ('SparkSubmitOperator' → spark submit operator, 'GCSToBigQuery' → gcs to
 * big query). Letters and digits stay together ('s3', 'ga4', 'k8s').
 */
export function tokenize(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t !== '');
}

/**
 * The key a catalog name is looked up by: its words run together, so 'BigQuery', 'big query' and
 * 'bigquery' meet, while matching stays on whole words ('spark' never matches 'sparkle').
 */
export function catalogKey(name: string): string {
  return tokenize(name).join('');
}

interface IndexEntry {
  readonly tech: Technology;
  readonly name: string;
}

function buildIndex(): { index: ReadonlyMap<string, IndexEntry>; maxSpan: number } {
  const index = new Map<string, IndexEntry>();
  let maxSpan = 1;
  for (const tech of TECHNOLOGIES) {
    for (const name of tech.names) {
      const words = tokenize(name);
      const key = words.join('');
      // First entry wins; the catalog test guarantees keys are unique across placements anyway.
      if (key !== '' && !index.has(key)) index.set(key, { tech, name });
      maxSpan = Math.max(maxSpan, words.length);
    }
  }
  return { index, maxSpan };
}

const { index: INDEX, maxSpan: MAX_SPAN } = buildIndex();

function lookup(key: string): IndexEntry | undefined {
  const exact = INDEX.get(key);
  if (exact) return exact;
  // Plurals: 'dashboards', 'marts', 'logs'. Not 'ss' endings ('glass'), not short words ('sns').
  if (key.length > 3 && key.endsWith('s') && !key.endsWith('ss')) return INDEX.get(key.slice(0, -1));
  return undefined;
}

/**
 * How well the catalog knows a name as a thing in a pipeline: 'product' when a product or tool
 * with one or several roles is in it, 'noun' when every word is catalog vocabulary and a generic
 * noun or hosting technology is among them ("API", "Docker Compose"), 'stage' when the words only
 * name a layer or role ("Streaming", "Bronze"), undefined when something in it is unknown.
 */
export function catalogStrength(name: string): 'product' | 'noun' | 'stage' | undefined {
  const tokens = tokenize(name);
  const hits = scan(tokens);
  if (hits.some((h) => h.kind === 'tool' || h.kind === 'multi')) return 'product';
  const covered = hits.reduce((n, h) => n + (h.end - h.start), 0);
  if (tokens.length === 0 || covered < tokens.length) return undefined;
  return hits.some((h) => h.kind === 'generic' || h.kind === 'ambient') ? 'noun' : 'stage';
}

/** The catalog's own spelling for a name that is exactly one catalog entry ('Apache Kafka' → 'kafka'). */
export function catalogName(name: string): string | undefined {
  const entry = lookup(catalogKey(name));
  return entry ? (entry.tech.names[0] ?? entry.name) : undefined;
}

/** Task-queue brokers a scheduler's workers take their work from (Celery's Redis or RabbitMQ). */
const QUEUE_BROKERS: ReadonlySet<string> = new Set(['redis', 'rabbitmq']);

/**
 * Whether a name is an operational database or a task-queue broker: what a scheduler keeps its own
 * state and queue in, as opposed to a job it runs.
 */
export function isBackendProduct(name: string): boolean {
  return scan(tokenize(name)).some((h) => h.tech !== undefined && (h.tech.whenFed === 'store' || QUEUE_BROKERS.has(h.tech.names[0] ?? '')));
}

// ---------------------------------------------------------------------------------------------
// Matching one text (a name or a hint)
// ---------------------------------------------------------------------------------------------

interface Hit {
  readonly placement: Placement;
  readonly kind: MatchKind;
  /** The catalog name matched, or a short description for a rule. */
  readonly label: string;
  readonly tech?: Technology;
  /** Token span [start, end). */
  readonly start: number;
  readonly end: number;
  /** Replaces `matched "label"` in the reason, for rules. */
  readonly why?: string;
}

/** Longest match first at each position, left to right, never overlapping. */
function scan(tokens: readonly string[]): Hit[] {
  const hits: Hit[] = [];
  let i = 0;
  while (i < tokens.length) {
    let found: Hit | undefined;
    for (let len = Math.min(MAX_SPAN, tokens.length - i); len >= 1 && !found; len--) {
      const entry = lookup(tokens.slice(i, i + len).join(''));
      if (entry) {
        found = { placement: entry.tech.placement, kind: entry.tech.kind, label: entry.name, tech: entry.tech, start: i, end: i + len };
      }
    }
    if (found) {
      hits.push(found);
      i = found.end;
    } else {
      i += 1;
    }
  }
  return hits;
}

/** Words after which the rest of a name qualifies its head: "Prometheus metrics *for* Kafka", "raw tables *in* Snowflake". */
const PREPOSITIONS = new Set([
  'for', 'of', 'on', 'in', 'from', 'via', 'with', 'by', 'into', 'to', 'using', 'at', 'over', 'through', 'within', 'inside', 'behind', 'per', 'onto',
]);

const MOVABLE: ReadonlySet<Placement> = new Set(['generate', 'ingest', 'store']);
const isProduct = (h: Hit | undefined): h is Hit => h !== undefined && (h.kind === 'tool' || h.kind === 'multi');

interface TextMatch {
  /** Matches in the head phrase: before the first preposition. */
  readonly head: Hit[];
  /** Matches after it: they qualify the head and decide only when the head has none. */
  readonly qualifiers: Hit[];
}

function matchText(text: string, isHint: boolean): TextMatch {
  // "Power BI: enterprise semantic model", "Zookeeper (2181): manages the Kafka broker": a product
  // before the colon is the thing; what follows describes it.
  const labelled = isHint ? null : /^([^:]+?)\s*:\s+(\S[\s\S]*)$/.exec(text);
  if (labelled?.[1] !== undefined && labelled[2] !== undefined) {
    const head = matchText(labelled[1], false);
    if (head.head.some(isProduct)) {
      const rest = matchText(labelled[2], false);
      return { head: head.head, qualifiers: [...head.qualifiers, ...rest.head, ...rest.qualifiers] };
    }
  }
  const tokens = tokenize(text);
  let hits = scan(tokens);
  const operator = isHint && tokens.includes('operator');
  let consumedTo = -1;

  // "A to B" between two systems is a transfer: S3ToRedshiftOperator, "Postgres to Snowflake".
  // An Airflow transfer operator names its target only sometimes as a store (S3ToHiveOperator), so
  // for operators any product after "to" will do, and the source side may be unknown (LocalFilesystemToS3).
  for (let t = 0; t < tokens.length && consumedTo < 0; t++) {
    if (tokens[t] !== 'to' || hits.some((h) => h.start <= t && t < h.end)) continue;
    const a = hits.find((h) => h.end === t);
    const b = hits.find((h) => h.start === t + 1);
    const ok = operator
      ? isProduct(b) && b.placement !== 'serve' && t > 0
      : isProduct(a) && isProduct(b) && MOVABLE.has(a.placement) && MOVABLE.has(b.placement);
    if (!ok || !b) continue;
    const from = a?.label ?? tokens.slice(0, t).join(' ');
    const transfer: Hit = {
      placement: 'ingest',
      kind: 'tool',
      label: `${from} to ${b.label}`,
      start: a?.start ?? 0,
      end: b.end,
      why: `moves data from "${from}" to "${b.label}"`,
    };
    hits = [...hits.filter((h) => h !== a && h !== b && (h.end <= transfer.start || h.start >= transfer.end)), transfer].sort(
      (x, y) => x.start - y.start,
    );
    consumedTo = t;
  }

  if (isHint) {
    // An Airflow sensor waits for something to happen: part of orchestration, whatever it watches.
    if (/Sensor(?:Async)?$/.test(text.trim()) && !tokens.includes('iot')) {
      return { head: [{ placement: 'orchestrate', kind: 'tool', label: text.trim(), start: 0, end: tokens.length, why: 'an Airflow sensor waits on a condition' }], qualifiers: [] };
    }
    // DataprocCreateClusterOperator, EmrTerminateJobFlowOperator: they start and stop the machines
    // the work runs on, and move no data themselves.
    const verbs = ['create', 'delete', 'terminate', 'start', 'stop', 'scale', 'update', 'resize', 'pause', 'resume'];
    const cluster = tokens.includes('cluster') || (tokens.includes('job') && tokens.includes('flow'));
    if (operator && cluster && tokens.some((w) => verbs.includes(w))) {
      return { head: [{ placement: 'none', kind: 'tool', label: text.trim(), start: 0, end: tokens.length, why: 'manages a cluster, not data' }], qualifiers: [] };
    }
    // A database operator (PostgresOperator, SnowflakeOperator, BigQueryInsertJobOperator) runs SQL
    // in that database: transformation. `multi` so that a layer word in the task name ("orders_mart") still decides.
    if (operator && consumedTo < 0) {
      const db = hits.find((h) => h.kind === 'multi' && (h.placement === 'store' || h.placement === 'generate'));
      const sqlWords = tokens.some((w) => w === 'sql' || w === 'query' || w === 'hql');
      if (db || (sqlWords && !hits.some((h) => isProduct(h) && isStage(h.placement)))) {
        const where = db?.label ?? 'a database';
        const sql: Hit = { placement: 'process', kind: 'multi', label: `SQL in ${where}`, start: db?.start ?? 0, end: db?.end ?? 0, why: `runs SQL in ${db ? `"${where}"` : where}` };
        hits = [...hits.filter((h) => h !== db), sql].sort((x, y) => x.start - y.start);
      }
    }
  }

  // "Automate the dbt build process": after another word, "process" is the noun for a procedure,
  // not the processing layer.
  if (isHint) hits = hits.filter((h) => !(h.kind === 'context' && h.label === 'process' && h.start > 0));

  const prep = tokens.findIndex((w, i) => i >= 1 && i !== consumedTo && PREPOSITIONS.has(w) && !hits.some((h) => h.start <= i && i < h.end));
  if (prep < 0) return { head: hits, qualifiers: [] };
  return { head: hits.filter((h) => h.start < prep), qualifiers: hits.filter((h) => h.start > prep) };
}

// ---------------------------------------------------------------------------------------------
// Overrides written in the name
// ---------------------------------------------------------------------------------------------

const SYNONYMS: ReadonlyMap<string, Placement> = new Map<string, Placement>([
  ...(['generate', 'generation', 'generator', 'source', 'sources', 'producer'] as const).map((w) => [w, 'generate'] as const),
  ...(['ingest', 'ingestion'] as const).map((w) => [w, 'ingest'] as const),
  ...(['store', 'storage'] as const).map((w) => [w, 'store'] as const),
  ...(['process', 'processing', 'transform', 'transformation'] as const).map((w) => [w, 'process'] as const),
  ...(['model', 'modeling', 'modelling', 'semantic'] as const).map((w) => [w, 'model'] as const),
  ...(['serve', 'serving', 'bi'] as const).map((w) => [w, 'serve'] as const),
  ...(['orchestrate', 'orchestration', 'orchestrator', 'scheduler', 'scheduling'] as const).map((w) => [w, 'orchestrate'] as const),
  ...(['none', 'other', 'ignore'] as const).map((w) => [w, 'none'] as const),
]);

const TRAILING_GROUP = /^([\s\S]*?)\s*(?:\[([^[\]]*)\]|\(([^()]*)\))\s*$/;
const PREFIXED = /^\s*(?:(stage|placement|layer)\s*[:=]\s*)?(.*?)\s*$/i;

/**
 * Reads a placement written at the end of a name and strips it: `orders [model]`,
 * `orders [stage: model]`, `orders (stage: model)`. Stage synonyms are accepted (ingestion,
 * storage, transform, modelling, serving, bi, scheduler, ignore…). Parentheses need the `stage:`
 * prefix, so `Postgres (OLTP)` stays a name. Without an override the name is returned unchanged.
 */
export function splitOverride(name: string): { name: string; explicit?: Placement } {
  const m = TRAILING_GROUP.exec(name);
  if (!m) return { name };
  const before = (m[1] ?? '').trim();
  const inBrackets = m[2] !== undefined;
  const p = PREFIXED.exec(m[2] ?? m[3] ?? '');
  if (!p || before === '') return { name };
  if (!inBrackets && p[1] === undefined) return { name };
  const explicit = SYNONYMS.get((p[2] ?? '').toLowerCase().replace(/\s+/g, ' '));
  return explicit ? { name: before, explicit } : { name };
}

// ---------------------------------------------------------------------------------------------
// Deciding from evidence
// ---------------------------------------------------------------------------------------------

interface Evidence extends Hit {
  readonly from: 'name' | 'hint';
  /** The name or hint it was found in, for the reason. */
  readonly text: string;
  readonly qualifier: boolean;
}

interface Analysis extends Classification {
  /** Anything in the catalog (or a rule) matched. */
  readonly matched: boolean;
  /** Stated or declared (explicit, name override, dbt resource type): graph position never changes it. */
  readonly fixed: boolean;
  /** The catalog entry that decided, when a product did (for positional refinement). */
  readonly tech?: Technology;
}

/** Generic words for these placements are verbs when they lead a name (extract, load, clean, enrich…). */
const ACTIONS: ReadonlySet<Placement> = new Set(['ingest', 'process']);

/** Catalog layer names that say "the … layer" outright. */
const LAYER_SUFFIX = /\s(?:layer|tier)$/;

/** One word of letters, digits and underscores or dashes, as tables and task ids are named. */
const isIdentifier = (text: string): boolean => /^[A-Za-z][\w-]*$/.test(text.trim()) && /[_-]/.test(text);

const RANK: Readonly<Record<MatchKind, number>> = { tool: 4, context: 3, multi: 2, generic: 1, ambient: 0 };
const BASE: Readonly<Record<MatchKind, number>> = { tool: 0.9, context: 0.7, multi: 0.85, generic: 0.55, ambient: 0.9 };
const CAP: Readonly<Record<MatchKind, number>> = { tool: 0.95, context: 0.8, multi: 0.9, generic: 0.65, ambient: 0.9 };

const round = (x: number): number => Math.round(Math.min(0.99, Math.max(0.05, x)) * 100) / 100;

function clip(text: string, max = 60): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

function describe(e: Evidence): string {
  const what = e.why ?? `matched "${e.label}"`;
  return e.from === 'hint' ? `${what} (hint "${clip(e.text)}")` : what;
}

function describeSource(e: Evidence): string {
  return e.from === 'hint' ? `hint "${clip(e.text)}"` : 'the name';
}

/**
 * @param preferHints hints outvote the name at equal strength: for OpenLineage datasets, whose names
 * are domain words ("clicks.v1") and whose namespace names the system (kafka://…).
 */
function decide(evidence: readonly Evidence[], preferHints = false): Omit<Analysis, 'fixed'> | undefined {
  const primary = evidence.filter((e) => !e.qualifier && e.kind !== 'ambient');
  const qualifiers = evidence.filter((e) => e.qualifier && e.kind !== 'ambient');
  const pool = primary.length > 0 ? primary : qualifiers;
  if (pool.length === 0) {
    const ambient = evidence.find((e) => e.kind === 'ambient' && e.from === 'name');
    if (!ambient) return undefined;
    return {
      placement: ambient.placement,
      confidence: BASE.ambient,
      uncertain: false,
      reason: `matched "${ambient.label}": a language or platform, not a pipeline stage`,
      matched: true,
      ...(ambient.tech ? { tech: ambient.tech } : {}),
    };
  }

  const top = Math.max(...pool.map((e) => RANK[e.kind]));
  const ranked = pool.filter((e) => RANK[e.kind] === top);
  // "Serving layer: APIs / dashboards / alerts" names its layer outright; the list after it is what
  // the layer holds, so its other layer words do not outvote it.
  const layers = ranked.filter((e) => e.kind === 'context' && e.from === 'name' && LAYER_SUFFIX.test(e.label));
  const candidates = layers.length > 0 && new Set(layers.map((e) => e.placement)).size === 1 ? layers : ranked;
  // What the name says beats hints of the same strength: a service named "hive-metastore" running
  // the apache/hive image is the metastore. Hints vote only when the name has nothing this strong.
  const preferred = candidates.filter((e) => e.from === (preferHints ? 'hint' : 'name'));
  const voters = preferred.length > 0 ? preferred : candidates;
  const first = voters[0];
  if (!first) return undefined;
  const topKind = first.kind;
  // One vote per product, not per hint: compose passes both 'bitnami/kafka:3.7' and 'kafka'.
  const counts = new Map<Placement, number>();
  const voted = new Set<string>();
  for (const c of voters) {
    const key = `${c.placement}|${c.tech?.names[0] ?? c.label}`;
    if (voted.has(key)) continue;
    voted.add(key);
    counts.set(c.placement, (counts.get(c.placement) ?? 0) + 1);
  }

  let placement = first.placement;
  let conflict: 'none' | 'majority' | 'head' | 'tie' | 'name' = 'none';
  if (counts.size === 1 && voters !== candidates && candidates.some((c) => c.placement !== placement)) {
    conflict = 'name';
  } else if (counts.size > 1) {
    const most = Math.max(...counts.values());
    const leaders = [...counts].filter(([, n]) => n === most).map(([p]) => p);
    if (leaders.length === 1 && leaders[0] !== undefined) {
      placement = leaders[0];
      conflict = 'majority';
    } else {
      // English compounds put the head noun last: "S3 sink connector" is a connector, "Kafka Connect
      // S3 sink" a sink. The last match in the name's head phrase (any strength) picks among the
      // leaders, except that task ids are imperatives: "extract_events" extracts, the verb leads.
      const inName = evidence.filter((e) => e.from === 'name' && !e.qualifier && e.kind !== 'ambient').sort((a, b) => a.start - b.start);
      const lead = inName[0];
      const verb = lead && lead.kind === 'generic' && ACTIONS.has(lead.placement) && leaders.includes(lead.placement) ? lead : undefined;
      // Table names lead with their layer (gold_hr_alerts, stg_orders_dashboard): the rest is the subject.
      const layerPrefix = lead && lead.kind === 'context' && lead.start === 0 && isIdentifier(lead.text) && leaders.includes(lead.placement) ? lead : undefined;
      const head = verb ?? layerPrefix ?? [...inName].reverse().find((e) => leaders.includes(e.placement));
      // A file format or warehouse under "Silver" in one place and "Gold" in another: layer words
      // that disagree say where it is used, and the product says what it is.
      const own = inName.find((e) => isProduct(e) && e.kind === 'multi');
      if (head) {
        placement = head.placement;
        conflict = 'head';
      } else if (own && voters.every((v) => v.from === 'hint')) {
        placement = own.placement;
        conflict = 'tie';
      } else {
        placement = voters.find((c) => leaders.includes(c.placement))?.placement ?? first.placement;
        conflict = 'tie';
      }
    }
  }

  const chosen = candidates.filter((c) => c.placement === placement);
  const decider =
    chosen.filter((c) => c.from === 'name').sort((a, b) => b.start - a.start)[0] ??
    chosen[0] ??
    evidence.find((e) => e.from === 'name' && e.placement === placement) ??
    first;
  const rivals = candidates.filter((c) => c.placement !== placement);

  let confidence = BASE[topKind];
  let cap = CAP[topKind];
  let reason = describe(decider);
  if (topKind === 'context' && decider.kind === 'context') {
    const product = evidence.find((e) => isProduct(e) && e.placement === placement);
    const refined = pool.find((e) => e.kind === 'multi' && e.placement !== placement);
    if (product) {
      // A layer word and a product agree: "raw tables in Snowflake".
      confidence = 0.9;
      cap = 0.95;
      reason = `${describe(decider)} (layer word) with "${product.label}"`;
    } else if (refined) {
      // A layer word picks the role of a multi-role product: "Snowflake marts" → model.
      confidence = 0.8;
      reason = `"${decider.label}" (layer word) refines "${refined.label}" (usually ${refined.placement})`;
    } else {
      reason = `${describe(decider)} (layer word)`;
    }
  }
  const agreeing = evidence.filter((e) => e !== decider && e.kind !== 'ambient' && e.placement === placement).length;
  confidence = Math.min(cap, confidence + 0.05 * agreeing);

  const rival = rivals[0];
  if (conflict === 'majority') {
    confidence -= 0.1;
  } else if (conflict === 'name' && rival) {
    confidence -= 0.1;
    reason = `${reason}, over "${rival.label}" (${rival.placement}) from ${describeSource(rival)}`;
  } else if (conflict === 'head' && rival) {
    confidence -= 0.15;
    reason = `${reason}, the head word, over "${rival.label}" (${rival.placement})`;
  } else if (conflict === 'tie' && rival) {
    confidence = 0.5;
    reason = `${reason} and "${rival.label}" (${rival.placement}) tie; chose ${placement}`;
  }
  if (primary.length === 0) {
    confidence -= 0.1;
    reason = `${reason}, from the qualifying words`;
  }
  const rounded = round(confidence);
  return {
    placement,
    confidence: rounded,
    uncertain: conflict === 'tie' || rounded < 0.75,
    reason,
    matched: true,
    ...(decider.tech && decider.kind !== 'context' ? { tech: decider.tech } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// dbt resource types
// ---------------------------------------------------------------------------------------------

/** dbt resource types as the dbt parsers pass them (the first hint, lowercase) or as `dbt <type>`. */
const DBT_TYPES: ReadonlyMap<string, { placement: Placement | 'by-name'; reason: string }> = new Map([
  ['model', { placement: 'by-name', reason: 'dbt model' }],
  ['source', { placement: 'store', reason: 'dbt source: a table already loaded into the warehouse' }],
  ['seed', { placement: 'store', reason: 'dbt seed: a CSV loaded as a table' }],
  ['snapshot', { placement: 'store', reason: 'dbt snapshot: history kept in the warehouse' }],
  ['exposure', { placement: 'serve', reason: 'dbt exposure: a downstream use of the models' }],
  ['metric', { placement: 'model', reason: 'dbt metric: part of the semantic layer' }],
  ['semantic_model', { placement: 'model', reason: 'dbt semantic model' }],
  ['saved_query', { placement: 'model', reason: 'dbt saved query over the semantic layer' }],
  ['test', { placement: 'none', reason: 'dbt test: a check, not a stage' }],
  ['unit_test', { placement: 'none', reason: 'dbt unit test: a check, not a stage' }],
  ['analysis', { placement: 'none', reason: 'dbt analysis: ad-hoc SQL, not part of the flow' }],
]);

function dbtType(hints: readonly string[]): { placement: Placement | 'by-name'; reason: string } | undefined {
  for (const h of hints) {
    const t = h.trim();
    // Exact lowercase only: 'Sources' as a diagram group title is not a dbt resource type.
    const bare = DBT_TYPES.get(t);
    if (bare) return bare;
    const m = /^dbt[\s:_-]+([a-z_]+)$/i.exec(t);
    const prefixed = m?.[1] !== undefined ? DBT_TYPES.get(m[1].toLowerCase()) : undefined;
    if (prefixed) return prefixed;
  }
  return undefined;
}

/** A dbt model is model, unless its name or folders say it is a staging/intermediate step (process). */
function dbtModel(name: string, hints: readonly string[]): Analysis {
  const layer = (text: string): Hit | undefined => {
    const tokens = tokenize(text);
    if (tokens[0] === 'base') return { placement: 'process', kind: 'context', label: 'base', start: 0, end: 1 };
    return scan(tokens).find((h) => h.kind === 'context' && (h.placement === 'process' || h.placement === 'model'));
  };
  const fromName = layer(name);
  const fromHints = fromName ? undefined : hints.map(layer).find((h) => h !== undefined);
  const hit = fromName ?? fromHints;
  if (hit?.placement === 'process') {
    return { placement: 'process', confidence: 0.85, uncertain: false, reason: `dbt model; "${hit.label}" marks a staging/intermediate step`, matched: true, fixed: true };
  }
  if (hit) {
    return { placement: 'model', confidence: 0.9, uncertain: false, reason: `dbt model in the "${hit.label}" layer`, matched: true, fixed: true };
  }
  return { placement: 'model', confidence: 0.8, uncertain: false, reason: 'dbt model', matched: true, fixed: true };
}

// ---------------------------------------------------------------------------------------------
// One component
// ---------------------------------------------------------------------------------------------

const NO_MATCH: Analysis = { placement: 'none', confidence: 0.2, uncertain: true, reason: 'no match', matched: false, fixed: false };

function analyse(c: RawComponent): Analysis {
  if (c.explicit) {
    return { placement: c.explicit, confidence: 1, uncertain: false, reason: `stated: ${c.explicit}`, matched: true, fixed: true };
  }
  const { name, explicit } = splitOverride(c.name);
  if (explicit) {
    return { placement: explicit, confidence: 1, uncertain: false, reason: `stated in the name: ${explicit}`, matched: true, fixed: true };
  }
  // Defensive: parsers run in a worker and hand over plain data.
  const hints = (Array.isArray(c.hints) ? c.hints : []).filter((h): h is string => typeof h === 'string' && h.trim() !== '');

  const dbt = dbtType(hints);
  if (dbt) {
    if (dbt.placement === 'by-name') return dbtModel(name, hints);
    return { placement: dbt.placement, confidence: 0.9, uncertain: false, reason: dbt.reason, matched: true, fixed: true };
  }

  // OpenLineage marks its components 'job' or 'dataset' (first hint); the markers are not words to match.
  const role = hints.includes('job') ? 'job' : hints.includes('dataset') ? 'dataset' : undefined;

  let evidence: Evidence[] = [];
  const fromName = matchText(name, false);
  for (const h of fromName.head) evidence.push({ ...h, from: 'name', text: name, qualifier: false });
  const nameIsProduct = fromName.head.some(isProduct);
  for (const hint of hints) {
    if (hint === role) continue;
    const m = matchText(hint, true);
    // "Apache Cassandra: the data vault, storing user data": a sentence about a named product
    // compares it to others or says what it works with; the products it names are not what it is.
    if (nameIsProduct && hint.trim().split(/\s+/).length >= 4) {
      for (const h of [...m.head, ...m.qualifiers]) {
        if (h.kind === 'context' || h.kind === 'generic') evidence.push({ ...h, from: 'hint', text: hint, qualifier: false });
      }
      continue;
    }
    // Languages and platforms in hints (PythonOperator, python:3.12 images) say nothing about the stage.
    for (const h of [...m.head, ...m.qualifiers]) {
      if (h.kind !== 'ambient') evidence.push({ ...h, from: 'hint', text: hint, qualifier: false });
    }
  }
  for (const h of fromName.qualifiers) evidence.push({ ...h, from: 'name', text: name, qualifier: true });
  // "Orchestrate the transformation using dbt", "orchestrated by Airflow": a hint's orchestration
  // word says what runs the product the name states, not what the product is.
  if (role === undefined && fromName.head.some((h) => isProduct(h) && isStage(h.placement))) {
    evidence = evidence.filter((e) => !(e.from === 'hint' && e.kind === 'context' && e.placement === 'orchestrate'));
  }
  const isDag = hints.includes('DAG');
  if (role === 'job') evidence = jobEvidence(evidence, isDag);
  if (role === 'dataset') evidence = datasetEvidence(evidence);

  const decided = decide(evidence, role === 'dataset');
  if (role === 'job' && !doesWork(decided, evidence, isDag || isDagName(name, evidence))) {
    const why = decided ? `; "${decided.placement}" describes what it reads or where it runs` : '';
    return { placement: 'process', confidence: 0.6, uncertain: true, reason: `an OpenLineage job transforms its inputs${why}`, matched: true, fixed: false };
  }
  if (role === 'dataset' && !decided) {
    return { placement: 'store', confidence: 0.6, uncertain: true, reason: 'an OpenLineage dataset: data at rest', matched: true, fixed: false };
  }
  return decided ? { ...decided, fixed: false } : NO_MATCH;
}

/**
 * An OpenLineage dataset is a table, file or topic. Words in its name that name a tool or a check
 * ("airflow_integration.orders", "SANDBOX.OPENLINEAGE.TEST_ORDERS") are schema names, not roles, and
 * common nouns ("events", "source") say nothing: only products and layer words, and its namespace, count.
 */
function datasetEvidence(evidence: readonly Evidence[]): Evidence[] {
  return evidence.filter((e) => isStage(e.placement) && e.kind !== 'generic');
}

/** An undotted job in an orchestrator's namespace (airflow-prod: orders_daily) is that orchestrator's DAG; its tasks are `dag.task`. */
function isDagName(name: string, evidence: readonly Evidence[]): boolean {
  return !name.includes('.') && evidence.some((e) => e.from === 'hint' && e.placement === 'orchestrate');
}

/**
 * A job is work: ingest, process, model or serve. The DAG (jobType DAG) orchestrates, and a data
 * quality tool (Great Expectations) is no stage; anything else that names no work (a warehouse it
 * writes to, "test" in a test suite's name, "dag" in an Airflow task's `dag_id.task_id`) still runs.
 * @param isDag the job is a DAG: its jobType says so, or its name and namespace do.
 */
function doesWork(decided: Omit<Analysis, 'fixed'> | undefined, evidence: readonly Evidence[], isDag: boolean): boolean {
  if (!decided) return false;
  const p = decided.placement;
  if (p === 'ingest' || p === 'process' || p === 'model' || p === 'serve') return true;
  if (p === 'orchestrate') return isDag;
  if (p === 'none') return evidence.some((e) => e.placement === 'none' && (e.kind === 'tool' || e.kind === 'context'));
  return false;
}

/**
 * An OpenLineage job does work. Its namespace names what runs it: a task in 'airflow-prod' is not
 * the orchestrator (unless its job type is DAG), and the facet words (BATCH, SQL_JOB, TASK) are not
 * evidence. Words for data at rest or at the source ("orders", "clickstream") describe what it
 * reads, not what it is; they decide only when nothing else does.
 */
function jobEvidence(evidence: readonly Evidence[], isDag: boolean): Evidence[] {
  const kept = evidence.filter((e) => !(e.from === 'hint' && e.kind === 'generic'));
  const isWork = (e: Evidence): boolean =>
    e.kind !== 'ambient' && !(e.from === 'hint' && e.placement === 'orchestrate' && !isDag) && e.placement !== 'generate' && e.placement !== 'store';
  return kept.some(isWork) ? kept.filter((e) => isWork(e) || e.kind === 'ambient') : kept;
}

function publicPart(a: Analysis): Classification {
  return { placement: a.placement, confidence: a.confidence, uncertain: a.uncertain, reason: a.reason };
}

/**
 * Classifies one component from its name and hints alone. An explicit placement or a name
 * override (`orders [model]`) wins with confidence 1; a name that matches nothing is 'none',
 * uncertain, reason 'no match' (use `classifyPipeline` to place it from its neighbours).
 */
export function classify(c: RawComponent): Classification {
  return publicPart(analyse(c));
}

// ---------------------------------------------------------------------------------------------
// A whole pipeline: graph position
// ---------------------------------------------------------------------------------------------

/**
 * "cdc-broker", "cdc-postgres", "cdc-clickhouse": a word that starts every name before a dash names the
 * project, not each component's role (here it would make the source database and the sink "cdc",
 * ingest). Returns a function that drops it from the name and from hints that start with it.
 */
function projectPrefix(components: readonly RawComponent[]): ((c: RawComponent) => RawComponent) | undefined {
  if (components.length < 3) return undefined;
  const firsts = components.map((c) => /^([A-Za-z0-9]+)-[A-Za-z0-9]/.exec(c.name.trim())?.[1]?.toLowerCase());
  const prefix = firsts[0];
  if (prefix === undefined || firsts.some((f) => f !== prefix)) return undefined;
  const strip = (text: string): string => {
    const t = text.trim();
    return t.toLowerCase().startsWith(`${prefix}-`) ? t.slice(prefix.length + 1) : text;
  };
  return (c) => {
    const hints: readonly unknown[] | undefined = Array.isArray(c.hints) ? c.hints : undefined;
    // Hints stay as handed over (the classifier drops anything not a string); only strings lose the prefix.
    const stripped = hints?.map((h) => (typeof h === 'string' ? strip(h) : h)) as string[] | undefined;
    return { ...c, name: strip(c.name), ...(stripped ? { hints: stripped } : {}) };
  };
}

/** Placements that count as "the pipeline feeds it" for products whose role depends on position. */
const FEEDS: ReadonlySet<Placement> = new Set(['ingest', 'store', 'process', 'model', 'serve']);

const stageIndex = (p: Placement): number => (isStage(p) ? STAGES.indexOf(p) : -1);

/** Where a component with no match sits, from the latest stage feeding it and the earliest it feeds. */
function inferStage(before: number | undefined, after: number | undefined): Stage | undefined {
  const at = (i: number): Stage | undefined => STAGES[Math.max(0, Math.min(STAGES.length - 1, i))];
  if (before !== undefined && after !== undefined) {
    // A gap of a stage or more: the missing one (ingest → ? → process is a store). Otherwise it is
    // more of what feeds it (Kafka → ? → S3 is a connector).
    return after - before >= 2 ? at(before + 1) : at(before);
  }
  if (before !== undefined) {
    // A sink: after processing, something consumes the result; earlier, data lands in the next stage.
    return before >= STAGES.indexOf('process') ? 'serve' : at(before + 1);
  }
  if (after !== undefined) {
    // A source: feeding ingestion or storage directly makes it a generator.
    return after <= STAGES.indexOf('store') ? 'generate' : at(after - 1);
  }
  return undefined;
}

/**
 * Classifies every component, then uses the data edges (control edges ignored):
 * - products whose role depends on position move: an OLTP database fed by the pipeline is a store,
 *   a SaaS app fed by reverse ETL is served, an API or file that nothing feeds is a source;
 * - components that match nothing take a place from their neighbours (between ingest and process
 *   → store; first in the chain → generate; last after processing → serve), with confidence ≤ 0.45
 *   and uncertain. Components matched as orchestrate or none never become data stages this way;
 *   unmatched ones with no placed neighbour stay 'none', reason 'no match'.
 */
export function classifyPipeline(components: readonly RawComponent[], edges: readonly RawEdge[]): Map<string, Classification> {
  const analyses = new Map<string, Analysis>();
  const names = new Map<string, string>();
  const unprefix = projectPrefix(components);
  for (const c of components) {
    if (analyses.has(c.id)) continue;
    analyses.set(c.id, analyse(unprefix ? unprefix(c) : c));
    names.set(c.id, splitOverride(c.name).name);
  }

  const preds = new Map<string, string[]>();
  const succs = new Map<string, string[]>();
  for (const e of edges) {
    if (e.control || e.from === e.to || !analyses.has(e.from) || !analyses.has(e.to)) continue;
    // Appended in place: copying the list per edge made a hub with n edges cost n².
    const p = preds.get(e.to);
    if (p) p.push(e.from);
    else preds.set(e.to, [e.from]);
    const n = succs.get(e.from);
    if (n) n.push(e.to);
    else succs.set(e.from, [e.to]);
  }
  const placementOf = (id: string): Placement => analyses.get(id)?.placement ?? 'none';
  const label = (id: string): string => `"${clip(names.get(id) ?? id, 40)}"`;

  // A database a dashboard reads from (Cassandra → Grafana, MySQL → Metabase) holds the pipeline's
  // output: a store, even when nothing shown feeds it. Done first so the dashboard sees a store feeding it.
  const isConsumer = (id: string): boolean => {
    const a = analyses.get(id);
    return a !== undefined && (a.placement === 'serve' || (a.placement === 'none' && a.tech?.whenFed === 'serve'));
  };
  for (const [id, a] of analyses) {
    if (a.fixed || a.tech?.whenFed !== 'store' || a.placement !== 'generate') continue;
    if ((preds.get(id) ?? []).some((p) => FEEDS.has(placementOf(p)))) continue;
    const reader = (succs.get(id) ?? []).find(isConsumer);
    if (reader === undefined) continue;
    analyses.set(id, {
      ...a,
      placement: 'store',
      confidence: Math.min(a.confidence, 0.75),
      uncertain: true,
      reason: `${a.reason}; read by ${label(reader)}, so it holds the pipeline's output: store`,
      tech: undefined,
    });
  }

  // "Data from an API" with no edge drawn: a generic source noun (an API, a database) that nothing feeds
  // is still where data comes from. Products keep their usual role, and languages stay 'none'.
  const lone = (id: string, tech: Technology): boolean =>
    tech.kind === 'generic' && (preds.get(id) ?? []).length === 0 && (succs.get(id) ?? []).length === 0;
  const out = new Map<string, Classification>();
  for (const [id, a] of analyses) {
    let result = publicPart(a);
    if (!a.fixed && a.tech) {
      const feeder = (preds.get(id) ?? []).find((p) => FEEDS.has(placementOf(p)));
      const fedByStage = (preds.get(id) ?? []).some((p) => isStage(placementOf(p)));
      if (a.tech.whenFed && feeder !== undefined) {
        result = {
          placement: a.tech.whenFed,
          confidence: Math.min(a.confidence, 0.8),
          uncertain: a.uncertain,
          reason: `${a.reason}; fed by ${label(feeder)} (${placementOf(feeder)}), so ${a.tech.whenFed}`,
        };
      } else if (a.tech.asSource && !fedByStage && ((succs.get(id) ?? []).length > 0 || lone(id, a.tech))) {
        result = {
          placement: a.tech.asSource,
          confidence: Math.min(a.confidence, 0.8),
          uncertain: a.uncertain,
          reason: `${a.reason}; nothing feeds it, so ${a.tech.asSource}`,
        };
      }
    }
    out.set(id, result);
  }

  // Neighbour inference, in passes: first from matched components, then from what earlier passes placed.
  const known = new Map<string, number>();
  for (const [id, r] of out) if (isStage(r.placement) && analyses.get(id)?.matched) known.set(id, stageIndex(r.placement));
  const pending = new Set([...analyses].filter(([, a]) => !a.matched && !a.fixed).map(([id]) => id));
  // After the first pass only neighbours of what the last pass placed can change: rescanning every
  // pending component made a chain of n unmatched names cost n passes of n each.
  let candidates: Iterable<string> = [...pending];
  for (let pass = 1; pending.size > 0; pass++) {
    const placed: [string, Classification, number][] = [];
    for (const id of candidates) {
      if (!pending.has(id)) continue;
      const before = (preds.get(id) ?? []).filter((p) => known.has(p)).sort((x, y) => (known.get(y) ?? 0) - (known.get(x) ?? 0))[0];
      const after = (succs.get(id) ?? []).filter((s) => known.has(s)).sort((x, y) => (known.get(x) ?? 0) - (known.get(y) ?? 0))[0];
      const stage = inferStage(before !== undefined ? known.get(before) : undefined, after !== undefined ? known.get(after) : undefined);
      if (!stage) continue;
      const where =
        before !== undefined && after !== undefined
          ? `between ${label(before)} (${STAGES[known.get(before) ?? 0]}) and ${label(after)} (${STAGES[known.get(after) ?? 0]})`
          : before !== undefined
            ? `fed by ${label(before)} (${STAGES[known.get(before) ?? 0]}) and feeding nothing placed`
            : `feeding ${label(after ?? '')} (${STAGES[known.get(after ?? '') ?? 0]}) and fed by nothing placed`;
      const confidence = pass > 1 ? 0.35 : before !== undefined && after !== undefined ? 0.45 : 0.4;
      placed.push([id, { placement: stage, confidence, uncertain: true, reason: `no match; guessed from position: ${where}` }, STAGES.indexOf(stage)]);
    }
    if (placed.length === 0) break;
    for (const [id, r, i] of placed) {
      out.set(id, r);
      known.set(id, i);
      pending.delete(id);
    }
    const next = new Set<string>();
    for (const [id] of placed) for (const n of [...(preds.get(id) ?? []), ...(succs.get(id) ?? [])]) if (pending.has(n)) next.add(n);
    candidates = next;
  }
  return out;
}
