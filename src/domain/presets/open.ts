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

/**
 * The preset as an unsolved incident: the same pipeline with every seam still unknown, the
 * triager's first report as notes and the symptoms they would pick already chosen.
 */
export function scenarioWorkspace(preset: Preset, newId: () => string, now: string): Workspace {
  const solved = presetWorkspace(preset, newId, now);
  return {
    ...blankWorkspace(solved.id, `Walkthrough: ${preset.title}`, now),
    components: solved.components,
    notes: preset.scenario.brief,
    presetId: preset.id,
    walkthrough: { symptoms: [...preset.scenario.symptoms], notes: '', steps: [] },
  };
}
