import type { KnowledgeBase } from './knowledgeBase';
import { pYes } from './likelihood';
import { candidates, MIN_GAIN, nextQuestion } from './nextQuestion';
import { rank, type Ranking } from './rank';
import { answer, type Session } from './session';
import type { Fact, Question } from './types';
import { confidenceOf } from './verdict';

/** After this many questions the verdict is offered with what is still unknown. */
export const QUESTION_CAP = 8;
/** Symptoms alone never settle it: at least this many questions come first, while any is worth asking. */
export const MIN_QUESTIONS = 3;
/** Nor do "not sure" answers: settling takes at least this many yes / no / does-not-apply facts. */
export const MIN_FACTS = 2;

export type StopReason = 'settled' | 'stable' | 'no-question' | 'cap';

export interface WalkProgress {
  readonly next: Question | null;
  /** Why the walkthrough suggests the verdict now; null while questions remain worth asking. */
  readonly stop: StopReason | null;
  readonly asked: number;
  /** A rough count of questions still to come if the answers follow the likeliest cause. */
  readonly aboutLeft: number;
}

const top = (r: Ranking) => r.seams[0]?.seam;

/** No single answer to any question still worth asking would change which seam is first. */
function stable(kb: KnowledgeBase, session: Session, ranking: Ranking): boolean {
  const first = top(ranking);
  return candidates(kb, session)
    .filter((c) => c.gain >= MIN_GAIN)
    .every(({ question }) => (['yes', 'no'] as const).every((a) => top(rank(kb, answer(session, question.id, a))) === first));
}

function stopReason(kb: KnowledgeBase, session: Session, ranking: Ranking, next: Question | null, lookAhead = false): StopReason | null {
  const confidence = confidenceOf(ranking);
  if (!next) return confidence === 'settled' ? 'settled' : 'no-question';
  if (session.steps.length < MIN_QUESTIONS || ranking.facts.size < MIN_FACTS) return session.steps.length >= QUESTION_CAP ? 'cap' : null;
  if (confidence === 'settled') return 'settled';
  if (session.steps.length >= QUESTION_CAP) return 'cap';
  // Looking ahead only estimates a count: the costly stability test is left to the real walk.
  if (!lookAhead && confidence === 'leaning' && stable(kb, session, ranking)) return 'stable';
  return null;
}

/** The answer the likeliest cause gives, to look ahead without asking. */
function likeliestAnswer(ranking: Ranking, q: Question): Fact {
  const cause = ranking.causes[0]?.cause;
  return cause && pYes(cause, q) >= 0.5 ? 'yes' : 'no';
}

/** Where the walkthrough stands: the next question, whether to stop, and about how many remain. */
export function progress(kb: KnowledgeBase, session: Session, ranking = rank(kb, session)): WalkProgress {
  const next = nextQuestion(kb, session);
  const stop = stopReason(kb, session, ranking, next);
  let aboutLeft = 0;
  if (!stop && next) {
    let s = session;
    let r = ranking;
    let q: Question | null = next;
    while (q && aboutLeft < QUESTION_CAP) {
      s = answer(s, q.id, likeliestAnswer(r, q));
      r = rank(kb, s);
      aboutLeft++;
      q = nextQuestion(kb, s);
      if (stopReason(kb, s, r, q, true)) break;
    }
    aboutLeft = Math.min(aboutLeft, Math.max(1, QUESTION_CAP - session.steps.length));
  }
  return { next, stop, asked: session.steps.length, aboutLeft };
}
