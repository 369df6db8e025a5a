import type { KnowledgeBase } from './knowledgeBase';
import { askable, evidenceOf } from './evidence';
import { groupAnswered } from './groups';
import { pYes } from './likelihood';
import { posterior, seamMass } from './rank';
import { answersOf, type Session } from './session';
import type { Question } from './types';

const entropy = (ps: readonly number[]): number => ps.reduce((h, p) => (p > 0 ? h - p * Math.log2(p) : h), 0);

/** Below this many bits a question would not change anything worth asking about. */
export const MIN_GAIN = 0.02;
/**
 * How likely a question is to get a yes or no at all: what a report usually states beats what
 * someone would have to look up. A question's value is its expected gain times this, so checks
 * (someone has to run them) come up once the observations stop separating the causes.
 */
export const ANSWERABLE = { usually: 1, often: 0.4, sometimes: 0.15, check: 0.08 } as const;

export function answerable(q: Question): number {
  return q.kind === 'check' ? ANSWERABLE.check : ANSWERABLE[q.stated ?? 'often'];
}
/** Naming the seam matters most; telling clauses apart within it counts for a quarter. */
const CAUSE_WEIGHT = 0.25;

function uncertainty(kb: KnowledgeBase, probs: readonly number[]): number {
  return entropy(seamMass(kb, probs)) + CAUSE_WEIGHT * entropy(probs);
}

function normalise(ws: number[]): number[] {
  const t = ws.reduce((a, b) => a + b, 0);
  return t > 0 ? ws.map((w) => w / t) : ws;
}

/** Expected reduction in uncertainty (bits) from asking `q` now. */
export function expectedGain(kb: KnowledgeBase, probs: readonly number[], q: Question): number {
  const yes = kb.causes.map((c, i) => (probs[i] ?? 0) * pYes(c, q));
  const no = kb.causes.map((c, i) => (probs[i] ?? 0) * (1 - pYes(c, q)));
  const pY = yes.reduce((a, b) => a + b, 0);
  const after = pY * uncertainty(kb, normalise(yes)) + (1 - pY) * uncertainty(kb, normalise(no));
  return uncertainty(kb, probs) - after;
}

/** Questions that may be asked now, each with its expected gain. */
export function candidates(kb: KnowledgeBase, session: Session): { question: Question; gain: number }[] {
  const asked = answersOf(session);
  const facts = evidenceOf(kb, session);
  const probs = posterior(kb, session, facts);
  return kb.questions
    // A question with options is asked once: a pick, or "not sure", answers all of them.
    .filter((q) => !asked.has(q.id) && !(q.oneOf !== undefined && groupAnswered(kb, asked, q.oneOf)) && !facts.has(q.id) && askable(kb, session, facts, q))
    .map((question) => ({ question, gain: expectedGain(kb, probs, question) }));
}

function best(kb: KnowledgeBase, session: Session, list: readonly { question: Question; gain: number }[]): Question | null {
  let top: Question | null = null;
  let topValue = 0;
  for (const { question, gain } of list) {
    // Worth asking at all is about what an answer would tell; which first, about whether one will come.
    const value = gain * answerable(question);
    if (gain >= MIN_GAIN && value > topValue + 1e-12) {
      top = question;
      topValue = value;
    }
  }
  return top;
}

/**
 * The question most likely to separate the causes still in play, or null when none is worth
 * asking. Ties go to the earlier question, so the walk is the same every time.
 */
export function nextQuestion(kb: KnowledgeBase, session: Session): Question | null {
  return best(kb, session, candidates(kb, session));
}
