import type { ClauseTemplate } from '../catalog/types';
import { stepWords } from './groups';
import { addClause } from '../contractEdits';
import type { Workspace } from '../workspace';
import type { KnowledgeBase } from './knowledgeBase';
import { rank } from './rank';
import type { Session } from './session';
import type { Cause } from './types';
import { confidenceOf, reportedByUser } from './verdict';

const ANSWER_WORD = { yes: 'yes', no: 'no', unsure: 'not sure', na: 'does not apply' } as const;

/** The trail in words, so the clause's evidence says how the walkthrough got there. */
export function describeTrail(kb: KnowledgeBase, session: Session): string {
  const seen = session.symptoms.map((id) => kb.symptoms.find((s) => s.id === id)?.label ?? id);
  const lines = [`Walkthrough. Seen: ${seen.join('; ') || 'nothing selected'}.`];
  if (session.notes.trim()) lines.push(`Notes: ${session.notes.trim()}`);
  for (const step of session.steps) {
    const w = stepWords(kb, step, ANSWER_WORD);
    lines.push(`${w.question} — ${w.answer}`);
  }
  return lines.join('\n');
}

/**
 * Writes the accepted conclusion into its seam's contract, with the cause's assumption and, as
 * "actually got", only what the user reported. Settled, or confirmed by the user, it is a broken
 * clause; otherwise a suspect one. The question-and-answer trail stays with the workspace.
 */
export function acceptConclusion(
  ws: Workspace,
  kb: KnowledgeBase,
  cause: Cause,
  template: ClauseTemplate | undefined,
  session: Session,
  clauseId: string,
  now: string,
  confirmedByUser = false,
): Workspace {
  const ranking = rank(kb, session);
  const verdict = confirmedByUser || confidenceOf(ranking) === 'settled' ? 'broken' : 'suspect';
  const withClause = addClause(
    ws,
    cause.seam,
    {
      id: clauseId,
      dimension: template?.dimension ?? '',
      subject: template?.subject ?? cause.title,
      assumed: cause.assumed,
      actual: reportedByUser(kb, session, ranking),
      evidence: `${describeTrail(kb, session)}\nWrite down: ${cause.contractClause}`,
      verdict,
      templateId: cause.templateId,
    },
    now,
  );
  return {
    ...withClause,
    walkthrough: { ...session, accepted: { causeId: cause.id, seam: cause.seam, at: now, verdict } },
  };
}
