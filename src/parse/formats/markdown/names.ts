/** Whether a phrase names something: a product, an identifier, a catalog noun; and the product inside it. */
import { catalogName, catalogStrength } from '../../classify/classify';
import { squash, unquote } from '../text';
import { namesLayer } from '../../lexicon/words';
import { CONCEPT, DOC_WORDS, SENTENCE_WORDS, DOES_VERBS, STATUS_NOTE, USE_VERB, startsName } from './lexicon';
import { ARROWISH } from './lines';
import { splitTools } from './phrases';
import { knownAt, technicalShape, tokenize } from './tokens';

/** A lowercase aside in brackets at the end ("(scala app)", "(every 5 minutes)") or a hyphenated adjective ("(S3-compatible)"). */
const ASIDE = /^(.*\S)\s*\((\p{Ll}[\p{Ll}\p{N}\s-]*|[\p{L}\p{N}]+-\p{Ll}+)\)$/u;

/**
 * The product a list item names, without what the author wrote around it: a status note, a leading
 * "Use", or a label after the product that the catalog does not know ("dbt Documentation",
 * "Dagster (Software-Defined Assets)"). The label is kept as a hint.
 */
export function productCore(raw: string): { name: string; hints: string[] } {
  const hints: string[] = [];
  let name = squash(raw.replace(STATUS_NOTE, (m) => {
    hints.push(squash(m.replace(/[*_()]/g, ' ')));
    return ' ';
  }));
  // "Databricks Secrets (production)", "Collector (scala app)": a lowercase aside says how it is used
  // or built, not what it is, when it names nothing or the name before it is already known.
  // "MinIO (S3-compatible)": a hyphenated adjective in brackets describes the same way.
  // A layer in brackets ("PostgreSQL (raw)" beside "PostgreSQL (data marts)") is data of its own.
  // Asides may follow one another: "OpenSky API (source) (every 5 minutes)".
  for (let aside = ASIDE.exec(name); aside?.[1] && aside[2]; aside = ASIDE.exec(name)) {
    if (namesLayer(aside[2]) || (catalogStrength(aside[2]) !== undefined && catalogName(aside[1]) === undefined)) break;
    hints.push(aside[2]);
    name = aside[1];
  }
  const verb = USE_VERB.exec(name);
  if (verb && catalogStrength(name.slice(verb[0].length)) === 'product') name = name.slice(verb[0].length);
  if (catalogName(name) !== undefined) return { name, hints };
  // "Web app (React)" names what it is built with; a phrase in brackets describes how it is used.
  const paren = /^(.*?)\s*\(([^()]*)\)$/.exec(name);
  if (paren?.[1] && catalogName(paren[1]) !== undefined && catalogStrength(paren[1]) === 'product' && /\s/.test(paren[2] ?? '') && catalogStrength(paren[2] ?? '') === undefined) {
    return { name: paren[1], hints: [...hints, paren[2] ?? ''] };
  }
  const words = name.split(' ');
  for (let k = words.length - 1; k >= 1; k--) {
    const head = words.slice(0, k).join(' ');
    const rest = words.slice(k).join(' ');
    if (catalogName(head) === undefined) continue;
    const label = (catalogStrength(rest) === undefined && /^\p{Lu}\p{Ll}/u.test(rest)) || DOC_WORDS.test(rest);
    if (label && catalogStrength(head) === 'product' && !CONCEPT.test(name)) return { name: head, hints: [...hints, rest] };
    break;
  }
  return { name, hints };
}

/** Reads as a bare name (or a short list of names) rather than a sentence. */
export function nameLike(text: string): boolean {
  if (text.length > 200) return false;
  const t = squash(text.replace(/\([^()]{0,80}\)/g, ' ').replace(/\[[^\]]{0,40}\]\s*$/, ''));
  if (t === '' || t.length > 60 || ARROWISH.test(t) || !/[\p{L}\p{N}]/u.test(t)) return false;
  if (unquote(t).quoted) return true;
  const words = t.replace(/[.!?]$/, '').split(' ');
  // "Applies necessary transformations": a description of what the parent does.
  if (DOES_VERBS.has((words[0] ?? '').toLowerCase())) return false;
  return words.length <= 5 && !words.some((w, i) => SENTENCE_WORDS.has(w.toLowerCase()) && !(i === 0 && startsName(w))) && !/[.!?]\s/.test(t);
}

/**
 * Names a tool, an identifier or a catalog noun. Unlike `technical`, an acronym alone ("URL", "CSV
 * path") does not count: nested under a step, it is what the step reads.
 */
export function namesSomething(text: string): boolean {
  if (knownNoun(text)) return true;
  const toks = tokenize({ text: text.slice(0, 200), line: 1, col: 1 }, true);
  return toks.some((t, i) => t.kind === 'code' || (t.kind === 'word' && (knownAt(toks, i) > 0 || /[\p{N}_./]/u.test(t.text) || /\p{Ll}\p{Lu}/u.test(t.text))));
}

/** Some piece of a `+`/`,`-separated phrase is a product the catalog knows. */
export function namesProduct(text: string): boolean {
  return splitTools(text).some((p) => catalogStrength(squash(p.text)) === 'product');
}

/** A noun the catalog knows as a component ("Mobile app", "API", "Aviation Stack API"), though not a product. */
export function knownNoun(text: string): boolean {
  const bare = squash(text.replace(/\([^()]{0,80}\)/g, ' '));
  const strength = catalogStrength(bare);
  return strength === 'product' || strength === 'noun' || namedInstance(bare);
}

/**
 * "NHL Open API", "Orders Database": capitalised words before a role noun the catalog knows name one
 * such thing, as a product's name does.
 */
export function namedInstance(name: string): boolean {
  // "DemoEventTestApp", "OrderService": an identifier in CamelCase is words run together.
  const words = /^\p{Lu}[\p{Ll}\p{N}]+(?:\p{Lu}[\p{Ll}\p{N}]+)+$/u.test(name) ? name.split(/(?=\p{Lu})/u) : name.split(' ');
  if (words.length < 2 || words.length > 4 || !words.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) return false;
  return catalogStrength(words[words.length - 1] ?? '') === 'noun' && !(SENTENCE_WORDS.has((words[0] ?? '').toLowerCase()) && !startsName(words[0] ?? ''));
}

/** Whether a phrase names a technology (as opposed to a step such as "Collect events"). */
export function technical(text: string): boolean {
  const toks = tokenize({ text: text.slice(0, 200), line: 1, col: 1 }, true);
  return toks.some((t, i) => t.kind === 'code' || (t.kind === 'word' && (knownAt(toks, i) > 0 || technicalShape(t))));
}

/**
 * `dagster-code — a gRPC code server`, `Kafka: the broker`: after a tool or an identifier, a phrase
 * opening with an article says what it is; the label is the component.
 */
export function describes(label: string, rest: string): boolean {
  if (!/^(?:a|an|the)\s/i.test(rest.trim()) || !nameLike(label)) return false;
  return technical(label) || /^[\p{Ll}\p{N}][\p{L}\p{N}]*(?:[_.-][\p{L}\p{N}]+)+$/u.test(label.trim());
}

/** A generic role and what it is for ("Source database for CDC"), naming no product of its own. */
export function rolePhrase(text: string): boolean {
  const head = squash((/^(.+?)\s+(?:for|of|in|on|with)\s/i.exec(text)?.[1] ?? text).replace(/[.;]$/, ''));
  return catalogStrength(head) === 'stage';
}
