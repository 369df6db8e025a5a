import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HONEST_ANSWERS } from '../presets/honestAnswers';
import { PRESETS } from '../presets';
import { KNOWLEDGE_BASE as KB } from './load';
import { nextQuestion } from './nextQuestion';
import { rank } from './rank';
import { answer, type Session } from './session';
import { conclude } from './verdict';

/** Plays the walkthrough as the engine asks, answering from the script or "not sure". */
function play(symptoms: readonly string[], script: Readonly<Record<string, 'yes' | 'no' | 'unsure'>>): Session {
  let s: Session = { symptoms, notes: '', steps: [] };
  for (let i = 0; i < KB.questions.length; i++) {
    const q = nextQuestion(KB, s);
    if (!q || conclude(rank(KB, s))?.settled) break;
    s = answer(s, q.id, script[q.id] ?? 'unsure');
  }
  return s;
}

describe('each preset played as a scenario', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))('%s: honest answers rank the seed\'s seam first', (id, preset) => {
    const session = play(preset.scenario.symptoms, HONEST_ANSWERS[id] ?? {});
    const ranking = rank(KB, session);
    expect(ranking.seams[0]?.seam).toBe(preset.brokenSeam);
    expect(session.steps.length).toBeGreaterThan(0);
  });

  it('starts from symptoms every cause at the broken seam could explain', () => {
    for (const p of PRESETS) {
      const atSeam = KB.causes.filter((c) => c.seam === p.brokenSeam);
      expect(p.scenario.symptoms.every((s) => atSeam.some((c) => c.symptoms.includes(s))), p.id).toBe(true);
    }
  });
});

describe('changing an answer', () => {
  it('moves the ranking the way the answer points', () => {
    const base: Session = { symptoms: ['totals-doubled'], notes: '', steps: [] };
    const raw = (a: 'yes' | 'no') => rank(KB, answer(base, 'raw-already-wrong', a));
    const p = (r: ReturnType<typeof rank>, seam: string) => r.seams.find((s) => s.seam === seam)?.probability ?? 0;
    // Already wrong in the raw table points upstream of processing; clean raw data points downstream.
    expect(p(raw('yes'), 'ingest-store')).toBeGreaterThan(p(raw('no'), 'ingest-store'));
    expect(p(raw('no'), 'process-model')).toBeGreaterThan(p(raw('yes'), 'process-model'));
  });

  it('back to "not sure" restores the ranking exactly', () => {
    const base: Session = { symptoms: ['rows-missing'], notes: '', steps: [] };
    const changed = answer(answer(base, 'upstream-after-downstream', 'yes'), 'upstream-after-downstream', 'unsure');
    expect(rank(KB, changed).causes.map((c) => c.probability)).toEqual(rank(KB, base).causes.map((c) => c.probability));
  });
});

describe('the real knowledge base', () => {
  it('reaches every cause: answering as it would makes it the likeliest', () => {
    for (const cause of KB.causes) {
      let s: Session = { symptoms: cause.symptoms, notes: '', steps: [] };
      for (const [q, a] of Object.entries(cause.answers)) s = answer(s, q, a);
      expect(rank(KB, s).causes[0]?.cause.id, cause.id).toBe(cause.id);
    }
  });

  it('keeps "not sure" harmless: a full walk of "not sure" leaves the symptom ranking as it was', () => {
    const base: Session = { symptoms: ['data-stale'], notes: '', steps: [] };
    let s = base;
    for (const q of KB.questions) s = answer(s, q.id, 'unsure');
    expect(rank(KB, s).causes.map((c) => [c.cause.id, c.probability])).toEqual(
      rank(KB, base).causes.map((c) => [c.cause.id, c.probability]),
    );
  });
});

describe('the real knowledge base under any answers', () => {
  it('always gives a well-formed, deterministic ranking and never asks a question twice', () => {
    const step = fc.record({
      q: fc.constantFrom(...KB.questions.map((q) => q.id)),
      a: fc.constantFrom('yes' as const, 'no' as const, 'unsure' as const),
    });
    fc.assert(
      fc.property(fc.subarray(KB.symptoms.map((s) => s.id), { maxLength: 4 }), fc.array(step, { maxLength: 15 }), (symptoms, steps) => {
        const s = steps.reduce<Session>((acc, x) => answer(acc, x.q, x.a), { symptoms, notes: '', steps: [] });
        const r = rank(KB, s);
        expect(r.seams.map((x) => x.seam).sort()).toEqual([...new Set(KB.causes.map((c) => c.seam))].sort());
        expect(r.causes.reduce((t, c) => t + c.probability, 0)).toBeCloseTo(1, 9);
        expect(r.causes.every((c) => c.probability > 0)).toBe(true);
        expect(rank(KB, s)).toEqual(r);
        const next = nextQuestion(KB, s);
        if (next) expect(s.steps.some((x) => x.questionId === next.id)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});
