/** Rule 1: a stage the input states outright wins over anything the words suggest. */
import { STAGE_NAMES } from '../../lexicon/lexicon';
import type { Placement, RawComponent } from '../../types';
import type { Verdict } from '../verdict';

const TRAILING_GROUP = /^([\s\S]*?)\s*(?:\[([^[\]]*)\]|\(([^()]*)\))\s*$/;
const PREFIXED = /^\s*(?:(stage|placement|layer)\s*[:=]\s*)?(.*?)\s*$/i;

/**
 * Reads a placement written at the end of a name and strips it: `orders [model]`,
 * `orders [stage: model]`, `orders (stage: model)`. Stage synonyms from the lexicon are accepted
 * (ingestion, storage, transform, modelling, serving, bi, scheduler, ignore…). Parentheses need the
 * `stage:` prefix, so `Postgres (OLTP)` stays a name. Without an override the name is returned unchanged.
 */
export function splitOverride(name: string): { name: string; explicit?: Placement } {
  const m = TRAILING_GROUP.exec(name);
  if (!m) return { name };
  const before = (m[1] ?? '').trim();
  const inBrackets = m[2] !== undefined;
  const p = PREFIXED.exec(m[2] ?? m[3] ?? '');
  if (!p || before === '') return { name };
  if (!inBrackets && p[1] === undefined) return { name };
  const explicit = STAGE_NAMES.get((p[2] ?? '').toLowerCase().replace(/\s+/g, ' '));
  return explicit ? { name: before, explicit } : { name };
}

/** An explicit placement from the parser (`stage: store` in own YAML), or `name [stage]`: confidence 1. */
export function overrideRule(c: RawComponent): Verdict | undefined {
  if (c.explicit) return { placement: c.explicit, confidence: 1, uncertain: false, reason: `stated: ${c.explicit}`, rule: 'override', fixed: true };
  const { explicit } = splitOverride(c.name);
  if (explicit) return { placement: explicit, confidence: 1, uncertain: false, reason: `stated in the name: ${explicit}`, rule: 'override', fixed: true };
  return undefined;
}
