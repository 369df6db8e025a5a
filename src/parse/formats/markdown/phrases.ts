/** Reading one phrase: a bold lead, a `Label: rest`, a list of tools, a verb, a role after a name. */
import { catalogName, catalogStrength, nonComponent } from '../../classify/classify';
import { FLOW_VERBS, namesZone, sectionLabel } from '../../lexicon/words';
import { PipelineBuilder, closingQuote, isSpace, isWordChar, skipSpace, squash } from '../text';
import { CLAUSE_VERBS, DOES_VERBS, IMPERATIVES, PREPOSITIONS, READS_FROM_RE, SENTENCE_WORDS, WRITES_TO_RE, itemLabel } from './lexicon';
import { knownNoun, technical } from './names';
import type { BoldLead } from './types';
import { ARROWISH } from './lines';

/** `**Label**: rest`, `**Label:** rest`, `**Label** → rest`, `**Label** does something`. */
export function boldLead(raw: string): BoldLead | undefined {
  // "- 🗳️ **MinIO**: …": a pictograph before the label decorates it.
  const deco = /^[\p{Extended_Pictographic}\u{FE0F}\u{200D}\s]*/u.exec(raw)?.[0].length ?? 0;
  // "**Staging Layer (`stg_`):**": only the delimiter's own mark ends the label.
  const m = /^(?:\*\*(?!\s)([^*]{1,80}?)\*\*|__(?!\s)([^_]{1,80}?)__)/.exec(raw.slice(deco));
  if (!m) return undefined;
  const inner = (m[1] ?? m[2] ?? '').trim();
  const label = inner.replace(/\[([^\]]*)\](?:\([^)\s]*\)|\[[^\]\s]*\])/g, '$1').replace(/:$/, '').trim();
  if (label === '') return undefined;
  const sep = /^\s*(?::|–|—|-(?=\s)|→|->|=>)\s*/.exec(raw.slice(deco + m[0].length));
  const restAt = skipSpace(raw, deco + m[0].length + (sep ? sep[0].length : 0));
  return { label, rest: raw.slice(restAt), restAt, separated: inner.endsWith(':') || sep !== null };
}

/** Words after a feature's title that bring in what provides it: "with", "using", "powered by". */
export const PROVIDED_BY = /^\s*(?:with|using|via|through|powered by|backed by|built (?:on|with)|based on|leveraging)\s/i;
/** A port in parentheses (`Kafdrop (9000)`, `ClickHouse (8123/9001)`) is configuration, not part of the name. */
export const PORT = /\s*\([\d\s/:,.-]+\)/g;

/** What a name adds in brackets at its end: `Raw (Bronze)`, `Spark Structured Streaming (Consumer)`. */
export const TRAILING_BRACKETS = /\s*\(([^()]+)\)$/;

/** Brackets after a name that say what it is for: ` (to visualise topics)`, ` (used for alerts)`. */
export const PURPOSE_ASIDE = /\s*\(((?:to|for|used\s+(?:to|for|by)|which|that)\s[^()]*)\)$/i;

/** A step number ("1. Postgres", "Step 2: Kafka") counts the sections, it names nothing. */
export const STEP_NUMBER = /^(?:step\s+)?\d{1,2}(?:(?:\.\d{1,2})+\.?|[.):])\s+/i;
/** "✅ Bronze Layer:", "🟠 2. Silver Layer – …": a mark or a step number before a label is not part of it. */
export const MARKS = /^[\p{Extended_Pictographic}\p{So}\uFE0F\s]*/u;

/**
 * `Raw → dados brutos`, `Bronze: as landed`: a zone at the head of an item, explained in lowercase words,
 * is the component the words describe, as in its bold form. Not `Bronze → Silver: …` (a step between
 * zones), `Gold - Power BI` (what reads it) or `Metrics: …` (a kind of table, not a zone).
 */
export function layerLead(text: string): BoldLead | undefined {
  const m = /^([\p{L}\p{N} _-]{1,40}?)\s*(?::|\s[–—-]\s|→|->|=>)\s*(?=[^\p{L}]*\p{Ll})/u.exec(text);
  const label = m?.[1]?.trim() ?? '';
  if (!m || ARROWISH.test(text.slice(m[0].length)) || label.split(' ').length > 3 || !namesZone(label)) return undefined;
  return { label, rest: text.slice(m[0].length), restAt: m[0].length, separated: true };
}

