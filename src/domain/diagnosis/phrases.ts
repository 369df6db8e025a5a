/**
 * Finding the knowledge base's phrases in free text: whole words, any case, a trailing * for any
 * ending, and … for up to four words in between ("re-run* … didn't fix"). A phrase right after a negation ("no", "not", "never", "without"…) in the same clause
 * does not count, unless the phrase is itself negative ("no errors").
 */
const NEGATION = /\b(no|not|never|nothing|none|without|neither|nor|isn't|wasn't|aren't|weren't|didn't|doesn't|don't|hasn't|haven't|cannot|can't)\b[^.,;:!?\n]{0,48}$/i;
const NEGATIVE_PHRASE = /\b(no|not|never|nothing|without)\b|n't\b/i;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export function phraseRegex(phrase: string): RegExp {
  const p = phrase.trim().toLowerCase();
  const wildcard = p.endsWith('*');
  const words = (part: string) => escape(part.trim()).replace(/\\\*/g, '[\\w-]*').replace(/\s+/g, '\\s+');
  const body = (wildcard ? p.slice(0, -1) : p).split('…').map(words).join('(?:\\s+\\S+){0,4}?\\s+');
  const start = /^\w/.test(p) ? '\\b' : '';
  const end = wildcard ? '[\\w-]*' : /\w$/.test(p) ? '\\b' : '';
  return new RegExp(`${start}${body}${end}`, 'gi');
}

export interface PhraseHit {
  readonly phrase: string;
  readonly index: number;
  /** The sentence it was found in, shortened around the match. */
  readonly quote: string;
}

function sentenceAround(text: string, index: number, length: number): string {
  // Only the neighbourhood is searched: a quote is at most ninety characters either side.
  const from = Math.max(0, index - 90);
  const lead = text.slice(from, index);
  const start = from + lead.search(/[^.!?\n]*$/);
  const tail = text.slice(index + length, index + length + 90);
  const after = tail.search(/[.!?\n]/);
  const end = after < 0 ? index + length + tail.length : index + length + after + 1;
  const quote = text.slice(start, end).trim().replace(/\s+/g, ' ');
  return `${start > 0 && !/[.!?\n]\s*$/.test(text.slice(Math.max(0, start - 2), start)) ? '…' : ''}${quote}`;
}

/** Where a phrase occurs unnegated in `text`: index and length of each match. */
function* unnegated(text: string, phrase: string): Generator<{ index: number; length: number }> {
  const negativePhrase = NEGATIVE_PHRASE.test(phrase.trim());
  for (const m of text.matchAll(phraseRegex(phrase))) {
    const index = m.index ?? 0;
    if (negativePhrase || !NEGATION.test(text.slice(Math.max(0, index - 64), index))) yield { index, length: m[0].length };
  }
}

/** Unnegated places a phrase occurs in `text`, up to `limit` of them, each with its quote. */
export function findPhrase(text: string, phrase: string, limit = Infinity): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (const { index, length } of unnegated(text, phrase)) {
    hits.push({ phrase, index, quote: sentenceAround(text, index, length) });
    if (hits.length >= limit) break;
  }
  return hits;
}

/** The first unnegated hit of any of the phrases, or undefined. */
export function firstHit(text: string, phrases: readonly string[] | undefined): PhraseHit | undefined {
  let first: PhraseHit | undefined;
  for (const p of phrases ?? []) {
    const hit = findPhrase(text, p, 1)[0];
    if (hit && (!first || hit.index < first.index)) first = hit;
  }
  return first;
}

/** How many unnegated hits all the phrases have together. */
export function countHits(text: string, phrases: readonly string[] | undefined): number {
  let n = 0;
  for (const p of phrases ?? []) for (const _ of unnegated(text, p)) n++;
  return n;
}
