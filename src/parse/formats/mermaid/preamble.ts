/** What surrounds a Mermaid diagram's statements: YAML front matter at the very top, comments, directives, blank lines. */
import { type PipelineBuilder, type SourceLine, splitLines } from '../text';

/** The index of the line past front matter opening at line `i`, or `i` when none opens there; past the end when it never closes. */
export function pastFrontMatter(lines: readonly SourceLine[], i: number): number {
  if (lines[i]?.text.trim() !== '---') return i;
  let close = i + 1;
  while (close < lines.length && lines[close]?.text.trim() !== '---') close++;
  return close + 1;
}

/**
 * Hands each statement line of a diagram to `read`, past the front matter and skipping blank lines,
 * fences, `%%` comments and `%%{…}%%` directives (one never closed is reported). `read` returns true
 * when the line opens an `accDescr {` block: the lines up to its `}` are skipped too.
 */
export function statementLines(text: string, b: PipelineBuilder, read: (line: SourceLine) => boolean): void {
  const lines = splitLines(text);
  let start = 0;
  while (start < lines.length && (lines[start]?.text.trim() ?? '') === '') start++;
  const i = pastFrontMatter(lines, start);
  // Front matter: nothing is read when it never closes.
  if (i > lines.length) {
    b.problem({ kind: 'frontMatterUnclosed' }, { line: start + 1, column: 1 }, '---');
    return;
  }
  let inDirective: number | undefined;
  let inBlock = false;
  const rest = lines.slice(i);
  for (let k = 0; k < rest.length; k++) {
    const open = rest[k] as SourceLine;
    // A quoted label may run over lines (markdown strings often do): read it with the lines that close it.
    const close = labelOpens(open.text) ? rest.slice(k + 1, k + 1 + LABEL_LINES).findIndex((l) => LABEL_CLOSE.test(l.text)) : -1;
    const src = close < 0 ? open : { ...open, text: rest.slice(k, k + close + 2).map((l) => l.text).join('\n') };
    k += close + 1;
    const t = src.text.trim();
    if (inDirective !== undefined) {
      if (src.text.includes('}%%')) inDirective = undefined;
    } else if (inBlock) {
      if (src.text.includes('}')) inBlock = false;
    } else if (t.startsWith('%%{')) {
      if (!t.includes('}%%')) inDirective = src.line;
    } else if (t !== '' && !t.startsWith('```') && !t.startsWith('~~~') && !t.startsWith('%%')) {
      inBlock = read(src);
    }
  }
  if (inDirective !== undefined) b.problem({ kind: 'directiveUnclosed' }, { line: inDirective, column: 1 }, '%%{');
}

/** The most lines one quoted label may span. */
const LABEL_LINES = 8;

/**
 * Whether a statement line ends inside a quoted label it opened (`B["`**job**`, `A("Kafka`): an odd
 * number of quotes, the last just after a node's bracket. An inch mark in a comment or in a link's
 * text (`-->|6" pipe|`) opens nothing.
 */
const labelOpens = (text: string): boolean =>
  !text.trimStart().startsWith('%%') && (text.match(/"/g)?.length ?? 0) % 2 === 1 && /[[({>]\s*"`?[^"]*$/.test(text);

/** A line that closes such a label: its quote comes before any other, followed by the node's bracket (`Downloads`"]`). */
const LABEL_CLOSE = /^[^"]*`?"\s*[\])}>]/;
