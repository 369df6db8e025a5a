/**
 * A Mermaid chart pasted without its fence (copied from a rendered page, or from a README whose
 * fence was lost) still starts with `flowchart LR`, `graph TD` or `architecture-beta` on a line of
 * its own. It runs while lines look like Mermaid (links, nodes, subgraphs, styles, comments; an
 * architecture diagram's groups, services, junctions and `a:R --> L:b` edges) and ends at the first
 * blank line followed by prose, a heading or a fence.
 */
import type { Fence } from './outline';

const HEADER = /^\s*(?:(?:flowchart|graph)\s+(?:TB|TD|BT|RL|LR)\s*;?|architecture-beta)\s*$/i;
const MERMAID_LINE =
  /-->|---|-\.->|==>|~~~|^\s*(?:subgraph\b|end\s*$|classDef\b|class\b|style\b|linkStyle\b|click\b|%%|direction\b)|^\s*[\w.-]+\s*(?:\[|\(|\{|>|@\{)|^\s*(?:group|service|junction)\s+\w|^\s*[\w-]+(?:\{group\})?:[LRTB]\s*<?-/;

export interface BareMermaid {
  /** The charts, as fenced blocks at their own lines. */
  readonly fences: readonly Fence[];
  /** The page with each chart's lines blanked, so line numbers stay the same. */
  readonly rest: string;
}

export function bareMermaid(text: string): BareMermaid {
  const lines = text.split('\n');
  const fences: Fence[] = [];
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^\s{0,3}(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence || !HEADER.test(line)) continue;
    let end = i + 1;
    while (end < lines.length) {
      const l = lines[end] ?? '';
      if (l.trim() === '') {
        const next = lines.slice(end + 1).find((x) => x.trim() !== '');
        if (next === undefined || !MERMAID_LINE.test(next)) break;
      } else if (!MERMAID_LINE.test(l) && !/^\s+\S/.test(l)) break;
      end++;
    }
    fences.push({ lang: 'mermaid', value: lines.slice(i, end).join('\n'), line: i + 1 });
    lines.fill('', i, end);
    i = end - 1;
  }
  return { fences, rest: fences.length ? lines.join('\n') : text };
}
