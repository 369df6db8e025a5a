/** Candidate component names in running text, with the words before each (how it relates to the last). */
import { namesLayer, namesZone, stageName } from '../../lexicon/words';
import { catalogStrength } from '../../classify/classify';
import { type PipelineBuilder, squash } from '../text';
import { CLAUSE_VERBS, DOES_VERBS, SOURCE_NOUNS, DETERMINERS, INDEFINITE, PREPOSITIONS, CLAUSE_WORDS, ROLE_PHRASES, SENTENCE_WORDS, isKnownProduct, startsName } from './lexicon';
import { namedInstance } from './names';
import { GENERIC_QUALIFIER, ROLE_NOUN, TITLE_NOUN, continuesMention, knownAt, lower, plainWord, startsMention, tokenize, type Token } from './tokens';
import { leftOut } from './notComponents';
import type { Mention, Seg } from './types';
import { scan, tokenize as tokenizeName } from '../../classify/tokens';

/**
 * Whether a name found in running prose is a component: a product or noun the catalog knows, or an
 * identifier (`orders_db`, `spark_stream.py`). Capitalised words the catalog does not know are
 * places, titles and feature names ("Vilnius", "WIP", "TaskGroups"), not parts of the pipeline.
 */
export function proseComponent(name: string, code: boolean): boolean {
  // SQL keywords and constants in backticks (`COPY INTO`, `OPENROWSET`) and addresses are not components.
  if ((code && /^[\p{Lu}\p{N}_ ]+$/u.test(name)) || name.includes('://')) return false;
  // `order_month = '2025-07'`, `SELECT * FROM t`: an expression in backticks names no part of the pipeline.
  if (code && /[=<>*'"(){};]/.test(name)) return false;
  const strength = catalogStrength(name);
  // "extract, clean, and store", "the warehouse": a lone lowercase word in a sentence is a step or
  // any such thing; only a product is named that way.
  if (!code && /^\p{Ll}[\p{Ll}-]*$/u.test(name) && strength !== 'product') return false;
  if (strength === 'product' || strength === 'noun') return true;
  // "stored in the silver layer", the Raw zone in quotes: a layer named as a place data rests is a part (in code, only capitalised).
  if ((!code || /^\p{Lu}/u.test(name)) && /^\p{L}+\s(?:layer|zone|tier)$/iu.test(name) && namesLayer(name)) return true;
  if (!code && namedInstance(name)) return true;
  // "CI/CD", "science/ML": a slash between words in prose joins ideas; a path or a pair of products
  // ("Hadoop/HDFS") still names something.
  if (!code && !/[_.]/.test(name) && /^[^/]+\/[^/]+$/.test(name)) return name.split('/').some((p) => catalogStrength(p) === 'product');
  return /[\p{L}\p{N}][_./][\p{L}\p{N}]/u.test(name) || (code && /^[\p{Ll}\p{N}][\p{Ll}\p{N}-]*-[\p{Ll}\p{N}]+$/u.test(name));
}

/**
 * Where a lowercase role phrase from the lexicon that starts at i ends ("the source database
 * system", "an operational database"), with up to two more plain nouns after it; 0 when none starts.
 */
function rolePhraseAt(toks: readonly Token[], i: number): number {
  if (!/^\p{Ll}/u.test(toks[i]?.text ?? '')) return 0;
  const phrase = ROLE_PHRASES.find((words) => words.every((w, k) => toks[i + k]?.kind === 'word' && lower(toks[i + k]) === w));
  if (!phrase) return 0;
  let j = i + phrase.length;
  while (j < i + phrase.length + 2 && plainWord(toks[j]) && knownAt(toks, j) === 0 && !CLAUSE_VERBS.has(lower(toks[j]))) j++;
  return j;
}

/** A finite verb of the kind that follows a subject: "enables", or "enable" after a plural subject. */
const isVerb = (w: string): boolean => [w, `${w}s`, `${w}es`].some((f) => DOES_VERBS.has(f) || CLAUSE_VERBS.has(f));

/** Whether a plain word is a role noun the lexicon knows (detector, dashboard), not a layer or stage word. */
const roleNoun = (w: string): boolean => {
  const tokens = tokenizeName(w);
  return scan(tokens).some((h) => h.end === tokens.length && (h.word === 'noun' || h.word === 'role'));
};

/**
 * "Drift detector and Dash monitoring dashboard enable monitoring": a sentence's subject that ends in
 * a role noun, right before its verb, names parts of the pipeline though no product is in it.
 * Returns the [start, end) token spans, or none.
 */
function subjects(toks: readonly Token[], i: number): [number, number][] {
  const spans: [number, number][] = [];
  let from = i;
  for (;;) {
    let j = from;
    while (j - from < 4 && toks[j]?.kind === 'word' && knownAt(toks, j) === 0 && !isVerb(lower(toks[j])) && !/^(?:and|or)$/.test(lower(toks[j]))) j++;
    // "The job", "Some sensors": a determiner makes it any such thing; "Raw files": words the lexicon
    // knows describe a kind of thing. A name needs a word of its own ("Drift", "Dash").
    const own = toks.slice(from, j - 1).some((t) => scan(tokenizeName(t.text)).length === 0);
    if (j === from || DETERMINERS.has(lower(toks[from])) || !own || !roleNoun(lower(toks[j - 1]))) return [];
    spans.push([from, j]);
    const next = lower(toks[j]);
    if (next === 'and' || next === 'or') from = j + 1;
    else return toks[j]?.kind === 'word' && isVerb(next) ? spans : [];
  }
}

/** "the bronze layer", "camada silver", "couche gold": a layer word beside its word for layer names the layer, in any case; 0 when none starts at i. */
const LAYER_NOUN = /^(?:layer|zone|tier)$/i;
const LAYER_NOUN_ABROAD = /^(?:camada|couche|capa|schicht|lapisan|tầng)$/i;
function layerNamed(toks: readonly Token[], i: number): number {
  const [a, z] = [toks[i], toks[i + 1]];
  if (a?.kind !== 'word' || z?.kind !== 'word') return 0;
  // Only a zone data passes through ("the bronze layer", not "the final layer"); a name that runs on is read as any is
  // ("Gold Layer Tables"); "a landing zone" is any such place, not one of this pipeline's.
  const next = toks[i + 2];
  const runsOn = next?.kind === 'word' && /^\p{Lu}/u.test(next.text);
  const english = LAYER_NOUN.test(z.text) && namesZone(a.text) && !runsOn && !INDEFINITE.has(lower(toks[i - 1]));
  // "uma camada", "une couche" likewise (Portuguese "a" is "the").
  const abroad = LAYER_NOUN_ABROAD.test(a.text) && namesLayer(z.text) && !/^(?:uma|un|une|una|eine)$/i.test(toks[i - 1]?.text ?? '');
  return english || abroad ? 2 : 0;
}

/**
 * "the bronze, silver and gold layers", "the `silver` and `gold` layers": zone words listed before their
 * word for layers, in the plural, each name a layer. Returns the listed words' indexes, or none.
 */
const LAYERS_NOUN = /^(?:layers|zones|tiers)$/i;
const MAX_LAYERS = 8;
function layersListed(toks: readonly Token[], i: number): number[] {
  if (INDEFINITE.has(lower(toks[i - 1]))) return [];
  const zone = (t: Token | undefined): boolean => (t?.kind === 'word' || t?.kind === 'code') && namesZone(t.text);
  const listed: number[] = [];
  let k = i;
  // A list of layers is short; a cap keeps a page of nothing but zone words linear.
  while (zone(toks[k]) && listed.length <= MAX_LAYERS) {
    listed.push(k);
    const between = toks.slice(k + 1, k + 3).map(lower);
    // ", and", ", or": a comma before the last one.
    const step = between[0] === ',' && /^(?:and|or)$/.test(between[1] ?? '') ? 3 : /^(?:,|and|or|&)$/.test(between[0] ?? '') ? 2 : 0;
    if (step === 0) break;
    k += step;
  }
  return listed.length >= 2 && listed.length <= MAX_LAYERS && LAYERS_NOUN.test(toks[(listed[listed.length - 1] ?? i) + 1]?.text ?? '') ? listed : [];
}

/**
 * Parentheses are an aside (a port, an alias, an example), unless they list products: two or more, or
 * one in a list of examples. Then they name the tools doing what the sentence says ("three-tier storage
 * (Redis, PostgreSQL, MinIO)", "downstream tools (Power BI, dashboards, etc.)").
 */
function listsProducts(text: string, at: number): boolean {
  const close = text.indexOf(')', at);
  const inner = text.slice(text.lastIndexOf('(', at) + 1, close < 0 ? undefined : close);
  const products = inner.split(/,|&|\band\b|\//).filter((p) => isKnownProduct(p.trim().replace(/^(?:e\.g\.|i\.e\.|such as)\s*/i, ''))).length;
  return products >= 2 || (products === 1 && /,|\be\.g\.|\betc\b|\bsuch as\b/i.test(inner));
}

/** Technology mentions in a stretch of prose, in order. */
export function mentions(b: PipelineBuilder, seg: Seg, startsSentence: boolean): Mention[] {
  const toks = tokenize(seg, startsSentence, (l, c, m, f) => b.warnAt(l, c, m, f));
  const out: Mention[] = [];
  let prevEnd = 0;
  const add = (first: number, last: number, name?: string, checked = true): void => {
    const a = toks[first];
    const z = toks[last];
    if (!a || !z) return;
    let text = squash(name ?? seg.text.slice(a.start, z.end));
    const col = seg.col + a.start;
    // "raw S3 S3 sources": a word typed twice is one name.
    const twice = /^(\S+) \1$/i.exec(text);
    if (twice?.[1]) text = twice[1];
    if (text === '') return;
    if (leftOut(b, text, seg.line, col, seg.text.slice(z.end, z.end + 2))) return;
    if (checked && ((a.aside && !listsProducts(seg.text, a.start)) || !proseComponent(text, a.kind === 'code'))) return;
    out.push({ name: text, line: seg.line, col, lastToken: last, gap: seg.text.slice(prevEnd, a.start) });
    prevEnd = z.end;
  };
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    if (!t) break;
    const listed = layersListed(toks, i);
    if (listed.length > 0) {
      for (const k of listed) add(k, k, undefined, false);
      i = (listed[listed.length - 1] ?? i) + 2;
      continue;
    }
    if (t.kind === 'code') {
      // The "raw" folder, the `orders` topic: a quoted word that alone names nothing, with the role
      // noun that says what it is. An identifier (`daily_sales`) is already a name.
      const noun = toks[i + 1];
      if (noun?.kind === 'word' && /^\p{Ll}/u.test(noun.text) && catalogStrength(noun.text) === 'noun' && !proseComponent(t.text, true)) {
        add(i, i + 1, `${t.text} ${noun.text}`, false);
        i += 2;
        continue;
      }
      add(i, i, t.text);
      i++;
      continue;
    }
    if (t.kind !== 'word') {
      // `Kafka [stream]`: a stage in brackets states the stage of the name right before it.
      const stage = t.kind === 'bracket' ? stageName(t.text) : undefined;
      const prev = out[out.length - 1];
      if (stage && prev?.lastToken === i - 1) prev.explicit = stage;
      else if (stage && toks[i - 1]?.kind === 'word') {
        add(i - 1, i - 1, undefined, false);
        const m = out[out.length - 1];
        if (m) m.explicit = stage;
      }
      i++;
      continue;
    }
    // "some sensors send data to Kafka": a thing that makes data, doing the sending, is a part of the pipeline.
    if (/^\p{Ll}/u.test(t.text) && SOURCE_NOUNS.has(lower(t).replace(/s$/, '')) && !CLAUSE_VERBS.has(lower(t)) && CLAUSE_VERBS.has(lower(toks[i + 1])) && knownAt(toks, i) === 0) {
      add(i, i, undefined, false);
      i++;
      continue;
    }
    const subject = t.sentenceStart && knownAt(toks, i) === 0 ? subjects(toks, i) : [];
    if (subject.length > 0) {
      for (const [a, z] of subject) add(a, z - 1, undefined, false);
      i = subject[subject.length - 1]?.[1] ?? i + 1;
      continue;
    }
    // "Ingestão Com Airbyte": written in title case, the preposition before a product is still one.
    if (startsName(t.text) && knownAt(toks, i + 1) > 0) {
      i++;
      continue;
    }
    const named = layerNamed(toks, i);
    if (named > 0) {
      add(i, i + named - 1, undefined, false);
      i += named;
      continue;
    }
    const role = rolePhraseAt(toks, i);
    if (role > 0) {
      add(i, role - 1, undefined, false);
      i = role;
      continue;
    }
    const known = knownAt(toks, i);
    if (known > 0 || startsMention(t)) {
      let j = i + Math.max(known, 1);
      while (j < toks.length && j - i < 6) {
        const u = toks[j];
        if (u?.kind !== 'word' || !continuesMention(u)) break;
        j += Math.max(knownAt(toks, j), 1);
      }
      // "a Python Kafka producer": the role noun says what the component is; without it the name
      // reads as the broker.
      const role = toks[j];
      // "the Silver layer": a layer word with "layer" after it names the layer.
      const layer = role?.kind === 'word' && /^(?:layer|zone|tier)$/i.test(role.text) && namesLayer(toks.slice(i, j).map((x) => x.text).join(' '));
      if (role?.kind === 'word' && (ROLE_NOUN.test(role.text) || layer)) j++;
      // "based on Lambda architecture", "Kappa architecture": a design pattern, not the tool it shares a name with.
      if (j === i + 1 && role?.kind === 'word' && /^architectures?$/i.test(role.text)) {
        i = j + 1;
        continue;
      }
      // "An Airflow Data Pipeline with BigQuery": the page's title for what it builds. Only the
      // product it is named after is a component.
      if (j - i >= 2 && TITLE_NOUN.test(toks[j - 1]?.text ?? '') && GENERIC_QUALIFIER.test(toks[j - 2]?.text ?? '')) {
        if (known > 0 && i + known < j - 1) add(i, i + known - 1);
        i = j;
        continue;
      }
      add(i, j - 1);
      i = j;
      continue;
    }
    if (PREPOSITIONS.has(lower(t))) {
      let k = i + 1;
      // "corresponds to a source table": an indefinite noun is any such thing, not a part of this pipeline.
      const indefinite = INDEFINITE.has(lower(toks[k]));
      while (DETERMINERS.has(lower(toks[k]))) k++;
      const first = k;
      if (layersListed(toks, first).length > 0) {
        i = first;
        continue;
      }
      while (k - first < 3 && plainWord(toks[k]) && knownAt(toks, k) === 0) k++;
      const next = toks[k];
      const boundary = next === undefined || next.kind === 'punct' || next.kind === 'bracket' || CLAUSE_WORDS.has(lower(next)) || SENTENCE_WORDS.has(lower(next));
      if (k > first && boundary && !indefinite) {
        add(first, k - 1);
        i = k;
        continue;
      }
    }
    i++;
  }
  return out;
}
