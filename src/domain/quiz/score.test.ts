import { describe, expect, it } from 'vitest';
import type { SeamId } from '../seams';
import { grade, summarize, type QuizAnswer } from './score';
import type { QuizItem } from './types';

const item = (id: string, seam: SeamId, clauses: string[]): QuizItem => ({ id, source: { kind: 'cause', id }, story: '', pointers: [], seam, clauses });
const dup = item('dup', 'ingest-store', ['is-dedup-key']);
const late = item('late', 'orchestration', ['or-schedule-vs-upstream', 'or-undeclared-dependency']);
const sla = item('sla', 'model-serve', ['ms-freshness-sla']);

describe('grade', () => {
  it('at level 1 asks only for the seam', () => {
    expect(grade(dup, { seam: 'ingest-store' }, 1)).toEqual({ seamRight: true, clauseRight: null, right: true });
    expect(grade(dup, { seam: 'process-model' }, 1).right).toBe(false);
  });

  it('at level 2 needs the seam and one of the accepted clauses', () => {
    expect(grade(late, { seam: 'orchestration', clause: 'or-undeclared-dependency' }, 2).right).toBe(true);
    expect(grade(late, { seam: 'orchestration', clause: 'or-retry-idempotency' }, 2)).toEqual({ seamRight: true, clauseRight: false, right: false });
    expect(grade(late, { seam: 'orchestration' }, 2).right).toBe(false);
  });
});

describe('summarize', () => {
  const answers: Record<string, QuizAnswer> = { dup: { seam: 'process-model' }, late: { seam: 'orchestration' } };

  it('counts right answers and lists what was missed, unanswered included, in round order', () => {
    const r = summarize([dup, late, sla], answers, 1);
    expect(r).toMatchObject({ right: 1, total: 3, missed: ['dup', 'sla'] });
  });

  it('names each missed seam with what it was taken for, most missed first', () => {
    const dup2 = item('dup2', 'ingest-store', ['is-dedup-key']);
    const r = summarize([dup, late, sla, dup2], { ...answers, dup2: { seam: 'generate-ingest' } }, 1);
    expect(r.weakSpots).toEqual([
      { seam: 'ingest-store', asked: 2, missed: 2, takenFor: ['process-model', 'generate-ingest'] },
      { seam: 'model-serve', asked: 1, missed: 1, takenFor: [] },
    ]);
  });

  it('has no weak spots after a perfect round', () => {
    expect(summarize([dup], { dup: { seam: 'ingest-store' } }, 1).weakSpots).toEqual([]);
  });
});
