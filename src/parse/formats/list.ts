/**
 * Lists, outlines and prose.
 *
 * - Bulleted (`-`, `*`, `•`, `+`) or numbered (`1.`, `1)`) items; consecutive top-level items are chained.
 * - A nested item hangs under its parent. When the parent names a step (a stage word, or a phrase with no
 *   technology in it: "Collect events") its children are that step's components; otherwise the parent feeds
 *   its children. Nested bullets are parallel, nested numbers are a sequence.
 * - `Stage: tools` (`Storage: S3 + Iceberg`, `Processing - Spark`): the tools, with the stage stated.
 *   A label that is not a stage word (`Warehouse: Snowflake`) becomes a hint.
 * - A heading or a line `Ingestion:` that is a stage word opens a section whose items are that step.
 * - Prose: technology mentions in order (known names, capitalised words, snake_case, dotted names,
 *   `code`, words after to/into/in/with/by/via/from), chained.
 */
import { catalogName, catalogStrength, classify } from '../classify/classify';
import type { FormatParser, Placement, RawPipeline } from '../types';
import { isArrowChain, readArrowLine } from './arrows';
import {
  DETECT_HEAD,
  PipelineBuilder,
  closingQuote,
  finder,
  indentWidth,
  isWordChar,
  safely,
  splitLines,
  splitOverride,
  squash,
  stageWord,
  truncate,
  unquote,
} from './text';

/**
 * Labels READMEs put before a stage's tools (`**Stream Processing:** Flink`, `### Object Storage`,
 * `Query Engine: Trino`) beyond the stage words themselves. Only read as labels: a name in an arrow
 * chain or a bracket keeps its meaning.
 */
const STAGE_LABELS = new Map<string, Placement>([
  ...(['extraction', 'extract', 'extract and load', 'extract & load', 'collection', 'message broker', 'message queue',
    'messaging', 'event streaming', 'stream ingestion', 'event bus', 'cdc', 'change data capture', 'replication', 'integration'] as const).map((w) => [w, 'ingest'] as const),
  // Not "Warehouse" or "Database": they say what a tool is more than its stage, and stay hints.
  ...(['object storage', 'object store', 'olap database', 'olap',
    'table format', 'lake table format', 'raw storage', 'persistence', 'cloud storage', 'file storage', 'landing zone'] as const).map((w) => [w, 'store'] as const),
  ...(['oltp database', 'operational database'] as const).map((w) => [w, 'generate'] as const),
  ...(['stream processing', 'batch processing', 'real-time processing', 'stream processor', 'processing engine', 'query engine',
    'compute', 'batch', 'speed', 'etl', 'enrichment', 'cleaning', 'distributed processing'] as const).map((w) => [w, 'process'] as const),
  ...(['analytics engineering'] as const).map((w) => [w, 'model'] as const),
  ...(['visualization', 'visualisation', 'dashboard', 'dashboarding', 'reporting', 'business intelligence', 'analytics',
    'consumption', 'presentation', 'api', 'ml', 'machine learning', 'bi tool'] as const).map((w) => [w, 'serve'] as const),
  ...(['workflow orchestration', 'workflow', 'scheduling', 'workflow management', 'pipeline orchestration', 'dag', 'airflow dag'] as const).map((w) => [w, 'orchestrate'] as const),
  ...(['infrastructure', 'infra', 'monitoring', 'observability', 'containerization', 'containerisation', 'deployment', 'ci/cd',
    'metadata management', 'metadata', 'quality', 'governance', 'security', 'infrastructure as code', 'provisioning',
    'version control', 'testing', 'logging', 'alerting', 'catalog', 'lineage', 'programming language', 'language', 'environment'] as const).map((w) => [w, 'none'] as const),
]);

/** A stage word, or a label that names a stage (`Stream Processing`, `Analytics & ML`). */
function stageLabel(text: string): Placement | undefined {
  const direct = stageWord(text);
  if (direct || text.length > 48) return direct;
  const one = (w: string): Placement | undefined => {
    const k = squash(w).toLowerCase().replace(/:$/, '').trim().replace(/^data /, '').replace(/ (?:layer|stage|step|tier)$/, '');
    return stageWord(k) ?? STAGE_LABELS.get(k) ?? (k.endsWith('s') ? STAGE_LABELS.get(k.slice(0, -1)) : undefined);
  };
  const whole = one(text);
  if (whole) return whole;
  // `Analytics & ML`, `Storage and Warehousing`: every part a label; the first says the stage.
  const parts = text.split(/\s*(?:&|\/|,|\band\b)\s*/i).filter((p) => p.trim() !== '');
  const stages = parts.map(one);
  return stages.every((p) => p !== undefined) ? stages[0] : undefined;
}

/** Common technology names, lowercase; several words where the name has them. */
const KNOWN_TECH: readonly string[] = [
  'kafka', 'kinesis', 'pulsar', 'rabbitmq', 'activemq', 'sqs', 'sns', 'pubsub', 'pub/sub', 'eventbridge',
  'event hubs', 'eventhubs', 'nats', 'mqtt', 'redpanda', 'flink', 'spark', 'spark streaming', 'pyspark',
  'beam', 'apache beam', 'dataflow', 'storm', 'hadoop', 'hive', 'presto', 'trino', 'athena', 'emr',
  'databricks', 'snowflake', 'bigquery', 'redshift', 'synapse', 'clickhouse', 'druid', 'pinot', 'duckdb',
  'postgres', 'postgresql', 'mysql', 'mariadb', 'sql server', 'mssql', 'mongodb', 'mongo', 'cassandra',
  'scylladb', 'dynamodb', 'cosmosdb', 'redis', 'elasticsearch', 'opensearch', 'solr', 's3', 'gcs', 'adls',
  'blob storage', 'cloud storage', 'hdfs', 'minio', 'iceberg', 'delta lake', 'hudi', 'parquet', 'avro',
  'airflow', 'dagster', 'prefect', 'luigi', 'oozie', 'argo workflows', 'cron', 'step functions', 'dbt',
  'sqlmesh', 'dataform', 'looker', 'looker studio', 'lookml', 'tableau', 'power bi', 'powerbi', 'metabase',
  'superset', 'redash', 'grafana', 'kibana', 'google analytics', 'ga4', 'snowplow', 'rudderstack',
  'amplitude', 'mixpanel', 'fivetran', 'airbyte', 'meltano', 'debezium', 'kafka connect', 'nifi',
  'logstash', 'fluentd', 'fluent bit', 'fluentbit', 'filebeat', 'aws glue', 'azure data factory',
  'data factory', 'informatica', 'talend', 'pandas', 'polars', 'dask', 'jupyter', 'mlflow', 'sagemaker',
  'vertex ai', 'feast', 'cube.js', 'streamlit', 'salesforce', 'stripe', 'shopify', 'hubspot', 'zendesk',
  'google sheets', 'sftp', 'ftp', 'webhook', 'webhooks', 'graphql', 'grpc', 'bigtable', 'spanner',
];

const KNOWN = new Set(KNOWN_TECH);
const KNOWN_MAX_WORDS = 3;

/** Schedulers: mentioned in a list or a sentence, they run the pipeline rather than carry its data. */
const ORCHESTRATORS = new Set([
  'airflow', 'apache airflow', 'dagster', 'prefect', 'luigi', 'oozie', 'cron', 'argo workflows', 'step functions',
  'kestra', 'control-m', 'rundeck',
]);

/** Words that never start a mention, and are dropped after a preposition. */
const FILLER = new Set(
  (
    'a an the and or but then than to into in on at of for with by via from as is are was were be been being ' +
    'it its they them their we our us you your i he she this that these those there here which where when who what ' +
    'each every all some any no not also too only just so such both either finally first next after afterwards ' +
    'before later eventually meanwhile once while events event data records record rows row messages message ' +
    'files file stuff everything things thing daily hourly nightly weekly monthly batch batches real time realtime ' +
    'production prod place end turn order case parallel addition general total bulk sql etl elt json csv e.g i.e etc ' +
    'lastly step steps stage stages layer pipeline pipelines process processes team teams users user ' +
    "let's let’s set-up setup step-by-step end-to-end real-time near-real-time"
  ).split(' '),
);

/** Words that make an item read as a sentence rather than a bare name. */
const SENTENCE_WORDS = new Set(
  (
    'is are was were be go goes went get gets sent land lands landed loaded written fed streamed pushed pulled ' +
    'stored transformed modelled modeled shown moved copied synced exported ingested ' +
    'then we our they it using via into from to in with by uses use'
  ).split(' '),
);

const PREPOSITIONS = new Set(['to', 'into', 'in', 'with', 'by', 'via', 'from', 'onto', 'through']);
const INDEFINITE = new Set(['a', 'an', 'each', 'every', 'any', 'another']);
const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'their', 'its', 'this', 'that', 'these', 'those', 'each', 'every', 'all', 'some', 'my', 'your']);
const CLAUSE_WORDS = new Set(['and', 'or', 'then', 'where', 'which', 'before', 'after', 'for', 'to', 'into', 'in', 'with', 'by', 'via', 'from', 'on', 'at', 'when', 'until', 'so']);

// ---------------------------------------------------------------------------------------------
// Prose: tokens and mentions

