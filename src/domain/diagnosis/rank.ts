import { SEAM_IDS, type SeamId } from '../seams';
import { evidenceOf } from './evidence';
import type { KnowledgeBase } from './knowledgeBase';
import { answerLikelihood, symptomLikelihood } from './likelihood';
import type { Session } from './session';
import { clueLikelihood, cluesIn, type TextClue } from './textClues';
import type { Cause, Fact } from './types';

export interface CauseScore {
  readonly cause: Cause;
  /** Posterior probability among all causes, 0..1. */
  readonly probability: number;
}

export interface SeamScore {
  readonly seam: SeamId;
  /** Sum of its causes' probabilities. */
  readonly probability: number;
  /** Its likeliest cause. */
  readonly top: CauseScore;
}

export interface Ranking {
  /** Most likely first; ties keep knowledge-base order, so the same answers give the same ranking. */
  readonly causes: readonly CauseScore[];
  readonly seams: readonly SeamScore[];
  /** The yes/no facts that were counted (premises applied, "does not apply" resolved). */
  readonly facts: ReadonlyMap<string, Fact>;
  /** False while nothing but the prior speaks: no symptom, no fact and nothing in the text. */
  readonly hasEvidence: boolean;
}

/**
 * The prior: every seam starts equal, and within a seam causes share by prevalence. A seam with
 * more causes in the knowledge base is not more likely to have broken.
 */
function logPriors(kb: KnowledgeBase): number[] {
  const seamTotal = new Map<SeamId, number>();
  for (const c of kb.causes) seamTotal.set(c.seam, (seamTotal.get(c.seam) ?? 0) + c.prevalence);
  return kb.causes.map((c) => Math.log(c.prevalence / (seamTotal.get(c.seam) ?? 1)));
}

/** The picked symptoms that count: one that another picked symptom already says is said once. */
export function countedSymptoms(kb: KnowledgeBase, picked: readonly string[]): string[] {
  const said = new Set(picked.flatMap((id) => kb.symptoms.find((s) => s.id === id)?.includes ?? []));
  // A symptom the knowledge base does not know (an older or edited workspace) says nothing.
  return picked.filter((id) => !said.has(id) && kb.symptoms.some((s) => s.id === id));
}

/** Posterior over causes, normalised in log space so long sessions never underflow. */
export function posterior(kb: KnowledgeBase, session: Session, facts = evidenceOf(kb, session), clues: readonly TextClue[] = cluesIn(session.notes)): number[] {
  const priors = logPriors(kb);
  const counted = countedSymptoms(kb, session.symptoms);
  const asked = [...facts].map(([id, f]) => [kb.questions.find((q) => q.id === id) ?? { id }, f] as const);
  const logs = kb.causes.map((c, i) => {
    let s = priors[i] ?? 0;
    for (const id of counted) s += Math.log(symptomLikelihood(c, id));
    for (const [q, f] of asked) s += Math.log(answerLikelihood(c, q, f));
    for (const clue of clues) s += Math.log(clueLikelihood(c.seam, clue));
    return s;
  });
  const max = Math.max(...logs);
  const weights = logs.map((l) => Math.exp(l - max));
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / total);
}

/** Each seam's share of the probability, in SEAM_IDS order. */
export function seamMass(kb: KnowledgeBase, probs: readonly number[]): number[] {
  return SEAM_IDS.map((seam) => kb.causes.reduce((sum, c, i) => (c.seam === seam ? sum + (probs[i] ?? 0) : sum), 0));
}

/** Ranks every cause and every seam for what the triager has said so far. */
export function rank(kb: KnowledgeBase, session: Session): Ranking {
  const facts = evidenceOf(kb, session);
  const probs = posterior(kb, session, facts);
  const order = kb.causes.map((_, i) => i).sort((a, b) => (probs[b] ?? 0) - (probs[a] ?? 0) || a - b);
  const causes: CauseScore[] = order.map((i) => ({ cause: kb.causes[i]!, probability: probs[i] ?? 0 }));
  const seams: SeamScore[] = [];
  for (const seam of SEAM_IDS) {
    const mine = causes.filter((c) => c.cause.seam === seam);
    const top = mine[0];
    if (top) seams.push({ seam, probability: mine.reduce((a, c) => a + c.probability, 0), top });
  }
  seams.sort((a, b) => b.probability - a.probability || SEAM_IDS.indexOf(a.seam) - SEAM_IDS.indexOf(b.seam));
  return { causes, seams, facts, hasEvidence: countedSymptoms(kb, session.symptoms).length > 0 || facts.size > 0 || cluesIn(session.notes).length > 0 };
}
