/**
 * "Redpanda Broker provides streaming … Redpanda offers a single binary": a page names a component in
 * full once and by its product alone after that. The product alone meets the one earlier name that
 * starts with it; when two do ("Kafka cluster A", "Kafka cluster B"), it stays its own.
 */
import { catalogName, placementOfName } from '../../classify/classify';
import { isProduct, scan, tokenize } from '../../classify/tokens';
import type { Node } from './types';
import { PipelineBuilder, getOrAdd } from '../text';

/**
 * The product a longer name starts with ("Apache Flink Stream ETL" → flink), by its catalog spelling;
 * none when a noun that heads names ends it: a Kafka producer is not Kafka.
 */
function leadingProduct(name: string): string | undefined {
  const tokens = tokenize(name);
  const hits = scan(tokens);
  const first = hits[0];
  if (!first || first.start !== 0 || first.end >= tokens.length || !isProduct(first)) return undefined;
  if (hits.some((h) => h.entry?.heads === true && h.end === tokens.length)) return undefined;
  // Work named with its product is another component when it does a stage's work the product never does: a Paimon
  // Flink job processes, Paimon keeps; a Grafana dashboard is Grafana serving, one of its roles.
  if (![placementOfName(first.label), first.entry?.whenFed, first.entry?.asSource].includes(placementOfName(name))) return undefined;
  return catalogName(first.label);
}

/** Wraps a key function so a product named alone meets the one longer name that started with it. */
export function withShortNames(keyOf: (name: string) => string, has: (key: string) => boolean): (name: string) => string {
  const longer = new Map<string, string | null>();
  return (name) => {
    const key = keyOf(name);
    const lead = leadingProduct(name);
    if (lead !== undefined && lead !== key) {
      const was = longer.get(lead);
      longer.set(lead, was === undefined || was === key ? key : null);
      return key;
    }
    const full = longer.get(key);
    return full && !has(key) ? full : key;
  };
}

const QUALIFIED = /^(.+?)\s*\(([^()]+)\)\s*$/;

/** "BigQuery (Raw Data Layer)" → its product by the catalog's spelling, and its qualifier. */
function qualified(name: string): { base: string; qualifier: string } | undefined {
  const m = QUALIFIED.exec(name);
  return m?.[1] && m[2] ? { base: catalogName(m[1]) ?? m[1].toLowerCase(), qualifier: m[2].toLowerCase() } : undefined;
}

/** The label an item or heading is named by: its bold lead, or its text up to a colon. */
const labelOf = (n: Node): string | undefined => n.bold?.label ?? n.segs[0]?.text.split(/:\s/)[0]?.trim();

/**
 * "BigQuery (Raw Data Layer)" and "BigQuery (Transformed Data Layer)" as two items of one page: a
 * product written with two different qualifiers is two components, so the qualifier stays in
 * their identity. Written with one, the qualifier is an aside ("Azure Data Factory (ADF)").
 */
export function qualifiedTwice(root: Node): Set<string> {
  const quals = new Map<string, Set<string>>();
  const walk = (n: Node): void => {
    const q = n.kind === 'item' || n.kind === 'section' ? qualified(labelOf(n) ?? '') : undefined;
    if (q) quals.set(q.base, (quals.get(q.base) ?? new Set()).add(q.qualifier));
    n.children.forEach(walk);
  };
  walk(root);
  return new Set([...quals].filter(([, q]) => q.size >= 2).map(([b]) => b));
}

/** Whether a name is a product the page qualified twice, written with its qualifier. */
export function keepsQualifier(name: string, twice: ReadonlySet<string> | undefined): boolean {
  const q = twice && twice.size > 0 ? qualified(name) : undefined;
  return q !== undefined && (twice?.has(q.base) ?? false);
}

const NUMBERED = /(\p{L}[\p{L}_-]*)[ \t]+(\d{1,3})(?!\d|\.\d)/gu;

/**
 * "Broker 1", "Broker 2": a word the page writes with two different numbers names instances, each a
 * component of its own. A product's number is its version ("Postgres 15", "Postgres 16"), as is any number written once.
 */
export function numberedTwice(text: string): Set<string> {
  const numbers = new Map<string, Set<string>>();
  for (const [, w = '', n = ''] of text.matchAll(NUMBERED)) getOrAdd(numbers, w.toLowerCase(), () => new Set()).add(n);
  return new Set([...numbers].filter(([w, n]) => n.size >= 2 && !scan(tokenize(w)).some(isProduct)).map(([w]) => w));
}

/** Keeps the qualifier, or the instance number, in the key of a name the page writes two ways. */
export function withQualifiers(keyOf: (name: string) => string, twice: ReadonlySet<string>, numbered: ReadonlySet<string>): (name: string) => string {
  const instance = (name: string) => numbered.has(/(\p{L}[\p{L}_-]*)\s+\d{1,3}$/u.exec(name)?.[1]?.toLowerCase() ?? '');
  return (name) => (keepsQualifier(name, twice) || instance(name) ? PipelineBuilder.nameKey(name) : keyOf(name));
}
