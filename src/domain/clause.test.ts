import { describe, expect, it } from 'vitest';
import { clauseVerdict, emptyClause, seamVerdict, suggestedVerdict, type Clause } from './clause';

const c = (over: Partial<Clause>): Clause => ({ ...emptyClause('c1', 'format'), ...over });

describe('suggestedVerdict', () => {
  it('is unknown until both sides are stated', () => {
    expect(suggestedVerdict({ assumed: '', actual: '' })).toBe('unknown');
    expect(suggestedVerdict({ assumed: 'UTC', actual: '  ' })).toBe('unknown');
    expect(suggestedVerdict({ assumed: '', actual: 'local time' })).toBe('unknown');
  });
  it('suggests broken when assumed and actual differ', () => {
    expect(suggestedVerdict({ assumed: 'UTC', actual: 'client-side clock, not UTC' })).toBe('broken');
  });
  it('suggests holds when they match, ignoring case and spacing', () => {
    expect(suggestedVerdict({ assumed: 'Every 4 hours', actual: ' every  4 hours ' })).toBe('holds');
  });
});

describe('clauseVerdict', () => {
  it('lets the user overrule the suggestion', () => {
    expect(clauseVerdict(c({ assumed: 'a', actual: 'b', verdict: 'suspect' }))).toBe('suspect');
    expect(clauseVerdict(c({ assumed: 'a', actual: 'b', verdict: 'holds' }))).toBe('holds');
  });
  it('falls back to the suggestion when the user has not set one', () => {
    expect(clauseVerdict(c({ assumed: 'a', actual: 'b' }))).toBe('broken');
  });
});

describe('seamVerdict', () => {
  it('is unknown for a seam with no clauses', () => {
    expect(seamVerdict([])).toBe('unknown');
  });
  it('is the worst clause: broken beats suspect beats unknown beats holds', () => {
    const holds = c({ verdict: 'holds' });
    const unknown = c({});
    const suspect = c({ verdict: 'suspect' });
    const broken = c({ assumed: 'x', actual: 'y' });
    expect(seamVerdict([holds, holds])).toBe('holds');
    expect(seamVerdict([holds, unknown])).toBe('unknown');
    expect(seamVerdict([unknown, suspect, holds])).toBe('suspect');
    expect(seamVerdict([suspect, broken, holds])).toBe('broken');
  });
});
