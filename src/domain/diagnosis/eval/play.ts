import type { KnowledgeBase } from '../knowledgeBase';
import { progress } from '../progress';
import { rank } from '../rank';
import { answerGroup, optionsOf } from '../groups';
import { answer, emptySession, type Session } from '../session';
import type { Answer } from '../types';
import type { Incident, Played, ReaderScript } from './types';

/**
 * Plays the walkthrough as the app does: from the given start, ask what the engine asks until
 * it suggests the verdict, answering from the script and "not sure" for anything else.
 */
export function play(kb: KnowledgeBase, start: Session, script: Readonly<Record<string, Answer>>): Session {
  let s = start;
  for (let i = 0; i < kb.questions.length; i++) {
    const p = progress(kb, s);
    if (p.stop || !p.next) break;
    const group = p.next.oneOf;
    if (group === undefined) {
      s = answer(s, p.next.id, script[p.next.id] ?? 'unsure');
      continue;
    }
    // A question with options is one question: the reader picks the option the report states, or none.
    const picked = optionsOf(kb, group).find((q) => script[q.id] === 'yes');
    s = answerGroup(kb, s, group, picked?.id ?? null);
  }
  return s;
}

/** One incident as the reader drives it: the report pasted as notes, their symptoms, then their answers. */
export function playReader(kb: KnowledgeBase, incident: Incident, script: ReaderScript): Played {
  const s = play(kb, { ...emptySession(), notes: incident.report, symptoms: script.symptoms }, script.answers);
  return score(kb, incident, s, s.steps.length);
}

export function score(kb: KnowledgeBase, incident: Incident, session: Session, asked: number): Played {
  const ranked = rank(kb, session).seams.map((x) => x.seam);
  return {
    id: incident.id,
    expected: incident.seam,
    ranked,
    first: ranked[0] === incident.seam,
    topTwo: ranked.slice(0, 2).includes(incident.seam),
    questions: asked,
    steps: session.steps,
  };
}

export interface Totals {
  readonly n: number;
  readonly first: number;
  readonly topTwo: number;
  readonly medianQuestions: number;
}

export function totals(results: readonly Played[]): Totals {
  const qs = results.map((r) => r.questions).sort((a, b) => a - b);
  const mid = Math.floor(qs.length / 2);
  const median = qs.length === 0 ? 0 : qs.length % 2 ? qs[mid]! : ((qs[mid - 1] ?? 0) + (qs[mid] ?? 0)) / 2;
  return {
    n: results.length,
    first: results.filter((r) => r.first).length,
    topTwo: results.filter((r) => r.topTwo).length,
    medianQuestions: median,
  };
}
