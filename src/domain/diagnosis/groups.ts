import type { KnowledgeBase } from './knowledgeBase';
import { QUESTION_GROUPS } from './questions/groups';
import { answer, answersOf, type Session } from './session';
import type { Answer, Question } from './types';

/**
 * A question with options ("which part misbehaved?") is asked once, as one question: the user
 * picks the option the report states, which is that option's yes, or says not sure for all of
 * them, kept as one step under the group's id.
 */
export function optionsOf(kb: KnowledgeBase, group: string): readonly Question[] {
  return kb.questions.filter((q) => q.oneOf === group);
}

export function isGroup(id: string): boolean {
  return QUESTION_GROUPS.some((g) => g.id === id);
}

/** The question's text, or a group's, for a step in the trail, the replay and the write-up. */
export function stepText(kb: KnowledgeBase, id: string): string {
  return QUESTION_GROUPS.find((g) => g.id === id)?.text ?? kb.questions.find((q) => q.id === id)?.text ?? id;
}

/** The group a step belongs to: its own id for a group step, an option's group for an option. */
export function groupOfStep(kb: KnowledgeBase, id: string): string | undefined {
  return isGroup(id) ? id : kb.questions.find((q) => q.id === id)?.oneOf;
}

/**
 * Whether the group was answered: as a whole, or by an option picked. An option ruled out alone
 * ("ingestion was unaffected", read from the incident text) leaves the others to pick from.
 */
export function groupAnswered(kb: KnowledgeBase, answered: ReadonlyMap<string, Answer>, group: string): boolean {
  return answered.has(group) || optionsOf(kb, group).some((q) => answered.get(q.id) === 'yes');
}

/** The options still open: not ruled out on their own. */
export function openOptions(kb: KnowledgeBase, session: Session, group: string): readonly Question[] {
  const answered = answersOf(session);
  return optionsOf(kb, group).filter((q) => answered.get(q.id) !== 'no' && answered.get(q.id) !== 'na');
}

/**
 * Answers a group: `option` is the option picked (its yes), null for "not sure". A changed pick
 * replaces the earlier one in place, so the trail keeps its order.
 */
export function answerGroup(kb: KnowledgeBase, session: Session, group: string, option: string | null): Session {
  const answered = answersOf(session);
  // The earlier pick (or "not sure") is replaced; options ruled out on their own stay ruled out.
  const ids = new Set([group, ...optionsOf(kb, group).filter((q) => q.id === option || answered.get(q.id) === 'yes' || answered.get(q.id) === 'unsure').map((q) => q.id)]);
  const at = session.steps.findIndex((s) => ids.has(s.questionId));
  const step = { questionId: option ?? group, answer: option ? ('yes' as const) : ('unsure' as const) };
  if (at < 0) return answer(session, step.questionId, step.answer);
  const steps = session.steps.filter((s, i) => i === at || !ids.has(s.questionId)).map((s, i) => (i === at ? step : s));
  return { ...session, steps };
}

/**
 * A step as words: the question, and the answer given. An option picked reads as the group's
 * question answered with that option; the group's "not sure" as that question not known.
 */
export function stepWords(kb: KnowledgeBase, step: { readonly questionId: string; readonly answer: string }, labels: Readonly<Record<string, string>>): { question: string; answer: string } {
  const q = kb.questions.find((x) => x.id === step.questionId);
  if (q?.oneOf !== undefined && step.answer === 'yes') return { question: stepText(kb, q.oneOf), answer: q.option ?? q.text };
  return { question: stepText(kb, step.questionId), answer: labels[step.answer] ?? step.answer };
}