/** `Label: rest` or `Label - rest` with a short label. */
export function labelSplit(text: string): { label: string; rest: string; restAt: number; colon: boolean } | undefined {
  let sep = -1;
  let colon = false;
  let quote: string | undefined;
  for (let i = 0; i < text.length && i <= 48; i++) {
    const c = text[i] ?? '';
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
      continue;
    }
    const q = c === '(' ? ')' : closingQuote(c);
    if (q !== undefined && c !== "'" && c !== '‘') {
      quote = q;
      continue;
    }
    if (c === '[') return undefined;
    if (c === ':' && !text.startsWith('://', i)) {
      sep = i;
      colon = true;
      break;
    }
    if ((c === '-' || c === '–' || c === '—') && isSpace(text[i - 1]) && (isSpace(text[i + 1]) || i + 1 === text.length)) {
      sep = i;
      break;
    }
  }
  if (sep <= 0) return undefined;
  const written = squash(text.slice(0, sep));
  // Only a stage or layer label sheds the mark before it: "✅ Airflow DAGs:" stays a line of prose.
  const bare = written.replace(MARKS, '').replace(STEP_NUMBER, '');
  const label = bare !== written && sectionLabel(bare) !== undefined ? bare : written;
  if (label === '' || label.split(' ').length > 4) return undefined;
  const restAt = skipSpace(text, sep + 1);
  return { label, rest: text.slice(restAt), restAt, colon };
}

/** `Bronze - Silver - Gold`: three or more short names between spaced dashes are a list, not a name and its description. */
const DASHED_LIST = /^[^-–—()]{1,30}(?:\s[-–—]\s[^-–—()]{1,30}){2,}$/;
export function dashedList(text: string): boolean {
  if (!DASHED_LIST.test(text.trim())) return false;
  const parts = text.split(/\s[-–—]\s/).map((p) => p.trim());
  // Each a capitalised name of a few words, one of them a product, a layer or a stage the lexicon knows ("Alice - Bob - Carol", "dev - prod - test" are no list of parts).
  return parts.every((p) => p.split(/\s+/).length <= 3 && /^\p{Lu}/u.test(p) && !p.split(/\s+/).some((w) => SENTENCE_WORDS.has(w.toLowerCase()))) && parts.some((p) => catalogStrength(p) !== undefined);
}

/** Splits `S3 + Iceberg`, `Kafka, Kinesis`, `Looker & Tableau`, `dbt and Dataform`, `Raw - Cleaned - Merged` outside quotes and brackets. */
export function splitTools(text: string): { text: string; at: number }[] {
  const dashed = dashedList(text);
  const out: { text: string; at: number }[] = [];
  let start = 0;
  let depth = 0;
  let quote: string | undefined;
  const cut = (end: number, next: number): void => {
    out.push({ text: text.slice(start, end), at: start });
    start = next;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
      continue;
    }
    const q = closingQuote(c);
    if (q !== undefined && c !== "'" && c !== '‘' && (i === 0 || !isWordChar(text[i - 1]))) {
      quote = q;
      continue;
    }
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    if (depth > 0) continue;
    if (c === ',' || c === ';') cut(i, i + 1);
    else if ((c === '+' || c === '&') && text[i + 1] !== '+' && text[i - 1] !== '+') cut(i, i + 1);
    // A middle dot between spaces lists names as a comma does (`dim_dates · dim_times`).
    else if ((c === '/' || c === '·' || (dashed && /[-–—]/.test(c))) && isSpace(text[i - 1]) && isSpace(text[i + 1])) cut(i, i + 1);
    else if (isSpace(c)) {
      const m = /^\s(?:and|or)\s/i.exec(text.slice(i, i + 5));
      if (m) {
        cut(i, i + m[0].length);
        i += m[0].length - 1;
      }
    }
  }
  cut(text.length, text.length);
  return out.filter((p) => p.text.trim() !== '');
}

/** Several words with a verb or a preposition in them: a sentence about tools, not a list of names. */
export function readsAsSentence(text: string): boolean {
  const t = squash(text.replace(/\([^()]{0,80}\)/g, ' '));
  if (/[.!?]\s/.test(t)) return true;
  const words = t.replace(/[.!?]$/, '').split(' ').map((w) => w.toLowerCase().replace(/[,;:]$/, ''));
  return words.length >= 4 && words.some((w, i) => SENTENCE_WORDS.has(w) || DOES_VERBS.has(w) || (i > 0 && productDoes(words[i - 1] ?? '', w)) || participleClause(w, words[i + 1]));
}

