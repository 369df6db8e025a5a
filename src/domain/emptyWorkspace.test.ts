import { describe, expect, it } from 'vitest';
import { isEmptyWorkspace } from './emptyWorkspace';
import { blankWorkspace, type Workspace } from './workspace';

const blank = blankWorkspace('w', 'Untitled pipeline', '2026-01-01T00:00:00.000Z');

describe('an empty workspace', () => {
  it('is a blank one, renamed or not', () => {
    expect(isEmptyWorkspace(blank)).toBe(true);
    expect(isEmptyWorkspace({ ...blank, name: 'Orders' })).toBe(true);
  });

  it.each<[string, Partial<Workspace>]>([
    ['an example', { presetId: 'ack-before-commit' }],
    ['notes', { notes: 'pager at 03:10' }],
    ['a component', { components: { ...blank.components, ingest: ['Kafka'] } }],
    ['a walkthrough', { walkthrough: { symptoms: ['rows-missing'], notes: '', steps: [] } }],
  ])('is no longer empty once it has %s', (_what, change) => {
    expect(isEmptyWorkspace({ ...blank, ...change })).toBe(false);
  });

  it('is no longer empty once a seam has a clause', () => {
    const clause = { id: 'c', dimension: 'grain', subject: 'order', assumed: 'one row', actual: '', evidence: '', verdict: null };
    expect(isEmptyWorkspace({ ...blank, seams: { ...blank.seams, 'process-model': { clauses: [clause] } } })).toBe(false);
  });
});
