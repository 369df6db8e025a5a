import { ackBeforeCommit } from './ackBeforeCommit';
import { partitionMismatch } from './partitionMismatch';
import type { Preset } from './types';
import { undeclaredDependency } from './undeclaredDependency';
import { undeclaredGrain } from './undeclaredGrain';
import { unstatedSourceAssumptions } from './unstatedSourceAssumptions';
import { unwrittenFreshnessSla } from './unwrittenFreshnessSla';

export type { Preset, PresetClause } from './types';
export { presetWorkspace, scenarioWorkspace } from './open';
export { PRESET_SHELF, presetCard, type PresetCard } from './shelf';

/** The seed's six example failures, in the seed's order. */
export const PRESETS: readonly Preset[] = [
  unstatedSourceAssumptions,
  ackBeforeCommit,
  partitionMismatch,
  undeclaredGrain,
  unwrittenFreshnessSla,
  undeclaredDependency,
];

export function presetById(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}
