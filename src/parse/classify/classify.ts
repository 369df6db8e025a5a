/**
 * Component classifier: where each parsed component sits in the pipeline (generate … serve), or that
 * it orchestrates, or that it is no stage at all (monitoring, catalogs, infra, languages). The rules,
 * in order (one example each in docs/classification.md): an override or a role the format declares;
 * a product or role noun in the name; work's verb; data's layer; the section heading; and, in
 * `classifyPipeline` only, graph position, which never outvotes a name. The words are the lexicon's.
 */
import type { Placement, RawComponent } from '../types';
import { NO_MATCH, analyse, publicPart } from './analyse';
import { isProduct, lookup, scan, tokenize } from './tokens';
import type { Classification } from './verdict';

export type { Classification } from './verdict';
export { splitOverride } from './rules/override';
export { DESCRIPTION_HINT } from './rules/declared';
export { catalogKey, tokenize } from './tokens';

/**
 * Classifies one component from its name and hints alone. An explicit placement or a name override
 * wins with confidence 1; a name that matches nothing is 'none', uncertain, reason 'no match' (use
 * `classifyPipeline` to place it from its neighbours).
 */
export function classify(c: RawComponent): Classification {
  const v = analyse(c);
  return v ? publicPart(v) : NO_MATCH;
}

/** Where a name alone, with no hints and no neighbours, is placed. */
export const placementOfName = (name: string): Placement => classify({ id: name, name, hints: [] }).placement;

/**
 * How well the lexicon knows a name as a thing in a pipeline: 'product' when a product with one or
 * several roles is in it, 'noun' when every word is lexicon vocabulary and a common noun or hosting
 * technology is among them ("API", "Docker Compose"), 'stage' when the words only name a layer or
 * role ("Streaming", "Bronze"), undefined when something in it is unknown.
 */
export function catalogStrength(name: string): 'product' | 'noun' | 'stage' | undefined {
  const tokens = tokenize(name);
  // "create tables" in prose is something done, not a thing: a DDL verb alone names no component.
  const hits = scan(tokens).filter((h) => h.entry?.takesLayer !== true);
  if (hits.some(isProduct)) return 'product';
  const covered = hits.reduce((n, h) => n + (h.end - h.start), 0);
  if (tokens.length === 0 || covered < tokens.length) return undefined;
  return hits.some((h) => h.kind === 'generic' || h.kind === 'ambient') ? 'noun' : 'stage';
}

/**
 * Whether a phrase of several words is one of its entry's names as written: "Apache Kafka" is,
 * "Data Flow" is not Dataflow, however the words join.
 */
export function spelledAsCatalog(name: string): boolean {
  const words = name.toLowerCase().split(/[\s-]+/).filter((w) => w !== '');
  if (words.length <= 1) return true;
  const m = lookup(tokenize(name).join(''));
  return m !== undefined && m.entry.names.some((n) => n.split(/[\s-]+/).join(' ') === words.join(' '));
}

/** The lexicon's own spelling for a name that is exactly one entry ('Apache Kafka' → 'kafka'). */
export function catalogName(name: string): string | undefined {
  // Words in another script are invisible to the tokenizer: "S3-совместимое хранилище" is more than
  // S3, while one such word is a qualifier ("Kafka-кластер", "Kafka 클러스터" are still Kafka).
  if ((name.match(/[^\s\P{L}\p{Script=Latin}]+/gu) ?? []).length >= 2) return undefined;
  const m = lookup(tokenize(name).join(''));
  return m ? (m.entry.names[0] ?? m.name) : undefined;
}

/** Only products that run beside the data path: an orchestrator, coordination or monitoring (Zookeeper, Prometheus). */
export function besideTheFlow(name: string): boolean {
  const products = scan(tokenize(name)).filter((h) => h.entry?.drawn === true || isProduct(h));
  return products.length > 0 && products.every((h) => (h.placement === 'orchestrate' || h.placement === 'none') && h.entry?.whenFed === undefined);
}

/**
 * Whether a name is a language, a host or a serialization format (Python, Kubernetes, JSON) and
 * nothing else: how components are written, run or serialised, not a component. Readers may keep it
 * as a hint or drop it, saying why.
 */
export function nonComponent(name: string): 'language' | 'host' | 'format' | undefined {
  const kinds = wholeKinds(name);
  const only = kinds.size === 1 ? [...kinds][0] : undefined;
  return only === 'language' || only === 'host' || only === 'format' ? only : undefined;
}

/** The kinds of lexicon word a name is made of, when the lexicon covers all of it; empty otherwise. */
function wholeKinds(name: string): ReadonlySet<string> {
  const tokens = tokenize(name);
  const hits = scan(tokens);
  const covered = hits.reduce((n, h) => n + (h.end - h.start), 0);
  return hits.length > 0 && covered === tokens.length ? new Set(hits.map((h) => (h.entry?.drawn ? 'drawn' : h.word))) : new Set();
}

/**
 * Whether a name is a file or serialization format and nothing else (Parquet, CSV, JSON Lines):
 * how data is written. A reader of free text leaves it out; a structured format may still place it.
 */
export function isFormatName(name: string): boolean {
  const kinds = [...wholeKinds(name)];
  return kinds.length > 0 && kinds.every((k) => k === 'file-format' || k === 'format');
}

/** Task-queue brokers a scheduler's workers take their work from (Celery's Redis or RabbitMQ). */
const QUEUE_BROKERS: ReadonlySet<string> = new Set(['redis', 'rabbitmq']);

/** Whether a name is a task-queue broker (Redis, RabbitMQ): where a scheduler's workers take their work from. */
export function isQueueBroker(name: string): boolean {
  return scan(tokenize(name)).some((h) => h.entry !== undefined && QUEUE_BROKERS.has(h.entry.names[0] ?? ''));
}

/**
 * Whether a name is an operational database or a task-queue broker: where a scheduler keeps its own
 * state and queue. A name with a verb of work in it (`load_data_into_postgres`) is a task, not a database.
 */
export function isBackendProduct(name: string): boolean {
  const hits = scan(tokenize(name));
  return !hits.some((h) => h.word === 'verb') && hits.some((h) => h.entry !== undefined && (h.entry.whenFed === 'store' || QUEUE_BROKERS.has(h.entry.names[0] ?? '')));
}

export { classifyPipeline } from './pipeline';
