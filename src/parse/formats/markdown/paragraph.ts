/**
 * Paragraph lines, one at a time: what Markdown leaves as text but a page means as structure. An
 * arrow chain states the flow; `Ingestion:` opens a section; `Storage: S3 + Iceberg` is a step;
 * a `•` bullet copied from a slide or a PDF is an item; a run of short phrases, one a line, is slide
 * text whose lines are names; anything else is prose.
 */
import { isKnownProduct, itemLabel } from './lexicon';
import { catalogStrength } from '../../classify/classify';
import { indentWidth, squash } from '../text';
import { BOX_DRAWING, EDGE_LABEL_LINE, FOLDER_LINE, TREE_LINE, arrowChainText, bullet, innerChain, layerChain, plainLine } from './lines';
import { namesProduct } from './names';
import { labelSplit } from './phrases';
import { layerLabel, layerStage } from './headingNames';
import type { Node, Seg, Warn } from './types';

/** What the outline pass keeps while it walks a page. */
export interface Page {
  readonly root: Node;
  /** The section a stage heading or label line opened, until the next heading. */
  section: Node | undefined;
  /** Under a heading about the project (Features, Installation): items are features, not components. */
  about: boolean;
  aboutLevel: number | undefined;
  /** Under a heading on setting the project up (Installation, Getting started). */
  setup: boolean;
  /** The last heading's words: what a table under it lists (`Warehouse Analytics Tables`). */
  heading?: string;
  readonly warn: Warn;
  readonly arrowLines: { text: string; line: number; heading: boolean; inner?: boolean }[];
  /** The next paragraph, list or table gets this group number. */
  groups: number;
}

const TOC_ENTRY = /^\s*(?:[-*+•]|\d+[.)])\s+\[[^\]]*\]\(#[^)\s]*\)\s*$/;

const MAX_PHRASE_WORDS = 5;

/** A short phrase on its own line with no sentence in it: `Stream`, `Processing Jobs`, `Kafka`. */
function phraseLine(t: string): boolean {
  const s = t.trim();
  if (s === '' || /[.!?;,:]$/.test(s) || /[→>|=]/.test(s) || /:\s/.test(s) || bullet(s)) return false;
  const words = s.split(/\s+/);
  return words.length <= MAX_PHRASE_WORDS && /^[\p{Lu}\p{N}]/u.test(s) === true || (words.length <= 2 && /^\p{Ll}/u.test(s));
}

/**
 * Slide text (a diagram or slide copied from a PDF): at least three lines, each a short phrase.
 * A name broken over two lines ("Stream" / "Processing Jobs") is joined: a line of one word that is
 * not a product on its own, followed by a line that does not start with a product, is the start of one name.
 */
export function slidePhrases(lines: readonly Seg[]): Seg[] | undefined {
  if (lines.length < 3 || !lines.every((l) => phraseLine(l.text))) return undefined;
  const out: Seg[] = [];
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i];
    if (!a) continue;
    const t = a.text.trim();
    const next = lines[i + 1];
    const n = next?.text.trim() ?? '';
    const lowerNext = /^\p{Ll}/u.test(n);
    // "Apache" / "Kafka" is one product; "Stream" / "Processing Jobs" one name; "Kafka" / "Spark" two.
    const lone = !/\s/.test(t) && catalogStrength(t) !== 'product' && (isKnownProduct(`${t} ${n}`) || !isKnownProduct(n.split(/\s+/)[0] ?? ''));
    const joined = next !== undefined && n !== '' && (lowerNext || lone) && squash(`${t} ${n}`).split(' ').length <= MAX_PHRASE_WORDS;
    out.push({ text: joined ? `${t} ${n}` : t, line: a.line, col: a.col + (a.text.length - a.text.trimStart().length) });
    if (joined) i++;
  }
  return out;
}

export function itemNode(seg: Seg, indent: number, ordered: boolean, group?: number): Node {
  return { kind: 'item', indent, ordered, segs: [seg], children: [], line: seg.line, ...(group !== undefined ? { group } : {}) };
}

/** Puts a node at the top of the outline; what follows, up to the next heading, goes under it. */
export function open(page: Page, node: Node): void {
  page.root.children.push(node);
  page.section = node;
}

