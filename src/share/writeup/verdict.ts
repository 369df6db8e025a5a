import { templateById } from '../../domain/catalog';
import { clauseVerdict, seamVerdict, type Clause } from '../../domain/clause';
import type { Diagnosis } from '../../domain/diagnosis/load';
import type { Session } from '../../domain/diagnosis/session';
import type { Cause } from '../../domain/diagnosis/types';
import { CONFIDENCE_WORDS } from '../../domain/diagnosis/verdict';
import { SEAM_IDS, SEAMS } from '../../domain/seams';
import { severity, VERDICT_LABEL, type Verdict } from '../../domain/verdict';
import type { WalkthroughRecord, Workspace } from '../../domain/workspace';
import { confidenceLabel, pct } from '../../domain/diagnosis/words';
import { formatWhen } from './plainText';
import type { WriteupVerdict } from './types';

/** The verdict plus the next steps that belong to it, so the two can never disagree. */
export interface VerdictAndSteps {
  readonly verdict: WriteupVerdict;
  readonly confirm: readonly string[];
  readonly fixNow: readonly string[];
  readonly writeDown: readonly string[];
}

const NOTHING = { confirm: [], fixNow: [], writeDown: [] } as const;

/**
 * Decides what the write-up may claim, strongest source first: an accepted conclusion, then the
 * walkthrough's likeliest seam once it has any evidence, then the contract's worst clauses.
 * Anything weaker than that is "no verdict yet", said in words.
 */
export function verdictOf(ws: Workspace, d: Diagnosis): VerdictAndSteps {
  const trail = ws.walkthrough;
  if (trail) {
    const session: Session = { symptoms: trail.symptoms, notes: trail.notes, steps: trail.steps };
    const fromTrail = trail.accepted ? accepted(d, session, trail.accepted) : likeliest(d, session);
    if (fromTrail) return fromTrail;
  }
  return fromClauses(ws) ?? { verdict: { kind: 'none', reason: noVerdictReason(ws) }, ...NOTHING };
}

function accepted(d: Diagnosis, session: Session, acc: NonNullable<WalkthroughRecord['accepted']>): VerdictAndSteps {
  const ranking = d.rank(d.kb, session);
  const conclusion = d.conclude(d.kb, ranking);
  const onTop = conclusion?.top.seam === acc.seam && conclusion.confidence !== 'no-evidence';
  const share = ranking.seams.find((s) => s.seam === acc.seam)?.probability;
  const cause = d.causeAt(acc.seam, acc.causeId);
  // Older trails lack the verdict: they were only ever written as broken.
  const as = acc.verdict ?? 'broken';
  return {
    verdict: {
      kind: 'walkthrough',
      seam: acc.seam,
      seamName: SEAMS[acc.seam].name,
      cause: cause?.title ?? acc.causeId,
      confidence: onTop ? confidenceLabel(conclusion.confidence) : null,
      share: share === undefined || !ranking.hasEvidence ? null : pct(share),
      accepted: { as, verdict: VERDICT_LABEL[as], at: formatWhen(acc.at) },
      trailNowPointsAt: conclusion && !onTop && ranking.hasEvidence ? SEAMS[conclusion.top.seam].name : null,
      assumed: cause?.assumed ?? null,
      mechanism: cause?.mechanism ?? null,
      reported: d.reportedByUser(d.kb, session, ranking),
    },
    ...stepsOf(cause),
  };
}

function likeliest(d: Diagnosis, session: Session): VerdictAndSteps | null {
  const ranking = d.rank(d.kb, session);
  const conclusion = d.conclude(d.kb, ranking);
  if (!conclusion || conclusion.confidence === 'no-evidence') return null;
  const cause = conclusion.top.top.cause;
  return {
    verdict: {
      kind: 'walkthrough',
      seam: conclusion.top.seam,
      seamName: SEAMS[conclusion.top.seam].name,
      cause: cause.title,
      confidence: confidenceLabel(conclusion.confidence),
      share: pct(conclusion.top.probability),
      accepted: null,
      trailNowPointsAt: null,
      assumed: cause.assumed,
      mechanism: cause.mechanism,
      reported: d.reportedByUser(d.kb, session, ranking),
    },
    ...stepsOf(cause),
  };
}

function stepsOf(cause: Cause | undefined): Omit<VerdictAndSteps, 'verdict'> {
  return cause ? { confirm: [cause.confirm], fixNow: [cause.fixNow], writeDown: [cause.contractClause] } : NOTHING;
}

/**
 * The contract's own word: the worst seam by its clauses, when that is suspect or broken. The
 * catalog's check for those clauses is how to confirm; a fix and a clause to write down come
 * only from a walkthrough cause, so they stay empty rather than guessed.
 */
function fromClauses(ws: Workspace): VerdictAndSteps | null {
  const judged = SEAM_IDS.map((id) => ({ id, clauses: ws.seams[id].clauses, verdict: seamVerdict(ws.seams[id].clauses) }));
  const worst = judged.reduce<Verdict>((w, s) => (severity(s.verdict) > severity(w) ? s.verdict : w), 'holds');
  if (worst !== 'broken' && worst !== 'suspect') return null;
  const [first, ...others] = judged.filter((s) => s.verdict === worst);
  if (!first) return null;
  const bad = first.clauses.map((c, i) => ({ c, i })).filter(({ c }) => clauseVerdict(c) === worst);
  const checks = bad.map(({ c }) => (c.templateId ? templateById(c.templateId)?.howToCheck : undefined));
  return {
    verdict: {
      kind: 'clauses',
      seam: first.id,
      seamName: SEAMS[first.id].name,
      verdict: VERDICT_LABEL[worst],
      clauses: bad.map(({ c, i }) => clauseLabel(c, i)),
      alsoSeams: others.map((s) => SEAMS[s.id].name),
    },
    confirm: [...new Set(checks.filter((x): x is string => Boolean(x)))],
    fixNow: [],
    writeDown: [],
  };
}

/** The same fallback the clause card uses, so the write-up names a clause the way the app does. */
function clauseLabel(c: Clause, index: number): string {
  return c.subject.trim() || c.dimension.trim() || `Clause ${index + 1}`;
}

function noVerdictReason(ws: Workspace): string {
  const hasClauses = SEAM_IDS.some((id) => ws.seams[id].clauses.length > 0);
  const walk = ws.walkthrough
    ? `The walkthrough ${CONFIDENCE_WORDS['no-evidence']}: nothing reported points at one seam more than another.`
    : 'No walkthrough has been run.';
  const contract = hasClauses ? 'No clause is marked broken or suspect.' : 'No contract clauses have been written.';
  return `No verdict yet. ${walk} ${contract}`;
}
