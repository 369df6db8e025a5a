import { templateById } from '../catalog';
import type { SeamId } from '../seams';
import type { Workspace } from '../workspace';
import { acceptConclusion } from './accept';
import { CAUSES } from './causes';
import { seamReasons } from './explain';
import { answerGroup } from './groups';
import type { KnowledgeBase } from './knowledgeBase';
import { progress } from './progress';
import { QUESTIONS } from './questions';
import { rank } from './rank';
import { reveal } from './reveal';
import type { Session } from './session';
import { suggestFromText } from './suggest';
import { cluesIn, cluesKey } from './textClues';
import { SYMPTOMS } from './symptoms';
import type { Cause } from './types';
import { conclude, reportedByUser } from './verdict';

export interface Diagnosis {
  readonly kb: KnowledgeBase;
  /** The engine travels with its knowledge, so neither weighs on the first page load. */
  readonly rank: typeof rank;
  readonly progress: typeof progress;
  readonly conclude: typeof conclude;
  readonly seamReasons: typeof seamReasons;
  readonly reveal: typeof reveal;
  readonly reportedByUser: typeof reportedByUser;
  readonly cluesIn: typeof cluesIn;
  readonly cluesKey: typeof cluesKey;
  readonly suggest: (text: string, session: Session) => ReturnType<typeof suggestFromText>;
  readonly accept: (ws: Workspace, cause: Cause, session: Session, clauseId: string, now: string, confirmedByUser: boolean) => Workspace;
  readonly causeAt: (seam: SeamId, causeId: string) => Cause | undefined;
  /** Picks an option of a question with options, or null for "not sure". */
  readonly answerGroup: (session: Session, group: string, option: string | null) => Session;
}

export const KNOWLEDGE_BASE: KnowledgeBase = { symptoms: SYMPTOMS, questions: QUESTIONS, causes: CAUSES };

/** The walkthrough's knowledge, loaded on demand: it is the largest data in the app. */
export function loadDiagnosis(): Diagnosis {
  return {
    kb: KNOWLEDGE_BASE,
    rank,
    progress,
    conclude,
    seamReasons,
    reveal,
    reportedByUser,
    cluesIn,
    cluesKey,
    suggest: (text, session) => suggestFromText(KNOWLEDGE_BASE, text, session),
    accept: (ws, cause, session, clauseId, now, confirmedByUser) =>
      acceptConclusion(ws, KNOWLEDGE_BASE, cause, templateById(cause.templateId), session, clauseId, now, confirmedByUser),
    causeAt: (seam, causeId) => CAUSES.find((c) => c.seam === seam && c.id === causeId),
    answerGroup: (session, group, option) => answerGroup(KNOWLEDGE_BASE, session, group, option),
  };
}
