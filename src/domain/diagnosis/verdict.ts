import type { KnowledgeBase } from './knowledgeBase';
import { parseExpectation } from './likelihood';
import type { CauseScore, Ranking, SeamScore } from './rank';
import type { Session } from './session';

/** The likeliest seam's share at which the walkthrough calls it settled and Accept marks it broken. */
export const SETTLED = 0.8;
/** Below settled but at least this, and twice the runner-up: leaning. */
export const LEANING = 0.45;

/** How much of the notes the verdict's "actually got" quotes. */
export const NOTES_QUOTED = 400;

/** How sure the walkthrough is, in words: the same words and numbers everywhere. */
export type Confidence = 'no-evidence' | 'undecided' | 'leaning' | 'settled';

export const CONFIDENCE_WORDS: Readonly<Record<Confidence, string>> = {
  'no-evidence': 'cannot tell yet',
  undecided: 'undecided',
  leaning: 'leaning',
  settled: 'settled',
};

export interface Conclusion {
  /** Likeliest seam, with its likeliest clause. */
  readonly top: SeamScore;
  /** The next most likely seam, exactly as the ranking lists it. */
  readonly runnerUp: SeamScore | undefined;
  readonly confidence: Confidence;
  /** What the user said that fits the likeliest clause, and what does not, as statements. */
  readonly fits: readonly string[];
  readonly against: readonly string[];
}

export function confidenceOf(ranking: Ranking): Confidence {
  const [first, second] = ranking.seams;
  if (!ranking.hasEvidence || !first) return 'no-evidence';
  if (first.probability >= SETTLED) return 'settled';
  if (first.probability >= LEANING && first.probability >= 2 * (second?.probability ?? 0)) return 'leaning';
  return 'undecided';
}

/** The user's facts for and against one cause, in the user's own terms. */
export function factsFor(kb: KnowledgeBase, ranking: Ranking, cause: CauseScore['cause']): { fits: string[]; against: string[] } {
  const fits: string[] = [];
  const against: string[] = [];
  for (const [id, fact] of ranking.facts) {
    const q = kb.questions.find((x) => x.id === id);
    const e = cause.answers[id];
    if (!q || !e) continue;
    (parseExpectation(e).fact === fact ? fits : against).push(q.facts[fact]);
  }
  return { fits, against };
}

export function conclude(kb: KnowledgeBase, ranking: Ranking): Conclusion | null {
  const [first, second] = ranking.seams;
  if (!first) return null;
  return { top: first, runnerUp: second, confidence: confidenceOf(ranking), ...factsFor(kb, ranking, first.top.cause) };
}

/**
 * What the user actually reported, in their terms: picked symptoms, the facts their answers state
 * and their notes. This, never a knowledge-base example, is the verdict's "actually got".
 */
export function reportedByUser(kb: KnowledgeBase, session: Session, ranking: Ranking): string {
  const seen = session.symptoms.map((id) => kb.symptoms.find((s) => s.id === id)?.label).filter(Boolean);
  const parts: string[] = [];
  if (seen.length > 0) parts.push(`Seen: ${seen.join('; ')}.`);
  for (const [id, fact] of ranking.facts) {
    const q = kb.questions.find((x) => x.id === id);
    if (q) parts.push(`${q.facts[fact]}.`);
  }
  // A pasted incident can be pages long: the clause quotes its start, the trail keeps all of it.
  const notes = session.notes.trim().replace(/\s+/g, ' ');
  if (notes) parts.push(`Notes: ${notes.length > NOTES_QUOTED ? `${notes.slice(0, NOTES_QUOTED).trimEnd()}…` : notes}`);
  return parts.join(' ') || 'Nothing reported yet.';
}
