import { describe, expect, it } from 'vitest';
import { findPhrase, phraseRegex } from './phrases';
import { KNOWLEDGE_BASE } from './load';
import { rank } from './rank';
import { emptySession, toggleSymptom } from './session';
import { SUGGEST_MAX_CHARS, suggestFromText } from './suggest';
import { TINY_KB } from './testKb';

describe('phrases', () => {
  it('match whole words in any case, with * for any ending', () => {
    expect(phraseRegex('duplicate*').test('We see DUPLICATED rows')).toBe(true);
    expect(findPhrase('upstream is late', 'stream*')).toHaveLength(0);
    expect(findPhrase('the stream lags', 'stream*')).toHaveLength(1);
  });

  it('skip a phrase right after a negation in the same clause, unless the phrase is negative itself', () => {
    expect(findPhrase('There are no duplicates anywhere.', 'duplicate*')).toHaveLength(0);
    expect(findPhrase('No errors, but we found duplicates.', 'duplicate*')).toHaveLength(1);
    expect(findPhrase('The job ran with no errors.', 'no errors')).toHaveLength(1);
  });

  it('quote the sentence they were found in', () => {
    const [hit] = findPhrase('First line. The raw is wrong since Monday! Last.', 'raw is wrong');
    expect(hit?.quote).toBe('The raw is wrong since Monday!');
  });
});

describe('suggestions from incident text', () => {
  it('suggest symptoms and answers with the words they read, and apply nothing', () => {
    const s = suggestFromText(TINY_KB, 'We found duplicates in orders. The raw is fine, it seems.');
    expect(s.symptoms).toEqual([{ symptomId: 'dupes', quote: 'We found duplicates in orders.' }]);
    expect(s.answers).toEqual([{ questionId: 'raw-wrong', answer: 'no', quote: 'The raw is fine, it seems.' }]);
  });

  it('leave an answer out when the text says both', () => {
    expect(suggestFromText(TINY_KB, 'Raw is wrong. Raw is fine.').answers).toEqual([]);
  });

  it('read a long paste only up to the limit, and say so', () => {
    const s = suggestFromText(TINY_KB, `${'x '.repeat(SUGGEST_MAX_CHARS)} duplicates`);
    expect(s.truncated).toBe(true);
    expect(s.symptoms).toEqual([]);
  });

  it('read a real incident message the way a triager would', () => {
    const text =
      "Since yesterday's connector upgrade some orders are in the warehouse twice. The sync reported success with no errors. Re-running the sync didn't fix it.";
    const s = suggestFromText(KNOWLEDGE_BASE, text);
    const answers = Object.fromEntries(s.answers.map((a) => [a.questionId, a.answer]));
    expect(s.symptoms.map((x) => x.symptomId)).toContain('duplicates-after-retry');
    expect(answers['task-or-load-failed']).toBe('no');
    expect(answers['started-after-change']).toBe('yes');
    expect(answers['rerun-fixes']).toBe('no');
  });

  it('read a run that fired twice as a run at the wrong time, and rank Orchestration first from it', () => {
    const s = suggestFromText(KNOWLEDGE_BASE, 'The nightly export ran twice last night, an hour apart, after the clock change.');
    expect(s.symptoms.map((x) => x.symptomId)).toContain('run-mistimed');
    // On its own, without the duplicates 'twice' also suggests.
    expect(rank(KNOWLEDGE_BASE, toggleSymptom(emptySession(), 'run-mistimed')).seams[0]?.seam).toBe('orchestration');
  });

  it('read rows, timestamps and ranges that overlap or repeat as data, not as a run at the wrong time', () => {
    for (const text of [
      'After the timezone migration, orders in the dashboard show up at the wrong time: every created_at is five hours off.',
      'We found two instances of each order in fct_orders.',
      'The SCD2 validity ranges overlapped for some customers.',
      'A second instance of the same customer record appeared.',
    ]) {
      expect(suggestFromText(KNOWLEDGE_BASE, text).symptoms.map((x) => x.symptomId), text).not.toContain('run-mistimed');
    }
  });
});
