/**
 * The things a text diagram connects: drawn boxes (their text is the name; a box holding other boxes
 * is a group, its title a hint for what it holds) and words standing outside any box.
 */
import { isKnownProduct } from '../markdown/lexicon';
import { TRAILING_BRACKETS, splitTools } from '../markdown/phrases';
import { namesLayer, sectionLabel } from '../../lexicon/words';
import { catalogName } from '../../classify/classify';
import { scan, tokenize } from '../../classify/tokens';
import { squash } from '../text';
import { type Box, type Grid, findBoxes, onBorder, within } from './grid';

export interface DiagramNode {
  readonly top: number;
  readonly left: number;
  /** The box, for a boxed node. */
  readonly box?: Box;
  /** For a word run outside boxes: its last column. */
  readonly end?: number;
  /** Text rows, in order, with the row each is on. */
  readonly rows: readonly { text: string; row: number }[];
  /** Set for a box that holds other boxes. */
  group?: boolean;
  /** Steps are drawn inside it: a stop of its own (`Airflow DAG`, `dbt Core`), whose steps are read as well. */
  steps?: boolean;
  /** Titles of the groups around it. */
  readonly within: string[];
}

export interface Layout {
  readonly nodes: DiagramNode[];
  /** Index of the node owning each cell (a box's border and inside, a word run's letters); -1 for none. */
  readonly owner: Int32Array;
  /** Cells inside a box that holds no other box: text, never lines. */
  readonly sealed: Uint8Array;
  readonly width: number;
}

/** A step drawn in a box (`[extract]`), or words on an arrow (`↓`, `→ analytics.*`). */
const STEP_TEXT = /^\[.*\]$|[→←↓↑▶◀▼▲]|-->|->/u;
const area = (b: Box): number => (b.bottom - b.top + 1) * (b.right - b.left + 1);
const SEPARATOR = /^[\s─━═\-=+├┤┼┬┴|│:.]*$/;

export function layout(g: Grid): Layout {
  const width = Math.max(1, ...g.rows.map((r) => r.length)) + 2;
  const owner = new Int32Array(g.rows.length * width).fill(-1);
  const sealed = new Uint8Array(g.rows.length * width);
  const boxes = findBoxes(g).sort((a, b) => area(b) - area(a));
  const nodes: DiagramNode[] = boxes.map((box) => ({ top: box.top, left: box.left, box, rows: [], within: [] }));
  // Largest first, so a box inside another owns its own cells.
  nodes.forEach((n, i) => {
    const b = n.box as Box;
    for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) owner[r * width + c] = i;
    for (let j = 0; j < i; j++) {
      const outer = nodes[j]?.box;
      if (outer && within(outer, b.top, b.left) && within(outer, b.bottom, b.right)) (nodes[j] as DiagramNode).group = true;
    }
  });
  for (const n of nodes) if (!n.group && flowsInside(g, n.box as Box)) n.group = n.steps = true;
  nodes.forEach((n, i) => {
    const b = n.box as Box;
    const rows: { text: string; row: number }[] = [];
    for (let r = b.top + 1; r < b.bottom; r++) {
      let text = '';
      for (let c = b.left + 1; c <= b.right; c++) {
        const mine = owner[r * width + c] === i;
        if (mine && !n.group) sealed[r * width + c] = 1;
        text += mine ? g.at(r, c) : ' ';
      }
      for (const piece of text.split(/\s{3,}/)) {
        const t = piece.replace(/^[\s│┃║|]+|[\s│┃║|]+$/g, '');
        if (t !== '' && !SEPARATOR.test(t)) rows.push({ text: t, row: r });
      }
    }
    // The steps drawn inside a box are read as words and lines; the rest of its text names it.
    const own = n.steps ? rows.filter((x) => !STEP_TEXT.test(x.text)) : rows;
    (n.rows as { text: string; row: number }[]).push(...(n.group && !n.steps ? rows.slice(0, 1) : own));
  });
  nodes.forEach((n, i) => {
    const b = n.box as Box;
    // Inside a group, between the boxes it holds, lines run free.
    if (n.group) {
      for (let r = b.top + 1; r < b.bottom; r++) for (let c = b.left + 1; c < b.right; c++) if (owner[r * width + c] === i) owner[r * width + c] = -1;
    }
    // Border cells stay owned by their box, also where an inner box was drawn over them.
    for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) if (onBorder(b, r, c)) owner[r * width + c] = i;
  });
  for (const n of nodes) {
    const b = n.box as Box;
    for (const outer of nodes) {
      const o = outer.box as Box;
      if (outer.group && outer !== n && within(o, b.top, b.left) && within(o, b.bottom, b.right) && outer.rows[0]) n.within.push(outer.rows[0].text);
    }
  }
  wordRuns(g, nodes, owner, width);
  foldNotes(g, nodes, owner, width);
  return { nodes, owner, sealed, width };
}

