import { templateById } from '../catalog';
import type { Evidence } from '../evidence';
import type { Preset } from '../presets';
import { SEAMS } from '../seams';
import type { PresenterScript } from './types';

/** One slide of a presented example. */
export type PresenterStep =
  | { readonly kind: 'title'; readonly heading: string; readonly seam: string; readonly lines: readonly string[] }
  | { readonly kind: 'flow' | 'failure'; readonly heading: string; readonly lines: readonly string[] }
  /** `catalog` names the clause templates the example's clause writes down, for the seam panel's picker. */
  | { readonly kind: 'clause'; readonly heading: string; readonly lines: readonly string[]; readonly catalog: readonly string[] }
  | { readonly kind: 'evidence'; readonly heading: string; readonly evidence: Evidence };

/** The story a lead tells, one step at a time: the example, how it should flow, what broke, the proof, the fix. */
export function presenterSteps(preset: Preset, script: PresenterScript): readonly PresenterStep[] {
  const seam = SEAMS[preset.brokenSeam];
  return [
    { kind: 'title', heading: preset.title, seam: `${seam.heading} · ${seam.parties}`, lines: [preset.summary] },
    { kind: 'flow', heading: 'How it should work', lines: script.flow },
    { kind: 'failure', heading: 'What happened', lines: script.failure },
    { kind: 'evidence', heading: 'The evidence', evidence: preset.evidence },
    {
      kind: 'clause',
      heading: 'The clause that would have prevented it',
      lines: [script.clause],
      catalog: script.templateIds.flatMap((id) => templateById(id)?.title ?? []),
    },
  ];
}

/** Moves within the steps, never past either end. */
export function stepTo(index: number, delta: number, count: number): number {
  return Math.min(Math.max(index + delta, 0), Math.max(count - 1, 0));
}
