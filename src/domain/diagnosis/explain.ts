import { SEAM_IDS, type SeamId } from '../seams';
import type { KnowledgeBase } from './knowledgeBase';
import { cluesIn, type TextClue } from './textClues';
import { posterior, seamMass } from './rank';
import type { Session } from './session';
import type { Answer } from './types';

/** One thing the user said, and how much it moved one seam. */
export interface SeamReason {
  readonly kind: 'symptom' | 'answer' | 'text';
  /** Symptom id, question id, or for a clue in the text its stage or seam. */
  readonly id: string;
  /** For a clue in the text, what it found there. */
  readonly clue?: TextClue;
  readonly answer?: Answer;
  /** The seam's probability with this evidence minus without it: positive raised it. */
  readonly effect: number;
}

const massOf = (kb: KnowledgeBase, session: Session, seam: SeamId): number =>
  seamMass(kb, posterior(kb, session))[SEAM_IDS.indexOf(seam)] ?? 0;

/**
 * Why a seam stands where it does: each symptom and answer, with how far the seam's probability
 * would move without it. Measured, not asserted, so a reason can never point the wrong way.
 */
export function seamReasons(kb: KnowledgeBase, session: Session, seam: SeamId): SeamReason[] {
  const full = massOf(kb, session, seam);
  const reasons: SeamReason[] = session.symptoms.map((id) => ({
    kind: 'symptom',
    id,
    effect: full - massOf(kb, { ...session, symptoms: session.symptoms.filter((s) => s !== id) }, seam),
  }));
  const clues = cluesIn(session.notes);
  for (const clue of clues) {
    const without = seamMass(kb, posterior(kb, session, undefined, clues.filter((x) => x !== clue)))[SEAM_IDS.indexOf(seam)] ?? 0;
    reasons.push({ kind: 'text', id: clue.kind === 'technology' ? clue.stage : clue.seam, clue, effect: full - without });
  }
  for (const step of session.steps) {
    if (step.answer === 'unsure') continue;
    const without = { ...session, steps: session.steps.filter((s) => s !== step) };
    reasons.push({ kind: 'answer', id: step.questionId, answer: step.answer, effect: full - massOf(kb, without, seam) });
  }
  return reasons.filter((r) => Math.abs(r.effect) >= 0.005).sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect));
}
