/**
 * Names stacked one per paragraph with a lone arrow between them, as pages copied from a document
 * set them out (a blank line around every `↓`): a chain, as it is with no blank lines.
 */
import type { RootContent } from 'mdast';
import type { Piece } from './chunks';
import { arrowChainText } from './lines';
import type { Page } from './paragraph';

const LONE_ARROW = /^\s*(?:[↓⬇▼⇓]\uFE0F?)\s*$/u;

/**
 * Reads the chain stacked from `children[k]` on into the page's arrow lines, one link per arrow at
 * the line of the name above it. Returns how many nodes it spans: 0 unless three names or more are
 * stacked so, each one a name the chain reader takes.
 */
export function stackedChain(page: Page, p: Piece, children: readonly RootContent[], k: number): number {
  const line = (n: RootContent | undefined): { text: string; line: number } | undefined => {
    const s = n?.position?.start.line;
    const src = s === undefined ? undefined : p.lines[s - 1];
    return n?.type === 'paragraph' && src && s === n.position?.end.line ? { text: src.text.trim(), line: src.line } : undefined;
  };
  const names: { text: string; line: number }[] = [];
  const first = line(children[k]);
  if (first && isName(first.text)) names.push(first);
  // name, arrow, name, arrow, name…: it ends on a name.
  for (let end = k; names.length > 0 && isArrow(line(children[end + 1])?.text); end += 2) {
    const next = line(children[end + 2]);
    if (!next || !isName(next.text)) break;
    names.push(next);
  }
  const links = names.slice(1).map((to, i) => arrowChainText(`${names[i]?.text ?? ''} → ${to.text}`, false));
  if (names.length < 3 || links.some((l) => l === undefined)) return 0;
  links.forEach((l, i) => page.arrowLines.push({ text: l?.text ?? '', line: names[i]?.line ?? 1, heading: false }));
  return 2 * names.length - 1;
}

const isArrow = (t: string | undefined): boolean => t !== undefined && LONE_ARROW.test(t);
const isName = (t: string): boolean => !LONE_ARROW.test(t) && t.length <= 80;
