/**
 * The page's outline from mdast: headings open sections (their stage, if they name one, frames what
 * follows), list items nest, a table with a tool column gives one item per row, fenced blocks are
 * set aside for their own readers, and paragraphs go to the line reader.
 */
import { sectionLabel } from '../../lexicon/words';
import { isDiagram } from '../arrows/diagram';
import type { Heading, List, ListItem, Nodes, Table, TableCell } from 'mdast';
import { squash } from '../text';
import { ABOUT_HEADING, SETUP_HEADING } from './lexicon';
import { headingProduct, labelledTools, layerLabel } from './headingNames';
import { TREE_LINE, arrowChainText, innerChain, layerColumns, plainLine, plainMarkdown, tableColumns, titleChain } from './lines';
import { type Piece, pieces } from './chunks';
import { type Page, itemNode, open, paragraphLines } from './paragraph';
import { stackedChain } from './stacked';
import { nameLike } from './names';
import { MARKS, boldLead, isStageItem, labelSplit } from './phrases';
import type { Node, Seg, Warn } from './types';

/** A fenced block in a language another reader knows (```mermaid, ```yaml, ```json). */
export interface Fence {
  readonly lang: string;
  readonly value: string;
  /** 1-based line of the block's first content line. */
  readonly line: number;
}

export interface Outline {
  readonly root: Node;
  readonly arrowLines: Page['arrowLines'];
  readonly fences: Fence[];
}

/** Languages whose fenced blocks are handed to another format's reader. */
export const EMBEDDED = new Set(['mermaid', 'yaml', 'yml', 'json', 'jsonl', 'ndjson', 'json5', 'jsonc']);

/** A fence's language for a text drawing, handed to the diagram reader. */
export const DIAGRAM = 'diagram';
/** Fence languages a drawing is written under, bash among them: READMEs often fence a drawing as ```bash (console output, which draws tables, is not read). */
const PLAIN_LANGS = new Set(['', 'text', 'txt', 'plain', 'plaintext', 'ascii', 'none', 'diagram', 'bash', 'sh']);

