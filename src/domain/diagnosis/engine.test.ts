import { describe, expect, it } from 'vitest';
import { evidenceOf } from './evidence';
import { LIKELIHOOD, MAX_ANSWER_ODDS_FACTOR } from './likelihood';
import { nextQuestion } from './nextQuestion';
import { rank } from './rank';
import { answer, emptySession, toggleSymptom, type Session } from './session';
import { TINY_KB as KB } from './testKb';
import { conclude, confidenceOf, reportedByUser } from './verdict';

const withSymptoms = (...ids: string[]): Session => ids.reduce(toggleSymptom, emptySession());
const mass = (s: Session, seam: string) => rank(KB, s).seams.find((x) => x.seam === seam)?.probability ?? 0;
const odds = (p: number) => p / (1 - p);

describe('ranking', () => {
  it('starts every seam equal, whatever the number of causes each has', () => {
    const r = rank(KB, emptySession());
    for (const s of r.seams) expect(s.probability).toBeCloseTo(1 / 3, 9);
    expect(r.hasEvidence).toBe(false);
  });

  it('follows the symptoms before any question', () => {
    expect(rank(KB, withSymptoms('late')).seams[0]?.seam).toBe('model-serve');
  });

  it('moves when an answer changes, and back exactly when it changes back', () => {
    const s = withSymptoms('dupes');
    expect(rank(KB, answer(s, 'raw-wrong', 'yes')).seams[0]?.seam).toBe('ingest-store');
    expect(rank(KB, answer(s, 'raw-wrong', 'no')).seams[0]?.seam).toBe('process-model');
    expect(rank(KB, answer(answer(s, 'raw-wrong', 'no'), 'raw-wrong', 'unsure'))).toEqual(rank(KB, s));
  });

  it('bounds what one answer can do to a seam\'s odds', () => {
    const s = withSymptoms('dupes');
    for (const seam of ['ingest-store', 'process-model', 'model-serve']) {
      for (const a of ['yes', 'no'] as const) {
        const factor = odds(mass(answer(s, 'raw-wrong', a), seam)) / odds(mass(s, seam));
        expect(factor).toBeLessThanOrEqual(MAX_ANSWER_ODDS_FACTOR + 1e-9);
        expect(factor).toBeGreaterThanOrEqual(1 / MAX_ANSWER_ODDS_FACTOR - 1e-9);
      }
    }
  });

  it('weighs a weak expectation less than a strong one', () => {
    expect(LIKELIHOOD.weak).toBeLessThan(LIKELIHOOD.strong);
    const s = withSymptoms('dupes');
    const after = answer(answer(s, 'has-dupes', 'yes'), 'same-id', 'no');
    // fan-out expects "no?" (weak): it gains, but by less than a strong expectation would give.
    const gain = odds(mass(after, 'process-model')) / odds(mass(answer(s, 'has-dupes', 'yes'), 'process-model'));
    expect(gain).toBeGreaterThan(1);
    expect(gain).toBeLessThan(MAX_ANSWER_ODDS_FACTOR);
  });
});

describe('premises', () => {
  it('asks a follow-up only after its premise holds', () => {
    const s = answer(emptySession(), 'raw-wrong', 'unsure');
    const asked = new Set<string>();
    let cur = s;
    for (let i = 0; i < 4; i++) {
      const q = nextQuestion(KB, cur);
      if (!q) break;
      if (q.id === 'same-id' || q.id === 'after-retry') expect(asked.has('has-dupes')).toBe(true);
      asked.add(q.id);
      cur = answer(cur, q.id, q.id === 'has-dupes' ? 'yes' : 'unsure');
    }
  });

  it('skips a question a picked symptom already answers, and lets its follow-ups through', () => {
    const s = withSymptoms('dupes');
    const q = nextQuestion(KB, answer(answer(s, 'raw-wrong', 'unsure'), 'has-dupes', 'unsure'));
    expect(q?.id).not.toBe('has-dupes');
    expect(evidenceOf(KB, answer(s, 'after-retry', 'yes')).get('after-retry')).toBe('yes');
  });

  it('reads "does not apply" as the premise\'s no, not as the detail\'s', () => {
    const s = answer(emptySession(), 'after-retry', 'na');
    const facts = evidenceOf(KB, s);
    expect(facts.get('has-dupes')).toBe('no');
    expect(facts.has('after-retry')).toBe(false);
    expect(rank(KB, s)).toEqual(rank(KB, answer(emptySession(), 'has-dupes', 'no')));
  });

  it('drops a follow-up\'s answer once its premise is answered no', () => {
    const s = answer(answer(answer(emptySession(), 'has-dupes', 'yes'), 'same-id', 'yes'), 'has-dupes', 'no');
    expect(evidenceOf(KB, s).has('same-id')).toBe(false);
  });

  it('treats "not sure" as no information', () => {
    const s = withSymptoms('dupes');
    expect(rank(KB, answer(answer(s, 'raw-wrong', 'unsure'), 'has-dupes', 'unsure'))).toEqual(rank(KB, s));
  });
});

describe('verdict', () => {
  it('says it cannot tell with nothing beyond the prior, even after "not sure" answers', () => {
    const s = answer(emptySession(), 'raw-wrong', 'unsure');
    expect(confidenceOf(rank(KB, s))).toBe('no-evidence');
  });

  it('names the runner-up exactly as the ranking lists it', () => {
    const r = rank(KB, answer(withSymptoms('dupes'), 'raw-wrong', 'yes'));
    const c = conclude(KB, r);
    expect(c?.runnerUp).toEqual(r.seams[1]);
    expect(c?.top).toEqual(r.seams[0]);
  });

  it("builds what was actually got from the user's words only", () => {
    const s = { ...answer(withSymptoms('dupes'), 'raw-wrong', 'no'), notes: 'orders doubled since Tuesday' };
    const text = reportedByUser(KB, s, rank(KB, s));
    expect(text).toBe('Seen: Duplicates. raw-wrong: no. Notes: orders doubled since Tuesday');
  });

  it('quotes the start of long notes; the trail keeps them whole', () => {
    const long = `${'word '.repeat(200)}end`;
    const s = { ...withSymptoms('dupes'), notes: long };
    const text = reportedByUser(KB, s, rank(KB, s));
    expect(text).toContain('Notes: word word');
    expect(text.endsWith('…')).toBe(true);
    expect(text).not.toContain('end');
  });

  it('lists what fits the verdict and what does not, from the answers given', () => {
    const s = answer(answer(withSymptoms('dupes'), 'raw-wrong', 'yes'), 'has-dupes', 'yes');
    const c = conclude(KB, rank(KB, answer(s, 'same-id', 'no')));
    expect(c?.top.seam).toBe('ingest-store');
    expect(c?.fits).toContain('raw-wrong: yes');
    expect(c?.against).toContain('same-id: no');
  });
});
