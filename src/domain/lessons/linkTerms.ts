import type { GlossaryTerm } from './types';

/** A run of lesson text: plain, or the mention of a glossary term. */
export type Segment = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'term'; readonly text: string; readonly term: string };

export interface TermIndex {
  readonly pattern: RegExp;
  readonly byPhrase: ReadonlyMap<string, string>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern for all terms; longer phrases first, so "partition pruning" wins over "partition". */
export function termIndex(terms: readonly GlossaryTerm[]): TermIndex {
  const byPhrase = new Map<string, string>();
  for (const t of terms) for (const p of [t.term, ...t.aliases]) if (!byPhrase.has(p.toLowerCase())) byPhrase.set(p.toLowerCase(), t.id);
  const phrases = [...byPhrase.keys()].sort((a, b) => b.length - a.length).map(escape);
  // Whole words only: "ack" must not light up inside "backfill" or "stack".
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${phrases.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
  return { pattern, byPhrase };
}

/**
 * Splits text into plain runs and term mentions. Only the first mention of each term is linked
 * (across calls that share `seen`), so a paragraph does not turn into a wall of links.
 */
export function linkTerms(text: string, index: TermIndex, seen: Set<string> = new Set()): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const m of text.matchAll(index.pattern)) {
    const term = index.byPhrase.get(m[0].toLowerCase());
    if (!term || seen.has(term)) continue;
    seen.add(term);
    if (m.index > at) out.push({ kind: 'text', text: text.slice(at, m.index) });
    out.push({ kind: 'term', text: m[0], term });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ kind: 'text', text: text.slice(at) });
  return out;
}
