/** Line shapes a page uses around its pipeline: bullets, arrow chains, folder legends, tree lines, table headers. */
import { catalogStrength, classify } from '../../classify/classify';
import { namesLayer, sectionLabel } from '../../lexicon/words';
import { PLACEMENTS } from '../../types';
import { isArrowChain } from '../arrows';
import { isSpace, squash, skipSpace } from '../text';
import { PURPOSE_HEADER, TOOL_HEADER } from './lexicon';

/** `- x`, `* x`, `• x`, `+ x`, `12. x`, `3) x` → where the marker and the content start. */
export function bullet(line: string): { marker: number; content: number; ordered: boolean } | undefined {
  let i = skipSpace(line, 0);
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

/** Markdown emphasis and links removed, keeping columns: `**Kafka**` → `  Kafka  `. */
export function plainMarkdown(s: string): string {
  if (!/[*_[]/.test(s)) return s;
  return s
    // A picture of the architecture is not its description: its alt text and file name go.
    .replace(/!\[[^\]]{0,80}\](?:\([^)\s]{0,300}\)|\[[^\]\s]{0,60}\])/g, (m) => ' '.repeat(m.length))
    .replace(/\*\*|__/g, '  ')
    // `*Raw* → dados brutos`: the stars would stay in the names. Only a star that opens before a letter and
    // closes after one is emphasis: globs (`*.csv`, `stg_*`) and products (`2 * 3`) keep theirs.
    .replace(/(^|[\s(→])\*(?=[\p{L}\p{N}(])([^*\n]{0,120}?[\p{L}\p{N})])\*(?=$|[\s).,:;!?–—→-])/gu, '$1 $2 ')
    // A link by reference (`[Collector][collector]`) as one written inline: what is pasted often lacks the definitions.
    .replace(/\[([^\]]{0,80})\](?:\(([^)\s]{0,300})\)|\[([^\]\s]{0,60})\])/g, (_m, t: string, u?: string, r?: string) => ` ${t} ${' '.repeat((u ?? r ?? '').length + 2)}`);
}

/** A line of Markdown as plain text, comments blanked, at the same columns. */
export const plainLine = (s: string): string => plainMarkdown(blankComments(s));

export const ARROWISH = /->|=>|→|[➡⮕➝➞]\uFE0F?/u;

export const BOX_DRAWING = /[\u2500-\u257f\u25b2-\u25c4]/g;

export const FOLDER_LINE = /^\s*(?:[.~]?\/[\w.@-]+(?:\/[\w.@-]+)*\/?|[\w.@-]+(?:\/[\w.@-]+)*\/)\s*(?:->|=>|→)/;

