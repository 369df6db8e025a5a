/** Rule 1: a stage the input states outright wins over anything the words suggest. */
import { STAGE_NAMES } from '../../lexicon/lexicon';
import type { Placement, RawComponent } from '../../types';
import type { Verdict } from '../verdict';

const TRAILING_GROUP = /^([\s\S]*?)\s*(?:\[([^[\]]*)\]|\(([^()]*)\))\s*$/;
const PREFIXED = /^\s*(?:(stage|placement|layer)\s*[:=]\s*)?(.*?)\s*$/i;

export interface Override {
  /** The name with a recognised override removed, trimmed. */
  readonly name: string;
  readonly explicit?: Placement;
  /** A trailing `[word]` that names no stage: left in `name`; a reader may warn (index of its `[`). */
  readonly unknown?: { readonly word: string; readonly index: number };
}

/**
 * Reads a placement written at the end of a name and strips it: `orders [model]`,
 * `orders [stage: model]`, `orders (stage: model)`. Stage synonyms from the lexicon are accepted
 * (ingestion, storage, transform, modelling, serving, bi, scheduler, ignore…). Parentheses need the
 * `stage:` prefix, so `Postgres (OLTP)` stays a name. Without an override the name is returned trimmed.
 * The one override syntax: every reader and the classifier use this function.
 */
export function splitOverride(raw: string): Override {
  const name = raw.trim();
  // Only a name ending in a bracket can carry an override; the check keeps the pattern off long text.
  if (!name.endsWith(']') && !name.endsWith(')')) return { name };
  const m = TRAILING_GROUP.exec(name);
  if (!m) return { name };
  const before = (m[1] ?? '').trim();
  const inBrackets = m[2] !== undefined;
  const p = PREFIXED.exec(m[2] ?? m[3] ?? '');
  if (!p || (!inBrackets && (before === '' || p[1] === undefined))) return { name };
  const explicit = STAGE_NAMES.get((p[2] ?? '').toLowerCase().replace(/\s+/g, ' ').trim());
  // A lone `[store]` is an override with no name: the reader says so.
  if (explicit) return { name: before, explicit };
  return inBrackets && before !== '' ? { name, unknown: { word: m[2] ?? '', index: name.lastIndexOf('[') } } : { name };
}

/** An explicit placement from the parser (`stage: store` in own YAML), or `name [stage]`: confidence 1. */
export function overrideRule(c: RawComponent): Verdict | undefined {
  if (c.explicit) return { placement: c.explicit, confidence: 1, uncertain: false, reason: `stated: ${c.explicit}`, rule: 'override', fixed: true };
  const { explicit } = splitOverride(c.name);
  if (explicit) return { placement: explicit, confidence: 1, uncertain: false, reason: `stated in the name: ${explicit}`, rule: 'override', fixed: true };
  return undefined;
}