interface Token {
  readonly kind: 'word' | 'punct' | 'code' | 'bracket';
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** First word of a sentence (its capital says nothing). */
  readonly sentenceStart: boolean;
  /** Inside parentheses: an aside (a port, a column list, a topic name), not the flow. */
  readonly aside: boolean;
}



const CONNECTORS = new Set(['.', '-', '/', '#', '+', '@', "'", '’']);
const SENTENCE_END = new Set(['.', '!', '?', ';', ':']);

interface Seg {
  readonly text: string;
  readonly line: number;
  /** 1-based column of text[0]. */
  readonly col: number;
}

type Warn = (line: number, column: number, message: string, found?: string) => void;

function tokenize(seg: Seg, startsSentence: boolean, warn?: Warn): Token[] {
  const s = seg.text;
  const find = finder(s);
  const out: Token[] = [];
  let sentence = startsSentence;
  let depth = 0;
  let i = 0;
  const push = (kind: Token['kind'], text: string, start: number, end: number): void => {
    if (kind === 'punct' && text === ')' && depth > 0) depth--;
    out.push({ kind, text, start, end, sentenceStart: sentence && kind === 'word', aside: depth > 0 });
    if (kind === 'punct' && text === '(') depth++;
    if (kind === 'word' || kind === 'code') sentence = false;
  };
  while (i < s.length) {
    const c = s[i] ?? '';
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const close = closingQuote(c);
    if (close !== undefined && c !== "'" && c !== '‘') {
      const j = find(close, i + 1);
      if (j > i + 1 && j - i <= 80) {
        push('code', s.slice(i + 1, j), i, j + 1);
        i = j + 1;
        continue;
      }
      if (j < 0 && c === '`') warn?.(seg.line, seg.col + i, 'Backtick is never closed', s.slice(i));
      push('punct', c, i, i + 1);
      i++;
      continue;
    }
    if (c === '[') {
      const j = find(']', i + 1);
      if (j > i && j - i <= 80) {
        const inner = s.slice(i + 1, j);
        if (s[j + 1] === '(') {
          // Markdown link: keep the text, drop the address.
          const k = find(')', j + 2);
          push('code', inner, i, j + 1);
          i = k < 0 ? j + 1 : k + 1;
          continue;
        }
        push('bracket', inner, i, j + 1);
        i = j + 1;
        continue;
      }
      push('punct', c, i, i + 1);
      i++;
      continue;
    }
    if (isWordChar(c)) {
      let j = i + 1;
      while (j < s.length) {
        const d = s[j];
        if (isWordChar(d)) j++;
        else if (d === ':' && s.startsWith('://', j) && isWordChar(s[j + 3])) j += 3;
        else if (d !== undefined && CONNECTORS.has(d) && isWordChar(s[j + 1])) j++;
        else if ((d === '+' || d === '#') && !isWordChar(s[j + 1])) {
          // C++, C#, F#
          while (s[j] === '+' || s[j] === '#') j++;
          break;
        } else break;
      }
      push('word', s.slice(i, j), i, j);
      i = j;
      continue;
    }
    push('punct', c, i, i + 1);
    if (SENTENCE_END.has(c) || c === '\n') sentence = true;
    i++;
  }
  return out;
}

function lower(t: Token | undefined): string {
  return t?.text.toLowerCase() ?? '';
}

/** How many word tokens from i form a known technology name (0 when none). */
function knownAt(toks: readonly Token[], i: number): number {
  let best = 0;
  let phrase = '';
  for (let k = 0; k < KNOWN_MAX_WORDS; k++) {
    const t = toks[i + k];
    if (t?.kind !== 'word') break;
    phrase = k === 0 ? t.text.toLowerCase() : `${phrase} ${t.text.toLowerCase()}`;
    if (KNOWN.has(phrase)) best = k + 1;
  }
  return best;
}

/** A token that looks like a product or identifier rather than an English word. */
function technicalShape(t: Token): boolean {
  const s = t.text;
  if (FILLER.has(s.toLowerCase())) return false;
  if (/\p{L}/u.test(s) && /\p{N}/u.test(s)) return true;
  if (/[\p{L}\p{N}][_.][\p{L}\p{N}]/u.test(s) || s.includes('://')) return true;
  if (/^\p{Lu}/u.test(s) ? /\p{Lu}/u.test(s.slice(1)) : /\p{Lu}/u.test(s)) return s.length >= 2;
  return false;
}

function capitalised(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text);
}

/** Starts a mention: known, technical, or capitalised and not the first word of a sentence. */
function startsMention(t: Token): boolean {
  if (FILLER.has(t.text.toLowerCase()) && !technicalShape(t)) return false;
  if (technicalShape(t)) return true;
  return capitalised(t) && !t.sentenceStart;
}

/** A lowercase noun after a tool that names a program built on it rather than the tool. */
const ROLE_NOUN = /^(?:producer|consumer|loader|extractor)s?$/;
const TITLE_NOUN = /^(?:pipelines?|projects?)$/i;
const GENERIC_QUALIFIER = /^(?:data|etl|elt|streaming|analytics|engineering|batch|lakehouse)$/i;

const RUN_BREAKERS = new Set(['i', 'the', 'then', 'and', 'or', 'a', 'an', 'to', 'in', 'into', 'from', 'with', 'via', 'by']);

/** Continues a capitalised run: `Google Analytics`, `Azure Data Factory`, `dbt Cloud`. */
function continuesMention(t: Token): boolean {
  if (RUN_BREAKERS.has(t.text.toLowerCase())) return false;
  return capitalised(t) || technicalShape(t);
}

function plainWord(t: Token | undefined): boolean {
  if (t?.kind !== 'word') return false;
  const w = t.text.toLowerCase();
  if (FILLER.has(w) || SENTENCE_WORDS.has(w) || CLAUSE_WORDS.has(w)) return false;
  if (/(?:ed|ing|ly)$/.test(w) && w.length > 4) return false;
  return /^\p{Ll}/u.test(t.text) && !technicalShape(t);
}

interface Mention {
  name: string;
  explicit?: Placement;
  line: number;
  col: number;
  /** Index of the mention's last token. */
  lastToken: number;
  /** The text between the previous mention and this one. */
  gap: string;
}

/**
 * Whether a name found in running prose is a component: a product or noun the catalog knows, or an
 * identifier (`orders_db`, `spark_stream.py`). Capitalised words the catalog does not know are
 * places, titles and feature names ("Vilnius", "WIP", "TaskGroups"), not parts of the pipeline.
 */