export const TREE_LINE = /^[\s│|]*[├└]──\s*[\w.@/-]*\s*(?:#.*)?$/;

export const EDGE_LABEL_LINE = /^\s*[│┃║]\s+[^\s│┃║]/;

/**
 * The arrow chain a README line states (`PostgreSQL → Debezium → Kafka`, in a code block, on its own
 * line or in a heading such as `# CDC Lab: PostgreSQL → ClickHouse`), reduced to names and arrows.
 */
export function arrowChainText(line: string, fenced: boolean): { text: string; heading: boolean } | undefined {
  // In a code block, a line drawn with an arrowhead (`──▶`) is an arrow before the drawing is blanked.
  const clean = fenced ? line.replace(/([◀◄<]?)[─━═]+([▶►▷▸>]?)/g, (m, tail: string, head: string) => (tail && head ? ' <-> ' : tail ? ' <- ' : head ? ' → ' : m)) : line;
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
    if (catalogStrength(owner) === 'product' && classify({ id: 'owner', name: owner, hints: [] }).placement === 'store' && !inner.split(ARROWISH).some((p) => catalogStrength(squash(p)) === 'product')) return undefined;
    t = inner;
  } else {
    const label = t.lastIndexOf(': ', first);
    if (label >= 0) t = t.slice(label + 2);
  }
  t = t.replace(/\([^()]{0,80}\)/g, ' ').replace(/[`*]/g, ' ').replace(/\s\+\s/g, ', ');
  return isArrowChain(t) ? { text: t, heading } : undefined;
}

/** `dbt (staging → marts)`, "a `Staging -> Marts` structure": a chain of names (not code: `x => x.id`) an item holds in brackets or code. */
export function innerChain(item: string): string | undefined {
  const code = [...item.matchAll(/`([^`]*)`/g)].map((m) => m[1] ?? '').find((c) => ARROWISH.test(c));
  const bracket = /\([^()]*(?:->|=>|→)[^()]*\)/.exec(item);
  const own = bracket && !ARROWISH.test(item.slice(0, bracket.index)) ? item.slice(0, bracket.index + bracket[0].length) : '';
  const chain = arrowChainText(code ?? own, false)?.text;
  return chain?.split(ARROWISH).every((p) => /^\s*\p{L}[\p{L}\p{N}_./&-][\p{L}\p{N} _./&-]*\s*$/u.test(p)) ? chain : layerChain(item);
}

/** Between the layers of a chain or series: an arrow, a comma, a slash or "and" in the languages READMEs use (", and" too). */
const LAYER_SEPARATOR = /\s*(?:->|=>|→|,\s*(?:and|et|e|y|und)\b|,|\/|\b(?:and|et|e|y|und)\b)\s*/u;

/**
 * "… siguiendo el paradigma Bronze → Silver → Gold:", "Pipeline 3 tầng: RAW → STAGING → MART", "a
 * medallion architecture (Bronze, Silver, Gold)": a chain of capitalised layers alone inside a sentence,
 * in any language, is the layers data rests in, in order; so is a series whose layers come later in the
 * flow one by one (Facts and Dimensions sit side by side). A chain that goes on to a product is the chain
 * reader's; "raw → landing" is a rename.
 */
export function layerChain(text: string): string | undefined {
  for (const m of text.matchAll(new RegExp(String.raw`[\p{L}\p{N}_]+(?:${LAYER_SEPARATOR.source}[\p{L}\p{N}_]+)+`, 'gu'))) {
    // In brackets after a product or a place data rests, layers are its datasets (`BigQuery dataset
    // (Raw → Staging → Marts)`, `S3 buckets (…)`); after a way of building ("a medallion architecture
    // (Bronze → Silver → Gold)") they are the page's own.
    const before = text.slice(0, m.index);
    const arrows = ARROWISH.test(m[0]);
    const owner = before.slice(0, before.lastIndexOf('(')).split(/\s+/).slice(-4).some((w) => ['product', 'noun', 'stage'].includes(catalogStrength(w.replace(/[^\p{L}\p{N}]/gu, '')) ?? ''));
    if (before.split('(').length > before.split(')').length && owner) continue;
    const words = m[0].split(LAYER_SEPARATOR).map((w) => w.trim());
    const order = words.map((w) => PLACEMENTS.indexOf(sectionLabel(w) ?? 'none'));
    if (!arrows && order.some((o, i) => i > 0 && o <= (order[i - 1] ?? o))) continue;
    if (words.every((w) => /^\p{Lu}/u.test(w) && namesLayer(w))) return words.join(' → ');
  }
  return undefined;
}

/**
 * A heading chain that names no tool and has a piece no catalog knows ("End-to-End Streaming →
 * Warehouse → Transformation Pipeline") is a title; "Bronze → Silver → Gold" still states layers.
 */
export function titleChain(text: string): boolean {
  const pieces = text.split(ARROWISH).map((p) => squash(p)).filter((p) => p !== '');
  const strengths = pieces.map((p) => catalogStrength(p));
  if (strengths.includes('product') || pieces.some((p) => /[_.]\p{L}/u.test(p))) return false;
  return strengths.includes(undefined);
}

/** `| Layer | Description |`: a table of the layers data rests in (bronze, silver, gold). */
const LAYER_HEADER = /^(?:(?:data |medallion )?layers?|zones?|tiers?|camadas?|capas?|couches?|계층|레이어|分层|数据层|レイヤー?|слои|слой)$/iu;
/** `| Table | Purpose |`, `| Module | Description |`: a table of the parts themselves, named one a row. */
const PART_HEADER = /^(?:(?:tables?|models?|datasets?|views?|topics?)(?: names?)?|components?|modules?|composants?|componentes?|komponenten?|tabelle[n]?|tablas?|tabelas?|modelle?|modelos?|테이블|表|таблицы?)$/iu;

/** `| Source | Type | Cadence |`, `| Nguồn dữ liệu | … |`: with no tool or layer column, a column of the sources data is taken from. */
const SOURCE_HEADER = /^(?:(?:data )?sources?|fontes?(?: de dados)?|fuentes?(?: de datos)?|sources? de donn[ée]es|(?:daten)?quellen?|nguồn(?: dữ liệu)?|sumber(?: data)?|데이터 ?소스|출처|数据源|数据来源|来源|データソース|источники?(?: данных)?)$/iu;

const TARGET_HEADER = /^(?:targets?|destinations?|sinks?|ziel|destino|cible)$/iu;

export interface TableColumns {
  readonly tool: number;
  /** What every row's name is, when the header says it for all of them ("source"). */
  readonly role?: string;
  readonly label?: number;
  readonly purpose?: number;
}

/**
 * Which column of a table holds the tools (`Technology`, `Tools`), which the row's role (`Layer`,
 * `Component`) and which its purpose. A table without a tool column (versions, ports, ML tasks) names
 * no components.
 */
export function tableColumns(header: readonly string[]): TableColumns | undefined {
  // With no tool column, a layer column names the components: each layer is data at rest.
  // "Tool / Technology", "Tools & Services": any part of the header may say it.
  const tools = header.findIndex((h) => h.split(/\s*(?:[/&,+]|\band\b)\s*/i).some((part) => TOOL_HEADER.test(part)));
  // `| Layer | Table | Purpose |`: the tables are the components, and their layer labels them.
  const part = header.findIndex((h) => PART_HEADER.test(h));
  const layer = tools >= 0 ? tools : part >= 0 ? part : header.findIndex((h) => LAYER_HEADER.test(h));
  // A table of sources names them first (after a row number); a source cited in a later column (`| Metric | Value | Source |`), or mapped to a target, is not one.
  const first = /^(?:#|no\.?|n[º°o]|stt|id|)$/i.test(header[0] ?? '') ? 1 : 0;
  const source = layer >= 0 || header.some((h) => TARGET_HEADER.test(h)) || !SOURCE_HEADER.test(header[first] ?? '') ? -1 : first;
  const tool = source >= 0 ? source : layer;
  if (tool < 0) return undefined;
  if (source >= 0) return { tool, role: 'data source' };
  const purpose = header.findIndex((h, i) => i !== tool && h.split(/\s*[/&,+]\s*/).some((part) => PURPOSE_HEADER.test(part)));
  const label = header.findIndex((h, i) => i !== tool && i !== purpose);
  return { tool, ...(label >= 0 && label < tool ? { label } : {}), ...(purpose >= 0 ? { purpose } : {}) };
}

/**
 * `| Property | Raw Layer | Bronze Layer | Silver Layer | Gold Layer |`: a table turned on its side, its
 * layers the columns and their properties the rows. Every column after the first names a layer: those are
 * the components, in the order data passes them.
 */
export function layerColumns(header: readonly string[]): number[] {
  const cols = header.flatMap((h, i) => (i > 0 && namesLayer(h) ? [i] : []));
  return cols.length >= 2 && cols.length === header.length - 1 ? cols : [];
}

/** HTML comments blanked, keeping columns; linear (an unclosed `<!--` leaves the rest as is). */
export function blankComments(s: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = s.indexOf('<!--', from);
    const close = open < 0 ? -1 : s.indexOf('-->', open + 4);
    if (close < 0) return out + s.slice(from);
    out += s.slice(from, open) + ' '.repeat(close + 3 - open);
    from = close + 3;
  }
}
