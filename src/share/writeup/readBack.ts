import type { Nodes, Root, RootContent, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

/*
 * The write-up's tests read the Markdown back the way GitHub would (CommonMark + GFM) and check
 * the tree, not the string: that is what a reader sees after pasting.
 */

/** Markdown to mdast with the GFM extensions, the reverse of what `toMarkdown` uses. */
export function parse(md: string): Root {
  return fromMarkdown(md, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** What a reader sees of a node, with hard breaks as newlines. */
export function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'html') return node.value;
  if (node.type === 'break') return '\n';
  // A list's items and a quote's paragraphs read as lines.
  if (node.type === 'list' || node.type === 'blockquote') return node.children.map((c: Nodes) => textOf(c)).join('\n');
  return 'children' in node ? node.children.map((c: Nodes) => textOf(c)).join('') : '';
}

/** Every node of a type, depth first. */
export function all<T extends Nodes['type']>(node: Nodes, type: T): Extract<Nodes, { type: T }>[] {
  const here = node.type === type ? [node as Extract<Nodes, { type: T }>] : [];
  const below = 'children' in node ? node.children.flatMap((c: Nodes) => all(c, type)) : [];
  return [...here, ...below];
}

/** The blocks under an h3 heading, up to the next heading. */
export function section(root: Root, title: string): RootContent[] {
  const start = root.children.findIndex((n) => n.type === 'heading' && n.depth === 3 && textOf(n) === title);
  if (start < 0) return [];
  const rest = root.children.slice(start + 1);
  const end = rest.findIndex((n) => n.type === 'heading');
  return end < 0 ? rest : rest.slice(0, end);
}

/** A section's text, block by block on separate lines. */
export const sectionText = (root: Root, title: string): string => section(root, title).map((n) => textOf(n)).join('\n');

/** Each row's cells as the reader sees them, header first. */
export function cells(table: Table): string[][] {
  return table.children.map((row) => row.children.map((c) => textOf(c)));
}
