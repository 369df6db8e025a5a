/**
 * What the Markdown / free-text passes read by: the prose word lists (from the lexicon's
 * `prose-words.json`), headings about the project, table headers, and which way a verb moves data.
 * Products, stage labels, formats, languages and hosts come from the lexicon too (one source of truth).
 */
import { catalogName, catalogStrength, isFormatName } from '../../classify/classify';
import type { Placement } from '../../types';
import { escapeRegExp, squash } from '../text';
import { FLOW_VERBS, PROSE_WORDS, sectionLabel } from '../../lexicon/words';
import { STAGE_HINT, entriesOf } from '../../lexicon/lexicon';

/** A label at the head of an item or line names a stage; a layer there is what the item describes. */
export function itemLabel(text: string): Placement | undefined {
  return sectionLabel(text, false);
}

/** Words that never start a mention, and are dropped after a preposition. */
export const FILLER = new Set([...PROSE_WORDS.filler, ...PROSE_WORDS.abroad]);
/** Words that make an item read as a sentence rather than a bare name: function words and the lexicon's telling verbs. */
export const SENTENCE_WORDS = new Set([...PROSE_WORDS.sentence, ...PROSE_WORDS.abroad, ...FLOW_VERBS.passiveWrites, ...FLOW_VERBS.tells]);
export const PREPOSITIONS = new Set([...PROSE_WORDS.prepositions, ...PROSE_WORDS.abroad]);
const ABROAD = new Set(PROSE_WORDS.abroad);
/** Another language's preposition written capitalised starts a name ("Met Office", "Con Edison"): it is a function word only in lowercase. */
export const startsName = (word: string): boolean => ABROAD.has(word.toLowerCase()) && /^\p{Lu}/u.test(word);
export const INDEFINITE = new Set(PROSE_WORDS.indefinite);
export const DETERMINERS = new Set(PROSE_WORDS.determiners);
export const CLAUSE_WORDS = new Set([...PROSE_WORDS.clause, ...PROSE_WORDS.abroad]);

/**
 * Single words the lexicon lists as flow verbs: after a name they start a clause about it. Not
 * prepositions, -ing forms, or the verbs the lexicon says are read as nouns there ("PostgreSQL as sink").
 */
export const CLAUSE_VERBS = new Set(
  [...FLOW_VERBS.reads, ...FLOW_VERBS.writes, ...FLOW_VERBS.moves, ...FLOW_VERBS.passiveWrites].filter(
    (w) => /^\p{L}+$/u.test(w) && !PREPOSITIONS.has(w) && !w.endsWith('ing') && !FLOW_VERBS.nounsToo.includes(w),
  ),
);

/** Verbs READMEs use for what a tool does ("Airflow manages daily runs"), and steps to do ("Cast and clean fields"). */
export const DOES_VERBS = new Set(PROSE_WORDS.does);
export const IMPERATIVES = new Set(PROSE_WORDS.imperatives);

