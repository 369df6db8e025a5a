/** The rule order for one component: rules 1–5, the first that finds something decides. */
import type { Classification, Evidence, Verdict } from './verdict';
import { tokenize } from './tokens';
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
  if (f.marker === 'dataset') return { placement: 'store', confidence: 0.6, uncertain: true, reason: 'a dataset or table: data at rest', rule: 'layer', fixed: false, open: true };
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
  const step = stepRunBy(name);
  const facts = step ? gather(step.work, [step.by, ...hints]) : gather(name, hints);
  for (const rule of WORD_RULES) {
    const v = rule(facts);
    if (v) return statedRole(v.tied ? breakTie(v, facts) : v, facts);
  }
  return fallback(facts);
}

/** "Airflow: Extract Task", "Airflow DAG: load_data": a step an orchestrator runs is the work it names, not the orchestrator. */
function stepRunBy(name: string): { work: string; by: string } | undefined {
  const [, by = '', work = ''] = /^([^:]{2,40}):\s*(\S.*)$/.exec(name.trim()) ?? [];
  if (work === '' || analyse({ id: by, name: by })?.placement !== 'orchestrate') return undefined;
  // A step leads with its one kind of work: "ETL" names all three, and "ETL scheduling" is still the orchestrator's.
  const words = gather(work, []).named.filter((e) => e.from === 'name').sort((a, b) => a.start - b.start);
  const lead = words[0];
  const one = lead?.word === 'verb' && lead.start === 0 && lead.entry?.asSource === undefined;
  return one && !words.some((e) => e.placement === 'orchestrate') ? { work, by } : undefined;
}

/**
 * "PostgreSQL: Source database where changes are captured", "PostgreSQL: Stores raw weather data": a
 * product whose role depends on where it sits, with its role stated in words, keeps that role
 * wherever the graph puts it; a bare noun ("Python API") takes the role its description opens with.
 */
function statedRole(v: Verdict, f: Facts): Verdict {
  const noun = v.entry?.kind === 'noun';
  if (v.fixed || (!noun && v.entry?.whenFed === undefined && v.entry?.asSource === undefined)) return v;
  // A role phrase anywhere in a hint, a bare role word that is the whole hint ("Source: Postgresql"),
  // or what a description (three words or more, not a heading's frame) opens with doing or being
  // ("Fetches … via the API", "Stores raw data").
  const described = (e: Evidence): boolean => (e.word === 'verb' || e.word === 'noun') && e.text.trim().split(/\s+/).length >= 3;
  // "Data Sources" over the items: a role word led by "data" is still the whole hint.
  const stated = (e: Evidence): boolean =>
    e.word === 'role' || ((e.start === 0 || (e.start === 1 && /^data\s/i.test(e.text))) && (described(e) || (e.word === 'generic' && e.end === tokenize(e.text).length)));
  const fits = (p: Evidence['placement']): boolean => noun || p === v.placement || p === v.entry?.whenFed || p === v.entry?.asSource;
  const role = [...f.named, ...f.section].find((e) => e.from === 'hint' && stated(e) && fits(e.placement));
  if (!role) return v;
  const said = role.word === 'verb' || role.word === 'noun' ? `its description opens with "${role.label}"` : `called a ${role.label}`;
  return { ...v, placement: role.placement, fixed: true, reason: `${v.reason}; ${said}` };
}

export const NO_MATCH: Classification = { placement: 'none', confidence: 0.2, uncertain: true, reason: 'no match' };

export const publicPart = (v: Verdict): Classification => ({ placement: v.placement, confidence: v.confidence, uncertain: v.uncertain, reason: v.reason });
