import type { SeamReason } from '../domain/diagnosis/explain';
import type { WalkProgress } from '../domain/diagnosis/progress';
import type { Ranking } from '../domain/diagnosis/rank';
import type { Reveal } from '../domain/diagnosis/reveal';
import { presetCard } from '../domain/presets/shelf';
import { emptySession, type Session } from '../domain/diagnosis/session';
import type { Conclusion } from '../domain/diagnosis/verdict';
import type { SeamId } from '../domain/seams';
import type { AppState } from './appState';

/** How many of the top seams show their reasons without a click. */
const EXPLAINED = 3;

export interface WalkState {
  readonly session: Session;
  readonly ranking: Ranking;
  readonly progress: WalkProgress;
  readonly conclusion: Conclusion | null;
  /** Reasons for the top seams, strongest first. */
  readonly reasons: ReadonlyMap<SeamId, readonly SeamReason[]>;
  /** The user's own report, the verdict's "actually got". */
  readonly reported: string;
  /** For a worked example whose verdict was accepted: the seam its source names, and how the trail got there. */
  readonly reveal: Reveal | null;
}

// One empty trail for every workspace without one, so the memo below recognises it.
const NO_TRAIL: Session = emptySession();

let last: { symptoms: unknown; steps: unknown; named: string; accepted: unknown; presetId: unknown; kb: unknown; replayAt: number | null; value: WalkState } | null = null;

/**
 * Ranking, progress, conclusion and reasons for the active workspace's trail (cut at the replay
 * point while replaying). Memoised on what the ranking reads: typing notes that name no new
 * product only rewrites what the user reported.
 */
export function selectWalk(s: AppState): WalkState | null {
  const d = s.diagnosis;
  if (!d) return null;
  const ws = s.workspaces[s.activeId];
  const trail = ws?.walkthrough;
  const full: Session = trail ? { symptoms: trail.symptoms, notes: trail.notes, steps: trail.steps } : NO_TRAIL;
  const named = d.cluesKey(d.cluesIn(full.notes));
  const same = last && last.accepted === trail?.accepted && last.presetId === ws?.presetId;
  if (last && same && last.symptoms === full.symptoms && last.steps === full.steps && last.named === named && last.kb === d.kb && last.replayAt === s.replayAt) {
    if (last.value.session.notes === full.notes) return last.value;
    const session = { ...last.value.session, notes: full.notes };
    last = { ...last, value: { ...last.value, session, reported: d.reportedByUser(d.kb, session, last.value.ranking) } };
    return last.value;
  }
  const session = s.replayAt === null ? full : { ...full, steps: full.steps.slice(0, s.replayAt) };
  const ranking = d.rank(d.kb, session);
  const reasons = new Map(ranking.seams.slice(0, EXPLAINED).map((x) => [x.seam, d.seamReasons(d.kb, session, x.seam)] as const));
  const value: WalkState = {
    session,
    ranking,
    progress: d.progress(d.kb, session, ranking),
    conclusion: d.conclude(d.kb, ranking),
    reasons,
    reported: d.reportedByUser(d.kb, session, ranking),
    reveal: revealFor(d, session, ws?.presetId, trail?.accepted?.seam),
  };
  last = { symptoms: full.symptoms, steps: full.steps, named, accepted: trail?.accepted, presetId: ws?.presetId, kb: d.kb, replayAt: s.replayAt, value };
  return value;
}

function revealFor(d: NonNullable<AppState['diagnosis']>, session: Session, presetId: string | undefined, chosen: SeamId | undefined): Reveal | null {
  const preset = presetId ? presetCard(presetId) : undefined;
  return preset && chosen ? d.reveal(d.kb, session, preset.brokenSeam, chosen) : null;
}

/** While a walkthrough is open, the seam under examination is the likeliest one, once there is evidence. */
export function selectFocusSeam(s: AppState): SeamId | null {
  if (!s.walkthroughOpen) return null;
  const walk = selectWalk(s);
  if (!walk || !walk.ranking.hasEvidence) return null;
  return walk.ranking.seams[0]?.seam ?? null;
}
