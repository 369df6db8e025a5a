/** Running text as tokens (words, code spans, brackets, punctuation), and what a token looks like. */
import { catalogName } from '../../classify/classify';
import type { Seg, Warn } from './types';
import { closingQuote, finder, isWordChar } from '../text';
import { FILLER, KNOWN_MAX_WORDS, SENTENCE_WORDS, CLAUSE_WORDS, isKnownProduct, startsName } from './lexicon';

export interface Token {
  readonly kind: 'word' | 'punct' | 'code' | 'bracket';
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** First word of a sentence (its capital says nothing). */
  readonly sentenceStart: boolean;
  /** Inside parentheses: an aside (a port, a column list, a topic name), not the flow. */
  readonly aside: boolean;
}

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/u;
export const CONNECTORS = new Set(['.', '-', '/', '#', '+', '@', "'", '’']);
export const SENTENCE_END = new Set(['.', '!', '?', ';', ':']);

export function tokenize(seg: Seg, startsSentence: boolean, warn?: Warn): Token[] {
  const s = seg.text;
  const find = finder(s);
  const out: Token[] = [];
  let sentence = startsSentence;
  let depth = 0;
  let i = 0;
  const push = (kind: Token['kind'], text: string, start: number, end: number): void => {
    if (kind === 'punct' && text === ')' && depth > 0) depth--;
    out.push({ kind, text, start, end, sentenceStart: sentence && kind === 'word', aside: depth > 0 });
    if (kind === 'punct' && text === '(') depth++;
    if (kind === 'word' || kind === 'code') sentence = false;
  };
  while (i < s.length) {
    const c = s[i] ?? '';
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const close = closingQuote(c);
    if (close !== undefined && c !== "'" && c !== '‘') {
      const j = find(close, i + 1);
      if (j > i + 1 && j - i <= 80) {
        push('code', s.slice(i + 1, j), i, j + 1);
        i = j + 1;
        continue;
      }
      if (j < 0 && c === '`') warn?.(seg.line, seg.col + i, 'Backtick is never closed', s.slice(i));
    } else if (c === '[') {
      const j = find(']', i + 1);
      if (j > i && j - i <= 80) {
        // A Markdown link: keep the text, drop the address.
        const link = s[j + 1] === '(';
        const k = link ? find(')', j + 2) : -1;
        push(link ? 'code' : 'bracket', s.slice(i + 1, j), i, j + 1);
        i = k < 0 ? j + 1 : k + 1;
        continue;
      }
    } else if (isWordChar(c)) {
      let j = i + 1;
      const korean = HANGUL.test(c);
      while (j < s.length) {
        const d = s[j];
        // Korean writes its particles onto the word before (`Kafka와`, `S3에`): a change of script ends a word.
        if (isWordChar(d) && HANGUL.test(d ?? '') === korean) j++;
        else if (d === ':' && s.startsWith('://', j) && isWordChar(s[j + 3])) j += 3;
        else if (d !== undefined && CONNECTORS.has(d) && isWordChar(s[j + 1])) j++;
        else if ((d === '+' || d === '#') && !isWordChar(s[j + 1])) {
          // C++, C#, F#
          while (s[j] === '+' || s[j] === '#') j++;
          break;
        } else break;
      }
      // A Korean word is the sentence around the names (products are written in Latin), never part of one.
      push(korean ? 'punct' : 'word', s.slice(i, j), i, j);
      i = j;
      continue;
    }
    push('punct', c, i, i + 1);
    if (SENTENCE_END.has(c) || c === '\n') sentence = true;
    i++;
  }
  return out;
}

export function lower(t: Token | undefined): string {
  return t?.text.toLowerCase() ?? '';
}

/** A letter the lexicon's look-up cannot spell (é, ớ, в, 集): a curly apostrophe is no letter. */
const SPELLED_APART = /(?=\P{ASCII})\p{L}/u;

