import { describe, expect, it } from 'vitest';
import { mapCaret } from './mapCaret';

describe('a caret kept through a change made elsewhere', () => {
  it('stays put when the change is after it', () => expect(mapCaret(3, 'abcdef', 'abcdefXYZ')).toBe(3));
  it('moves by the inserted length when the change is before it', () => expect(mapCaret(3, 'abcdef', 'XYabcdef')).toBe(5));
  it('moves back when text before it was deleted', () => expect(mapCaret(4, 'abcdef', 'cdef')).toBe(2));
  it('goes to the end of a change that replaced the text around it', () => expect(mapCaret(3, 'abcdef', 'abXYZef')).toBe(5));
  it('at the very end stays at the end', () => expect(mapCaret(6, 'abcdef', 'XXabcdef')).toBe(8));
});