function proseComponent(name: string, code: boolean): boolean {
  // SQL keywords and constants in backticks (`COPY INTO`, `OPENROWSET`) and addresses are not components.
  if ((code && /^[\p{Lu}\p{N}_ ]+$/u.test(name)) || name.includes('://')) return false;
  // `order_month = '2025-07'`, `SELECT * FROM t`: an expression in backticks names no part of the pipeline.
  if (code && /[=<>*'"(){};]/.test(name)) return false;
  if (CLOUD_VENDOR.test(name)) return false;
  const strength = catalogStrength(name);
  // "extract, clean, and store", "the warehouse": a lone lowercase word in a sentence is a step or
  // any such thing; only a product is named that way.
  if (!code && /^\p{Ll}[\p{Ll}-]*$/u.test(name) && strength !== 'product') return false;
  if (strength === 'product' || strength === 'noun') return true;
  if (KNOWN.has(name.toLowerCase())) return true;
  // "CI/CD", "science/ML": a slash between words in prose joins ideas; a path or a pair of products
  // ("Hadoop/HDFS") still names something.
  if (!code && !/[_.]/.test(name) && /^[^/]+\/[^/]+$/.test(name)) {
    return name.split('/').some((p) => catalogStrength(p) === 'product' || KNOWN.has(p.toLowerCase()));
  }
  return /[\p{L}\p{N}][_./][\p{L}\p{N}]/u.test(name) || (code && /^[\p{Ll}\p{N}][\p{Ll}\p{N}-]*-[\p{Ll}\p{N}]+$/u.test(name));
}

/** Technology mentions in a stretch of prose, in order. */
function mentions(b: PipelineBuilder, seg: Seg, startsSentence: boolean): Mention[] {
  const toks = tokenize(seg, startsSentence, (l, c, m, f) => b.warn(l, c, m, f));
  const out: Mention[] = [];
  let prevEnd = 0;
  const add = (first: number, last: number, name?: string, checked = true): void => {
    const a = toks[first];
    const z = toks[last];
    if (!a || !z) return;
    let text = squash(name ?? seg.text.slice(a.start, z.end));
    let col = seg.col + a.start;
    // "Use Amazon Athena to query": a sentence-initial verb is capitalised, not part of the name.
    const verb = name === undefined ? USE_VERB.exec(text) : null;
    if (verb && catalogStrength(text.slice(verb[0].length)) === 'product') {
      text = text.slice(verb[0].length);
      col += seg.text.slice(a.start, z.end).indexOf(text);
    }
    // "raw S3 S3 sources": a word typed twice is one name.
    const twice = /^(\S+) \1$/i.exec(text);
    if (twice?.[1]) text = twice[1];
    if (text === '') return;
    if (checked && (a.aside || !proseComponent(text, a.kind === 'code'))) return;
    out.push({ name: text, line: seg.line, col, lastToken: last, gap: seg.text.slice(prevEnd, a.start) });
    prevEnd = z.end;
  };
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    if (!t) break;
    if (t.kind === 'code') {
      add(i, i, t.text);
      i++;
      continue;
    }
    if (t.kind === 'bracket') {
      const stage = stageWord(t.text);
      const prev = out[out.length - 1];
      if (stage && prev?.lastToken === i - 1) prev.explicit = stage;
      else if (stage && toks[i - 1]?.kind === 'word') {
        add(i - 1, i - 1, undefined, false);
        const m = out[out.length - 1];
        if (m) m.explicit = stage;
      }
      i++;
      continue;
    }
    if (t.kind !== 'word') {
      i++;
      continue;
    }
    const known = knownAt(toks, i);
    if (known > 0 || startsMention(t)) {
      let j = i + Math.max(known, 1);
      while (j < toks.length && j - i < 6) {
        const u = toks[j];
        if (u?.kind !== 'word' || !continuesMention(u)) break;
        j += Math.max(knownAt(toks, j), 1);
      }
      // "a Python Kafka producer": the role noun says what the component is; without it the name
      // reads as the broker.
      const role = toks[j];
      if (role?.kind === 'word' && ROLE_NOUN.test(role.text)) j++;
      // "based on Lambda architecture", "Kappa architecture": a design pattern, not the tool it shares a name with.
      if (j === i + 1 && role?.kind === 'word' && /^architectures?$/i.test(role.text)) {
        i = j + 1;
        continue;
      }
      // "An Airflow Data Pipeline with BigQuery": the page's title for what it builds. Only the
      // product it is named after is a component.
      if (j - i >= 2 && TITLE_NOUN.test(toks[j - 1]?.text ?? '') && GENERIC_QUALIFIER.test(toks[j - 2]?.text ?? '')) {
        if (known > 0 && i + known < j - 1) add(i, i + known - 1);
        i = j;
        continue;
      }
      add(i, j - 1);
      i = j;
      continue;
    }
    if (PREPOSITIONS.has(lower(t))) {
      let k = i + 1;
      // "corresponds to a source table": an indefinite noun is any such thing, not a part of this pipeline.
      const indefinite = INDEFINITE.has(lower(toks[k]));
      while (DETERMINERS.has(lower(toks[k]))) k++;
      const first = k;
      while (k - first < 3 && plainWord(toks[k]) && knownAt(toks, k) === 0) k++;
      const next = toks[k];
      const boundary =
        next === undefined ||
        next.kind === 'punct' ||
        next.kind === 'bracket' ||
        CLAUSE_WORDS.has(lower(next)) ||
        SENTENCE_WORDS.has(lower(next));
      if (k > first && boundary && !indefinite) {
        add(first, k - 1);
        i = k;
        continue;
      }
    }
    i++;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Items and the outline

interface Node {
  readonly kind: 'root' | 'section' | 'item' | 'prose';
  readonly indent: number;
  /** A numbered item. */
  readonly ordered: boolean;
  /** The item's own text, then continuation lines. */
  readonly segs: Seg[];
  readonly children: Node[];
  readonly line: number;
  /** Sections: the stage their label names. */
  readonly stage?: Placement;
  /** Prose: whether the text begins a sentence. */
  readonly sentence?: boolean;
  /** Items: a bold lead (`**Kafdrop (9000)**: Web UI`), where READMEs name the component the item is about. */
  readonly bold?: BoldLead;
  /** Table rows: the row's label cell (`Stream Processor`) and what it says the tool is for. */
  readonly tableLabel?: string;
  /** Items under a heading about the project rather than its pipeline (`## Features`, `## Installation`). */
  readonly about?: boolean;
  readonly tablePurpose?: string;
}

interface BoldLead {
  readonly label: string;
  /** What follows the label and its separator, and where in the item's text it starts. */
  readonly rest: string;
  readonly restAt: number;
  /** A `:`, dash or arrow after the label: the rest describes it. */
  readonly separated: boolean;
}

/** `**Label**: rest`, `**Label:** rest`, `**Label** → rest`, `**Label** does something`. */
function boldLead(raw: string): BoldLead | undefined {
  const m = /^(\*\*|__)(?!\s)([^*_]{1,80}?)\1/.exec(raw);
  if (!m) return undefined;
  const inner = (m[2] ?? '').trim();
  const label = inner.replace(/\[([^\]]*)\]\([^)\s]*\)/g, '$1').replace(/:$/, '').trim();
  if (label === '') return undefined;
  const sep = /^\s*(?::|–|—|-(?=\s)|→|->|=>)\s*/.exec(raw.slice(m[0].length));
  let restAt = m[0].length + (sep ? sep[0].length : 0);
  while (isSpace(raw[restAt])) restAt++;
  return { label, rest: raw.slice(restAt), restAt, separated: inner.endsWith(':') || sep !== null };
}

/** A port in parentheses (`Kafdrop (9000)`, `ClickHouse (8123/9001)`) is configuration, not part of the name. */
const PORT = /\s*\([\d\s/:,.-]+\)/g;

interface Block {
  readonly entries: readonly string[];
  readonly exits: readonly string[];
  readonly line: number;
}

interface Context {
  readonly stage?: Placement;
  readonly hints: readonly string[];
  /** Nested under an item that is itself a component or a sentence: short lines there are its details. */
  readonly detail?: boolean;
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0';
}

/** `- x`, `* x`, `• x`, `+ x`, `12. x`, `3) x` → where the marker and the content start. */
function bullet(line: string): { marker: number; content: number; ordered: boolean } | undefined {
  let i = 0;
  while (isSpace(line[i])) i++;
  const marker = i;
  const c = line[i];
  let ordered = false;
  if (c === '-' || c === '*' || c === '•' || c === '+' || c === '‣' || c === '◦' || c === '▪') i++;
  else {
    while (i < line.length && i - marker < 3 && /[0-9]/.test(line[i] ?? '')) i++;
    if (i === marker || (line[i] !== '.' && line[i] !== ')')) return undefined;
    i++;
    ordered = true;
  }
  if (i < line.length && !isSpace(line[i])) return undefined;
  while (isSpace(line[i])) i++;
  // A task-list box: `- [ ] x`, `- [x] x`.
  if (/^\[[ xX]\]\s/.test(line.slice(i, i + 4))) i += 4;
  while (isSpace(line[i])) i++;
  return { marker, content: i, ordered };
}

/** `Label: rest` or `Label - rest` with a short label. */
function labelSplit(text: string): { label: string; rest: string; restAt: number; colon: boolean } | undefined {
  let sep = -1;
  let sepLen = 0;
  let colon = false;
  let quote: string | undefined;
  for (let i = 0; i < text.length && i <= 48; i++) {
    const c = text[i] ?? '';
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
      continue;
    }
    const q = closingQuote(c);
    if (q !== undefined && c !== "'" && c !== '‘') {
      quote = q;
      continue;
    }
    if (c === '(' || c === '[') return undefined;
    if (c === ':' && !text.startsWith('://', i)) {
      sep = i;
      sepLen = 1;
      colon = true;
      break;
    }
    if ((c === '-' || c === '–' || c === '—') && isSpace(text[i - 1]) && (isSpace(text[i + 1]) || i + 1 === text.length)) {
      sep = i;
      sepLen = 1;
      break;
    }
  }
  if (sep <= 0) return undefined;
  const label = squash(text.slice(0, sep));
  if (label === '' || label.split(' ').length > 4) return undefined;
  let restAt = sep + sepLen;
  while (isSpace(text[restAt])) restAt++;
  return { label, rest: text.slice(restAt), restAt, colon };
}

