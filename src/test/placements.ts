/** What the classifier's table tests share: each name, with its hints, lands in the stage given. */
import { expect, it } from 'vitest';
import type { Placement } from '../parse/types';
import { classify } from '../parse/classify/classify';
import { gather, type Facts } from '../parse/classify/rules/facts';

export type PlacementCase = readonly [name: string, want: Placement, hints?: readonly string[]];

/** One test per case, the classifier's reason shown when a placement is wrong. */
export function itPlaces(cases: readonly PlacementCase[]): void {
  it.each(cases.map(([name, want, hints = []]) => ({ name, want, hints })))('$name $hints → $want', ({ name, want, hints }) => {
    const r = classify({ id: name, name, hints: [...hints] });
    expect(r.placement, r.reason).toBe(want);
  });
}

/** Facts for a rule test, gathered the way `analyse` gathers them. */
export const facts = (name: string, ...hints: string[]): Facts => gather(name, hints);
