/**
 * How user text is reshaped before it becomes Markdown. The Markdown serialiser escapes every
 * character that could start markup; these rules only deal with what escaping cannot: line
 * breaks where a construct cannot hold one, and characters no renderer shows the same way.
 */

// Control characters print nothing, and parsers disagree on them (CommonMark turns NUL into U+FFFD).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
// A lone surrogate cannot be encoded as UTF-8: clipboards and files would turn it into U+FFFD anyway.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Markdown only trims spaces and tabs; trimming more (e.g. NBSP) would change what the user wrote.
const EDGE_BLANKS = /^[ \t]+|[ \t]+$/g;
// A line ending in one of these already closes its thought, so a space is joint enough.
const ENDS_PHRASE = /[.;:!?,]$/;

/** The user's lines: line endings unified, invisible characters dropped, tabs as spaces, edges trimmed. */
export function textLines(text: string): string[] {
  return text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(/\t/g, ' ')
    .split('\n')
    .map((line) => line.replace(EDGE_BLANKS, ''));
}

/**
 * One line for a place that cannot hold a break (a table cell, a heading): blank lines go, and
 * the rest are joined with "; ", or with a space after a line that already ends in punctuation.
 * We chose this over `<br>`: it is plain text, so GitHub, Confluence and a Google Docs paste all
 * show the same thing, and no HTML ever reaches the output.
 */
export function oneLine(text: string): string {
  let out = '';
  for (const line of textLines(text)) {
    if (!line) continue;
    out += out ? `${ENDS_PHRASE.test(out) ? ' ' : '; '}${line}` : line;
  }
  return out;
}

/**
 * Paragraphs for free text that can span lines (notes): a blank line separates paragraphs, and
 * each remaining line break is kept as a line break inside its paragraph.
 */
export function paragraphs(text: string): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const line of textLines(text)) {
    if (line) {
      current.push(line);
    } else if (current.length > 0) {
      out.push(current);
      current = [];
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

// Only a full timestamp with a zone is read: anything else would parse in the reader's local time.
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * A stored timestamp as ISO 8601 UTC to the second, the same on every machine. Text that is not a
 * full timestamp with a zone is returned trimmed as stored: rewriting it would mean guessing.
 */
export function formatWhen(stored: string): string {
  const text = stored.trim();
  if (!ISO_WITH_ZONE.test(text)) return text;
  const time = Date.parse(text);
  return Number.isNaN(time) ? text : new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
