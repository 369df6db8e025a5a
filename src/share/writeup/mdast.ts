import type { BlockContent, Heading, List, Paragraph, PhrasingContent, Table, TableCell, TableRow, Text } from 'mdast';
import { oneLine, paragraphs } from './plainText';

/*
 * Small builders for the mdast tree. User text only ever enters as `text` node values, which the
 * serialiser escapes; nothing here concatenates Markdown syntax by hand.
 */

/** The only way text enters the tree: as a value the serialiser escapes. */
export const text = (value: string): Text => ({ type: 'text', value });

/** A heading cannot span lines, so its text follows the table cells' one-line rule. */
export const heading = (depth: 2 | 3, value: string): Heading => ({ type: 'heading', depth, children: [text(oneLine(value))] });

/** A paragraph of phrasing nodes, spelled out so call sites read as the document does. */
export const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });

/** "**Label:** value" on one line: the label says what a value is without relying on layout. */
export function labelled(label: string, value: string): Paragraph {
  return paragraph({ type: 'strong', children: [text(`${label}:`)] }, text(` ${oneLine(value)}`));
}

/** Free text with its paragraphs and line breaks kept; blank text gives no blocks. */
export function prose(value: string): Paragraph[] {
  return paragraphs(value).map((lines) =>
    paragraph(...lines.flatMap((line, i): PhrasingContent[] => (i === 0 ? [text(line)] : [{ type: 'break' }, text(line)]))),
  );
}

/** A tight list: one paragraph per item, numbered from 1 when ordered. */
export function list(items: readonly Paragraph[], ordered = false): List {
  return {
    type: 'list',
    ordered,
    spread: false,
    ...(ordered ? { start: 1 } : {}),
    children: items.map((p) => ({ type: 'listItem', spread: false, children: [p] })),
  };
}

/** One item reads as a sentence; several as a list. */
export function oneOrList(items: readonly string[]): BlockContent[] {
  if (items.length === 1) return prose(items[0] ?? '');
  return [list(items.map((x) => paragraph(text(oneLine(x)))))];
}

const cell = (value: string): TableCell => ({ type: 'tableCell', children: [text(oneLine(value))] });

/** A GFM table; every cell is flattened to one line, because a line break would end the row. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): Table {
  const row = (values: readonly string[]): TableRow => ({ type: 'tableRow', children: values.map(cell) });
  return { type: 'table', align: header.map(() => null), children: [row(header), ...rows.map(row)] };
}
