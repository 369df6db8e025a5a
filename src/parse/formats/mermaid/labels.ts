/** Label text: quoted, markdown and bracketed labels, cleaned as a person reads them. */
import { catalogName, catalogStrength, spelledAsCatalog } from '../../classify/classify';
import { type PipelineBuilder, entityChar, squash, skipSpace } from '../text';

/**
 * Label text as a person reads it: entities decoded, tags and icons dropped, markdown emphasis
 * removed. Markup is dropped before entities are decoded, as Mermaid does: an escaped
 * `fa#58;fa-car` or `#lt;b#gt;` is text. Line breaks (`<br/>`, a written `\n`, a markdown
 * string's newline) become spaces, or are kept as newlines for `labelLines`.
 */
export function cleanLabel(raw: string, markdown = false, keepLines = false): string {
  let s = raw
    .replace(/<br\s*\/?>|\\n/gi, '\n')
    .replace(/<\/?[a-z][^<>]{0,200}>/gi, '')
    .replace(/\bfa[bsr]?:fa-[\w-]{1,40}/g, ' ')
    // A numeric reference may lack its `;`, as HTML allows: a generator cannot write one inside a
    // Mermaid statement that `;` would end (`rawdata &#8205`). A zero-width mark written so pads the
    // label; one written as a character or a whole entity is the name's own (our exporter writes those).
    .replace(/[#&](#?\w{1,8});|&#(\d{1,7})(?![\w;])/g, (m, named: string | undefined, bare: string | undefined) => {
      const name = named ?? `#${bare ?? ''}`;
      // Mermaid's own escape writes a number without its `#` (`#39;`).
      const ref = /^\d+$/.test(name) ? `#${name}` : name;
      if (bare !== undefined && [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff].includes(Number(bare))) return '';
      return entityChar(ref) ?? m;
    });
  if (markdown) s = s.replace(/\*\*|__|\*|`/g, '');
  if (!keepLines) return squash(s);
  return s.split('\n').map(squash).filter((l) => l !== '').join('\n');
}

/**
 * A node label's first line names it, the rest describe it and help place it ("Gold Layer" over "Aggregated"),
 * unless they join: people named 215 of 225 multi-line nodes in real diagrams by the first line alone.
 */
export function labelLines(label: string): { name: string; rest: string } {
  const [first = '', second, ...more] = label.split('\n');
  if (second !== undefined && joins(first, second)) return { name: `${first} ${second}`, rest: more.join(' ') };
  return { name: first, rest: [second ?? '', ...more].join(' ').trim() };
}

/** One name on two lines: a lone pictograph and a name, one product ("Kafka" over "Connect"), one word wrapped ("Fraud" over "Detector"; not a product or an acronym). */
function joins(first: string, second: string): boolean {
  const bare = first.replace(/^[^\p{L}\p{N}]+/u, '');
  const both = catalogName(`${bare} ${second}`);
  if (bare === '' || (both !== undefined && both !== catalogName(bare) && spelledAsCatalog(`${bare} ${second}`))) return true;
  const whole = catalogStrength(bare) === 'product' || /^\p{Lu}+$/u.test(bare);
  return !whole && /^[\p{L}-]+$/u.test(bare) && /^\p{Lu}[\p{L}\p{N}-]*$/u.test(second);
}

/**
 * Two boxes whose first lines are the same name ("Cloud Storage" over "Raw Kaggle Files" and over
 * "Processed Files") are two components: their further lines join their names.
 */
export function tellApart(b: PipelineBuilder, nodes: Iterable<{ readonly id: string; readonly name?: string; readonly detail?: string }>): void {
  const all = [...nodes];
  // "📦 Data Lake" and "🥈 Data Lake" are the same first line: an icon before a name is decoration.
  const key = (n: { readonly name?: string }): string => n.name?.replace(/^[^\p{L}\p{N}]+/u, '').toLowerCase() ?? '';
  const count = new Map<string, number>();
  for (const n of all) if (n.name !== undefined) count.set(key(n), (count.get(key(n)) ?? 0) + 1);
  for (const n of all) if (n.detail && (count.get(key(n)) ?? 0) > 1) b.setName(n.id, `${n.name ?? ''} (${n.detail})`);
}

/** Text up to `close` from pos, skipping a quoted stretch; close = -1 when missing before `limit`. */
export function bracketed(s: string, pos: number, close: string, limit: number): { text: string; close: number } {
  const p = skipSpace(s, pos);
  // A quoted text keeps its quotes, and the closer is looked for past them.
  const q = s[p] === '"' ? s.indexOf('"', p + 1) : -1;
  const from = q >= 0 ? p : pos;
  const c = s.indexOf(close, q >= 0 ? q + 1 : pos);
  return c >= 0 && c <= limit ? { text: s.slice(from, q >= 0 ? q + 1 : c), close: c } : { text: s.slice(from, limit), close: -1 };
}

/** Label text from `from` up to one of `closers`; a quoted label may hold any brackets. */
export function labelUntil(s: string, from: number, closers: readonly string[]): { text: string; end: number } | undefined {
  const p = skipSpace(s, from);
  if (s[p] === '"') {
    const markdown = s[p + 1] === '`';
    const quote = markdown ? 2 : 1;
    const q = s.indexOf(markdown ? '`"' : '"', p + quote);
    if (q >= 0) {
      const r = skipSpace(s, q + quote);
      const c = closers.find((x) => s.startsWith(x, r));
      if (c !== undefined) return { text: cleanLabel(s.slice(p + quote, q), markdown, true), end: r + c.length };
    }
  }
  // The nearest closer; on a tie, the first listed.
  const nearest = closers
    .map((c) => ({ at: c.length === 1 ? matching(s, from, c) : s.indexOf(c, from), length: c.length }))
    .filter((c) => c.at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  if (nearest === undefined) return undefined;
  return { text: cleanLabel(unquoteLabel(s.slice(from, nearest.at).trim()), false, true), end: nearest.at + nearest.length };
}

/** The closing bracket at the same depth: `A(foo (bar))` closes at the last `)`. */
export function matching(s: string, from: number, close: string): number {
  const open = close === ')' ? '(' : close === ']' ? '[' : close === '}' ? '{' : undefined;
  let depth = 0;
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (c === open) depth++;
    else if (c === close) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** `"x"` → `x`; "`x`" (markdown) → `x`. */
export function unquoteLabel(s: string): string {
  const t = s.trim();
  return /^"(`?)([\s\S]*)\1"$/.exec(t)?.[2] ?? t;
}