const TOC_LINK = /^\s*\[[^\]]*\]\(#[^)\s]*\)\s*$/;

/** Reads a page into its outline. */
export function outline(text: string, warn: Warn): Outline {
  const root: Node = { kind: 'root', indent: -3, ordered: false, segs: [], children: [], line: 1 };
  const page: Page = { root, section: undefined, about: false, aboutLevel: undefined, setup: false, warn, arrowLines: [], groups: 0 };
  const fences: Fence[] = [];
  const all = pieces(text);
  for (const p of all) {
    if (!p.tree) {
      paragraphLines(page, p.lines.map((l) => ({ text: l.text, line: l.line, col: 1 })));
      continue;
    }
    const only = all.length === 1 && !p.partOfPage && p.tree.children.length === 1 && p.tree.children[0]?.type === 'code' && p.lines.length > 0;
    for (let k = 0, stacked: number; k < p.tree.children.length; k += Math.max(stacked, 1)) {
      stacked = stackedChain(page, p, p.tree.children, k);
      if (stacked === 0) walk(page, p, p.tree.children[k]!, fences, only);
    }
  }
  return { root, arrowLines: page.arrowLines, fences };
}

/** 1-based page line of a piece-relative mdast line. */
const lineOf = (p: Piece, pieceLine: number): number => (p.lines[0]?.line ?? 1) + pieceLine - 1;

/** The page lines a node spans, each with its text from the node's start column on the first line. */
function linesOf(p: Piece, node: Nodes): Seg[] {
  const start = node.position?.start;
  const end = node.position?.end;
  if (!start || !end) return [];
  const out: Seg[] = [];
  for (let l = start.line; l <= end.line; l++) {
    const src = p.lines[l - 1];
    if (!src) continue;
    const from = l === start.line ? start.column - 1 : 0;
    const to = l === end.line ? end.column - 1 : src.text.length;
    out.push({ text: src.text.slice(from, to), line: src.line, col: from + 1 });
  }
  return out;
}

function walk(page: Page, p: Piece, node: Nodes, fences: Fence[], only: boolean): void {
  // How to install, run or contribute sets the project up: nothing under it is part of the pipeline.
  if (page.setup && node.type !== 'heading') return;
  switch (node.type) {
    case 'heading':
      return heading(page, p, node);
    case 'list':
      return list(page, p, node);
    case 'table':
      return table(page, p, node);
    case 'paragraph': {
      const segs = linesOf(p, node);
      const labelled = segs.length === 1 && segs[0] ? labelledTools(segs[0]) : undefined;
      if (labelled) {
        (page.section ?? page.root).children.push(labelled);
        return;
      }
      // Names stacked with `↓` between them are a drawing, not lines of prose.
      const drawing = segs.map((s) => ' '.repeat(s.col - 1) + s.text).join('\n');
      if (segs.length >= 3 && isDiagram(drawing)) fences.push({ lang: DIAGRAM, value: drawing, line: segs[0]?.line ?? 1 });
      else paragraphLines(page, segs);
      return;
    }
    case 'blockquote':
      for (const c of node.children) walk(page, p, c, fences, false);
      return;
    case 'code': {
      const lang = (node.lang ?? '').toLowerCase();
      const first = lineOf(p, (node.position?.start.line ?? 1) + 1);
      // A drawing (boxes and arrows in text) is read as one, whatever the page around it says.
      const fenced = EMBEDDED.has(lang) ? lang : PLAIN_LANGS.has(lang) && isDiagram(node.value) ? DIAGRAM : undefined;
      if (fenced !== undefined) {
        fences.push({ lang: fenced, value: node.value, line: first });
        return;
      }
      const lines = node.value.split('\n');
      // A page that is one unlabelled fence is the description itself.
      if (only && lang === '') {
        paragraphLines(page, lines.map((t, i) => ({ text: t, line: first + i, col: 1 })));
        return;
      }
      // A tree drawn of names, not files (`├── Airflow`, `│   └── Python Jobs`), is an outline: nested items.
      const branches = lines.filter((t) => /^[\s│|]*[├└]──/.test(t));
      if (PLAIN_LANGS.has(lang) && branches.length >= 3 && branches.filter((t) => TREE_LINE.test(t)).length * 2 < branches.length) {
        const items = lines.map((t, i) => ({ text: t.replace(/^([\s│|]*)[├└]──\s*/, (_, pad: string) => `${' '.repeat(pad.length)}- `), line: first + i, col: 1 }));
        paragraphLines(page, items);
        return;
      }
      // Code blocks hold commands, file trees and config; only an arrow chain in one states the flow.
      for (const [i, t] of lines.entries()) {
        const arrow = arrowChainText(t, true);
        if (arrow) page.arrowLines.push({ text: arrow.text, line: first + i, heading: false });
      }
      return;
    }
    case 'html': {
      const t = node.value.trimStart();
      if (t.startsWith('<!--') && !t.includes('-->')) {
        const s = node.position?.start;
        page.warn(lineOf(p, s?.line ?? 1), s?.column ?? 1, 'Comment is never closed', '<!--');
      }
      return;
    }
  }
}

function heading(page: Page, p: Piece, node: Heading): void {
  const [seg] = linesOf(p, node);
  if (!seg) return;
  // "## [Staging Layer](models/staging)": a heading that links somewhere names what its text says.
  const body = plainLine(seg.text).replace(/^#{1,6}\s*/, '');
  const at = seg.col + (seg.text.length - body.length);
  const text = body.replace(/\s+#+\s*$/, '').replace(/\s+$/, '');
  const arrow = arrowChainText(seg.text, false);
  if (arrow) {
    if (!(arrow.heading && titleChain(arrow.text))) page.arrowLines.push({ text: arrow.text, line: seg.line, heading: arrow.heading });
    return;
  }
  page.section = undefined;
  const level = node.depth;
  if (page.aboutLevel === undefined || level <= page.aboutLevel) {
    const words = squash(text.replace(/[^\p{L}\p{N}\s'-]/gu, ' '));
    page.about = ABOUT_HEADING.test(words);
    page.aboutLevel = page.about ? level : undefined;
    page.setup = page.about && SETUP_HEADING.test(words) && (page.heading !== undefined || page.root.children.length > 0); // a paste that opens with it is that section
  }
  const plain = squash(text.replace(/[*_`]/g, ' ')).replace(MARKS, '');
  const split = labelSplit(plain);
  page.heading = plain;
  const stage = sectionLabel(split && split.rest.trim() === '' ? split.label : plain);
  const s: Seg = { text, line: seg.line, col: at };
  const labelled = labelledTools(s);
  if (labelled) {
    // "## Ingestion (Airbyte)": the tool is the component; what follows describes it.
    open(page, labelled);
  } else if (stage) {
    const layer = layerLabel(plain) ? { layer: { ...s, text: plain } } : {};
    open(page, { kind: 'section', indent: -1, ordered: false, segs: [s], children: [], line: s.line, stage, ...layer });
  } else if (level > 1 && headingProduct(plain) !== undefined) {
    // "### Fivetran" over bullets that describe it: the heading is the component, its items its details
    // (a page title, level 1, names the project).
    open(page, itemNode({ ...s, text: headingProduct(plain) ?? plain }, 0, false));
  } else if (split && split.rest.trim() !== '') {
    page.root.children.push(itemNode(s, 0, false));
  }
}

function list(page: Page, p: Piece, node: List, parent?: Node): void {
  let group = page.groups++;
  for (const li of node.children) {
    const lifted: Seg[] = [];
    const item = listItem(page, p, li, node.ordered === true, group, lifted);
    if (lifted.length > 0) {
      // Lines the author started at the margin after a complete item are lines of their own.
      if (item) (page.section ?? page.root).children.push(item);
      paragraphLines(page, lifted);
      group = page.groups++;
      continue;
    }
    if (!item) continue;
    if (parent) {
      parent.children.push(item);
      continue;
    }
    // `- Ingestion: Kafka` is a step of its own: it ends a section it is not nested in.
    if (page.section?.kind === 'section' && isStageItem(item.segs[0]?.text ?? '')) page.section = undefined;
    (page.section ?? page.root).children.push(item);
  }
}

/**
 * A margin line right after an item that reads complete (a name, or a line ending a sentence) is
 * Markdown's "lazy" continuation, but whoever wrote it began a new line: `- Segment` then
 * `Storage layer: Snowflake`. A line wrapped mid-sentence stays the item's.
 */
function lazyStart(prev: string, line: Seg, contentCol: number): boolean {
  const indent = line.text.length - line.text.trimStart().length;
  return indent < contentCol - 1 && (nameLike(prev) || /[.!?:]\s*$/.test(prev));
}

function listItem(page: Page, p: Piece, li: ListItem, ordered: boolean, group: number, lifted: Seg[]): Node | undefined {
  const [first, ...rest] = li.children;
  const segs: Seg[] = [];
  let bold;
  if (first?.type === 'paragraph') {
    const [own, ...more] = linesOf(p, first);
    // A table of contents (`- [Overview](#overview)`) lists the page's sections, not components.
    if (own && TOC_LINK.test(own.text) && more.length === 0) return undefined;
    if (own) {
      const text = plainLine(own.text);
      const chain = innerChain(own.text);
      if (chain) page.arrowLines.push({ text: chain, line: own.line, heading: false, inner: true });
      const lead = text.length - text.trimStart().length;
      segs.push({ text: text.trimStart(), line: own.line, col: own.col + lead });
      const b = boldLead(own.text.replace(/^\[(?=\*\*|__)/, ''));
      if (b) bold = { ...b, rest: plainMarkdown(b.rest), restAt: Math.max(0, b.restAt - lead) };
    }
    let prev = own ? plainLine(own.text).trim() : '';
    for (const m of more) {
      if (lifted.length > 0 || (own && lazyStart(prev, m, own.col))) lifted.push(m);
      else segs.push({ ...m, text: plainLine(m.text) });
      prev = plainLine(m.text).trim();
    }
  }
  const item: Node = {
    kind: 'item', indent: 0, ordered, group, segs, children: [], line: segs[0]?.line ?? lineOf(p, li.position?.start.line ?? 1),
    ...(bold ? { bold } : {}), ...(page.about ? { about: true } : {}),
  };
  for (const c of rest) {
    if (c.type === 'list') list(page, p, c, item);
    else if (c.type === 'paragraph') for (const m of linesOf(p, c)) segs.push({ ...m, text: plainLine(m.text) });
  }
  if (segs.length === 0) {
    const s = li.position?.start;
    page.warn(lineOf(p, s?.line ?? 1), s?.column ?? 1, 'Empty list item', p.lines[(s?.line ?? 1) - 1]?.text.trim() ?? '-');
    return item.children.length > 0 ? { ...item, segs: [{ text: '', line: item.line, col: 1 }] } : undefined;
  }
  return item;
}

function table(page: Page, p: Piece, node: Table): void {
  const [header, ...rows] = node.children;
  const cellSeg = (cell: TableCell | undefined): Seg | undefined => {
    // A cell's own position takes in its pipes; its content is from its first child to its last.
    const first = cell?.children[0]?.position?.start;
    const last = cell?.children[cell.children.length - 1]?.position?.end;
    const src = first ? p.lines[first.line - 1] : undefined;
    if (!first || !last || !src) return undefined;
    const t = plainLine(src.text.slice(first.column - 1, last.line === first.line ? last.column - 1 : undefined)).replace(/`/g, ' ');
    return { text: squash(t), line: src.line, col: first.column + t.length - t.trimStart().length };
  };
  const headers = (header?.children ?? []).map((c) => cellSeg(c)?.text ?? '');
  const cols = tableColumns(headers);
  // A table row is never prose: only a table with a tool column names components, one per row, or one on its side, one per column.
  if (!cols) {
    for (const i of layerColumns(headers)) {
      const layer = cellSeg(header?.children[i]);
      if (layer) page.root.children.push(itemNode(layer, 0, false));
    }
    return;
  }
  page.section = undefined;
  // Sources are side by side, each feeding what follows; a stack's rows go down the flow in order.
  const sources: Node[] = [];
  const into = cols.role ? sources : page.root.children;
  for (const row of rows) {
    const tool = cellSeg(row.children[cols.tool]);
    if (!tool || tool.text === '' || /^[-–—]$/.test(tool.text) || (cols.role && NO_NAME.test(tool.text))) continue;
    const label = cols.role ?? (cols.label === undefined ? page.heading : cellSeg(row.children[cols.label])?.text);
    const purpose = cols.purpose === undefined ? undefined : cellSeg(row.children[cols.purpose])?.text;
    const item = itemNode(tool, 0, false);
    into.push({ ...item, ...(label ? { tableLabel: label } : {}), ...(purpose ? { tablePurpose: purpose } : {}), ...(cols.role ? { tableRole: true } : {}) });
  }
  if (sources.length > 0) page.root.children.push({ kind: 'section', indent: 0, ordered: false, segs: [], children: sources, line: sources[0]?.line ?? 1 });
}

/** A cell that names no source: "N/A", "Multiple", "Various", "TBD". */
const NO_NAME = /^(?:n\/?a|none|multiple|various|other|others|tbd|unknown|\?)$/i;
