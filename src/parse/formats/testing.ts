import { expect } from 'vitest';
import type { RawPipeline } from '../types';
import { wellFormedProblems } from './structured';

/** Shared by the parser tests: unique slug ids, edges between known ids, warnings with a place. */
export function expectWellFormed(r: RawPipeline): void {
  expect(wellFormedProblems(r)).toEqual([]);
  for (const c of r.components) expect(c.id).toMatch(/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u);
}
