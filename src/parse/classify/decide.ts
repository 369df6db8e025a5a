/**
 * Weighing the matches found in one component's name (and the hints that name the same thing):
 * the strongest kind of match decides, the name beats a hint of the same strength, a majority beats
 * a minority, and the head word of the name breaks what is left; a tie stays a tie, flagged.
 */
import type { Placement } from '../types';
import { type MatchKind, RANK, isProduct } from './tokens';
import { type Evidence, type Verdict, clip, describe, round } from './verdict';

/** Verbs lead task ids ("extract_events"); their placements make the lead word decide a tie. */
const ACTIONS: ReadonlySet<Placement> = new Set(['ingest', 'process', 'model', 'serve']);

/** Layer names that say "the … layer" outright. */
const LAYER_SUFFIX = /\s(?:layer|tier)$/;

/** One word of letters, digits and underscores or dashes, as tables and task ids are named. */
export const isIdentifier = (text: string): boolean => /^[A-Za-z][\w-]*$/.test(text.trim()) && /[_-]/.test(text);

const BASE: Readonly<Record<MatchKind, number>> = { tool: 0.9, context: 0.7, multi: 0.85, generic: 0.55, ambient: 0.9 };
const CAP: Readonly<Record<MatchKind, number>> = { tool: 0.95, context: 0.8, multi: 0.9, generic: 0.65, ambient: 0.9 };

const describeSource = (e: Evidence): string => (e.from === 'hint' ? `hint "${clip(e.text)}"` : 'the name');

type Conflict = 'none' | 'majority' | 'head' | 'tie' | 'name' | 'zone';

/** Picks among the strongest voters: one vote per product, then the majority, then the head word. */
function choose(voters: readonly Evidence[], candidates: readonly Evidence[], evidence: readonly Evidence[]): { placement: Placement; conflict: Conflict; leaders: Placement[] } {
  const first = voters[0] as Evidence;
  // One vote per product, not per hint: compose passes both 'bitnami/kafka:3.7' and 'kafka'.
  const votes = new Map(voters.map((c) => [`${c.placement}|${c.entry?.names[0] ?? c.label}`, c.placement] as const));
  const counts = new Map<Placement, number>();
  for (const p of votes.values()) counts.set(p, (counts.get(p) ?? 0) + 1);
  if (counts.size === 1) {
    const nameWins = voters !== candidates && candidates.some((c) => c.placement !== first.placement);
    return { placement: first.placement, conflict: nameWins ? 'name' : 'none', leaders: [first.placement] };
  }
  const most = Math.max(...counts.values());
  const leaders = [...counts].filter(([, n]) => n === most).map(([p]) => p);
  if (leaders.length === 1 && leaders[0] !== undefined) return { placement: leaders[0], conflict: 'majority', leaders };
  // English compounds put the head noun last: "S3 sink connector" is a connector, "Kafka Connect S3
  // sink" a sink. Task ids are imperatives: "extract_events" extracts, the verb leads.
  const inName = evidence.filter((e) => e.from === 'name' && !e.qualifier && e.kind !== 'ambient').sort((a, b) => a.start - b.start);
  const lead = inName[0];
  const verb = lead && lead.word === 'verb' && lead.start === 0 && ACTIONS.has(lead.placement) && leaders.includes(lead.placement) ? lead : undefined;
  // Table names lead with their layer (gold_hr_alerts, stg_orders_dashboard): the rest is the subject.
  const layerPrefix = lead && lead.kind === 'context' && lead.start === 0 && isIdentifier(lead.text) && leaders.includes(lead.placement) ? lead : undefined;
  // A long name is a label with its description run on ("Raw Delta Tables Append-only … Ingestion
  // timestamps"): the label comes first, so its words decide.
  const long = lead !== undefined && lead.text.trim().split(/\s+/, 8).length > 6;
  const ordered = long ? inName : [...inName].reverse();
  // "Staging Views": a zone the data passes says which layer; views, how it is kept, do not.
  const layers = inName.filter((e) => e.kind === 'context' && leaders.includes(e.placement));
  const zone = layers.length === 2 && layers.some((e) => e.entry?.keptAs) ? layers.find((e) => e.entry?.zone) : undefined;
  if (!verb && !layerPrefix && zone) return { placement: zone.placement, conflict: 'zone', leaders };
  const head = verb ?? layerPrefix ?? ordered.find((e) => leaders.includes(e.placement));
  if (head) return { placement: head.placement, conflict: 'head', leaders };
  return { placement: voters.find((c) => leaders.includes(c.placement))?.placement ?? first.placement, conflict: 'tie', leaders };
}

export type Decision = Omit<Verdict, 'rule' | 'fixed'> & { readonly by: Evidence };

/** A decision as the verdict of the rule that asked for it; the evidence that decided stays internal. */
export const verdict = ({ by: _by, ...d }: Decision, rule: Verdict['rule']): Verdict => ({ ...d, rule, fixed: false });

