import { evidenceOf } from './evidence';
import type { KnowledgeBase } from './knowledgeBase';
import { answer, answersOf, emptySession, type Session } from './session';
import { countHits, firstHit } from './phrases';
import type { Fact } from './types';

/** Longer text is read up to here: an incident message or ticket is far shorter. */
export const SUGGEST_MAX_CHARS = 20_000;

export interface SymptomSuggestion {
  readonly symptomId: string;
  /** The words in the text that suggested it. */
  readonly quote: string;
}

export interface AnswerSuggestion {
  readonly questionId: string;
  readonly answer: Fact;
  readonly quote: string;
}

export interface Suggestions {
  readonly symptoms: readonly SymptomSuggestion[];
  readonly answers: readonly AnswerSuggestion[];
  /** True when the text was longer than SUGGEST_MAX_CHARS and only its start was read. */
  readonly truncated: boolean;
}

/**
 * Reads incident text (a channel message, a ticket, a status page) for the symptoms and answers it
 * states, each with the words it read, for the user to confirm or change. Nothing is applied here.
 * An answer whose yes and no phrases both occur is left for the user.
 */
export function suggestFromText(kb: KnowledgeBase, input: string, session: Session = emptySession()): Suggestions {
  // Typographic apostrophes ("didn’t") read as plain ones, so negations are seen.
  const text = input.slice(0, SUGGEST_MAX_CHARS).replace(/[\u2018\u2019]/g, "'");
  const symptoms: SymptomSuggestion[] = [];
  for (const s of kb.symptoms) {
    const hit = firstHit(text, s.synonyms);
    if (hit) symptoms.push({ symptomId: s.id, quote: hit.quote });
  }
  const answers: AnswerSuggestion[] = [];
  for (const q of kb.questions) {
    if (q.kind !== 'observation' || !q.cues) continue;
    const yes = countHits(text, q.cues.yes);
    const no = countHits(text, q.cues.no);
    if (yes === no) continue;
    const answer: Fact = yes > no ? 'yes' : 'no';
    const hit = firstHit(text, q.cues[answer]);
    if (hit) answers.push({ questionId: q.id, answer, quote: hit.quote });
  }
  return { symptoms, answers: askableAnswers(kb, session, symptoms, answers), truncated: input.length > SUGGEST_MAX_CHARS };
}

/**
 * Only answers that would count: not already given by the user, and with their premise held by
 * what the user said or what the text suggests.
 */
function askableAnswers(kb: KnowledgeBase, session: Session, symptoms: readonly SymptomSuggestion[], answers: readonly AnswerSuggestion[]): AnswerSuggestion[] {
  const given = answersOf(session);
  let withText: Session = { ...session, symptoms: [...new Set([...session.symptoms, ...symptoms.map((s) => s.symptomId)])] };
  for (const a of answers) if (!given.has(a.questionId)) withText = answer(withText, a.questionId, a.answer);
  const facts = evidenceOf(kb, withText);
  // evidenceOf keeps only answers whose premise holds and that no suggested or picked symptom already gives.
  return answers.filter((a) => !given.has(a.questionId) && facts.get(a.questionId) === a.answer);
}