/** How many word tokens from i form a known technology name (0 when none). */
export function knownAt(toks: readonly Token[], i: number): number {
  let best = 0;
  let phrase = '';
  for (let k = 0; k < KNOWN_MAX_WORDS; k++) {
    const t = toks[i + k];
    // The lexicon spells its names in Latin letters: "в", "với", "ingestão" are no part of one, though its look-up drops what it cannot spell.
    if (t?.kind !== 'word' || SPELLED_APART.test(t.text)) break;
    const shorter = phrase;
    phrase = k === 0 ? t.text.toLowerCase() : `${phrase} ${t.text.toLowerCase()}`;
    // "Kafka topic", "Spark job", "dbt runs": a lowercase word after a product says what of it is
    // meant, unless it completes the name the lexicon spells in full ("mobile" → "mobile app").
    if (k > 0 && !/^[\p{Lu}\p{N}]/u.test(t.text) && !technicalShape(t) && !completes(shorter, phrase)) break;
    if (isKnownProduct(phrase)) best = k + 1;
  }
  return best;
}

/** `longer` is the lexicon's own spelling of the name `shorter` abbreviates. */
function completes(shorter: string, longer: string): boolean {
  return isKnownProduct(shorter) && catalogName(shorter) === longer && catalogName(longer) === longer;
}

/** A token that looks like a product or identifier rather than an English word. */
export function technicalShape(t: Token): boolean {
  const s = t.text;
  if (FILLER.has(s.toLowerCase()) && !startsName(s)) return false;
  if (/\p{L}/u.test(s) && /\p{N}/u.test(s)) return true;
  // "a.m.", "e.g.", "i.e.": single letters between dots abbreviate words; they are not identifiers.
  if (/^(?:\p{L}\.)+\p{L}?\.?$/u.test(s)) return false;
  if (/[\p{L}\p{N}][_.][\p{L}\p{N}]/u.test(s) || s.includes('://')) return true;
  if (/^\p{Lu}/u.test(s) ? /\p{Lu}/u.test(s.slice(1)) : /\p{Lu}/u.test(s)) return s.length >= 2;
  return false;
}

export function capitalised(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text);
}

/** Starts a mention: known, technical, or capitalised and not the first word of a sentence. */
export function startsMention(t: Token): boolean {
  return technicalShape(t) || (capitalised(t) && !t.sentenceStart && (!FILLER.has(t.text.toLowerCase()) || startsName(t.text)));
}

/** Letters joined by `_` or `.` somewhere in a label (`gold_dim_date`, `kafka_stream.py`, but also `3.11`). */
export const IDENTIFIER = /[\p{L}\p{N}][_.][\p{L}\p{N}]/u;
/** A whole label spelled as a table is (`gold_dim_date`, `mart.fct_orders`): not a version (`Python 3.11`) or a numbered heading (`2.1 Ingestion`). */
export const TABLE_NAME = /^`?\p{L}[\p{L}\p{N}]*(?:\.\p{L}[\p{L}\p{N}]*)?_[\p{L}\p{N}_]*`?$/u;
/** A lowercase noun after a tool that names a program built on it rather than the tool. */
export const ROLE_NOUN = /^(?:producer|consumer|loader|extractor)s?$/;
export const TITLE_NOUN = /^(?:pipelines?|projects?)$/i;
export const GENERIC_QUALIFIER = /^(?:data|etl|elt|streaming|analytics|engineering|batch|lakehouse)$/i;

export const RUN_BREAKERS = new Set(['i', 'the', 'then', 'and', 'or', 'a', 'an', 'to', 'in', 'into', 'from', 'with', 'via', 'by']);

/** Continues a capitalised run: `Google Analytics`, `Azure Data Factory`, `dbt Cloud`. */
export function continuesMention(t: Token): boolean {
  if (RUN_BREAKERS.has(t.text.toLowerCase())) return false;
  return capitalised(t) || technicalShape(t);
}

export function plainWord(t: Token | undefined): boolean {
  if (t?.kind !== 'word') return false;
  const w = t.text.toLowerCase();
  if (FILLER.has(w) || SENTENCE_WORDS.has(w) || CLAUSE_WORDS.has(w)) return false;
  if (/(?:ed|ing|ly)$/.test(w) && w.length > 4) return false;
  return /^\p{Ll}/u.test(t.text) && !technicalShape(t);
}

