import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../presets';
import { SEAM_IDS } from '../seams';
import { seamMass, posterior, rank } from './rank';
import { KNOWLEDGE_BASE as KB } from './load';
import { answer, emptySession, type Session } from './session';
import type { Answer, Question } from './types';
import { conclude, confidenceOf, reportedByUser } from './verdict';

/**
 * The figures and names of the seed's worked examples: amounts, times, ids, counts, durations
 * and component names. Read from the presets themselves, so a new preset is covered too.
 */
function presetFigures(): Set<string> {
  const figures = new Set<string>();
  const text = JSON.stringify(PRESETS);
  for (const m of text.matchAll(/\$\d[\d,.]*|\b\d{1,2}:\d{2}\b|\b\d+\.\d+\b|\b\d{3,}\b|\b\d+\s?(?:h|hours?)\b/g)) figures.add(m[0]);
  // Component names that are identifiers (load_raw), not product names anyone may mention.
  for (const p of PRESETS) for (const names of Object.values(p.components)) for (const n of names ?? []) if (/[_\d]/.test(n)) figures.add(n);
  return figures;
}

const causeTexts = KB.causes.flatMap((c) => [c.title, c.assumed, c.mechanism, c.confirm, c.fixNow, c.contractClause].map((t) => [c.id, t] as const));

describe('the knowledge base never carries an example\'s facts', () => {
  const figures = presetFigures();

  it('finds the seed figures it guards against', () => {
    for (const f of ['$340', '$12', '03:00', '03:07', '8821', '1001', '45.00', '90.00', '4 hours', 'load_raw']) expect(figures.has(f), f).toBe(true);
  });

  it.each(causeTexts)('%s: no preset figure in its texts', (_id, text) => {
    for (const f of figures) expect(text.includes(f) && new RegExp(`(^|[^\\w$.])${f.replace(/[$.]/g, '\\$&')}($|[^\\w.])`).test(text), f).toBe(false);
  });

  it('never states what the user reported in a cause text', () => {
    const statements = KB.questions.flatMap((q) => [q.facts.yes, q.facts.no]);
    for (const [id, text] of causeTexts) for (const s of statements) expect(text.includes(s), `${id}: "${s}"`).toBe(false);
  });
});

/** A session in which `q`'s premise holds, so its answer counts. */
function premised(q: Question, symptoms: readonly string[]): Session {
  let s: Session = { ...emptySession(), symptoms: [...new Set([...symptoms, ...(q.requires?.symptoms?.slice(0, 1) ?? [])])] };
  if (q.requires?.question && !q.requires.symptoms) s = answer(s, q.requires.question.id, q.requires.question.answer);
  return s;
}

const massOf = (s: Session, seam: string) => seamMass(KB, posterior(KB, s))[SEAM_IDS.indexOf(seam as (typeof SEAM_IDS)[number])] ?? 0;

describe('answers move seams the way the questions say', () => {
  const starts: readonly (readonly string[])[] = [[], ...KB.symptoms.map((s) => [s.id])];
  const pointing = KB.questions.filter((q) => q.points);

  it.each(pointing.map((q) => [q.id, q] as const))('%s never lowers the seams its why points at', (_id, q) => {
    for (const symptoms of starts) {
      const base = premised(q, symptoms);
      for (const a of ['yes', 'no'] as const) {
        for (const seam of q.points?.[a] ?? []) {
          expect(massOf(answer(base, q.id, a), seam), `${q.id}=${a} from [${symptoms.join(',')}] lowered ${seam}`).toBeGreaterThanOrEqual(massOf(base, seam) - 1e-12);
        }
      }
    }
  });
});

describe('verdicts', () => {
  const step = fc.record({
    q: fc.constantFrom(...KB.questions.map((q) => q.id)),
    a: fc.constantFrom<Answer>('yes', 'no', 'unsure', 'na'),
  });
  const sessions = fc
    .tuple(fc.subarray(KB.symptoms.map((s) => s.id), { maxLength: 3 }), fc.array(step, { maxLength: 12 }))
    .map(([symptoms, steps]) => steps.reduce<Session>((s, x) => answer(s, x.q, x.a), { ...emptySession(), symptoms }));

  it("state exactly the user's facts, never their opposites", () => {
    fc.assert(
      fc.property(sessions, (s) => {
        const r = rank(KB, s);
        const text = reportedByUser(KB, s, r);
        for (const [id, fact] of r.facts) {
          const q = KB.questions.find((x) => x.id === id)!;
          expect(text).toContain(q.facts[fact]);
          expect(text).not.toContain(`${q.facts[fact === 'yes' ? 'no' : 'yes']}.`);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('give a well-formed ranking whose runner-up is the ranking\'s second', () => {
    fc.assert(
      fc.property(sessions, (s) => {
        const r = rank(KB, s);
        expect(r.seams.map((x) => x.seam).sort()).toEqual([...SEAM_IDS].sort());
        expect(r.causes.reduce((t, c) => t + c.probability, 0)).toBeCloseTo(1, 9);
        expect(r.causes.every((c) => c.probability > 0)).toBe(true);
        const c = conclude(KB, r);
        expect(c?.runnerUp).toEqual(r.seams[1]);
        expect(c?.top.probability).toBe(r.seams[0]?.probability);
      }),
      { numRuns: 200 },
    );
  });

  it('come back exactly when an answer is changed and changed back', () => {
    fc.assert(
      fc.property(sessions, step, fc.constantFrom<Answer>('yes', 'no', 'unsure', 'na'), (s, x, other) => {
        const before = rank(KB, answer(s, x.q, x.a));
        const after = rank(KB, answer(answer(answer(s, x.q, x.a), x.q, other), x.q, x.a));
        expect(after).toEqual(before);
      }),
      { numRuns: 150 },
    );
  });

  it('say "cannot tell yet" when every answer is "not sure" and nothing was seen', () => {
    const s = KB.questions.reduce<Session>((acc, q) => answer(acc, q.id, 'unsure'), emptySession());
    expect(confidenceOf(rank(KB, s))).toBe('no-evidence');
  });
});