/**
 * `(long-running)` on the row under `ingestor-ogn`: a bracketed note right under a name describes it,
 * as a box's second row does, and a line leaving the note leaves the name. One row may hold the notes
 * of several names side by side (`(batch) (stream)`).
 */
function foldNotes(g: Grid, nodes: DiagramNode[], owner: Int32Array, width: number): void {
  nodes.forEach((n, i) => {
    const text = n.rows[0]?.text ?? '';
    if (n.box || n.end === undefined || !/^\([^()]*\)(?:\s*\([^()]*\))*$/.test(text)) return;
    // `(Postgres) ──▶ Debezium`: a line leaving it sideways makes it a stop of its own.
    const end = n.end;
    if ([n.left - 2, n.left - 1, end + 1, end + 2].some((c) => c >= 0 && g.dirs(n.top, c).length > 0)) return;
    const notes = [...text.matchAll(/\([^()]*\)/g)].map((m) => ({ text: m[0], from: n.left + (m.index ?? 0), to: n.left + (m.index ?? 0) + m[0].length - 1 }));
    const named = notes.map((note) => nodes.findIndex((m) => !m.box && m.end !== undefined && m.top === n.top - 1 && m.left <= note.to && m.end >= note.from));
    if (named.some((j) => j < 0)) return;
    notes.forEach((note, k) => {
      const j = named[k] as number;
      (nodes[j]?.rows as { text: string; row: number }[]).push({ text: note.text, row: n.top });
      for (let c = note.from; c <= note.to; c++) owner[n.top * width + c] = j;
    });
    for (let c = n.left; c <= end; c++) if (owner[n.top * width + c] === i) owner[n.top * width + c] = -1;
    (n.rows as unknown[]).length = 0;
  });
}

/**
 * A box whose inside is itself drawn as a flow (`[extract]` / `↓` / `[load]` under an "AIRFLOW DAG"
 * title, or `Producer → Topic → Consumer`) holds steps, as a box of boxes does: a group, its steps
 * read as words joined by lines. One arrow between two words on a row is a note (`RAW → append-only`),
 * and one before words a bullet (`→ deduplicated`): neither makes steps.
 */
function flowsInside(g: Grid, b: Box): boolean {
  for (let r = b.top + 2; r < b.bottom; r++) {
    let heads = 0;
    let words = false;
    for (let c = b.left + 1; c < b.right; c++) {
      if (g.head(r, c) !== undefined) heads++;
      else if (g.at(r, c).trim() !== '' && g.dirs(r, c).length === 0) words = true;
    }
    // A row of only a line and its head joins the steps above and below; two heads chain three steps.
    if ((heads > 0 && !words) || heads >= 2) return true;
  }
  return false;
}

/** Runs of words outside boxes (single spaces inside a run, wider gaps and lines end it). */
function wordRuns(g: Grid, nodes: DiagramNode[], owner: Int32Array, width: number): void {
  const free = (r: number, c: number): boolean =>
    owner[r * width + c] === -1 && g.at(r, c).trim() !== '' && g.dirs(r, c).length === 0;
  g.rows.forEach((row, r) => {
    let c = 0;
    while (c < row.length) {
      if (!free(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c + 1 < row.length && (free(r, c + 1) || (row[c + 1] === ' ' && free(r, c + 2)))) c++;
      const text = row.slice(start, c + 1).join('');
      const i = nodes.length;
      nodes.push({ top: r, left: start, end: c, rows: [{ text, row: r }], within: [] });
      for (let k = start; k <= c; k++) owner[r * width + k] = i;
      c++;
    }
  });
}

const PARENTHESISED = /^[([{<].*[)\]}>]$/;
const DESCRIPTION = /[:•·]|^[-*]\s|^[├└]─|^\d|^port\s+\d/i;
/**
 * `kafka_consumer.py`, `orders_v2`: a name as code spells it is whole on its row; rows under it describe it. Hyphens
 * alone do not make code: `real-time` over `ingestion` is one name (`ca-enricher` over `port 8083` ends at the port).
 */
const CODE_NAME = /^(?=.*[_.\p{N}])[\p{Ll}\p{N}]+(?:[-_.][\p{Ll}\p{N}]+)+$/u;
const MAX_NAME_ROWS = 3;
const MAX_NAME_WORDS = 6;

/** `Phase 2: Storage Layer`, `1. Data Ingestion`: a step number before a label is not part of it. */
const STEP_PREFIX = /^(?:(?:phase|step|stage)\s*\d{1,2}\s*[:.)-]?\s+|\d{1,2}[.):]\s+)/i;
/** A first row naming a role (`SOURCES`, `Storage Layer (S3 API)`), not a thing: the next row joins it only to name one product (`Model` / `Registry`). */
const titled = (rows: readonly string[]): boolean =>
  rows.length === 1 && sectionLabel((rows[0] ?? '').replace(TRAILING_BRACKETS, '').replace(STEP_PREFIX, ''), false) !== undefined;
