/**
 * Markdown → mdast, a piece at a time. The parser's cost grows faster than the text on long
 * documents, so a page is cut outside code fences, after a blank line or before a top-level item or
 * heading, into pieces of about 8 KB, each
 * read on its own (a README is one piece); a line too long for any page is left to the line reader.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { splitLines, type SourceLine } from '../text';
import { longPieces } from './longText';

const PIECE = 8_000;
/** Past this, a piece is cut at any line, even inside a fence. */
const HARD_PIECE = 24_000;
/**
 * Past this size the Markdown reader costs seconds (with GFM it reads a many-line paragraph at about
 * 10 KB a second), so a text this long is read line by line, its fences and tables set apart (see longText.ts).
 */
export const MDAST_LIMIT = 64_000;
/** A line this long is no Markdown anyone wrote; it is read as plain text. */
export const LONG_LINE = 4_000;

export interface Piece {
  /** The piece's lines as they are in the page. */
  readonly lines: readonly SourceLine[];
  /** mdast of the piece, or undefined for lines read without the Markdown parser. */
  readonly tree?: Root;
  /** A fence or table cut out of a long text: never the whole page, whatever it holds. */
  readonly partOfPage?: true;
}

const FENCE = /^ {0,3}(?:```|~~~)/;

function read(text: string): Root {
  return fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/**
 * A line of nothing but layout or picture tags (`<img src="arch.png" width="900"/>`, `<p align="center">`).
 * CommonMark opens an HTML block there that swallows every line up to the next blank one, headings
 * and lists included, though the author wrote them as Markdown and reads them so: the line is blanked.
 */
const LAYOUT_TAGS = /^\s*(?:<\/?(?:img|picture|source|br|hr|p|div|a|center|video|figure|figcaption)\b[^<>]*>\s*)+$/i;
const TAG = /<\/?[a-z][a-z\d]*(?:\s[^<>]*)?\/?>/gi;

/**
 * A line that opens with a tag is read as the Markdown its tags stand for (`<li><strong>MySQL</strong>
 * - the source</li>` is `- **MySQL** - the source`), other tags dropped: HTML lists in a README are
 * lists to their reader, and CommonMark would keep the whole block as raw HTML.
 */
function htmlAsMarkdown(line: string): string {
  if (LAYOUT_TAGS.test(line)) return '';
  if (!/^\s*<[a-z]/i.test(line)) return line;
  return line
    .replace(/^(\s*)<li\b[^<>]*>/i, '$1- ')
    .replace(/^(\s*)<h([1-6])\b[^<>]*>/i, (_, pad: string, n: string) => `${pad}${'#'.repeat(Number(n))} `)
    .replace(/<\/?(?:strong|b)>/gi, '**')
    .replace(TAG, '');
}

/** Cuts the page into pieces read separately; positions inside a tree are relative to the piece's first line. */
export function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  let cur: SourceLine[] = [];
  let texts: string[] = [];
  let size = 0;
  let fenced = false;
  const flush = (): void => {
    if (cur.length > 0) out.push({ lines: cur, tree: read(texts.join('\n')) });
    cur = [];
    texts = [];
    size = 0;
  };
  const lines = splitLines(text);
  if (text.length > MDAST_LIMIT) return longPieces(lines, read, PIECE);
  for (const l of lines) {
    if (l.text.length > LONG_LINE) {
      flush();
      out.push({ lines: [l] });
      continue;
    }
    // A piece ends before a line that starts at the margin (a paragraph, heading or top-level item),
    // outside a fence: nothing before it can continue into it except a lazy paragraph line.
    const boundary = !fenced && /^\S/.test(l.text) && (cur[cur.length - 1]?.text.trim() ?? 'x') === '';
    const margin = !fenced && /^(?:[-*+]|\d{1,9}[.)]|#)\s/.test(l.text);
    if ((size > PIECE && (boundary || margin)) || size > HARD_PIECE) flush();
    const line = fenced ? l : { ...l, text: htmlAsMarkdown(l.text) };
    texts.push(line.text);
    if (FENCE.test(l.text)) fenced = !fenced;
    cur.push(line);
    size += l.text.length + 1;
  }
  flush();
  return out;
}