/** "Binlog enabled for Debezium", "Files stored in S3": a participle and its preposition make a clause. */
function participleClause(word: string, next: string | undefined): boolean {
  return /^\p{Ll}{3,}ed$/u.test(word) && next !== undefined && (PREPOSITIONS.has(next) || next === 'for' || next === 'on') && catalogStrength(word) === undefined;
}

/**
 * "Grafana tracks system metrics", "Docker ensures …": a product, then an -s word the catalog does not
 * know (as it knows topics, jobs and buckets), is a subject and its verb.
 */
function productDoes(product: string, word: string): boolean {
  return /^\p{Ll}{3,}s$/u.test(word) && (catalogStrength(product) === 'product' || nonComponent(product) !== undefined) && catalogStrength(word) === undefined && catalogStrength(word.replace(/e?s$/, '')) === undefined;
}

/** Whether the last verb before a mention says the subject takes data from it ("reads from", "connects to"). */
export function readsFrom(gap: string): boolean {
  const lastEnd = (re: RegExp): number => Math.max(-1, ...[...gap.matchAll(re)].map((m) => (m.index ?? 0) + m[0].length));
  const read = lastEnd(READS_FROM_RE);
  return read >= 0 && read >= lastEnd(WRITES_TO_RE);
}

/** One word that says what something does (`Captures`, `Processes`), which no product is called. */
export function leadVerb(label: string): boolean {
  const w = label.trim().toLowerCase();
  return /^\p{L}+$/u.test(w) && (DOES_VERBS.has(w) || CLAUSE_VERBS.has(w)) && catalogStrength(label) !== 'product';
}

/**
 * An instruction (`Validate event structure`): an imperative verb first, then what it acts on. Verbs
 * that also head component names ("Stream Processing", "Load Balancer", "Query Engine") are left out.
 */
export function imperativeStep(text: string): boolean {
  const words = squash(text).split(' ');
  const first = (words[0] ?? '').toLowerCase();
  return words.length >= 2 && (IMPERATIVES.has(first) || IMPERATIVES.has(gerundStem(first))) && catalogStrength(words[0] ?? '') !== 'product';
}

/** "Running Application Locally", "Deploying to ECS": a step said with a gerund is still a step. */
export function gerundStem(word: string): string {
  const m = /^(\p{L}{2,}?)ing$/u.exec(word);
  if (!m) return '';
  const stem = m[1] ?? '';
  if (IMPERATIVES.has(stem)) return stem;
  if (IMPERATIVES.has(`${stem}e`)) return `${stem}e`;
  // "running": the doubled consonant goes with the suffix.
  return /(\p{L})\1$/u.test(stem) ? stem.slice(0, -1) : '';
}

/** Words inside an open parenthesis describe the name ("NodeExporter (Exporter for …"): no cut there. */
const unclosed = (s: string): boolean => s.split('(').length > s.split(')').length;

/** `Airbyte load raw data` names Airbyte: a verb after the name starts a clause about it. */
export function dropTrailingClause(name: string): string {
  const words = name.split(' ');
  const at = words.findIndex((w, i) => i > 0 && (CLAUSE_VERBS.has(w) || DOES_VERBS.has(w)) && !unclosed(words.slice(0, i).join(' ')));
  return at > 0 ? words.slice(0, at).join(' ') : name;
}

/**
 * `Kafka for streaming`, `PostgreSQL as sink`, `Airbyte for Extraction`: the tool is the name and the
 * tail says what it is used for. Keeping the tail would make one tool two components on a page that
 * also lists it bare, and the tail is a better stage hint than part of a name.
 */
export function roleTail(name: string): { name: string; role: string } | undefined {
  const m = /^(.+?)\s+(?:for|as)\s+(\S.{0,40})$/i.exec(name);
  const head = m?.[1]?.trim() ?? '';
  const role = m?.[2]?.trim() ?? '';
  if (head === '' || role === '' || role.split(' ').length > 4 || unclosed(head)) return undefined;
  // "Infrastructure as Code", "Backend for Frontend": the head alone names nothing.
  return knownNoun(head) || technical(head) ? { name: head, role } : undefined;
}