/**
 * @param preferHints hints outvote the name at equal strength: for OpenLineage datasets, whose names
 * are domain words ("clicks.v1") and whose namespace names the system (kafka://…).
 */
export function decide(evidence: readonly Evidence[], preferHints = false): Decision | undefined {
  const primary = evidence.filter((e) => !e.qualifier && e.kind !== 'ambient');
  const qualifiers = evidence.filter((e) => e.qualifier && e.kind !== 'ambient');
  const pool = primary.length > 0 ? primary : qualifiers;
  const ambient = evidence.find((e) => e.kind === 'ambient' && e.from === 'name');
  if (pool.length === 0 || (ambient?.entry?.drawn && primary.every((e) => e.from === 'hint'))) {
    if (!ambient) return undefined;
    const what = ambient.word === 'format' ? 'a serialization format' : ambient.word === 'language' ? 'a language' : 'a platform';
    return {
      placement: ambient.placement,
      confidence: BASE.ambient,
      uncertain: false,
      reason: `matched "${ambient.label}": ${what}, not a pipeline stage`,
      by: ambient,
      ...(ambient.entry ? { entry: ambient.entry } : {}),
    };
  }

  const top = Math.max(...pool.map((e) => RANK[e.kind]));
  const ranked = pool.filter((e) => RANK[e.kind] === top);
  // "Serving layer: APIs / dashboards / alerts" names its layer outright; the list after it is what
  // the layer holds, so its other layer words do not outvote it.
  const layers = ranked.filter((e) => e.kind === 'context' && e.from === 'name' && LAYER_SUFFIX.test(e.label));
  const candidates = layers.length > 0 && new Set(layers.map((e) => e.placement)).size === 1 ? layers : ranked;
  // What the name says beats hints of the same strength: a service named "hive-metastore" running
  // the apache/hive image is the metastore.
  const preferred = candidates.filter((e) => e.from === (preferHints ? 'hint' : 'name'));
  const voters = preferred.length > 0 ? preferred : candidates;
  const first = voters[0] as Evidence;
  const { placement, conflict, leaders } = choose(voters, candidates, evidence);

  const chosen = candidates.filter((c) => c.placement === placement);
  const decider =
    chosen.filter((c) => c.from === 'name').sort((a, b) => b.start - a.start)[0] ??
    chosen[0] ??
    evidence.find((e) => e.from === 'name' && e.placement === placement) ??
    first;
  const rival = candidates.find((c) => c.placement !== placement);

  let confidence = BASE[first.kind];
  let cap = CAP[first.kind];
  let reason = describe(decider);
  const what = decider.word === 'role' ? 'role noun' : decider.word === 'stage-word' ? 'stage word' : 'layer word';
  if (first.kind === 'context' && decider.kind === 'context') {
    const product = evidence.find((e) => isProduct(e) && e.placement === placement);
    const refined = pool.find((e) => e.kind === 'multi' && e.placement !== placement);
    if (product) {
      // A layer word and a product agree: "raw tables in Snowflake".
      confidence = 0.9;
      cap = 0.95;
      reason = `${describe(decider)} (${what}) with "${product.label}"`;
    } else if (refined) {
      // A layer word picks the role of a multi-role product: "Snowflake marts" → model.
      confidence = 0.8;
      reason = `"${decider.label}" (${what}) refines "${refined.label}" (usually ${refined.placement})`;
    } else {
      reason = `${describe(decider)} (${what})`;
    }
  }
  const agreeing = evidence.filter((e) => e !== decider && e.kind !== 'ambient' && e.placement === placement).length;
  confidence = Math.min(cap, confidence + 0.05 * agreeing);

  if (conflict === 'majority') {
    confidence -= 0.1;
  } else if (conflict === 'name' && rival) {
    confidence -= 0.1;
    reason = `${reason}, over "${rival.label}" (${rival.placement}) from ${describeSource(rival)}`;
  } else if (conflict === 'head' && rival) {
    confidence -= 0.15;
    reason = `${reason}, the head word, over "${rival.label}" (${rival.placement})`;
  } else if (conflict === 'zone' && rival) {
    confidence -= 0.1;
    reason = `${reason}, the layer the data is in, over "${rival.label}" (${rival.placement}), which says how it is kept`;
  } else if (conflict === 'tie' && rival) {
    confidence = 0.5;
    reason = `${reason} and "${rival.label}" (${rival.placement}) tie; chose ${placement}`;
  }
  if (primary.length === 0) {
    confidence -= 0.1;
    reason = `${reason}, from the qualifying words`;
  }
  const rounded = round(confidence);
  return {
    placement,
    confidence: rounded,
    uncertain: conflict === 'tie' || rounded < 0.75,
    reason,
    by: decider,
    ...(conflict === 'tie' ? { tied: leaders } : {}),
    ...(decider.entry && decider.kind !== 'context' ? { entry: decider.entry } : {}),
  };
}
