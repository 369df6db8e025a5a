/** What comes before a Mermaid diagram's statements: YAML front matter at the very top. */
import type { SourceLine } from '../text';
import type { ProblemLog } from './problemLog';

/** The index of the first line after the front matter (0 when there is none); undefined when it never closes. */
export function afterFrontMatter(lines: readonly SourceLine[], log: ProblemLog): number | undefined {
  let i = 0;
  while (i < lines.length && (lines[i]?.text.trim() ?? '') === '') i++;
  if (lines[i]?.text.trim() !== '---') return i;
  const start = i;
  i++;
  while (i < lines.length && lines[i]?.text.trim() !== '---') i++;
  if (i >= lines.length) {
    log.report({ kind: 'frontMatterUnclosed' }, start + 1, 1, '---');
    return undefined;
  }
  return i + 1;
}