/** Headings on setting the project up: how to install, run or contribute to it (what it requires lists its stack). */
const SETUP = String.raw`getting started|installation|install|setup|set up|running(?: \S+)? locally|how to (?:use|run)|usage|contributing|contribution|license|acknowledg(?:e)?ments`;
export const SETUP_HEADING = new RegExp(`^(?:${SETUP})$`, 'i');
/** Headings about the project itself; their items are features and steps, not components. */
export const ABOUT_HEADING = new RegExp(`^(?:key |main |core )?(?:features?|highlights|capabilities|prerequisites|requirements|future (?:enhancements|work|improvements)|roadmap|next steps|${SETUP})$`, 'i');
// "*(Coming soon)* Streamlit", "Dagster *(In Progress)*": a status says when, not what.
const STATUS = PROSE_WORDS.status.join('|');
export const STATUS_NOTE = new RegExp(String.raw`\s*\*{0,2}_?\((?:${STATUS})\)_?\*{0,2}\s*`, 'gi');
/** "PostgreSQL OLTP - implemented", "Snowflake + dbt - Phase 8": a status after a dash, as in a roadmap diagram. */
export const STATUS_TAIL = new RegExp(String.raw`\s+[-–—]\s+(?:\p{L}+\s+)?(?:(?:${STATUS})(?:\s+phase\s*\d+)?|phase\s*\d+)$`, 'iu');
export const USE_VERB = /^(?:use|using|uses|leverage|leveraging|leverages|utili[sz]e|utili[sz]ing|with)\s+/i;
export const DOC_WORDS = /^(?:documentation|docs)$/i;
// "Lakehouse Paradigm", "Dimensional Modeling", "Star Schema": a way of building, not a part of the pipeline.
export const CONCEPT = /\b(?:paradigm|architecture|pattern|approach|principles?|model(?:l)?ing|methodology|schema)$/i;
export const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;
// Table headers in the languages READMEs here are written in: Tecnologia, Ferramenta, Outil, Werkzeug, Công nghệ, 기술, 技术, Технология; Função, Rôle, Vai trò, 역할, 用途, Назначение.
export const TOOL_HEADER = /^(?:tech(?:nology|nologies)?(?: stack)?|tools?(?:ing)?|stack|services?|product|software|framework|implementation|choice|platform|engine|used|what|tecnolog[ií]as?|technologien?|ferramentas?|herramientas?|outils?|werkzeuge?|servicios?|servi[çc]os?|tecnologie|strumenti|teknologi|công nghệ|기술|도구|技术|技術|工具|ツール|технологи[яи]|инструменты?)(?: names?)?$/iu;
export const PURPOSE_HEADER = /^(?:purpose|role|description|use|usage|used for|why|function|responsibility|notes?|fun[çc][ãa]o|funci[óo]n|fonction|r[ôo]le|rol|papel|descri[çc][ãa]o|descripci[óo]n|finalidade|prop[óo]sito|objectif|zweck|beschreibung|descrizione|ruolo|scopo|deskripsi|peran|kegunaan|vai trò(?: chính)?|mục đích|mô tả|역할|설명|용도|用途|作用|描述|说明|説明|役割|назначение|описание|роль)$/iu;

/** Most words a product name spans in running text ("Azure Data Factory", "AWS Glue Data Catalog"). */
export const KNOWN_MAX_WORDS = 4;
const knownCache = new Map<string, boolean>();

/**
 * A phrase that is exactly one catalog product (`Kafka`, `Looker Studio`, `dbt`): not a layer word
 * or a generic noun, and not a file or serialization format, which names how data is written.
 */
export function isKnownProduct(phrase: string): boolean {
  const key = phrase.toLowerCase();
  const cached = knownCache.get(key);
  if (cached !== undefined) return cached;
  const known = catalogName(phrase) !== undefined && catalogStrength(phrase) === 'product' && !isFormatName(phrase);
  if (knownCache.size > 50_000) knownCache.clear();
  knownCache.set(key, known);
  return known;
}

const escape = (w: string): string => escapeRegExp(w).replace(/ /g, '\\s+');
const alternatives = (ws: readonly string[]): string => [...ws].sort((x, y) => y.length - x.length).map(escape).join('|');
const READ_VERB = `(?:${alternatives(FLOW_VERBS.reads)})(?:\\s+(?:from|to))?`;
const WRITE_VERB = `(?:${alternatives(FLOW_VERBS.writes)})(?:\\s+(?:to|into|onto))?`;
const WRITTEN_BY = `(?:${alternatives(FLOW_VERBS.passiveWrites)})\\s+by`;

/**
 * How a verb between two mentions moves data, read left to right: `back` when the later one is the
 * source ("X reads from Y", "X, loaded by Y"), `forward` otherwise ("X writes to Y", "Y is loaded into X").
 * Checked on the text between two mentions, last match wins; the verbs are the lexicon's flow verbs.
 */
export const READS_FROM_RE = new RegExp(`\\b(?:${READ_VERB}|${WRITTEN_BY})\\b`, 'gi');
export const WRITES_TO_RE = new RegExp(`\\b${WRITE_VERB}\\b`, 'gi');

