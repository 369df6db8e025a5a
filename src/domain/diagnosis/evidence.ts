import type { KnowledgeBase } from './knowledgeBase';
import { answersOf, type Session } from './session';
import type { Fact, Question } from './types';

const opposite = (f: Fact): Fact => (f === 'yes' ? 'no' : 'yes');

/** What premises are checked against: the symptoms picked and the facts counted so far. */
interface Said {
  readonly kb: KnowledgeBase;
  readonly session: Session;
  readonly facts: ReadonlyMap<string, Fact>;
}

/** A question one of the picked symptoms already answers yes, so it is not asked. */
function impliedBySymptoms(q: Question | undefined, session: Session): boolean {
  return q?.impliedBy?.some((s) => session.symptoms.includes(s)) ?? false;
}

/** A question one of the picked symptoms already answers either way: asking or counting it would say it twice. */
function answeredBySymptoms(q: Question | undefined, session: Session): boolean {
  return impliedBySymptoms(q, session) || (q?.impliedNoBy?.some((s) => session.symptoms.includes(s)) ?? false);
}

function holds({ kb, session, facts }: Said, q: Question): boolean {
  const r = q.requires;
  if (!r) return true;
  if (r.symptoms?.some((s) => session.symptoms.includes(s))) return true;
  if (!r.question) return false;
  if (facts.get(r.question.id) === r.question.answer) return true;
  return r.question.answer === 'yes' && impliedBySymptoms(kb.questions.find((x) => x.id === r.question?.id), session);
}

/**
 * The facts the ranking counts: every yes and no whose premise still holds, plus, for each
 * "does not apply", the premise's no (unless the premise question was answered itself).
 * Voiding repeats until nothing changes, because a voided answer can void follow-ups of its own.
 */
export function evidenceOf(kb: KnowledgeBase, session: Session): ReadonlyMap<string, Fact> {
  const byId = new Map(kb.questions.map((q) => [q.id, q]));
  const facts = new Map<string, Fact>();
  // Answers to questions the knowledge base does not know (an older or edited workspace) say nothing.
  const given = [...answersOf(session)].filter(([id]) => byId.has(id));
  for (const [id, a] of given) if (a === 'yes' || a === 'no') facts.set(id, a);
  for (const [id, a] of given) {
    const premise = byId.get(id)?.requires?.question;
    if (a === 'na' && premise && !facts.has(premise.id)) facts.set(premise.id, opposite(premise.answer));
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const id of [...facts.keys()]) {
      const q = byId.get(id);
      if (q && (!holds({ kb, session, facts }, q) || answeredBySymptoms(q, session))) {
        facts.delete(id);
        changed = true;
      }
    }
  }
  return facts;
}

/** Whether `q` makes sense to ask now: its premise holds and no picked symptom already answers it. */
export function askable(kb: KnowledgeBase, session: Session, facts: ReadonlyMap<string, Fact>, q: Question): boolean {
  return holds({ kb, session, facts }, q) && !answeredBySymptoms(q, session);
}
