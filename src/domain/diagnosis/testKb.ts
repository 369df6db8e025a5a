import type { KnowledgeBase } from './knowledgeBase';
import type { Cause, Question } from './types';

/** A cause for small test knowledge bases: only what the engine reads is meaningful. */
export const testCause = (id: string, seam: Cause['seam'], symptoms: string[], answers: Cause['answers'], prevalence: Cause['prevalence'] = 3): Cause => ({
  id,
  seam,
  templateId: id,
  title: id,
  prevalence,
  symptoms,
  answers,
  assumed: 'assumed',
  mechanism: 'mechanism',
  confirm: 'confirm',
  fixNow: 'fix',
  contractClause: 'clause',
});

const q = (id: string, kind: Question['kind'], extra: Partial<Question> = {}): Question => ({
  id,
  kind,
  text: `${id}?`,
  why: '',
  howToFind: '',
  facts: { yes: `${id}: yes`, no: `${id}: no` },
  ...extra,
});

/** Duplicates can come from delivery or from a fan-out join; staleness from a freshness promise. */
export const TINY_KB: KnowledgeBase = {
  symptoms: [
    { id: 'dupes', label: 'Duplicates', group: 'Duplicates and overwrites', example: '', synonyms: ['duplicate*'] },
    { id: 'late', label: 'Late', group: 'Missing, late or lost', example: '', synonyms: ['stale'] },
  ],
  questions: [
    q('raw-wrong', 'observation', { cues: { yes: ['raw is wrong'], no: ['raw is fine'] } }),
    q('has-dupes', 'observation', { impliedBy: ['dupes'] }),
    q('same-id', 'check', { requires: { question: { id: 'has-dupes', answer: 'yes' } } }),
    q('after-retry', 'observation', { requires: { question: { id: 'has-dupes', answer: 'yes' } } }),
  ],
  causes: [
    testCause('delivery', 'ingest-store', ['dupes'], { 'raw-wrong': 'yes', 'has-dupes': 'yes', 'same-id': 'yes', 'after-retry': 'yes' }, 4),
    testCause('fan-out', 'process-model', ['dupes'], { 'raw-wrong': 'no', 'has-dupes': 'yes', 'same-id': 'no?' }, 3),
    testCause('freshness', 'model-serve', ['late'], { 'raw-wrong': 'no?', 'has-dupes': 'no' }, 3),
  ],
};
