import { SEAM_IDS, type SeamId } from '../seams';
import type { KnowledgeBase } from './knowledgeBase';
import { answerLikelihood, symptomLikelihood } from './likelihood';
import type { Session } from './session';
import type { Answer, Cause } from './types';

/** One piece of evidence and which way it moved a cause. */
export interface Reason {
  readonly kind: 'symptom' | 'answer';
  /** Symptom or question id. */
  readonly id: string;
  readonly answer?: Answer;
  readonly direction: 'raised' | 'lowered';
}

export interface CauseScore {
  readonly cause: Cause;
  /** Posterior probability among all causes, 0..1. */
  readonly probability: number;
  readonly reasons: readonly Reason[];
}

export interface SeamScore {
  readonly seam: SeamId;
  /** Sum of its causes' probabilities. */
  readonly probability: number;
  /** Its likeliest cause; the seam's reasons are this cause's. */
  readonly top: CauseScore;
}

export interface Ranking {
  /** Most likely first; ties keep knowledge-base order, so the same answers give the same ranking. */
  readonly causes: readonly CauseScore[];
  readonly seams: readonly SeamScore[];
}

function reasonsFor(cause: Cause, session: Session): Reason[] {
  const reasons: Reason[] = session.symptoms.map((id) => ({
    kind: 'symptom',
    id,
    direction: cause.symptoms.includes(id) ? 'raised' : 'lowered',
  }));
  for (const step of session.steps) {
    const expected = cause.answers[step.questionId];
    if (step.answer === 'unsure' || !expected) continue;
    reasons.push({ kind: 'answer', id: step.questionId, answer: step.answer, direction: expected === step.answer ? 'raised' : 'lowered' });
  }
  return reasons;
}

/** Log of prior × every likelihood, for one cause. */
function logScore(cause: Cause, session: Session): number {
  let s = Math.log(cause.prevalence);
  for (const id of session.symptoms) s += Math.log(symptomLikelihood(cause, id));
  for (const step of session.steps) s += Math.log(answerLikelihood(cause, step.questionId, step.answer));
  return s;
}

/** Posterior over causes, normalised in log space so long sessions never underflow. */
export function posterior(kb: KnowledgeBase, session: Session): number[] {
  const logs = kb.causes.map((c) => logScore(c, session));
  const max = Math.max(...logs);
  const weights = logs.map((l) => Math.exp(l - max));
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / total);
}

/** Ranks every cause and every seam for what the triager has said so far. */
export function rank(kb: KnowledgeBase, session: Session): Ranking {
  const probs = posterior(kb, session);
  const order = kb.causes.map((_, i) => i).sort((a, b) => (probs[b] ?? 0) - (probs[a] ?? 0) || a - b);
  const causes: CauseScore[] = order.map((i) => {
    const cause = kb.causes[i]!;
    return { cause, probability: probs[i] ?? 0, reasons: reasonsFor(cause, session) };
  });
  const seams: SeamScore[] = [];
  for (const seam of SEAM_IDS) {
    const mine = causes.filter((c) => c.cause.seam === seam);
    const top = mine[0];
    if (top) seams.push({ seam, probability: mine.reduce((a, c) => a + c.probability, 0), top });
  }
  seams.sort((a, b) => b.probability - a.probability || SEAM_IDS.indexOf(a.seam) - SEAM_IDS.indexOf(b.seam));
  return { causes, seams };
}
