/** The rule order for one component: rules 1–5, the first that finds something decides. */
import type { Classification, Verdict } from './verdict';
import type { RawComponent } from '../types';
import { declaredRule } from './rules/declared';
import { workflowRule } from './rules/workflowRoles';
import { gather, type Facts } from './rules/facts';
import { layerRule } from './rules/layer';
import { genericRule, namedRule } from './rules/named';
import { overrideRule, splitOverride } from './rules/override';
import { breakTie, sectionRule } from './rules/section';
import { verbRule } from './rules/verb';

/** Rules 2–5 for one component's facts, in order; the first that finds something decides. */
const WORD_RULES: readonly ((f: Facts) => Verdict | undefined)[] = [namedRule, verbRule, layerRule, sectionRule, genericRule];

/** What a rule found, or what is left when no rule found anything. */
function fallback(f: Facts): Verdict | undefined {
  // An OpenLineage job does work and a dataset rests, even when their names say nothing.
  if (f.marker === 'job') return { placement: 'process', confidence: 0.6, uncertain: true, reason: 'an OpenLineage job transforms its inputs', rule: 'verb', fixed: false, open: true };
  if (f.marker === 'dataset') return { placement: 'store', confidence: 0.6, uncertain: true, reason: 'an OpenLineage dataset: data at rest', rule: 'layer', fixed: false, open: true };
  return undefined;
}

/** The classification of one component from its name and hints, or undefined when nothing matched. */
export function analyse(c: RawComponent): Verdict | undefined {
  const stated = overrideRule(c);
  if (stated) return stated;
  const { name } = splitOverride(c.name);
  // Defensive: parsers run in a worker and hand over plain data.
  const hints = (Array.isArray(c.hints) ? c.hints : []).filter((h): h is string => typeof h === 'string' && h.trim() !== '');
  const declared = declaredRule(name, hints) ?? workflowRule(name, hints);
  if (declared) return declared;
  const facts = gather(name, hints);
  for (const rule of WORD_RULES) {
    const v = rule(facts);
    if (v) return v.tied ? breakTie(v, facts) : v;
  }
  return fallback(facts);
}

export const NO_MATCH: Classification = { placement: 'none', confidence: 0.2, uncertain: true, reason: 'no match' };


export const publicPart = (v: Verdict): Classification => ({ placement: v.placement, confidence: v.confidence, uncertain: v.uncertain, reason: v.reason });
