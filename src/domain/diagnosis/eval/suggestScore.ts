import type { KnowledgeBase } from '../knowledgeBase';
import { suggestFromText } from '../suggest';
import type { Incident, ReaderScript } from './types';

export interface SuggestionScore {
  /** Suggested symptoms the reader also picked, suggested ones they did not, picked ones not suggested. */
  readonly symptoms: { readonly agree: number; readonly extra: number; readonly missed: number };
  /** Suggested answers the reader gave too, answers the reader gave the other way, and ones the reader left open. */
  readonly answers: { readonly agree: number; readonly contradict: number; readonly unstated: number };
}

/** How the app's suggestions from a report compare with what a blind reader took from it. */
export function scoreSuggestions(kb: KnowledgeBase, pairs: readonly (readonly [Incident, ReaderScript])[]): SuggestionScore {
  const sym = { agree: 0, extra: 0, missed: 0 };
  const ans = { agree: 0, contradict: 0, unstated: 0 };
  for (const [incident, script] of pairs) {
    const s = suggestFromText(kb, incident.report);
    const suggested = new Set(s.symptoms.map((x) => x.symptomId));
    for (const id of suggested) {
      if (script.symptoms.includes(id)) sym.agree++;
      else sym.extra++;
    }
    for (const id of script.symptoms) if (!suggested.has(id)) sym.missed++;
    for (const a of s.answers) {
      const given = script.answers[a.questionId];
      if (given === a.answer) ans.agree++;
      else if (given === 'yes' || given === 'no') ans.contradict++;
      else ans.unstated++;
    }
  }
  return { symptoms: sym, answers: ans };
}
