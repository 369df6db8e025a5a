import { SEAMS } from '../seams';
import type { SeamReason } from './explain';
import type { KnowledgeBase } from './knowledgeBase';
import type { Answer } from './types';
import { CONFIDENCE_WORDS, type Confidence } from './verdict';

const STAGE_WORD: Readonly<Record<string, string>> = {
  generate: 'a source',
  ingest: 'ingestion',
  store: 'storage',
  process: 'processing',
  model: 'modeling',
  serve: 'serving',
  orchestrate: 'an orchestrator',
};

export const ANSWER_LABEL: Readonly<Record<Answer, string>> = { yes: 'Yes', no: 'No', unsure: 'Not sure', na: 'Does not apply' };

export const pct = (p: number) => `${Math.round(p * 100)}%`;

/** One symptom or answer, as the user said it. */
export function reasonText(kb: KnowledgeBase, r: SeamReason): string {
  if (r.kind === 'symptom') return kb.symptoms.find((s) => s.id === r.id)?.label ?? r.id;
  if (r.kind === 'text' && r.clue?.kind === 'technology') return `Your text names ${r.clue.name} (${STAGE_WORD[r.clue.stage] ?? r.clue.stage})`;
  if (r.kind === 'text' && r.clue?.kind === 'word') return `Your text says “${r.clue.word}” (${SEAMS[r.clue.seam].name})`;
  const q = kb.questions.find((x) => x.id === r.id);
  if (!q) return r.id;
  if (r.answer === 'yes' || r.answer === 'no') return q.facts[r.answer];
  return `${q.text} — ${ANSWER_LABEL[r.answer ?? 'unsure'].toLowerCase()}`;
}

export function confidenceLabel(c: Confidence): string {
  return CONFIDENCE_WORDS[c][0]!.toUpperCase() + CONFIDENCE_WORDS[c].slice(1);
}