/** Reads the lines of one paragraph (or of text too long or too odd for Markdown). */
export function paragraphLines(page: Page, lines: readonly Seg[]): void {
  const group = page.groups++;
  const slide = slidePhrases(lines);
  if (slide) {
    (page.section ?? page.root).children.push(...slide.map((s) => itemNode(s, 0, true, group)));
    return;
  }
  let proseEnded = true;
  let last: Node | undefined;
  for (const src of lines) {
    const raw = plainLine(src.text);
    if (TOC_ENTRY.test(raw) || FOLDER_LINE.test(raw) || TREE_LINE.test(raw)) continue;
    // `│  Schedules + Orchestrates` beside a vertical arrow labels the edge; it names no component.
    if (EDGE_LABEL_LINE.test(raw) && !namesProduct(raw.replace(BOX_DRAWING, ' '))) continue;
    const arrow = arrowChainText(raw, false);
    // A chain a sentence holds in brackets ("… a layered model (staging → marts), producing …") is
    // read as a list item's is: the chain, and the sentence around it as prose. Alone on its line,
    // "dbt (staging → marts)" names dbt's models.
    const goesOn = /\([^()]*(?:->|=>|→)[^()]*\)([^()]*)$/u.exec(src.text)?.[1]?.match(/\p{L}{2,}/u);
    const inner = arrow ? goesOn && innerChain(src.text) : layerChain(src.text);
    if (inner) page.arrowLines.push({ text: inner, line: src.line, heading: false, inner: true });
    else if (arrow) {
      if (!arrow.heading) page.arrowLines.push({ text: arrow.text, line: src.line, heading: false });
      continue;
    }
    const trimmed = raw.trim();
    if (trimmed === '' || /^(?:-{3,}|\*{3,}|_{3,})$/.test(trimmed)) {
      proseEnded = true;
      continue;
    }
    const lead = raw.length - raw.trimStart().length;
    const seg: Seg = { text: raw.slice(lead), line: src.line, col: src.col + lead };
    const indent = indentWidth(raw);
    const bul = bullet(raw);
    if (bul && raw.slice(bul.content).trim() !== '') {
      const node = itemNode({ text: raw.slice(bul.content), line: src.line, col: src.col + bul.content }, bul.marker, bul.ordered, group);
      if (last && bul.marker > last.indent) last.children.push(node);
      else (page.section ?? page.root).children.push(node);
      if (!last || bul.marker <= last.indent) last = node;
      continue;
    }
    if (last && indent > last.indent) {
      last.segs.push(seg);
      continue;
    }
    last = undefined;
    // `**Bronze Layer**` alone on its line labels what follows, as `Bronze Layer:` does.
    // So does a layer named alone on its line: `Staging Layer (stg_orders.sql)`.
    const wholeBold = /^\s*(\*\*|__)[^*_]+\1\s*$/.test(src.text);
    const bold = wholeBold || layerLabel(trimmed) ? labelSplit(`${seg.text.trim().replace(/:$/, '')}:`) : undefined;
    const split = bold && (layerLabel(bold.label) || (wholeBold && itemLabel(bold.label))) ? bold : labelSplit(seg.text);
    // Any such line ends the layer the last one opened ("**Orchestration with Airflow**" after "**Gold Layer**").
    if (bold && page.section?.layer !== undefined) page.section = undefined;
    if (split?.colon && split.rest.trim() === '' && split.label.split(' ').length <= 4) {
      // `Ingestion:` opens a section, and so does a layer (`Bronze Layer:`, the layer a component);
      // any other label (`Our pipeline:`) is a title.
      const layer = layerLabel(split.label) ? { layer: { ...seg, text: split.label } } : {};
      const stage = itemLabel(split.label) ?? layerStage(split.label);
      page.section = undefined;
      if (stage) open(page, { kind: 'section', indent: -1, ordered: false, segs: [seg], children: [], line: seg.line, stage, ...layer });
      continue;
    }
    if (split && split.rest.trim() !== '' && !itemLabel(split.label) && (catalogStrength(split.label) === 'stage' || layerLabel(split.label))) {
      // "Staging: raw source data models": a layer, explained; the layer is the component.
      (page.section ?? page.root).children.push({ ...itemNode({ ...seg, text: split.label }, indent, false, group), segs: [{ ...seg, text: split.label }, { text: split.rest, line: seg.line, col: seg.col + split.restAt }] });
      continue;
    }
    if (split && split.rest.trim() !== '' && itemLabel(split.label)) {
      // `Storage: S3 + Iceberg` on its own line is a step of the main chain.
      page.section = undefined;
      last = itemNode(seg, indent, false, group);
      page.root.children.push(last);
      continue;
    }
    (page.section ?? page.root).children.push({ kind: 'prose', indent, ordered: true, segs: [seg], children: [], line: src.line, sentence: proseEnded, group });
    proseEnded = /[.!?:;]$/.test(trimmed);
  }
}
