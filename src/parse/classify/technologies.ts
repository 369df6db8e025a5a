/**
 * The catalog the classifier matches component names and hints against: technologies, layer words
 * and generic nouns, each with the place in a data pipeline a data engineer would give it.
 *
 * Names are lowercase and matched on whole words after tokenising (camelCase, snake_case and
 * punctuation split; see `tokenize` in classify.ts). Matching compares the words run together, so
 * 'big query', 'bigquery' and 'BigQuery' are the same name and one spelling per product is enough;
 * aliases that tokenise differently ('msk', 'confluent') are listed. Plurals ending in "s" are tried
 * without the "s", so 'dashboards' finds 'dashboard'.
 */
import type { Placement } from '../types';
import { LEXICON, type LexiconKind } from '../lexicon/lexicon';

/**
 * How much a match says, strongest first where it decides:
 * - `tool`: a product or term with one clear role (Kafka, Looker, Airflow, Prometheus).
 * - `context`: a layer or role word (raw, staging, marts, dashboard, ingestion). Beats `multi` and
 *   `generic`, so "Snowflake marts" is model; loses to `tool`, so "Kafka raw topic" stays ingest.
 * - `multi`: a product used in more than one role (warehouses, OLTP databases, OLAP stores, dbt,
 *   Databricks, Grafana). Its placement is the usual one; context words refine it.
 * - `generic`: a common noun that leans one way (app, table, job, api). Weak on its own.
 * - `ambient`: languages, clouds, containers: they host or express other components, so they decide
 *   only when nothing else matches ("Python" → none, "Kafka on Kubernetes" → ingest), and never from hints.
 */
export type MatchKind = 'tool' | 'context' | 'multi' | 'generic' | 'ambient';

/** One catalog entry: all the ways a technology or keyword is written, and where it sits. */
export interface Technology {
  /** Lowercase spellings and aliases, e.g. 'kafka', 'apache kafka', 'msk', 'confluent'. */
  readonly names: readonly string[];
  readonly placement: Placement;
  /** How strongly a match decides; see `MatchKind`. */
  readonly kind: MatchKind;
  /** Placement when the component is a pure source in the graph (feeds others, fed by none): an API you pull from. */
  readonly asSource?: Placement;
  /** Placement when a data stage (ingest…serve) feeds it: Postgres loaded by Spark is a store, Salesforce fed by reverse ETL is served. */
  readonly whenFed?: Placement;
  /** Why the placement, where a data engineer might hesitate. */
  readonly note?: string;
}

const MATCH: Readonly<Record<LexiconKind, MatchKind>> = {
  product: 'tool',
  'multi-role': 'multi',
  role: 'context',
  layer: 'context',
  'stage-word': 'context',
  verb: 'generic',
  noun: 'generic',
  language: 'ambient',
  host: 'ambient',
  format: 'ambient',
};

/** Every lexicon entry, as the matcher reads it. */
export const TECHNOLOGIES: readonly Technology[] = LEXICON.map((e) => ({
  names: e.names,
  placement: e.stage,
  kind: MATCH[e.kind],
  ...(e.asSource ? { asSource: e.asSource } : {}),
  ...(e.whenFed ? { whenFed: e.whenFed } : {}),
  ...(e.note ? { note: e.note } : {}),
}));
