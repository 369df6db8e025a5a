import type { Ranking } from '../domain/diagnosis/rank';
import { emptySession, type Session } from '../domain/diagnosis/session';
import type { Question } from '../domain/diagnosis/types';
import type { Conclusion } from '../domain/diagnosis/verdict';
import type { SeamId } from '../domain/seams';
import type { AppState } from './appState';

export interface WalkState {
  readonly session: Session;
  readonly ranking: Ranking;
  readonly next: Question | null;
  readonly conclusion: Conclusion | null;
}

let last: { key: unknown; kb: unknown; replayAt: number | null; value: WalkState } | null = null;

/**
 * Ranking, next question and conclusion for the active workspace's trail (cut at the replay
 * point while replaying). Memoised on the trail's identity: zustand re-runs selectors often.
 */
export function selectWalk(s: AppState): WalkState | null {
  const d = s.diagnosis;
  if (!d) return null;
  const trail = s.workspaces[s.activeId]?.walkthrough;
  if (last && last.key === trail && last.kb === d.kb && last.replayAt === s.replayAt) return last.value;
  const full: Session = trail ? { symptoms: trail.symptoms, notes: trail.notes, steps: trail.steps } : emptySession();
  const session = s.replayAt === null ? full : { ...full, steps: full.steps.slice(0, s.replayAt) };
  const ranking = d.rank(d.kb, session);
  const value = { session, ranking, next: d.nextQuestion(d.kb, session), conclusion: d.conclude(ranking) };
  last = { key: trail, kb: d.kb, replayAt: s.replayAt, value };
  return value;
}

/** While a walkthrough is open, the seam under examination is the likeliest one. */
export function selectFocusSeam(s: AppState): SeamId | null {
  if (!s.walkthroughOpen) return null;
  const walk = selectWalk(s);
  if (!walk || walk.session.symptoms.length === 0) return null;
  return walk.ranking.seams[0]?.seam ?? null;
}
