import { toHtml as hastToHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import { writeupTree } from './markdown';
import type { Writeup } from './types';

/**
 * The write-up as HTML, for rich-text paste (Google Docs, Confluence) and for print. Built from the
 * same mdast tree as the Markdown, with raw HTML disallowed, so user text is escaped, never markup.
 */
export function toHtml(w: Writeup): string {
  return hastToHtml(toHast(writeupTree(w), { allowDangerousHtml: false }));
}
