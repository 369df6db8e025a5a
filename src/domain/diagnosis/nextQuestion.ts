import { SEAM_IDS } from '../seams';
import type { KnowledgeBase } from './knowledgeBase';
import { pYes } from './likelihood';
import { posterior } from './rank';
import { answersOf, type Session } from './session';
import type { Question } from './types';

const entropy = (ps: readonly number[]): number => ps.reduce((h, p) => (p > 0 ? h - p * Math.log2(p) : h), 0);

/** Below this many bits a question would not change anything worth asking about. */
export const MIN_GAIN = 0.02;
/** Naming the seam matters most; telling clauses apart within it counts for a quarter. */
const CAUSE_WEIGHT = 0.25;

function seamMass(kb: KnowledgeBase, probs: readonly number[]): number[] {
  return SEAM_IDS.map((seam) => kb.causes.reduce((sum, c, i) => (c.seam === seam ? sum + (probs[i] ?? 0) : sum), 0));
}

function uncertainty(kb: KnowledgeBase, probs: readonly number[]): number {
  return entropy(seamMass(kb, probs)) + CAUSE_WEIGHT * entropy(probs);
}

function normalise(ws: number[]): number[] {
  const t = ws.reduce((a, b) => a + b, 0);
  return t > 0 ? ws.map((w) => w / t) : ws;
}

/** Expected reduction in uncertainty (bits) from asking `q` now. */
export function expectedGain(kb: KnowledgeBase, probs: readonly number[], q: Question): number {
  const yes = kb.causes.map((c, i) => (probs[i] ?? 0) * pYes(c, q.id));
  const no = kb.causes.map((c, i) => (probs[i] ?? 0) * (1 - pYes(c, q.id)));
  const pY = yes.reduce((a, b) => a + b, 0);
  const after = pY * uncertainty(kb, normalise(yes)) + (1 - pY) * uncertainty(kb, normalise(no));
  return uncertainty(kb, probs) - after;
}

/**
 * The unanswered question that best separates the causes still in play, or null when none
 * is worth asking. Ties go to the earlier question, so the walk is the same every time.
 */
export function nextQuestion(kb: KnowledgeBase, session: Session): Question | null {
  const asked = answersOf(session);
  const probs = posterior(kb, session);
  let best: Question | null = null;
  let bestGain = MIN_GAIN;
  for (const q of kb.questions) {
    if (asked.has(q.id)) continue;
    const gain = expectedGain(kb, probs, q);
    if (gain > bestGain + 1e-12) {
      best = q;
      bestGain = gain;
    }
  }
  return best;
}
