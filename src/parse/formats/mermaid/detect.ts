/** How sure we are a text is a Mermaid diagram we read (a flowchart, an architecture, an ER or a sequence diagram), from its first lines. */
import { DETECT_HEAD, splitLines, type SourceLine } from '../text';
import { ARCH_HEADER } from './architecture/statements';
import { ER_HEADER } from './er';
import { SEQUENCE_HEADER } from './sequence';
import { pastFrontMatter } from './preamble';
import { HEADER, OTHER_DIAGRAM } from './syntax';

/**
 * The first lines, the index of the first past fences, comments, front matter and `%%{init}%%`, and
 * that line: the diagram's header (`flowchart LR`, `architecture-beta`), or '' when there is none.
 */
function head(text: string): { lines: SourceLine[]; first: number; statement: string } {
  const lines = splitLines(text.slice(0, DETECT_HEAD)).slice(0, 300);
  let i = 0;
  const skippable = (t: string): boolean => t === '' || t.startsWith('```') || (t.startsWith('%%') && !t.startsWith('%%{'));
  const skip = (): void => {
    while (i < lines.length && skippable(lines[i]?.text.trim() ?? '')) i++;
  };
  skip();
  i = pastFrontMatter(lines, i);
  skip();
  // `%%{init: …}%%`, possibly over several lines.
  if (lines[i]?.text.trim().startsWith('%%{')) {
    while (i < lines.length && !(lines[i]?.text.includes('}%%') ?? false)) i++;
    i++;
    skip();
  }
  return { lines, first: i, statement: lines[i]?.text.trim() ?? '' };
}

export const isArchitecture = (text: string): boolean => ARCH_HEADER.test(head(text).statement);
export const isEr = (text: string): boolean => ER_HEADER.test(head(text).statement);
export const isSequence = (text: string): boolean => SEQUENCE_HEADER.test(head(text).statement);

export function detectMermaid(text: string): number {
  const { lines, first: i, statement: first } = head(text);
  if (first === '') return 0;
  if (HEADER.test(first) || ARCH_HEADER.test(first) || ER_HEADER.test(first) || SEQUENCE_HEADER.test(first)) return 0.97;
  if (OTHER_DIAGRAM.test(first)) return 0.3;
  // No header: Mermaid-only syntax (node shapes, pipe labels) on most link lines.
  let linkLines = 0;
  let shaped = 0;
  for (const l of lines.slice(i)) {
    const t = l.text.slice(0, 400);
    if (!/-->|---|-\.->|==>|===|-\.-/.test(t)) continue;
    linkLines++;
    if (/[\p{L}\p{N}_](?:\[|\(|\{)[^\]})]{0,80}[\]})]/u.test(t) || /-->\s*\|/.test(t) || t.includes(':::')) shaped++;
  }
  if (linkLines >= 1 && shaped * 2 >= linkLines) return 0.7;
  return linkLines > 0 ? 0.2 : 0.02;
}
