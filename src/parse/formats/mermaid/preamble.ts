/** What surrounds a Mermaid diagram's statements: YAML front matter at the very top, comments, directives, blank lines. */
import { type PipelineBuilder, type SourceLine, splitLines } from '../text';

/**
 * Hands each statement line of a diagram to `read`, past the front matter and skipping blank lines,
 * fences, `%%` comments and `%%{…}%%` directives (one never closed is reported). `read` returns true
 * when the line opens an `accDescr {` block: the lines up to its `}` are skipped too.
 */
export function statementLines(text: string, b: PipelineBuilder, read: (line: SourceLine) => boolean): void {
  const lines = splitLines(text);
  let i = 0;
  while (i < lines.length && (lines[i]?.text.trim() ?? '') === '') i++;
  if (lines[i]?.text.trim() === '---') {
    // Front matter: nothing is read when it never closes.
    const start = i;
    do i++;
    while (i < lines.length && lines[i]?.text.trim() !== '---');
    if (i >= lines.length) {
      b.problem({ kind: 'frontMatterUnclosed' }, { line: start + 1, column: 1 }, '---');
      return;
    }
    i++;
  }
  let inDirective: number | undefined;
  let inBlock = false;
  for (const src of lines.slice(i)) {
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
