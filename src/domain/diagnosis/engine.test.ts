import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from './knowledgeBase';
import { nextQuestion } from './nextQuestion';
import { rank } from './rank';
import { answer, emptySession, toggleSymptom, type Session } from './session';
import type { Cause } from './types';
import { conclude } from './verdict';

const cause = (id: string, seam: Cause['seam'], symptoms: string[], answers: Cause['answers'], prevalence: Cause['prevalence'] = 3): Cause => ({
  id,
  seam,
  templateId: id,
  title: id,
  prevalence,
  symptoms,
  answers,
  assumed: 'a',
  actual: 'b',
  confirm: 'c',
  fixNow: 'f',
  contractClause: 'k',
});

/** A tiny knowledge base: duplicates can come from delivery or from a fan-out join. */
const KB: KnowledgeBase = {
  symptoms: [
    { id: 'dupes', label: 'Duplicates', example: '' },
    { id: 'late', label: 'Late', example: '' },
  ],
  questions: [
    { id: 'raw-wrong', text: 'Is the raw table already wrong?', why: '', howToFind: '' },
    { id: 'same-id', text: 'Do duplicates share an id?', why: '', howToFind: '' },
    { id: 'after-retry', text: 'Did it follow a retry?', why: '', howToFind: '' },
  ],
  causes: [
    cause('delivery', 'ingest-store', ['dupes'], { 'raw-wrong': 'yes', 'same-id': 'yes', 'after-retry': 'yes' }, 4),
    cause('fan-out', 'process-model', ['dupes'], { 'raw-wrong': 'no', 'same-id': 'no' }, 3),
    cause('freshness', 'model-serve', ['late'], { 'raw-wrong': 'no' }, 3),
  ],
};

const withSymptoms = (...ids: string[]): Session => ids.reduce(toggleSymptom, emptySession());

describe('ranking', () => {
  it('follows the symptoms before any question', () => {
    const r = rank(KB, withSymptoms('late'));
    expect(r.seams[0]?.seam).toBe('model-serve');
  });

  it('moves when an answer changes', () => {
    const s = withSymptoms('dupes');
    expect(rank(KB, answer(s, 'raw-wrong', 'yes')).seams[0]?.seam).toBe('ingest-store');
    expect(rank(KB, answer(answer(s, 'raw-wrong', 'yes'), 'raw-wrong', 'no')).seams[0]?.seam).toBe('process-model');
  });

  it('treats "not sure" as no information: it removes and moves nothing', () => {
    const s = withSymptoms('dupes');
    const before = rank(KB, s).causes.map((c) => [c.cause.id, c.probability]);
    const after = rank(KB, answer(answer(s, 'raw-wrong', 'unsure'), 'same-id', 'unsure')).causes.map((c) => [c.cause.id, c.probability]);
    expect(after).toEqual(before);
  });

  it('never drives a cause to zero, however the answers go', () => {
    let s = withSymptoms('late');
    for (const q of KB.questions) s = answer(s, q.id, 'yes');
    expect(rank(KB, s).causes.every((c) => c.probability > 0)).toBe(true);
  });

  it('explains each rank with the evidence that raised or lowered it', () => {
    const r = rank(KB, answer(withSymptoms('dupes'), 'same-id', 'no'));
    const fanOut = r.causes.find((c) => c.cause.id === 'fan-out')!;
    expect(fanOut.reasons).toEqual([
      { kind: 'symptom', id: 'dupes', direction: 'raised' },
      { kind: 'answer', id: 'same-id', answer: 'no', direction: 'raised' },
    ]);
    const delivery = r.causes.find((c) => c.cause.id === 'delivery')!;
    expect(delivery.reasons[1]).toEqual({ kind: 'answer', id: 'same-id', answer: 'no', direction: 'lowered' });
  });
});

describe('choosing the next question', () => {
  it('asks what separates the causes still in play, and skips what is answered', () => {
    const s = withSymptoms('dupes');
    const first = nextQuestion(KB, s);
    expect(['raw-wrong', 'same-id']).toContain(first?.id);
    const second = nextQuestion(KB, answer(s, first!.id, 'unsure'));
    expect(second?.id).not.toBe(first?.id);
  });

  it('stops when no question is worth asking', () => {
    let s = withSymptoms('dupes');
    for (const q of KB.questions) s = answer(s, q.id, 'yes');
    expect(nextQuestion(KB, s)).toBeNull();
  });

  it('is deterministic', () => {
    const s = answer(withSymptoms('dupes', 'late'), 'after-retry', 'no');
    expect(nextQuestion(KB, s)?.id).toBe(nextQuestion(KB, s)?.id);
    expect(rank(KB, s)).toEqual(rank(KB, s));
  });
});

describe('conclusion', () => {
  it('names the likeliest seam and a runner-up at another seam', () => {
    const c = conclude(rank(KB, answer(answer(withSymptoms('dupes'), 'raw-wrong', 'yes'), 'same-id', 'yes')));
    expect(c?.top.cause.id).toBe('delivery');
    expect(c?.runnerUp?.cause.seam).not.toBe('ingest-store');
    expect(c?.settled).toBe(true);
  });
});

describe('any sequence of answers', () => {
  it('gives a well-formed ranking', () => {
    const step = fc.record({
      q: fc.constantFrom(...KB.questions.map((q) => q.id)),
      a: fc.constantFrom('yes' as const, 'no' as const, 'unsure' as const),
    });
    fc.assert(
      fc.property(fc.subarray(KB.symptoms.map((s) => s.id)), fc.array(step, { maxLength: 12 }), (symptoms, steps) => {
        const s = steps.reduce<Session>((acc, x) => answer(acc, x.q, x.a), { ...emptySession(), symptoms });
        const r = rank(KB, s);
        expect(r.causes).toHaveLength(KB.causes.length);
        const total = r.causes.reduce((a, c) => a + c.probability, 0);
        expect(total).toBeCloseTo(1, 9);
        for (let i = 1; i < r.causes.length; i++) expect(r.causes[i - 1]!.probability).toBeGreaterThanOrEqual(r.causes[i]!.probability);
        expect(r.seams.reduce((a, x) => a + x.probability, 0)).toBeCloseTo(1, 9);
        expect(new Set(s.steps.map((x) => x.questionId)).size).toBe(s.steps.length);
      }),
    );
  });
});