/**
 * The words right before a mention say data is taken from it: "streams data from an external",
 * "consumes the", "loaded by". What follows the verb is at most a determiner and two words, none of
 * them an instrument ("processes it using Spark" does the work with Spark, it reads nothing from it).
 */
export const TAKES_FROM_TAIL = new RegExp(
  `\\b(?:${READ_VERB}|${WRITTEN_BY})\\s+(?:(?:the|an?|its|their|data|events|records|messages)\\s+)?(?:(?!using\\b|with\\b|via\\b|in\\b|into\\b|to\\b)[\\p{Ll}-]+\\s+){0,2}$`,
  'iu',
);
/** "syncs", "to sync the": a verb whose object is the data that moves, right before a mention. */
export const CARRIES_TAIL = new RegExp(`\\b(?:${alternatives(FLOW_VERBS.carries)})\\s+(?:(?:the|an?|its|their|all)\\s+)?$`, 'iu');
/** " data to ", " into the ": the mention after these words is where the data goes. */
export const DESTINATION_GAP = /^\s*(?:[\p{Ll}-]+\s+){0,3}(?:to|into|onto)\s+(?:(?:the|an?|its|their)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;
/** " via ", ", through the ": the mention after these words is the way data took to the one before. */
export const CONDUIT_GAP = /^\s*,?\s*(?:via|through)\s+(?:(?:the|an?)\s+)?$/iu;
/** " with ", " using the ": after a load into a place, the tool that did the loading. */
export const INSTRUMENT_GAP = /^\s*,?\s*(?:with|using)\s+(?:(?:the|an?)\s+)?$/iu;
/** "loads the dataset into a schema in": words that put data into the place they end on. */
export const LOADED_INTO = /\b(?:into|onto)\b/iu;
/** "lands in", "is loaded into the": the mention after these words is where data arrives. */
export const ARRIVES_TAIL = /\b(?:in|into|to|onto)\s+(?:(?:the|an?|its|their)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/iu;
/** "is read by", "are consumed by": a passive reading verb, whose subject is the source. */
export const PASSIVE_READ = new RegExp(
  `\\b(?:is|are|was|were|be|been|being|gets?)\\s+(?:\\p{L}+ly\\s+)?(?:${alternatives(FLOW_VERBS.passiveReads)})\\s+by\\s+(?:the\\s+)?$`,
  'iu',
);

/** Any flow verb the lexicon lists: a page that names products and uses one describes a flow. */
export const FLOW_WORD_RE = new RegExp(
  `\\b(?:${alternatives([...FLOW_VERBS.reads, ...FLOW_VERBS.writes, ...FLOW_VERBS.passiveWrites, ...FLOW_VERBS.moves, ...FLOW_VERBS.tells])})\\b`,
  'i',
);

/**
 * The lexicon's role phrases of two words or more ("source database", "system of record"), as word
 * lists: written in lowercase in a sentence, they still name a part of the pipeline.
 */
export const ROLE_PHRASES: readonly (readonly string[])[] = entriesOf('role')
  .flatMap((e) => e.names)
  .map((n) => n.split(' '))
  .filter((w) => w.length >= 2)
  .sort((a, b) => b.length - a.length);

/** The lexicon's one-word nouns for things that make data ("sensor", "device", "webhook"). */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set(
  entriesOf('noun')
    .filter((e) => e.stage === 'generate')
    .flatMap((e) => e.names)
    .filter((n) => !n.includes(' ')),
);

/**
 * A heading or label frames what is under it: its words, and the stage word for what it names, go
 * to the classifier as hints. Hints place what a name leaves unplaced; they never outvote the name.
 */
export function frameHints(label: string, stage: Placement): string[] {
  const text = squash(label.replace(/[*_`#:\p{Extended_Pictographic}\p{So}\uFE0F]/gu, ' '));
  const word = STAGE_HINT.get(stage) ?? '';
  return [text, ...(word !== '' && !text.toLowerCase().includes(word.split(' ').pop() ?? word) ? [word] : [])].filter((h) => h !== '');
}
