import { describe, expect, it } from 'vitest';
import { KNOWLEDGE_BASE as KB } from './load';
import { MIN_QUESTIONS, progress, QUESTION_CAP } from './progress';
import { rank } from './rank';
import { answer, emptySession, type Session } from './session';

const answeredUnsure = (n: number, start: Session): Session => {
  let s = start;
  for (let i = 0; i < n; i++) {
    const q = progress(KB, s).next;
    if (!q) break;
    s = answer(s, q.id, 'unsure');
  }
  return s;
};

describe('walkthrough progress', () => {
  it('asks a few questions before any verdict, however clear the symptoms look', () => {
    const s = { ...emptySession(), symptoms: ['sensitive-data-exposed'] };
    for (let i = 0; i < MIN_QUESTIONS; i++) expect(progress(KB, answeredUnsure(i, s)).stop).toBeNull();
  });

  it('says about how many questions are left, within the cap', () => {
    const p = progress(KB, { ...emptySession(), symptoms: ['rows-missing'] });
    expect(p.stop).toBeNull();
    expect(p.aboutLeft).toBeGreaterThanOrEqual(1);
    expect(p.aboutLeft).toBeLessThanOrEqual(QUESTION_CAP);
    expect(p.asked).toBe(0);
  });

  it('offers the verdict at the cap, with the next question still named as open', () => {
    const s = answeredUnsure(QUESTION_CAP, { ...emptySession(), symptoms: ['rows-missing', 'data-stale'] });
    const p = progress(KB, s);
    expect(p.stop === 'cap' || p.stop === 'no-question').toBe(true);
  });

  it('asks observations before checks while observations still separate the causes', () => {
    const first = progress(KB, { ...emptySession(), symptoms: ['duplicates-after-retry'] }).next;
    expect(first?.kind).toBe('observation');
  });
});

describe('symptoms that already say something', () => {
  it('count once when picked with the symptom they include', () => {
    const both = rank(KB, { ...emptySession(), symptoms: ['success-but-empty', 'rows-missing'] });
    const one = rank(KB, { ...emptySession(), symptoms: ['success-but-empty'] });
    expect(both.causes.map((c) => c.probability)).toEqual(one.causes.map((c) => c.probability));
  });

  it('answer a question so it is neither asked nor counted twice', () => {
    const s: Session = { ...emptySession(), symptoms: ['success-but-empty'] };
    for (let i = 0, cur = s; i < QUESTION_CAP; i++) {
      const q = progress(KB, cur).next;
      if (!q) break;
      expect(q.id).not.toBe('task-or-load-failed');
      cur = answer(cur, q.id, 'unsure');
    }
    expect(rank(KB, answer(s, 'task-or-load-failed', 'no'))).toEqual(rank(KB, s));
  });
});
