import { templateById } from '../catalog';
import type { Workspace } from '../workspace';
import { acceptConclusion } from './accept';
import { CAUSES } from './causes';
import type { KnowledgeBase } from './knowledgeBase';
import { QUESTIONS } from './questions';
import type { Session } from './session';
import { SYMPTOMS } from './symptoms';
import type { Cause } from './types';
import { nextQuestion } from './nextQuestion';
import { rank } from './rank';
import { conclude } from './verdict';

export interface Diagnosis {
  readonly kb: KnowledgeBase;
  /** The engine travels with its knowledge, so neither weighs on the first page load. */
  readonly rank: typeof rank;
  readonly nextQuestion: typeof nextQuestion;
  readonly conclude: typeof conclude;
  readonly accept: (ws: Workspace, cause: Cause, session: Session, clauseId: string, now: string) => Workspace;
}

export const KNOWLEDGE_BASE: KnowledgeBase = { symptoms: SYMPTOMS, questions: QUESTIONS, causes: CAUSES };

/** The walkthrough's knowledge, loaded on demand: it is the largest data in the app. */
export function loadDiagnosis(): Diagnosis {
  return {
    kb: KNOWLEDGE_BASE,
    rank,
    nextQuestion,
    conclude,
    accept: (ws, cause, session, clauseId, now) =>
      acceptConclusion(ws, KNOWLEDGE_BASE, cause, templateById(cause.templateId), session, clauseId, now),
  };
}