/** `Apache Spark 3.x`, `Kafka 2.8`: a version names which release, not another product. */
const VERSION = /\s+v?\d+(?:\.(?:\d+|x))+$/i;
/** `dbt Core + Spark`, `Kafka`: a row naming products and nothing else ("built with Streamlit" describes). */
const productsOnly = (row: string): boolean =>
  splitTools(row.replace(TRAILING_BRACKETS, '').replace(VERSION, '')).every((p) => catalogName(squash(p.text)) !== undefined && isKnownProduct(squash(p.text)));

const namesOwnData = (name: string, aside: string): boolean =>
  namesLayer(aside) || namesLayer(aside.split(/[\s,/]/)[0] ?? '') || (isKnownProduct(name) && scan(tokenize(aside)).pop()?.word === 'noun');

/** A second row continues the name unless the first already names a product the two together do not. */
const joins = (name: string, next: string): boolean => !isKnownProduct(name) || isKnownProduct(`${name} ${next}`);

const unclosed = (t: string): boolean => (t.match(/\(/g)?.length ?? 0) > (t.match(/\)/g)?.length ?? 0);

/** `(Events +` over `CDC)`: an aside wrapped over rows is one row, not a row of products of its own. */
function unwrapAsides(texts: readonly { t: string; row: number }[]): { t: string; row: number }[] {
  const out: { t: string; row: number }[] = [];
  for (const x of texts) {
    const prev = out.at(-1);
    if (prev && unclosed(prev.t) && x.row === prev.row + 1) out[out.length - 1] = { t: `${prev.t} ${x.t}`, row: x.row };
    else out.push({ ...x });
  }
  return out;
}

/**
 * A node's name and the rest of its text: rows wholly in parentheses, after a divider, or after a
 * product named on the first row describe the thing (`Snowflake` / `(warehouse)`); otherwise short
 * rows together are one name drawn over two lines (`Stream` / `Processing`).
 */
export function nodeName(n: DiagramNode): { name: string; hints: string[] } | undefined {
  // Brackets drawn as boxes (`[Kafka]`, Markdown-escaped `\[Kafka]`) may be cut by an arrow inside them.
  const texts = unwrapAsides(n.rows.map((r) => ({ t: r.text.replace(/^\\?\[|\]$|:$/g, '').trim(), row: r.row })).filter((r) => r.t !== ''));
  const nameRows: string[] = [];
  const hints: string[] = [...n.within];
  let last = -1;
  for (const { t, row } of texts) {
    const words = [...nameRows, t].join(' ').split(/\s+/).length;
    // A name wrapped over two rows has no blank row between them.
    const describes =
      PARENTHESISED.test(t) || DESCRIPTION.test(t) || nameRows.length >= MAX_NAME_ROWS || (nameRows.length === 1 && CODE_NAME.test(nameRows[0] ?? '')) || words > MAX_NAME_WORDS || hints.length > n.within.length || row > last + 1 || (titled(nameRows) && !isKnownProduct(`${nameRows[0] ?? ''} ${t}`));
    last = row;
    if (nameRows.length === 0 && !PARENTHESISED.test(t)) nameRows.push(t);
    else if (nameRows.length > 0 && !describes && joins(nameRows.join(' '), t)) nameRows.push(t);
    else hints.push(t.replace(/^[([{<](.*)[)\]}>]$/, '$1'));
  }
  if (nameRows.length === 0) {
    const first = hints.splice(n.within.length, 1)[0];
    return first === undefined ? undefined : { name: first, hints };
  }
  // A box titled by its role over a row of products (`Ingestion Layer` / `dlt + Dagster`) stands for them; the title is their hint.
  const held = titled(nameRows) ? hints.findIndex((h, i) => i >= n.within.length && productsOnly(h)) : -1;
  // Its own aside (`HDFS (Hadoop Distributed File System)`) is read as any name's is.
  if (held >= 0) return nodeName({ ...n, rows: [{ text: hints[held] ?? '', row: 0 }], within: [nameRows.join(' '), ...hints.filter((_, i) => i !== held)] });
  // A trailing aside describes, as a row of its own would: `PostgreSQL (optional)`, `Airflow — daily runs`. A layer or, after a product alone, a place
  // for data in it names data of its own: `PostgreSQL (raw)` and `PostgreSQL (marts)` are two, as are `Snowflake — RAW schema` and `Kafka — orders topic`.
  const joined = nameRows.join(' ');
  const [bracket, dash] = [TRAILING_BRACKETS.exec(joined), /\s[—–]\s+(.+)$/.exec(joined)];
  // `Phase 2: Storage Layer (PostgreSQL + MongoDB)`: a role with its products in brackets stands for them, as a README heading does.
  if (bracket?.[1] && bracket.index > 0 && titled([joined.slice(0, bracket.index)]) && productsOnly(bracket[1])) return { name: bracket[1], hints: [joined.slice(0, bracket.index), ...hints] };
  const aside = bracket?.[1] && !namesLayer(bracket[1]) ? bracket : dash?.[1] && !namesOwnData(joined.slice(0, dash.index), dash[1]) ? dash : undefined;
  return aside?.[1] && aside.index > 0 ? nodeName({ ...n, rows: [{ text: joined.slice(0, aside.index), row: 0 }], within: [...hints, aside[1]] }) : { name: joined, hints };
}

