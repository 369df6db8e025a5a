import { describe, expect, it } from 'vitest';
import { keepOrder } from './keepOrder';

describe('the workspace list keeps its order while open', () => {
  it('opens in ranked order', () => {
    expect(keepOrder([], ['b', 'a', 'c'])).toEqual(['b', 'a', 'c']);
  });

  it('does not move a row whose rank changed (renamed, so most recently changed)', () => {
    expect(keepOrder(['b', 'a', 'c'], ['c', 'b', 'a'])).toEqual(['b', 'a', 'c']);
  });

  it('puts a new row (a duplicate) first and drops a deleted one', () => {
    expect(keepOrder(['b', 'a', 'c'], ['d', 'c', 'b'])).toEqual(['d', 'b', 'c']);
  });
});