/** Splits `S3 + Iceberg`, `Kafka, Kinesis`, `Looker & Tableau`, `dbt and Dataform` outside quotes and brackets. */
function splitTools(text: string): { text: string; at: number }[] {
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
    else if (c === '/' && isSpace(text[i - 1]) && isSpace(text[i + 1])) cut(i, i + 1);
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

const CLAUSE_VERBS = new Set(
  'load loads loaded send sends write writes read reads move moves stream streams push pushes pull pulls ingest ingests collect collects land lands run runs build builds transform transforms process processes store stores serve serves export exports sync syncs replicate replicates copy copies feed feeds'.split(' '),
);

/**
 * Verbs READMEs use for what a tool does ("Airflow manages daily runs", "Applies transformations"):
 * only the -s forms, which are not also the nouns in product names (Power BI, query engine).
 */
const DOES_VERBS = new Set(
  'manages handles imports orchestrates schedules powers provides enables consumes produces publishes captures visualizes visualises monitors connects generates aggregates exposes simulates persists supports applies augments cleans filters validates flattens'.split(' '),
);

/** Several words with a verb or a preposition in them: a sentence about tools, not a list of names. */
function readsAsSentence(text: string): boolean {
  const t = squash(text.replace(/\([^()]{0,80}\)/g, ' '));
  if (/[.!?]\s/.test(t)) return true;
  const words = t.replace(/[.!?]$/, '').split(' ').map((w) => w.toLowerCase().replace(/[,;:]$/, ''));
  return words.length >= 4 && words.some((w) => SENTENCE_WORDS.has(w) || DOES_VERBS.has(w));
}

/** The words right before a mention say data is taken from it ("streams data from an external", "consumes the"). */
const TAKES_FROM = /\b(?:from|reads?|consumes?|subscribes?\s+to|polls?|queries)\s+(?:(?:the|an?|its|their)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;
const READ_VERB = /\b(?:reads?|reading|consumes?|consuming|process(?:es|ing)?|pulls?|pulling|subscribes?|subscribing|polls?|polling|fetch(?:es|ing)?|quer(?:y|ies|ying)|connect(?:s|ing)?\s+to|listens?\s+to|from)\b/gi;
const WRITE_VERB = /\b(?:writes?|writing|sends?|sending|push(?:es|ing)?|publish(?:es|ing)?|loads?|loading|stores?|storing|emits?|produces?|lands?|into|to|onto)\b/gi;

/** Whether the last verb before a mention says the subject takes data from it ("reads from", "connects to"). */
function readsFrom(gap: string): boolean {
  const lastEnd = (re: RegExp): number => {
    let end = -1;
    for (const m of gap.matchAll(re)) end = (m.index ?? 0) + m[0].length;
    return end;
  };
  const read = lastEnd(READ_VERB);
  return read >= 0 && read >= lastEnd(WRITE_VERB);
}

/** One word that says what something does (`Captures`, `Processes`), which no product is called. */
function leadVerb(label: string): boolean {
  const w = label.trim().toLowerCase();
  return /^\p{L}+$/u.test(w) && (DOES_VERBS.has(w) || CLAUSE_VERBS.has(w)) && catalogStrength(label) !== 'product';
}

const IMPERATIVES = new Set(
  'add aggregate apply automate build cast check clean clone compute configure create dedupe deduplicate deploy document enrich ensure filter flatten generate install normalize normalise rename run validate'.split(' '),
);

/**
 * An instruction (`Validate event structure`): an imperative verb first, then what it acts on. Verbs
 * that also head component names ("Stream Processing", "Load Balancer", "Query Engine") are left out.
 */
function imperativeStep(text: string): boolean {
  const words = squash(text).split(' ');
  const first = (words[0] ?? '').toLowerCase();
  return words.length >= 2 && (IMPERATIVES.has(first) || IMPERATIVES.has(gerundStem(first))) && catalogStrength(words[0] ?? '') !== 'product';
}

/** "Running Application Locally", "Deploying to ECS": a step said with a gerund is still a step. */
function gerundStem(word: string): string {
  const m = /^(\p{L}{2,}?)ing$/u.exec(word);
  if (!m) return '';
  const stem = m[1] ?? '';
  if (IMPERATIVES.has(stem)) return stem;
  if (IMPERATIVES.has(`${stem}e`)) return `${stem}e`;
  // "running": the doubled consonant goes with the suffix.
  return /(\p{L})\1$/u.test(stem) ? stem.slice(0, -1) : '';
}

/** `Airbyte load raw data` names Airbyte: a verb after the name starts a clause about it. */
function dropTrailingClause(name: string): string {
  const words = name.split(' ');
  const at = words.findIndex((w, i) => i > 0 && (CLAUSE_VERBS.has(w) || DOES_VERBS.has(w)));
  return at > 0 ? words.slice(0, at).join(' ') : name;
}

/**
 * `Kafka for streaming`, `PostgreSQL as sink`, `Airbyte for Extraction`: the tool is the name and the
 * tail says what it is used for. Keeping the tail would make one tool two components on a page that
 * also lists it bare, and the tail is a better stage hint than part of a name.
 */
function roleTail(name: string): { name: string; role: string } | undefined {
  const m = /^(.+?)\s+(?:for|as)\s+(\S.{0,40})$/i.exec(name);
  const head = m?.[1]?.trim() ?? '';
  const role = m?.[2]?.trim() ?? '';
  if (head === '' || role === '' || role.split(' ').length > 4) return undefined;
  // "Infrastructure as Code", "Backend for Frontend": the head alone names nothing.
  return knownNoun(head) || technical(head) ? { name: head, role } : undefined;
}

/** `Ingestion: Kafka`, `Storage:`, `Serving`: an item that names a stage. */
function isStageItem(text: string): boolean {
  const split = labelSplit(text);
  return stageLabel(split ? split.label : text.trim()) !== undefined;
}

/** Headings about the project itself; their items are features and steps, not components. */
const ABOUT_HEADING =
  /^(?:key |main |core )?(?:features?|highlights|capabilities|prerequisites|requirements|getting started|installation|install|setup|set up|running(?: \S+)? locally|how to (?:use|run)|usage|contributing|contribution|license|future (?:enhancements|work|improvements)|roadmap|next steps|acknowledg(?:e)?ments)$/i;

const TOC_ENTRY = /^\s*(?:[-*+•]|\d+[.)])\s+\[[^\]]*\]\(#[^)\s]*\)\s*$/;

/** Markdown emphasis and links removed, keeping columns: `**Kafka**` → `  Kafka  `. */
function plainMarkdown(s: string): string {
  if (!/[*_[]/.test(s)) return s;
  return s.replace(/\*\*|__/g, '  ').replace(/\[([^\]]{0,80})\]\(([^)\s]{0,300})\)/g, (_m, t: string, u: string) => ` ${t} ${' '.repeat(u.length + 2)}`);
}

const ARROWISH = /->|=>|→/;
const ARROW_SPLIT = /->|=>|→/g;

/**
 * Mentions separated only by commas and "and" ("Debezium, Kafka, PostgreSQL, and ClickHouse"), each
 * perhaps with its role ("Kafka for streaming, Spark for processing"), are listed, not chained.
 */
const LIST_GAP = /^\s*(?:\([^()]{0,80}\))?\s*(?:(?:for|as)\s[\p{L}\p{N}\s/-]{0,40}?)?\s*(?:,\s*(?:and|or)?|,?\s+(?:and|or)|&|\+|\/)\s*$/iu;

function listGap(gap: string): boolean {
  return LIST_GAP.test(gap);
}

/** A parenthesis that adds a port, an acronym or an alias (`Kafdrop (9000)`, `Azure Data Factory (ADF)`) and names nothing new. */
const ASIDE = /\s*\((?:[\d\s/:,.-]+|\p{Lu}[^()]*)\)/gu;

/**
 * Mentions meet on the catalog's spelling, so a page's "Apache Kafka (9092)", "Kafka" and
 * "Amazon S3" / "S3" are one component each.
 */
function componentKey(name: string): string {
  const bare = squash(name.replace(ASIDE, ' ').replace(/\s+v?\d+(?:\.(?:\d+|x))*\+?$/i, ''));
  return catalogName(bare) ?? PipelineBuilder.nameKey(bare === '' ? name : bare);
}

