/** The names between two arrows: comma groups, quoted names, `[stage]` overrides, decoration dropped. */
import { DECORATION, type PipelineBuilder, closingQuote, isSpace, squash, truncate, unquote } from '../text';
import { catalogStrength, spelledAsCatalog } from '../../classify/classify';
import { splitOverride } from '../../classify/rules/override';
import { tidyName } from '../builder/tidyNames';
import { FLOW_VERBS, PROSE_WORDS, stageName } from '../../lexicon/words';
import type { Placement } from '../../types';

/** Splits a stretch of a line on commas (outside quotes) into names, and registers them. */
export function readGroup(
  b: PipelineBuilder,
  line: string,
  lineNo: number,
  start: number,
  end: number,
  find: (needle: string, from: number) => number,
): string[] {
  const out = new Set<string>();
  const pieces: { text: string; at: number }[] = [];
  let pieceStart = start;
  let atNameStart = true;
  let depth = 0; // commas inside parentheses belong to the name: `S3 (raw, curated)`, as one in a number does: `100,000 rows`
  for (let i = start; i < end; i++) {
    const c = line[i] ?? '';
    if (atNameStart && isSpace(c)) continue;
    const close = atNameStart && c !== '`' ? closingQuote(c) : undefined;
    if (close !== undefined) {
      const j = find(close, i + 1);
      if (j >= 0 && j < end) i = j;
      atNameStart = false;
      continue;
    }
    atNameStart = false;
    if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    else if (c === ',' && depth === 0 && !(/\d/.test(line[i - 1] ?? '') && /^\d{3}(?!\d)/.test(line.slice(i + 1, i + 5)))) {
      pieces.push({ text: line.slice(pieceStart, i), at: pieceStart });
      pieceStart = i + 1;
      atNameStart = true;
    }
  }
  pieces.push({ text: line.slice(pieceStart, end), at: pieceStart });
  const several = pieces.length > 1;
  for (const p of pieces) {
    const lead = p.text.length - p.text.trimStart().length;
    const column = p.at + lead + 1;
    const raw = p.text.trim();
    if (raw === '') {
      if (several) b.warnAt(lineNo, column, 'Empty name between commas', truncate(line.slice(start, end).trim()));
      continue;
    }
    for (const part of sideBySide(raw)) {
      const name = readName(b, part.text, lineNo, column + part.at);
      if (name === undefined) continue;
      out.add(b.mention(name.name, { line: lineNo, explicit: name.explicit, hints: name.hints, at: { line: lineNo, column: column + part.at } }));
    }
  }
  return [...out];
}

/**
 * `[PostgreSQL + Redis]`, `Postgres + Redis`: products joined by a plus, bracketed or not, are fed
 * side by side. A bracket that names a stage is an override, and a plus between words that are
 * not all products is part of one name ("Data Versioning + Storage").
 */
export function sideBySide(raw: string): { text: string; at: number }[] {
  const bracket = /^\[([^[\]]+)\]$/.exec(raw);
  const inner = bracket && stageName(bracket[1] ?? '') === undefined ? (bracket[1] ?? '') : raw;
  const offset = inner === raw ? 0 : 1;
  const parts: { text: string; at: number }[] = [];
  const re = /\s+\+\s+|\s*,\s*/g;
  let last = 0;
  for (const m of inner.matchAll(re)) {
    parts.push({ text: inner.slice(last, m.index), at: offset + last });
    last = (m.index ?? 0) + m[0].length;
  }
  parts.push({ text: inner.slice(last), at: offset + last });
  if (parts.length > 1 && parts.every((p) => catalogStrength(p.text.trim()) === 'product')) return parts;
  return [{ text: raw, at: 0 }];
}

