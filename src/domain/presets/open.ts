import { blankWorkspace, type Workspace } from '../workspace';
import { SEAM_IDS } from '../seams';
import { STAGES } from '../stages';
import type { Preset } from './types';

/** A fresh workspace holding the preset's facts; every open gets new ids so it never overwrites another. */
export function presetWorkspace(preset: Preset, newId: () => string, now: string): Workspace {
  const base = blankWorkspace(newId(), preset.title, now);
  const seams = Object.fromEntries(
    SEAM_IDS.map((seam) => {
      const clauses = (preset.clauses[seam] ?? []).map((c) => ({ ...c, id: newId() }));
      const evidence = seam === preset.brokenSeam ? { evidence: preset.evidence } : {};
      return [seam, { clauses, ...evidence }];
    }),
  ) as unknown as Workspace['seams'];
  const components = Object.fromEntries(STAGES.map((s) => [s, [...(preset.components[s] ?? [])]])) as unknown as Workspace['components'];
  return { ...base, notes: preset.summary, presetId: preset.id, components, seams };
}
