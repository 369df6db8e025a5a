/**
 * Words and lexicon matches: how a name or a hint is cut into words and which lexicon entries it
 * contains, longest first, on whole words only ('spark' never matches 'sparkle').
 */
import { LEXICON, type LexiconEntry, type LexiconKind } from '../lexicon/lexicon';
import type { Placement } from '../types';

/**
 * How much one match says, strongest first where it decides:
 * - `tool`: a product with one role (Kafka, Looker, Airflow, Prometheus);
 * - `context`: a role noun, layer or stage word (dashboard, raw, staging, ingestion): beats
 *   `multi` and `generic`, so "Snowflake marts" is model; loses to `tool`, so "Kafka raw topic" is ingest;
 * - `multi`: a product with several roles (warehouses, OLTP databases, dbt, file formats);
 * - `generic`: a verb or a common noun (load, clean, app, table): weak on its own;
 * - `ambient`: languages, hosts, formats: decide only when nothing else matches, never from hints.
 */
export type MatchKind = 'tool' | 'context' | 'multi' | 'generic' | 'ambient';

const CLASS: Readonly<Record<LexiconKind, MatchKind>> = {
  product: 'tool',
  'multi-role': 'multi',
  'file-format': 'multi',
  role: 'context',
  layer: 'context',
  'stage-word': 'context',
  verb: 'generic',
  noun: 'generic',
  generic: 'generic',
  language: 'ambient',
  host: 'ambient',
  format: 'ambient',
};

export const RANK: Readonly<Record<MatchKind, number>> = { tool: 4, context: 3, multi: 2, generic: 1, ambient: 0 };

/**
 * Lowercase words of a text: splits on anything not a letter or digit, and on camelCase /
 * PascalCase boundaries ('SparkSubmitOperator' → spark submit operator, 'GCSToBigQuery' → gcs to
 * big query). Letters and digits stay together ('s3', 'ga4', 'k8s'), as an acronym's plural does ('PNGs', 'DAGs').
 */
export function tokenize(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z](?!s(?![a-z]))[a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t !== '');
}

/**
 * The key a lexicon name is looked up by: its words run together, so 'BigQuery', 'big query' and
 * 'bigquery' meet, while matching stays on whole words.
 */
export function catalogKey(name: string): string {
  return tokenize(name).join('');
}

interface IndexEntry {
  readonly entry: LexiconEntry;
  readonly name: string;
}

/** Each lexicon name and its words, in lexicon order. */
const NAMES = LEXICON.flatMap((entry) => entry.names.map((name) => ({ entry, name, words: tokenize(name) })));
const INDEX = new Map<string, IndexEntry>();
for (const { entry, name, words } of NAMES) {
  const key = words.join('');
  // First entry wins; the lexicon test guarantees keys are unique across stages anyway.
  if (key !== '' && !INDEX.has(key)) INDEX.set(key, { entry, name });
}
const MAX_SPAN = Math.max(1, ...NAMES.map((n) => n.words.length));

/**
 * The lexicon entry a key names, trying a plural without its "s" ('dashboards', 'marts'; not 'glass',
 * not 'sns') and, without its instance number, a product's name or a verb of work: 'kafka1',
 * 'datanode2', a service 'ingesta01' numbered among its copies; not 'node1', a host, nor 'source2'; 's3' is a name.
 */
export function lookup(key: string): IndexEntry | undefined {
  const found = INDEX.get(key) ?? (key.length > 3 && key.endsWith('s') && !key.endsWith('ss') ? INDEX.get(key.slice(0, -1)) : undefined);
  const base = found === undefined && /[a-z]{3}\d{1,2}$/.test(key) ? INDEX.get(key.replace(/\d+$/, '')) : undefined;
  return found ?? (base && ['product', 'multi-role', 'verb'].includes(base.entry.kind) ? base : undefined);
}

/** One lexicon match (or a rule's finding) over a token span [start, end). */
export interface Hit {
  readonly placement: Placement;
  readonly kind: MatchKind;
  /** What kind of word matched; rules read this (a verb, a layer, a file format…). */
  readonly word: LexiconKind;
  /** The lexicon name matched, or a short description for a rule. */
  readonly label: string;
  readonly entry?: LexiconEntry;
  readonly start: number;
  readonly end: number;
  /** Replaces `matched "label"` in the reason, for rules. */
  readonly why?: string;
}

/** Longest match first at each position, left to right, never overlapping. */
export function scan(tokens: readonly string[]): Hit[] {
  const hits: Hit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const found = matchAt(tokens, i);
    // "Google Cloud Function", "AWS Glue Catalog": a vendor's name, or a product led by it, that
    // overlaps a longer product is the product's prefix.
    const vendorLed = found !== undefined && found.end - i > 1 && (found.kind === 'ambient' || matchAt(tokens.slice(0, i + 1), i)?.kind === 'ambient');
    const inside = vendorLed ? matchAt(tokens, i + 1) : undefined;
    if (found && !(isProduct(inside) && inside.end > found.end)) {
      hits.push(found);
      i = found.end;
    } else i += 1;
  }
  return hits;
}

/** The longest lexicon entry starting at token i. */
function matchAt(tokens: readonly string[], i: number): Hit | undefined {
  for (let len = Math.min(MAX_SPAN, tokens.length - i); len >= 1; len--) {
    const m = lookup(tokens.slice(i, i + len).join(''));
    if (m) return { placement: m.entry.stage, kind: CLASS[m.entry.kind], word: m.entry.kind, label: m.name, entry: m.entry, start: i, end: i + len };
  }
  return undefined;
}

/** A product, with one role or several. */
export const isProduct = (h: Hit | undefined): h is Hit => h !== undefined && (h.kind === 'tool' || h.kind === 'multi');
/** An engine that runs any work (Lambda, Cloud Run, Databricks): its words say which. */
export const runsAnyWork = (h: Hit): boolean => h.kind === 'multi' && h.placement === 'process';

/** A file or serialization format ('csv', 'parquet', 'json'): converting between them is processing. */
export const isFormat = (h: Hit | undefined): h is Hit => h !== undefined && (h.word === 'file-format' || h.word === 'format');