/** `"Sessions, enriched" [process]` → name and stage; warns about a bracket that names no stage. */
export function readName(
  b: PipelineBuilder,
  raw: string,
  lineNo: number,
  column: number,
): { name: string; explicit?: Placement; hints?: string[] } | undefined {
  const o = splitOverride(undecorate(raw));
  if (o.unknown) {
    b.warnAt(lineNo, column + o.unknown.index, `"[${o.unknown.word}]" is not a stage; kept as part of the name`, `[${o.unknown.word}]`);
  }
  const { text, quoted } = unquote(o.name);
  let name = tidyName(squash(text));
  // A chain written as inline code (`A -> B -> C`) opens its span before the first name and closes it after the last.
  if (!quoted) name = name.replace(/^["'“‘`]/, '').replace(/[`.;]+$/, '').trim();
  // `🐘 Postgres`, `Cloud Function ☁️`: an icon beside a name decorates it.
  if (!quoted) name = name.replace(DECORATION, '').trim();
  if (!quoted) name = name.replace(STEP_NUMBER, '');
  if (name === '') {
    b.warnAt(lineNo, column, o.explicit ? 'A stage override with no name before it' : 'Empty name', raw);
    return undefined;
  }
  const clause = quoted ? undefined : clauseAbout(name);
  const read = clause ? { name: clause.subject, hints: [clause.rest] } : { name };
  return o.explicit ? { ...read, explicit: o.explicit } : read;
}

/** `1. Load the model`, `Step 2: Fetch`: the number is the step's place in the chain, not its name. */
const STEP_NUMBER = new RegExp(`^(?:(?:${PROSE_WORDS.stepWords.join('|')})\\s*)?\\d{1,2}\\s*[.):–-]\\s+(?=\\p{L})`, 'iu');

/** What a thing does, in the third person: after a name they make the rest a clause about it. */
const DOES = new Set(
  [...PROSE_WORDS.does, ...[...FLOW_VERBS.reads, ...FLOW_VERBS.writes, ...FLOW_VERBS.moves, ...FLOW_VERBS.carries].filter((v) => /^\p{L}+s$/u.test(v))].filter(
    (v) => !FLOW_VERBS.nounsToo.includes(v),
  ),
);

/**
 * `publisher.py publishes raw events to Redpanda` between two arrows is a step written as a clause:
 * the name is its subject, what it does helps place it. Not where the verb ends a product's name
 * (`Kafka Streams app`), nor with nothing after the verb.
 */
function clauseAbout(name: string): { subject: string; rest: string } | undefined {
  const words = name.split(' ');
  for (let i = 1; i <= Math.min(3, words.length - 2); i++) {
    if (!DOES.has((words[i] ?? '').toLowerCase())) continue;
    const endsProduct = words.slice(0, i).some((_, j) => spelledAsCatalog(words.slice(j, i + 1).join(' ')));
    return endsProduct ? undefined : { subject: words.slice(0, i).join(' '), rest: words.slice(i).join(' ') };
  }
  return undefined;
}

/**
 * ASCII diagrams box their names (`[--- Kafka ---]`, `[ Spark ]`, `(( S3 ))`) and READMEs link them
 * (`[Docker](https://…)`): the name is what is inside.
 */
function undecorate(raw: string): string {
  const unlinked = raw.replace(/\[([^\]]+)\]\([^)\s]*\)/g, '$1');
  const boxed = /^[[({]+\s*[-=*_|~]*\s*([^[\](){}]*?)\s*[-=*_|~]*\s*[\])}]+$/.exec(unlinked.trim());
  // A square box may hold a name with its aside: `[PostgreSQL (raw)]`.
  const inner = boxed?.[1] ?? /^\[\s*([^[\]]*?\S)\s*\]$/.exec(unlinked.trim())?.[1];
  if (inner === undefined || inner === '' || stageName(inner) !== undefined) return unlinked;
  return inner;
}

/** Whether a line without arrows reads like a bare component name rather than a sentence or heading. */
export function looksLikeName(s: string): boolean {
  const t = s.trim();
  if (t === '' || t.length > 60 || !/[\p{L}\p{N}]/u.test(t)) return false;
  if (/[:.?!]$/.test(t) || /[:.?!]\s/.test(t)) return false;
  // "(Python code)   (SQL/DWH)" under a chain: notes on the names above it, not a name.
  if (/^(?:\([^()]*\)\s*){2,}$/.test(t)) return false;
  if (unquote(t).quoted) return true;
  if (t.includes(',')) return false;
  return t.split(/\s+/).length <= 5;
}