/** A list item's text: after a bullet, a tree branch, a number or a pictograph (`- orders_raw`, `├── dim_user`, `2. events_v2`, `🥈 silver_teams`). */
// Only an emoji is a bullet: a check mark or a drawn arrow (`✓ deduplicated`, `▼ cleaned`) describes the box.
const LIST_ITEM = /^(?:[-*•·]|[├└]─+|\d+\.|[\u{1F000}-\u{1FAFF}]\uFE0F?)\s+(.+)$/u;
/** One token as code spells it: an underscore or an inner dot (`orders_raw`, `raw.events`). */
const CODE_TOKEN = /^(?=[\p{L}\p{N}_.]*[\p{L}\p{N}][_.][\p{L}\p{N}])[\p{L}\p{N}_.]+$/u;
const PLAIN_TOKEN = /^[\p{Ll}\p{N}]+$/u;

/**
 * A box drawn as one table: a row gives a column's type or key, or the box is named as a table is
 * (`customers`) over a key column (`customer_id`). Named as a table over more tables (`fact_orders`,
 * `fact_reviews`), it is a list with no title.
 */
const tableNamed = (name: string): boolean => (CODE_TOKEN.test(name) || PLAIN_TOKEN.test(name)) && !namesLayer(name);
const KEY_COLUMN = /(?:^|[-*•·]\s+|[├└]─+\s*)(?:id|\w+_(?:id|key|at|ts))\b/i;
const COLUMN_ROW = /\b(?:PK|FK|primary key|not null|varchar|char|int|integer|bigint|smallint|float|double|decimal|numeric|boolean|bool|timestamp|timestamptz|date|uuid|text|string|jsonb?)\b/i;
/** Not data: a program or settings file, a version, or work (`etl_job.py`, `v1.2`, `dag_daily_load`). */
const NOT_DATA = /\.(?:py|ipynb|sql|sh|ya?ml|json|toml|ini|cfg|conf|env|md|txt|js|ts|java|scala|go|rs|tf)$|^v?\d+(?:\.\d+)+$|(?:^|[_.])(?:dags?|jobs?|tasks?|flows?|workflows?|pipelines?|etl|elt|scripts?|sync|load|loader|extract|transform|ingest|run|export|notify|check|tests?|validate)(?:$|[_.])/i;

/**
 * The datasets a box lists under its name (`- domain_events`, `• wms_workers, wms_bins`, or rows that
 * are each a name spelled as code): each is a thing of its own, held where the box is. A list mostly
 * of code names is a list of tables, so its plain lowercase items are tables too (`- users`). A box
 * drawn as one table lists its columns, which are not components; prose items (`- dedup on id`),
 * files, versions and jobs describe the box and stay hints.
 */
export function listedData(n: DiagramNode, name: string): { text: string; row: number }[] {
  if (!n.box || n.group || n.rows.some((r) => COLUMN_ROW.test(r.text) || (tableNamed(name) && KEY_COLUMN.test(r.text)))) return [];
  const tokens = n.rows.flatMap((r) => {
    if (r.text === name) return [];
    const item = LIST_ITEM.exec(r.text)?.[1] ?? r.text;
    const parts = item.replace(TRAILING_BRACKETS, '').trim().split(/\s*,\s*/);
    return parts.every((p) => CODE_TOKEN.test(p) || PLAIN_TOKEN.test(p)) ? parts.map((p) => ({ text: p, row: r.row, listed: item !== r.text })) : [];
  });
  const data = (t: string): boolean => !/^\d/.test(t) && !NOT_DATA.test(t);
  const code = tokens.filter((t) => CODE_TOKEN.test(t.text) && data(t.text));
  // A bare row spelled as code may be the box's own file (`Spark job` / `etl_job.py`): alone, it describes.
  if (code.length === 1 && !code[0]?.listed) return [];
  const plain = code.length >= 2 ? tokens.filter((t) => t.listed && PLAIN_TOKEN.test(t.text) && data(t.text)) : [];
  return [...code, ...plain].sort((a, b) => a.row - b.row).map(({ text, row }) => ({ text, row }));
}