/** `Ingestion: Kafka`, `Storage:`, `Serving`: an item that names a stage. */
export function isStageItem(text: string): boolean {
  const split = labelSplit(text);
  return itemLabel(split ? split.label : text.trim()) !== undefined;
}

/**
 * Mentions separated only by commas and "and" ("Debezium, Kafka, PostgreSQL, and ClickHouse"), each
 * perhaps with its role ("Kafka for streaming, Spark for processing"), are listed, not chained.
 */
export const LIST_GAP = /^\s*(?:\([^()]{0,80}\))?\s*(?:(?:for|as)\s[\p{L}\p{N}\s/-]{0,40}?)?\s*(?:,\s*(?:and|or)?|,?\s+(?:and|or)|&|\+|\/)\s*$/iu;

/** Every word that says data moves or what a tool does: a gap holding one is a clause about flow. */
const FLOW_WORDS: ReadonlySet<string> = new Set(
  [...FLOW_VERBS.reads, ...FLOW_VERBS.writes, ...FLOW_VERBS.passiveWrites, ...FLOW_VERBS.passiveReads, ...FLOW_VERBS.moves, ...FLOW_VERBS.tells, ...CLAUSE_VERBS, ...DOES_VERBS, 'then', 'after', 'before', 'next', 'finally', 'feeds', 'feed']
    .flatMap((v) => v.toLowerCase().split(/\s+/)),
);

/** Words ending as agent nouns do that name where or what things are, not what does something. */
const NOT_AGENTS = new Set(['layer', 'tier', 'cluster', 'folder', 'container', 'order', 'header', 'footer', 'filter']);

/** Whether a label ends in a noun for what does something (producer, consumer, recorder), not for where things are (layer, tier). */
export function namesAgent(label: string): boolean {
  const last = label.trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
  return /(?:er|or)$/.test(last) && !NOT_AGENTS.has(last);
}

/** "Reads messages from Kafka …", "Automatically catalogs …": a description that opens with what its subject does. */
export function opensWithVerb(text: string): boolean {
  const w = /^\s*(?:\p{L}+ly\s+)?(\p{L}+)/u.exec(text)?.[1]?.toLowerCase() ?? '';
  // Third person, so not `access` or `process`.
  return /[^s]s$/.test(w) && FLOW_WORDS.has(w);
}

/**
 * "orders in a Postgres database, web events in Kafka, and marketing spend in the Salesforce API":
 * clauses of one shape joined by commas, with no word of flow between them, name places side by
 * side. Data moves where a verb says so, not in reading order.
 */
function enumerationGap(gap: string): boolean {
  const plain = gap.replace(/\([^()]*\)/g, ' ');
  if (!plain.includes(',') || /[.!?;:]/.test(plain)) return false;
  const words = plain.toLowerCase().match(/\p{L}+/gu) ?? [];
  // The tail of the last place ("database"), then a noun and where it is kept ("web events in"); a verb would make it a step.
  return words.length <= 8 && !words.some((w) => FLOW_WORDS.has(w)) && LOCATED_IN.test(plain);
}
const LOCATED_IN = /^(?:\s*[\p{L}-]+){0,2}\s*,\s*(?:(?:and|or)\s+)?(?:[\p{L}\p{N}'-]+\s+){1,5}(?:in|on|at|inside|within)\s+(?:(?:the|an?|our|its|their)\s+)?$/iu;

export function listGap(gap: string): boolean {
  return LIST_GAP.test(gap) || enumerationGap(gap);
}

/** A parenthesis that adds a port, an acronym or an alias (`Kafdrop (9000)`, `Azure Data Factory (ADF)`) and names nothing new. */
export const ASIDE = /\s*\((?:[\d\s/:,.-]+|\p{Lu}[^()]*)\)/gu;

/**
 * Mentions meet on the catalog's spelling, so a page's "Apache Kafka (9092)", "Kafka" and
 * "Amazon S3" / "S3" are one component each.
 */
export function componentKey(name: string): string {
  const bare = squash(name.replace(ASIDE, ' ').replace(/\s+v?\d+(?:\.(?:\d+|x))*\+?$/i, ''));
  return catalogName(bare) ?? PipelineBuilder.nameKey(bare === '' ? name : bare);
}
