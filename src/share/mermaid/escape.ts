/**
 * Text written into a Mermaid flowchart so that both Mermaid and the app's own importer
 * (`src/parse/formats/mermaid.ts`) read back exactly the name that was written, and so that
 * hand-editing the file stays pleasant: ids are short ASCII words, labels keep their letters.
 */

/**
 * A name as it reads back from the file: whitespace runs become one space (neither Mermaid nor the
 * importer keeps more, and a newline would end the statement) and NUL is dropped (`#0;` is no
 * character to either of them).
 */
export function exportedName(name: string): string {
  return name.replace(/\0/g, '').replace(/\s+/g, ' ').trim();
}

const entity = (c: string): string => `#${c.codePointAt(0) ?? 0};`;

/**
 * Mermaid's entity pre-pass drops the last `;` of any line that has `style` or `classDef`, a colon
 * and a `#` before it (it is meant for `style a fill:#f00;`), which would cut one of our entities short.
 */
const STYLE_LINE = /style.*:\S*#.*;|classDef.*:\S*#.*;/;

/**
 * One label, escaped right to left so each character knows what follows it in the output:
 * - `"` ends the quoted label, `<` `>` would be HTML, backticks make Markdown: they become
 *   Mermaid's `#name;` / `#code;` entities, which the importer decodes too;
 * - `#` stays as typed (`C#`) unless what follows would make an entity of it (`#quot;`, or one of
 *   ours right after it); `&` unless a letter, digit or `#` follows, as HTML reads `&copy` even
 *   without its `;`;
 * - `\` before an `n` would read as a written line break: it becomes an entity;
 * - `%%` would start a directive or comment, `$$` KaTeX, `fa:fa-…` an icon: their first character
 *   becomes an entity;
 * - with `keywords`, the `s` of `style` and the `c` of `classDef` too (see STYLE_LINE).
 */
function encode(chars: readonly string[], keywords: boolean): string {
  let rest = '';
  for (let i = chars.length - 1; i >= 0; i--) {
    const c = chars[i] ?? '';
    const ahead = (word: string): boolean => chars.slice(i, i + word.length).join('') === word;
    let piece = c;
    if (c === '"') piece = '#quot;';
    else if (c === '<') piece = '#lt;';
    else if (c === '>') piece = '#gt;';
    else if (c === '`') piece = entity(c);
    else if (c === '#' && /^#?\w+;/.test(rest.slice(0, 12))) piece = entity(c);
    else if (c === '&' && /^[#\w]/.test(rest)) piece = entity(c);
    else if ((c === '%' || c === '$') && rest.startsWith(c)) piece = entity(c);
    else if (c === ':' && /^fa-/i.test(rest)) piece = entity(c);
    // A written `\n` is a line break in a label: a name's own backslash before an n stays a backslash.
    else if (c === '\\' && /^n/i.test(rest)) piece = entity(c);
    else if (keywords && ((c === 's' && ahead('style')) || (c === 'c' && ahead('classDef')))) piece = entity(c);
    // Controls, invisible format characters and lone surrogates would not survive a save as UTF-8 or would hide in the source.
    else if (/[\p{Cc}\p{Cf}\p{Cs}]/u.test(c)) piece = entity(c);
    rest = piece + rest;
  }
  return rest;
}

/** A component name as the inside of a quoted Mermaid label (without the quotes). */
export function mermaidLabel(name: string): string {
  const chars = Array.from(exportedName(name));
  const plain = encode(chars, false);
  return STYLE_LINE.test(plain) ? encode(chars, true) : plain;
}

const MAX_SLUG = 24;

/**
 * A node id people can read when they edit the file (`ingest_kafka`): the group it is drawn in,
 * then ASCII words of the name. The group prefix keeps ids clear of Mermaid's keywords (`end`,
 * `class`, `click`…) and of the subgraph ids; `style` is shortened for the reason in STYLE_LINE.
 */
export function nodeIdBase(group: string, name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    // 'styl_', not 'styl': "stylelifestyle" shortened to "stylelifestyl" still holds a "style".
    .replace(/style/g, 'styl_')
    .replace(/_+/g, '_')
    .replace(/^_+/, '')
    .slice(0, MAX_SLUG)
    .replace(/_+$/, '');
  return slug === '' ? `${group}_node` : `${group}_${slug}`;
}

/** Hands out unique ids from bases: the first `kafka` is `ingest_kafka`, the next `ingest_kafka_2`. */
export function idAllocator(): (base: string) => string {
  const taken = new Set<string>();
  return (base) => {
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
    taken.add(id);
    return id;
  };
}