/** Which lines are inside ``` fences; none when the whole text is one fenced block (then it is the content). */
function fencedLines(lines: readonly string[]): boolean[] {
  const out: boolean[] = [];
  let open = false;
  let outside = false;
  for (const l of lines) {
    const t = l.trim();
    if (/^(?:```|~~~)/.test(t)) {
      open = !open;
      out.push(false);
      continue;
    }
    out.push(open);
    if (!open && t !== '') outside = true;
  }
  return outside ? out : out.map(() => false);
}

const BOX_DRAWING = /[\u2500-\u257f\u25b2-\u25c4]/g;
const FOLDER_LINE = /^\s*(?:[.~]?\/[\w.@-]+(?:\/[\w.@-]+)*\/?|[\w.@-]+(?:\/[\w.@-]+)*\/)\s*(?:->|=>|→)/;
const TREE_LINE = /^[\s│|]*[├└]──\s*[\w.@/-]*\s*(?:#.*)?$/;
const EDGE_LABEL_LINE = /^\s*[│┃║]\s+[^\s│┃║]/;

/**
 * The arrow chain a README line states (`PostgreSQL → Debezium → Kafka`, in a code block, on its own
 * line or in a heading such as `# CDC Lab: PostgreSQL → ClickHouse`), reduced to names and arrows.
 */
function arrowChainText(clean: string, fenced: boolean): { text: string; heading: boolean } | undefined {
  if (!ARROWISH.test(clean)) return undefined;
  let t = fenced ? clean.replace(BOX_DRAWING, ' ') : plainMarkdown(clean);
  if (!fenced && bullet(t)) return undefined;
  const heading = !fenced && /^\s*#{1,6}\s/.test(t);
  t = t.replace(/^\s*#{1,6}\s+/, '');
  const first = t.search(ARROWISH);
  // `Title (A → B → C)`: the chain is the parenthesis.
  const open = t.lastIndexOf('(', first);
  if (open >= 0 && t.indexOf(')', open) > first) {
    const close = t.lastIndexOf(')');
    const inner = t.slice(open + 1, close > open ? close : t.length);
    // `BigQuery (raw → staging → marts)`: datasets inside one store, which is the component.
    // A modelling tool's layers (`dbt (staging → marts)`) are its models, components each.
    const owner = squash(t.slice(0, open).replace(BOX_DRAWING, ' '));
    if (catalogStrength(owner) === 'product' && classify({ id: 'owner', name: owner, hints: [] }).placement === 'store' && !inner.split(ARROW_SPLIT).some((p) => catalogStrength(squash(p)) === 'product')) return undefined;
    t = inner;
  } else {
    const label = t.lastIndexOf(': ', first);
    if (label >= 0) t = t.slice(label + 2);
  }
  t = t.replace(/\([^()]{0,80}\)/g, ' ').replace(/[`*]/g, ' ').replace(/\s\+\s/g, ', ');
  return isArrowChain(t) ? { text: t, heading } : undefined;
}

/**
 * A heading chain that names no tool and has a piece no catalog knows ("End-to-End Streaming →
 * Warehouse → Transformation Pipeline") is a title; "Bronze → Silver → Gold" still states layers.
 */
function titleChain(text: string): boolean {
  const pieces = text.split(ARROW_SPLIT).map((p) => squash(p)).filter((p) => p !== '');
  const strengths = pieces.map((p) => catalogStrength(p));
  if (strengths.includes('product') || pieces.some((p) => /[_.]\p{L}/u.test(p))) return false;
  return strengths.includes(undefined);
}

const CLOUD_VENDOR = /^(?:aws|amazon web services|aws cloud|gcp|google cloud(?: platform)?|azure|microsoft azure|azure cloud)$/i;
// "*(Coming soon)* Streamlit", "Dagster *(In Progress)*": a status says when, not what.
const STATUS_NOTE = /\s*\*{0,2}_?\((?:coming soon|in progress|wip|planned|future|todo|optional|experimental)\)_?\*{0,2}\s*/gi;
const USE_VERB = /^(?:use|using|uses|leverage|leveraging|leverages|utili[sz]e|utili[sz]ing|with)\s+/i;
const DOC_WORDS = /^(?:documentation|docs)$/i;
// "Lakehouse Paradigm", "Dimensional Modeling", "Star Schema": a way of building, not a part of the pipeline.
const CONCEPT = /\b(?:paradigm|architecture|pattern|approach|principles?|model(?:l)?ing|methodology|schema)$/i;

/**
 * The product a list item names, without what the author wrote around it: a status note, a leading
 * "Use", or a label after the product that the catalog does not know ("dbt Documentation",
 * "Dagster (Software-Defined Assets)"). The label is kept as a hint.
 */
export function productCore(raw: string): { name: string; hints: string[] } {
  const hints: string[] = [];
  let name = squash(raw.replace(STATUS_NOTE, (m) => {
    hints.push(squash(m.replace(/[*_()]/g, ' ')));
    return ' ';
  }));
  const verb = USE_VERB.exec(name);
  if (verb && catalogStrength(name.slice(verb[0].length)) === 'product') name = name.slice(verb[0].length);
  if (catalogName(name) !== undefined) return { name, hints };
  // "Web app (React)" names what it is built with; a phrase in brackets describes how it is used.
  const paren = /^(.*?)\s*\(([^()]*)\)$/.exec(name);
  if (paren?.[1] && catalogName(paren[1]) !== undefined && catalogStrength(paren[1]) === 'product' && /\s/.test(paren[2] ?? '') && catalogStrength(paren[2] ?? '') === undefined) {
    return { name: paren[1], hints: [...hints, paren[2] ?? ''] };
  }
  const words = name.split(' ');
  for (let k = words.length - 1; k >= 1; k--) {
    const head = words.slice(0, k).join(' ');
    const rest = words.slice(k).join(' ');
    if (catalogName(head) === undefined) continue;
    const label = (catalogStrength(rest) === undefined && /^\p{Lu}\p{Ll}/u.test(rest)) || DOC_WORDS.test(rest);
    if (label && catalogStrength(head) === 'product' && !CONCEPT.test(name)) return { name: head, hints: [...hints, rest] };
    break;
  }
  return { name, hints };
}

/** Reads as a bare name (or a short list of names) rather than a sentence. */
function nameLike(text: string): boolean {
  if (text.length > 200) return false;
  const t = squash(text.replace(/\([^()]{0,80}\)/g, ' ').replace(/\[[^\]]{0,40}\]\s*$/, ''));
  if (t === '' || t.length > 60 || ARROWISH.test(t) || !/[\p{L}\p{N}]/u.test(t)) return false;
  if (unquote(t).quoted) return true;
  const words = t.replace(/[.!?]$/, '').split(' ');
  // "Applies necessary transformations": a description of what the parent does.
  if (DOES_VERBS.has((words[0] ?? '').toLowerCase())) return false;
  return words.length <= 5 && !words.some((w) => SENTENCE_WORDS.has(w.toLowerCase())) && !/[.!?]\s/.test(t);
}

/**
 * Names a tool, an identifier or a catalog noun. Unlike `technical`, an acronym alone ("URL", "CSV
 * path") does not count: nested under a step, it is what the step reads.
 */
function namesSomething(text: string): boolean {
  if (knownNoun(text)) return true;
  const toks = tokenize({ text: text.slice(0, 200), line: 1, col: 1 }, true);
  return toks.some((t, i) => t.kind === 'code' || (t.kind === 'word' && (knownAt(toks, i) > 0 || /[\p{N}_./]/u.test(t.text) || /\p{Ll}\p{Lu}/u.test(t.text))));
}

/** Some piece of a `+`/`,`-separated phrase is a product the catalog knows. */
function namesProduct(text: string): boolean {
  return splitTools(text).some((p) => catalogStrength(squash(p.text)) === 'product');
}

/** A noun the catalog knows as a component ("Mobile app", "API"), though not a product. */
function knownNoun(text: string): boolean {
  const strength = catalogStrength(squash(text.replace(/\([^()]{0,80}\)/g, ' ')));
  return strength === 'product' || strength === 'noun';
}

/** Whether a phrase names a technology (as opposed to a step such as "Collect events"). */
function technical(text: string): boolean {
  const toks = tokenize({ text: text.slice(0, 200), line: 1, col: 1 }, true);
  return toks.some((t, i) => t.kind === 'code' || (t.kind === 'word' && (knownAt(toks, i) > 0 || technicalShape(t))));
}

const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const TOOL_HEADER = /^(?:tech(?:nology|nologies)?(?: stack)?|tools?(?:ing)?|stack|services?|product|software|framework|implementation|choice|platform|engine|used|what)$/i;
const PURPOSE_HEADER = /^(?:purpose|role|description|use|usage|used for|why|function|responsibility|notes?)$/i;

interface TableColumns {
  readonly tool: number;
  readonly label?: number;
  readonly purpose?: number;
}

/** The cells of `| a | b |`, trimmed, with the column each starts at. */
function tableCells(line: string): { text: string; col: number }[] {
  const cells: { text: string; col: number }[] = [];
  let start = line.indexOf('|') + 1;
  for (let i = start; i <= line.length; i++) {
    if (i === line.length || (line[i] === '|' && line[i - 1] !== '\\')) {
      const raw = line.slice(start, i);
      const lead = raw.length - raw.trimStart().length;
      if (i < line.length || raw.trim() !== '') cells.push({ text: squash(raw.replace(/`/g, ' ')), col: start + lead + 1 });
      start = i + 1;
    }
  }
  return cells;
}

/**
 * Which column of a table holds the tools (`Technology`, `Tools`), which the row's role (`Layer`,
 * `Component`) and which its purpose. A table without a tool column (versions, ports, ML tasks) names
 * no components.
 */
function tableColumns(header: readonly string[]): TableColumns | undefined {
  const tool = header.findIndex((h) => TOOL_HEADER.test(h));
  if (tool < 0) return undefined;
  const purpose = header.findIndex((h, i) => i !== tool && PURPOSE_HEADER.test(h));
  const label = header.findIndex((h, i) => i !== tool && i !== purpose);
  return { tool, ...(label >= 0 && label < tool ? { label } : {}), ...(purpose >= 0 ? { purpose } : {}) };
}

class ListReader {
  /** The page draws its flow with arrows: that is the flow, and lists and prose only name components. */
  private flowGiven = false;
  private readonly arrowLines: { text: string; line: number; heading: boolean }[] = [];

  constructor(private readonly b: PipelineBuilder) {
    b.keyOf = componentKey;
  }

  read(text: string): void {
    const root = this.outline(text);
    // A title's arrows ("Weather → S3 → Snowflake") summarise; a chain in the body is the flow itself.
    const body = this.arrowLines.filter((l) => !l.heading);
    const flow = body.length > 0 ? body : this.arrowLines;
    for (const l of flow) readArrowLine(this.b, l.text, l.line);
    this.flowGiven = flow.length > 0;
    this.blockOf(root, { hints: [] });
  }

  /** Lines → a tree of sections, items and prose. */
  private outline(text: string): Node {
    const b = this.b;
    const root: Node = { kind: 'root', indent: -3, ordered: false, segs: [], children: [], line: 1 };
    const stack: Node[] = [root];
    const top = (): Node => stack[stack.length - 1] ?? root;
    const popItems = (): void => {
      while (stack.length > 1 && top().kind === 'item') stack.pop();
    };
    let last: Node | undefined; // the item continuation lines attach to
    let inComment: { line: number; col: number } | undefined;
    let proseEnded = true;
    let about = false;
    let aboutLevel: number | undefined;
    let table: TableColumns | undefined;
    const lines = splitLines(text);
    const fenced = fencedLines(lines.map((l) => l.text));

    for (const [n, src] of lines.entries()) {
      let line = src.text;
      // HTML comments are blanked so columns stay put.
      let from = 0;
      let clean = '';
      while (from < line.length) {
        if (inComment) {
          const end = line.indexOf('-->', from);
          if (end < 0) {
            clean += ' '.repeat(line.length - from);
            from = line.length;
          } else {
            clean += ' '.repeat(end + 3 - from);
            from = end + 3;
            inComment = undefined;
          }
        } else {
          const open = line.indexOf('<!--', from);
          if (open < 0) {
            clean += line.slice(from);
            from = line.length;
          } else {
            clean += line.slice(from, open);
            from = open;
            inComment = { line: src.line, col: open + 1 };
          }
        }
      }
      // A table of contents (`- [Overview](#overview)`) lists the page's sections, not components.
      if (TOC_ENTRY.test(clean)) continue;
      // A folder legend (`/home/app/dags/ → DAG code`) or a directory tree line says where files live.
      if (FOLDER_LINE.test(clean) || TREE_LINE.test(clean)) continue;
      // `│  Schedules + Orchestrates` beside a vertical arrow labels the edge; it names no component.
      if (EDGE_LABEL_LINE.test(clean) && !namesProduct(clean.replace(BOX_DRAWING, ' '))) continue;
      const arrow = arrowChainText(clean, fenced[n] === true);
      // "## Streaming → Warehouse → Transformation Pipeline" is a title; a title naming tools is a summary flow.
      if (arrow?.heading && titleChain(arrow.text)) continue;
      if (arrow) {
        this.arrowLines.push({ text: arrow.text, line: src.line, heading: arrow.heading });
        continue;
      }
      // Code blocks hold commands, trees and config, not a description of the pipeline.
      if (fenced[n] === true) continue;
      line = plainMarkdown(clean);
      if (/^\s*\|.*\|\s*$/.test(line)) {
        // A table row is never prose: only a table with a tool column names components, one per row.
        const row = tableCells(line);
        if (TABLE_RULE.test(lines[n + 1]?.text ?? '')) table = tableColumns(row.map((c) => c.text));
        else if (!TABLE_RULE.test(line) && table) {
          const tool = row[table.tool];
          const label = table.label === undefined ? undefined : row[table.label]?.text;
          const purpose = table.purpose === undefined ? undefined : row[table.purpose]?.text;
          if (tool && tool.text !== '' && !/^[-–—]$/.test(tool.text)) {
            while (stack.length > 1) stack.pop();
            root.children.push({
              kind: 'item',
              indent: 0,
              ordered: false,
              segs: [{ text: tool.text, line: src.line, col: tool.col }],
              children: [],
              line: src.line,
              ...(label ? { tableLabel: label } : {}),
              ...(purpose ? { tablePurpose: purpose } : {}),
            });
          }
        }
        last = undefined;
        proseEnded = true;
        continue;
      }
      table = undefined;
      const trimmed = line.trim();
      if (trimmed === '' || /^(?:```|~~~)/.test(trimmed) || /^(?:-{3,}|\*{3,}|_{3,})$/.test(trimmed)) {
        if (trimmed === '') proseEnded = true;
        continue;
      }
      const indent = indentWidth(line);
      const firstCol = line.length - line.trimStart().length + 1;

      // Markdown heading.
      const heading = /^#{1,6}\s/.exec(trimmed);
      if (heading) {
        const at = firstCol - 1 + heading[0].length;
        let end = line.length;
        while (end > at && (isSpace(line[end - 1]) || line[end - 1] === '#')) end--;
        const body = line.slice(at, end);
        while (stack.length > 1) stack.pop();
        last = undefined;
        const seg = { text: body, line: src.line, col: at + 1 };
        // "### 2. Kafka Event Streaming" under "# Features" is one of the features, not the pipeline.
        const level = heading[0].trim().length;
        if (aboutLevel === undefined || level <= aboutLevel) {
          about = ABOUT_HEADING.test(squash(body.replace(/[^\p{L}\p{N}\s'-]/gu, ' ')));
          aboutLevel = about ? level : undefined;
        }
        const split = labelSplit(body);
        const stage = stageLabel(split && split.rest.trim() === '' ? split.label : body);
        if (stage) stack.push(this.section(root, seg, stage));
        else if (split && split.rest.trim() !== '') root.children.push(this.item(seg, indent, false));
        continue;
      }

      const bul = bullet(line);
      if (bul) {
        const seg = { text: line.slice(bul.content), line: src.line, col: bul.content + 1 };
        if (seg.text.trim() === '') {
          b.warn(src.line, bul.marker + 1, 'Empty list item', trimmed);
          continue;
        }
        while (stack.length > 1 && top().kind === 'item' && top().indent >= bul.marker) stack.pop();
        // `- Ingestion: Kafka` is a step of its own: it ends a section it is not nested in.
        if (top().kind === 'section' && isStageItem(seg.text)) stack.pop();
        // The bullet's content starts after the emphasis markers blanked above; the lead is read with them.
        let lead = bul.content;
        // `**[dlt](https://dlthub.com/)**`: the link's bracket sits between the markers and the name.
        if (clean[lead - 1] === '[') lead--;
        while (lead > 0 && (clean[lead - 1] === '*' || clean[lead - 1] === '_')) lead--;
        const bold = boldLead(clean.slice(lead));
        const node = this.item(seg, bul.marker, bul.ordered, bold && { ...bold, restAt: Math.max(0, bold.restAt - (bul.content - lead)) }, about);
        top().children.push(node);
        stack.push(node);
        last = node;
        continue;
      }

      // An indented line right under an item continues it.
      if (last && indent > last.indent && stack.includes(last)) {
        last.segs.push({ text: line.slice(firstCol - 1), line: src.line, col: firstCol });
        continue;
      }
      last = undefined;

      const seg = { text: line.slice(firstCol - 1), line: src.line, col: firstCol };
      const split = labelSplit(seg.text);
      if (split?.colon && split.rest.trim() === '' && split.label.split(' ').length <= 4) {
        // `Ingestion:` opens a section; any other label (`Our pipeline:`) is a title.
        while (stack.length > 1) stack.pop();
        const stage = stageLabel(split.label);
        if (stage) stack.push(this.section(root, seg, stage));
        continue;
      }
      if (split && split.rest.trim() !== '' && stageLabel(split.label)) {
        // `Storage: S3 + Iceberg` on its own line is a step of the main chain.
        while (stack.length > 1) stack.pop();
        const node = this.item(seg, indent, false);
        root.children.push(node);
        stack.push(node);
        last = node;
        continue;
      }
      popItems();
      top().children.push({
        kind: 'prose',
        indent,
        ordered: true,
        segs: [seg],
        children: [],
        line: src.line,
        sentence: proseEnded,
      });
      proseEnded = /[.!?:;]$/.test(trimmed);
    }
    if (inComment) b.warn(inComment.line, inComment.col, 'Comment is never closed', '<!--');
    return root;
  }

  private section(root: Node, seg: Seg, stage: Placement): Node {
    const node: Node = { kind: 'section', indent: -1, ordered: false, segs: [seg], children: [], line: seg.line, stage };
    root.children.push(node);
    return node;
  }

  private item(seg: Seg, indent: number, ordered: boolean, bold?: BoldLead, about = false): Node {
    return { kind: 'item', indent, ordered, segs: [seg], children: [], line: seg.line, ...(bold ? { bold } : {}), ...(about ? { about } : {}) };
  }

  /**
   * An item led by a bold label. A stage label (`**Ingest (ADF)**:`) states the stage of the tools
   * it names; a product or identifier (`**Kafdrop (9000)**: Web UI…`, `**kafka_stream.py**: …`) is the
   * component and the rest describes it; a bold subject of a sentence starts the sentence's chain.
   * Undefined: read the item as usual (a step label such as `**Data Streaming**: data is streamed…`).
   */
  private boldItem(bold: BoldLead, seg: Seg, ctx: Context): Block | null | undefined {
    const paren = /^(.*?)\s*\(([^()]+)\)$/.exec(bold.label);
    const base = paren?.[1] ?? bold.label;
    const stage = stageLabel(bold.label) ?? stageLabel(base);
    if (stage) {
      if (!paren || stageLabel(bold.label)) return undefined;
      const at = seg.col + bold.label.indexOf('(') + 1;
      return this.tools({ text: paren[2] ?? '', line: seg.line, col: at }, { stage, hints: ctx.hints }, bold.rest.trim() === '' ? [] : [truncate(squash(bold.rest), 120)]);
    }
    if (bold.rest.trim() === '') return undefined;
    // "**Captures** events from … into Kafka": a bold verb leads a sentence; it names nothing.
    if (!bold.separated && leadVerb(bold.label)) return this.chain(this.mentionsIn({ text: bold.rest, line: seg.line, col: seg.col + bold.restAt }, false), ctx);
    const name = squash(bold.label.replace(PORT, ' '));
    // "**Automate dbt Build:** …": a task to do, not a component; the tools it names are.
    if (bold.separated && imperativeStep(bold.label)) {
      return this.chain(
        [...this.mentionsIn({ text: bold.label, line: seg.line, col: seg.col }, true), ...this.mentionsIn({ text: bold.rest, line: seg.line, col: seg.col + bold.restAt }, true)],
        ctx,
      );
    }
    if (!bold.separated) {
      const rest: Seg = { text: bold.rest, line: seg.line, col: seg.col + bold.restAt };
      const subject: Mention = { name, line: seg.line, col: seg.col, lastToken: -1, gap: '' };
      const [first, ...others] = this.mentionsIn(rest, false);
      // "**Flink** processes Kafka streams and writes to Iceberg": what the subject reads comes first.
      if (first && readsFrom(first.gap)) return this.chain([{ ...first, gap: '' }, { ...subject, gap: ' ' }, ...others], ctx);
      return this.chain(first ? [subject, first, ...others] : [subject], ctx);
    }
    const strength = catalogStrength(base);
    const identifier = /[\p{L}\p{N}][_.][\p{L}\p{N}]/u.test(base);
    // "**Incremental Processing:** … on the `fct_reviews` table using `append_new_columns`": under a
    // feature's title, the identifiers are what the feature touches; only the tools it names are parts.
    if (strength !== 'product' && strength !== 'noun' && !identifier && base.split(' ').length >= 2 && /\p{Ll}/u.test(base) && technical(bold.rest)) {
      const named = this.mentionsIn({ text: bold.rest, line: seg.line, col: seg.col + bold.restAt }, true).filter((m) => knownNoun(m.name));
      return named.length === 0 ? null : this.chain(named, ctx);
    }
    if (strength !== 'product' && !identifier && technical(bold.rest)) return undefined;
    // "**Casting:** Ensure data types are cast", "**Materialized as Views:** …": a label that names
    // nothing, explained by a sentence, is a feature of the project; only tools the sentence names count.
    // A layer ("**Bronze**: raw data, kept as landed") is a component however it is explained.
    if (!identifier && strength === undefined && !namesSomething(base) && !nameLike(bold.rest)) {
      return this.chain(this.mentionsIn({ text: bold.rest, line: seg.line, col: seg.col + bold.restAt }, true), ctx);
    }
    // "**Lakehouse Paradigm:** DuckDB reads from S3": the title is a way of building; the sentence names the parts.
    if (CONCEPT.test(name)) return this.chain(this.mentionsIn({ text: bold.rest, line: seg.line, col: seg.col + bold.restAt }, true).filter((m) => knownNoun(m.name)), ctx);
    return this.named({ text: name, line: seg.line, col: seg.col }, ctx, [truncate(squash(bold.rest), 120)]);
  }

  /** Connects every exit of `a` to every entry of `b`, unless the page states its flow with arrows. */
  private connect(a: Block, z: Block): void {
    if (this.flowGiven) return;
    this.b.fanOut(a.exits, z.entries, { line: z.line, noSelf: true });
  }

  private children(nodes: readonly Node[], ctx: Context, chained: boolean): Block | null {
    const blocks: Block[] = [];
    for (const n of nodes) {
      const blk = this.blockOf(n, ctx);
      if (blk) blocks.push(blk);
    }
    const first = blocks[0];
    if (!first) return null;
    if (chained) {
      // An orchestrator (or anything marked [none]) sits beside the data path, not on it.
      const onPath = blocks.filter((blk) => !this.offPath(blk));
      const head = onPath[0];
      if (!head) return null;
      for (let i = 1; i < onPath.length; i++) this.connect(onPath[i - 1] ?? head, onPath[i] ?? head);
      return { entries: head.entries, exits: (onPath[onPath.length - 1] ?? head).exits, line: head.line };
    }
    const entries = new Set<string>();
    const exits = new Set<string>();
    for (const blk of blocks) {
      blk.entries.forEach((e) => entries.add(e));
      blk.exits.forEach((e) => exits.add(e));
    }
    return { entries: [...entries], exits: [...exits], line: first.line };
  }

  /** Marked [orchestrate] or [none], or a well-known scheduler not marked otherwise. */
  private offPathId(id: string): boolean {
    const e = this.b.explicitOf(id);
    if (e) return e === 'orchestrate' || e === 'none';
    return ORCHESTRATORS.has((this.b.nameOf(id) ?? '').toLowerCase());
  }

  private offPath(blk: Block): boolean {
    return [...blk.entries, ...blk.exits].every((id) => this.offPathId(id));
  }

  private childrenChained(node: Node): boolean {
    const first = node.children[0];
    return node.kind === 'root' || first?.kind === 'prose' || first?.ordered === true;
  }

  private blockOf(node: Node, ctx: Context): Block | null {
    switch (node.kind) {
      case 'root':
        return this.children(node.children, ctx, true);
      case 'section': {
        const inner = { stage: node.stage ?? ctx.stage, hints: ctx.hints };
        const blk = this.children(node.children, inner, this.childrenChained(node));
        const seg = node.segs[0];
        if (!blk && seg) this.b.warn(seg.line, seg.col, 'Stage heading with no components under it', seg.text.trim());
        return blk;
      }
      case 'prose': {
        const seg = node.segs[0];
        return seg ? this.chain(this.mentionsIn(seg, node.sentence ?? true), ctx) : null;
      }
      case 'item':
        return this.itemBlock(node, ctx);
      default:
        return null;
    }
  }

  private mentionsIn(seg: Seg, sentence: boolean): Mention[] {
    return mentions(this.b, seg, sentence);
  }

  /**
   * Mentions (prose) as a block: in reading order, except that names listed together ("using
   * Debezium, Kafka, PostgreSQL, and ClickHouse") are a set of tools, side by side.
   */
  private chain(given: readonly Mention[], ctx: Context, extraHints: readonly string[] = []): Block | null {
    const groups: { ids: string[]; line: number }[] = [];
    const idOf = new Map<Mention, string>();
    for (const m of given) idOf.set(m, this.add(m.name, m.line, m.col, m.explicit ?? ctx.stage, [...ctx.hints, ...extraHints]));
    // "Kafka streams data from an external API": what a tool reads from comes before it on the path.
    const ms = [...given];
    for (let i = 1; i < ms.length; i++) {
      const a = ms[i - 1];
      const z = ms[i];
      if (a && z && TAKES_FROM.test(z.gap) && !/[.!?;:]\s/.test(z.gap)) {
        const source = { ...z, gap: a.gap };
        const reader = { ...a, gap: ' ' };
        idOf.set(source, idOf.get(z) ?? '');
        idOf.set(reader, idOf.get(a) ?? '');
        ms[i - 1] = source;
        ms[i] = reader;
        i++;
      }
    }
    for (const m of ms) {
      const id = idOf.get(m) ?? '';
      if (ms.length > 1 && this.offPathId(id)) continue;
      const last = groups[groups.length - 1];
      if (last && listGap(m.gap)) {
        if (!last.ids.includes(id)) last.ids.push(id);
      } else if (!(last?.ids.length === 1 && last.ids[0] === id)) {
        groups.push({ ids: [id], line: m.line });
      }
    }
    const head = groups[0];
    const tail = groups[groups.length - 1];
    if (!head || !tail) return null;
    for (let i = 1; i < groups.length; i++) {
      const a = groups[i - 1];
      const z = groups[i];
      if (a && z) this.connect({ entries: a.ids, exits: a.ids, line: a.line }, { entries: z.ids, exits: z.ids, line: z.line });
    }
    return { entries: head.ids, exits: tail.ids, line: head.line };
  }

  private add(name: string, line: number, col: number, explicit: Placement | undefined, hints: readonly string[]): string {
    return this.b.component(name, { line, explicit, hints, at: { line, column: col } });
  }

  /** Names (`Kafka, Kinesis`) in parallel; a piece that reads as a sentence is read as prose. */
  private tools(seg: Seg, ctx: Context, hints: readonly string[]): Block | null {
    // "Clean, filter, and augment data in the Silver layer": its commas do not separate names.
    if (readsAsSentence(seg.text)) return this.chain(this.mentionsIn(seg, true), { hints: ctx.hints }, hints);
    const entries: string[] = [];
    const exits: string[] = [];
    for (const piece of splitTools(seg.text)) {
      const lead = piece.text.length - piece.text.trimStart().length;
      const sub: Seg = { text: piece.text.trim(), line: seg.line, col: seg.col + piece.at + lead };
      // "cleaned + standardized datasets": a lone participle says what was done to the data.
      if (/^\p{Ll}+(?:ed|ing)$/u.test(sub.text) && knownAt(tokenize(sub, true), 0) === 0) continue;
      // A label's stage is stated for the names after it (`Storage: S3 + Iceberg`), not for every tool
      // a sentence after it mentions ("Processing: a Spark job reads the Kafka topic and writes to Postgres").
      const blk = nameLike(sub.text)
        ? this.named(sub, ctx, hints)
        : this.chain(this.mentionsIn(sub, false), { hints: ctx.hints }, hints);
      if (!blk) continue;
      blk.entries.forEach((e) => entries.includes(e) || entries.push(e));
      blk.exits.forEach((e) => exits.includes(e) || exits.push(e));
    }
    return entries.length === 0 ? null : { entries, exits, line: seg.line };
  }

  /**
   * A table's tool cell. The row's label is a hint rather than a stated stage: "Transformation | dbt"
   * should not outvote what dbt is. A trailing note (`Apache Kafka (KRaft)`) describes the tool, and a
   * piece that names no tool ("custom data quality layer") is a feature.
   */
  private tableRow(seg: Seg, hints: readonly string[]): Block | null {
    const entries: string[] = [];
    for (const piece of splitTools(seg.text)) {
      const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(piece.text.trim());
      const name = (m?.[1] ?? piece.text).trim();
      if (name === '' || !namesSomething(name) || !nameLike(name)) continue;
      const lead = piece.text.length - piece.text.trimStart().length;
      const blk = this.named({ text: name, line: seg.line, col: seg.col + piece.at + lead }, { hints: [] }, m?.[2] ? [...hints, m[2]] : hints);
      blk?.entries.forEach((e) => entries.includes(e) || entries.push(e));
    }
    return entries.length === 0 ? null : { entries, exits: entries, line: seg.line };
  }

  /** One name as written, with an optional `[stage]`. */
  private named(seg: Seg, ctx: Context, hints: readonly string[]): Block | null {
    const o = splitOverride(seg.text);
    if (o.unknown) {
      this.b.warn(seg.line, seg.col + o.unknown.index, `"[${o.unknown.word}]" is not a stage; kept as part of the name`, `[${o.unknown.word}]`);
    }
    const { text, quoted } = unquote(o.name);
    let name = squash(text.replace(/`/g, ''));
    if (!quoted) name = dropTrailingClause(name.replace(/[.;:]+$/, '').trim());
    const role = quoted ? undefined : roleTail(name);
    if (role) name = role.name;
    const extra: string[] = [];
    if (!quoted) {
      const trimmed = productCore(name);
      name = trimmed.name;
      extra.push(...trimmed.hints);
      // A cloud vendor on its own hosts the pipeline; it is not a part of it.
      if ((CLOUD_VENDOR.test(name) || CONCEPT.test(name)) && !o.explicit) return null;
    }
    if (name === '') {
      if (o.explicit) this.b.warn(seg.line, seg.col, 'A stage override with no name before it', seg.text);
      return null;
    }
    // Under "Orchestration with Dagster", "dbt for Transformation" says what dbt does; the heading
    // only says what runs it.
    const stage = o.explicit ?? (role && stageLabel(role.role) ? undefined : ctx.stage);
    const id = this.add(name, seg.line, seg.col, stage, [...ctx.hints, ...hints, ...extra, ...(role ? [role.role] : [])]);
    return { entries: [id], exits: [id], line: seg.line };
  }

  private itemBlock(node: Node, ctx: Context): Block | null {
    const b = this.b;
    const [seg, ...more] = node.segs;
    if (!seg) return null;
    const content: Seg = { text: seg.text.trimEnd(), line: seg.line, col: seg.col };
    const hasChildren = node.children.length > 0;
    let own: Block | null = null;
    let childCtx: Context = ctx;
    let stepLabel = false;

    const split = labelSplit(content.text);
    const bold = node.bold ? this.boldItem(node.bold, content, ctx) : undefined;
    if (node.about && !node.bold && node.tableLabel === undefined && node.tablePurpose === undefined) {
      // "Real-time data processing", "Scalable storage" under `## Features`: what the project offers.
      // Only the tools such an item names are components.
      const bare = nameLike(content.text) && namesSomething(content.text) &&
        !content.text.toLowerCase().split(/\s+/).some((w) => CLAUSE_WORDS.has(w) && w !== 'and' && w !== 'or');
      own = bare ? this.tools(content, ctx, []) : this.chain(this.mentionsIn(content, true), ctx);
    } else if (node.tableLabel !== undefined || node.tablePurpose !== undefined) {
      own = this.tableRow(content, [node.tableLabel ?? '', node.tablePurpose ?? ''].filter((h) => h !== ''));
    } else if (bold !== undefined) {
      own = bold;
    } else if (split && split.rest.trim() === '') {
      // `- Ingestion:` — a step whose components are the children.
      const stage = stageLabel(split.label);
      childCtx = stage ? { stage, hints: ctx.hints } : { stage: ctx.stage, hints: [...ctx.hints, split.label] };
      stepLabel = true;
    } else if (split && stageLabel(split.label)) {
      const stage = stageLabel(split.label);
      childCtx = { stage, hints: ctx.hints };
      own = this.tools({ text: split.rest, line: seg.line, col: seg.col + split.restAt }, childCtx, []);
    } else if (split) {
      const rest: Seg = { text: split.rest, line: seg.line, col: seg.col + split.restAt };
      const restNames = splitTools(rest.text).every((p) => nameLike(p.text));
      if (restNames && (technical(rest.text) || !technical(split.label))) {
        own = this.tools(rest, ctx, [split.label]);
      } else if (nameLike(split.label) && technical(split.label)) {
        own = this.named({ text: split.label, line: seg.line, col: seg.col }, ctx, [truncate(squash(split.rest), 120)]);
      } else {
        own = this.chain(this.mentionsIn(content, true), ctx);
      }
    } else if (nameLike(content.text) && imperativeStep(content.text)) {
      // "Cast and clean fields", "Run dbt staging": a step to do; only the tools it names are components.
      own = this.chain(this.mentionsIn(content, true), ctx);
    } else if (nameLike(content.text)) {
      const stage = hasChildren ? stageLabel(content.text) : stageWord(content.text);
      if (stage) {
        childCtx = { stage, hints: ctx.hints };
        stepLabel = true;
      } else if (hasChildren && !technical(content.text) && !splitOverride(content.text).explicit) {
        childCtx = { stage: ctx.stage, hints: [...ctx.hints, squash(content.text)] };
        stepLabel = true;
      } else if (ctx.detail && !namesSomething(content.text)) {
        // "URL", "Sink folder path", "Multiple datasets added incrementally" under a step that
        // already named its tools: what it reads or does, not another component.
        stepLabel = true;
      } else {
        own = this.tools(content, ctx, []);
      }
    } else {
      own = this.chain(this.mentionsIn(content, true), ctx);
    }

    // Continuation lines describe the item; when the item named nothing, they name its components.
    const described: string[] = [];
    for (const m of more) {
      if (own || stepLabel) described.push(m.text);
      else own = this.chain(this.mentionsIn(m, true), ctx);
    }
    if (own && described.length > 0) {
      for (const id of own.entries) b.addHints(id, [truncate(squash(described.join(' ')), 120)]);
    }

    const detailed = stepLabel && !ctx.detail ? childCtx : { ...childCtx, detail: true };
    const kids = this.children(node.children, detailed, this.childrenChained(node));
    if (stepLabel) {
      if (!kids && !ctx.detail) b.warn(seg.line, seg.col, 'Step with no components under it', content.text.trim());
      return kids;
    }
    if (!own) {
      if (!kids) b.warn(seg.line, seg.col, 'No component found in this item', content.text.trim());
      return kids;
    }
    if (kids) this.connect(own, kids);
    return own;
  }
}

function parseList(text: string): RawPipeline {
  return safely((b) => new ListReader(b).read(text));
}

const FLOW_WORDS =
  /\b(?:goes|go|sent|sends|lands?|landed|loaded|loads|written|writes|streams?|streamed|flows?|into|then|pushed|pulls?|pulled|feeds?|moved|copied|synced|ingested|stored|transformed|modell?ed|shown|exported)\b/i;

function detectList(text: string): number {
  const head = text.slice(0, DETECT_HEAD);
  const lines = splitLines(head).slice(0, 300).map((l) => l.text);
  let content = 0;
  let listy = 0;
  let firstMeaningful: string | undefined;
  for (const line of lines) {
    const t = line.trim();
    if (t === '' || t.startsWith('```') || t.startsWith('<!--') || t.startsWith('%%')) continue;
    firstMeaningful ??= t;
    content++;
    const bul = bullet(line);
    if (bul && line.slice(bul.content).trim() !== '') listy++;
    else {
      const split = labelSplit(t);
      if (split && stageLabel(split.label)) listy++;
    }
  }
  if (content === 0) return 0;
  if (firstMeaningful && /^(?:graph|flowchart)(?:-elk)?(?:\s|;|$)/i.test(firstMeaningful)) return 0.05;
  if (listy >= 2 && listy / content >= 0.4) return Math.min(0.75, 0.6 + 0.15 * (listy / content));
  if (listy === 1 && content <= 2) return 0.5;
  // Prose: at least two known technologies and a flow verb.
  const words = head.slice(0, 20_000).toLowerCase().split(/[^\p{L}\p{N}_./]+/u);
  const seen = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    if (KNOWN.has(w)) seen.add(w);
    const two = `${w} ${words[i + 1] ?? ''}`;
    if (KNOWN.has(two)) seen.add(two);
  }
  if (seen.size >= 2 && FLOW_WORDS.test(head.slice(0, 20_000))) return 0.4;
  // A page that names several technologies describes a pipeline even without a flow verb we know.
  if (seen.size >= 3) return 0.3;
  return 0.1;
}

export const listParser: FormatParser = {
  id: 'list',
  label: 'List or prose',
  example: '- Ingest: Kafka\n- Storage: S3 + Iceberg\n- Processing: Spark\n- BI: Looker',
  detect: detectList,
  parse: parseList,
};
