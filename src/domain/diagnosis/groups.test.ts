import { describe, expect, it } from 'vitest';
import { answerGroup, groupAnswered, openOptions, optionsOf, stepWords } from './groups';
import { KNOWLEDGE_BASE as kb } from './load';
import { nextQuestion } from './nextQuestion';
import { answer, answersOf, emptySession, type Session } from './session';

const G = 'what-misbehaved';
const start: Session = { ...emptySession(), symptoms: ['rows-missing'] };
const LABELS = { yes: 'Yes', no: 'No', unsure: 'Not sure', na: 'Does not apply' };

describe('a question with options', () => {
  it('has six options, each with its own label', () => {
    const options = optionsOf(kb, G);
    expect(options.map((q) => q.id)).toEqual(['misbehaved-source', 'misbehaved-moving-in', 'misbehaved-storage', 'misbehaved-transform', 'misbehaved-serving', 'misbehaved-timing']);
    expect(options.every((q) => (q.option ?? '').length > 10)).toBe(true);
  });

  it('records a pick as that option\'s yes, and a changed pick in the same place', () => {
    let s = answer(start, 'task-or-load-failed', 'no');
    s = answerGroup(kb, s, G, 'misbehaved-storage');
    s = answer(s, 'stream-job', 'no');
    expect(s.steps.map((x) => `${x.questionId}=${x.answer}`)).toEqual(['task-or-load-failed=no', 'misbehaved-storage=yes', 'stream-job=no']);
    s = answerGroup(kb, s, G, 'misbehaved-timing');
    expect(s.steps.map((x) => `${x.questionId}=${x.answer}`)).toEqual(['task-or-load-failed=no', 'misbehaved-timing=yes', 'stream-job=no']);
    s = answerGroup(kb, s, G, null);
    expect(s.steps.map((x) => `${x.questionId}=${x.answer}`)).toEqual(['task-or-load-failed=no', `${G}=unsure`, 'stream-job=no']);
  });

  it('is not asked again once picked or not known, nor any of its options', () => {
    for (const s of [answerGroup(kb, start, G, 'misbehaved-source'), answerGroup(kb, start, G, null)]) {
      let walk = s;
      for (let i = 0; i < 12; i++) {
        const q = nextQuestion(kb, walk);
        if (!q) break;
        expect(q.oneOf, q.id).toBeUndefined();
        walk = answer(walk, q.id, 'unsure');
      }
    }
  });

  it('keeps an option ruled out on its own out of the pick, and the others open', () => {
    const s = answer(start, 'misbehaved-moving-in', 'no');
    expect(groupAnswered(kb, answersOf(s), G)).toBe(false);
    expect(openOptions(kb, s, G).map((q) => q.id)).not.toContain('misbehaved-moving-in');
    expect(openOptions(kb, s, G)).toHaveLength(5);
    // Picking another keeps that no.
    const picked = answerGroup(kb, s, G, 'misbehaved-source');
    expect(answersOf(picked).get('misbehaved-moving-in')).toBe('no');
    expect(answersOf(picked).get('misbehaved-source')).toBe('yes');
  });

  it('reads a pick as the question answered with the option, and not sure as not known', () => {
    const picked = answerGroup(kb, start, G, 'misbehaved-serving');
    expect(stepWords(kb, picked.steps[0]!, LABELS)).toEqual({ question: 'Which part of the pipeline is seen misbehaving?', answer: 'What serves the data: a dashboard or BI tool, its cache, a metric or semantic layer, an online feature store, an API, a sync out' });
    const unknown = answerGroup(kb, start, G, null);
    expect(stepWords(kb, unknown.steps[0]!, LABELS)).toEqual({ question: 'Which part of the pipeline is seen misbehaving?', answer: 'Not sure' });
    expect(stepWords(kb, { questionId: 'stream-job', answer: 'no' }, LABELS).answer).toBe('No');
  });
});
