/**
 * The classification lexicon: every word the importer knows about data pipelines, with the stage a
 * data engineer gives it. The data lives in the JSON files beside this module (one entry a line, so
 * a reviewer reads them without reading TypeScript); this module checks them once at load and
 * serves them to the classifier and the format readers. See docs/classification.md for the rules.
 */
// zod/mini: the full build compiles parsers with `new Function`, which the app's CSP forbids.
import * as z from 'zod/mini';
import { PLACEMENTS, type Placement } from '../types';
import generate from './products/generate.json';
import ingest from './products/ingest.json';
import store from './products/store.json';
import processing from './products/process.json';
import model from './products/model.json';
import serve from './products/serve.json';
import orchestrate from './products/orchestrate.json';
import none from './products/none.json';
import roles from './roles.json';
import verbs from './verbs.json';
import layers from './layers.json';
import stages from './stages.json';
import notComponents from './not-components.json';
import stageNames from './stage-names.json';

/**
 * What kind of word an entry is; the kind decides how much one match says (see `STRENGTH`), and
 * docs/classification.md gives an example of each: a `product` with one role; a
 * `multi-role` product, whose usual stage a layer, a verb or its position refines; a `file-format`
 * (stored at rest, processed when converted); a `role` noun that says the stage outright; a data
 * `layer`; a `stage-word` (what headings say); a `verb` of work; a `noun` that leans one way but names
 * the thing, so a heading does not outvote it; a `generic` word a heading outvotes; and `language`,
 * `host`, `format` (how things are written, run or serialised): never a stage, and never from hints.
 */
export const KINDS = ['product', 'multi-role', 'file-format', 'role', 'layer', 'stage-word', 'verb', 'noun', 'generic', 'language', 'host', 'format'] as const;
export type LexiconKind = (typeof KINDS)[number];

const placement = z.enum(PLACEMENTS);
const lowercaseName = z.string().check(
  z.minLength(1),
  z.refine((n: string) => n === n.toLowerCase().trim(), 'names are lowercase and trimmed'),
);

const entrySchema = z.strictObject({
  stage: placement,
  kind: z.enum(KINDS),
  names: z.array(lowercaseName).check(z.minLength(1)),
  /**
   * Stage when the component is a pure source in the graph (feeds others, fed by none): an API you
   * pull from is generated data; ETL work that reads nothing the pipeline shows ingests.
   */
  asSource: z.optional(z.enum(['generate', 'ingest'])),
  /** Stage when a data stage feeds it: Postgres loaded by Spark is a store, Salesforce fed by reverse ETL is served. */
  whenFed: z.optional(z.enum(['ingest', 'store', 'serve'])),
  /**
   * Stage when data flows through it (a data stage feeds it and it feeds one): a check drawn on the
   * data path is a step the data passes, processing; drawn beside the path it watches, none.
   */
  inline: z.optional(z.literal('process')),
  /** What a job run in this tool builds, when nothing else in its name says: a dbt job builds a model. */
  builds: z.optional(placement),
  /** Records pipelines read (GitHub's issues, Jira's tickets): a task that works on them (extract_github_repos) is not the tool. */
  readFrom: z.optional(z.literal(true)),
  /** A host a README draws in its stack (Docker, Kubernetes): beside the flow, in no stage, whatever its description says. */
  drawn: z.optional(z.literal(true)),
  /**
   * A layer that is a zone data passes through (raw, bronze, silver, marts), not a kind of table (a fact,
   * a view, a metrics table): named at the head of an item (`Raw → dados brutos`), it is the component.
   */
  zone: z.optional(z.literal(true)),
  /** How a layer is kept (views), not which layer: beside a zone word (`Staging Views`) the zone decides. */
  keptAs: z.optional(z.literal(true)),
  /** A kind of table in a star schema (fact, dimension): it says what a table holds, not where it sits, so it moves no dbt source. */
  tableKind: z.optional(z.literal(true)),
  /** Work that only defines or empties a table (DDL): it takes the layer of the table it touches. */
  takesLayer: z.optional(z.literal(true)),
  /**
   * Last in a name, it says what the thing is whatever product comes before it: a Kafka producer
   * makes data, a Spark checkpoint is a job's state, not data.
   */
  heads: z.optional(z.literal(true)),
  /** A no-op that stands for work: a task of this kind takes the stage its name's verb says, if any. */
  placeholder: z.optional(z.literal(true)),
  /** Why the stage, where a data engineer might hesitate. */
  note: z.optional(z.string()),
});

/** One lexicon entry: all the ways a thing is written, what kind of word it is and its stage. */
export type LexiconEntry = Readonly<z.infer<typeof entrySchema>>;

function load(file: string, data: unknown): LexiconEntry[] {
  const parsed = z.array(entrySchema).safeParse(data);
  if (!parsed.success) throw new Error(`lexicon ${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

const FILES: Readonly<Record<string, unknown>> = {
  'products/generate': generate,
  'products/ingest': ingest,
  'products/store': store,
  'products/process': processing,
  'products/model': model,
  'products/serve': serve,
  'products/orchestrate': orchestrate,
  'products/none': none,
  roles,
  verbs,
  layers,
  stages,
  'not-components': notComponents,
};

/** Every entry, checked at load: a malformed file fails loudly at start-up, not as a wrong stage later. */
export const LEXICON: readonly LexiconEntry[] = Object.entries(FILES).flatMap(([file, data]) => load(file, data));

/** Each stage's names, which an override or a stage label may use (`[storage]`, `stage: serving`), and the hint a heading framing it adds. */
const STAGE_WORDS = z.array(z.strictObject({ stage: placement, hint: z.optional(z.string()), names: z.array(lowercaseName).check(z.minLength(1)) })).parse(stageNames);
export const STAGE_NAMES = byName(STAGE_WORDS);
export const STAGE_HINT: ReadonlyMap<Placement, string> = new Map(STAGE_WORDS.map(({ stage, hint }) => [stage, hint ?? '']));

/** Each name of the entries to the entry's stage (a later entry wins a name listed twice). */
export function byName(entries: readonly { readonly stage: Placement; readonly names: readonly string[] }[]): ReadonlyMap<string, Placement> {
  return new Map(entries.flatMap(({ stage, names }) => names.map((n) => [n, stage] as const)));
}

/** Entries of the given kinds, e.g. the products a format reader may look for by name. */
export function entriesOf(...kinds: readonly LexiconKind[]): readonly LexiconEntry[] {
  return LEXICON.filter((e) => kinds.includes(e.kind));
}
