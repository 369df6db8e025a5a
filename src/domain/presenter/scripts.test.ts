import { describe, expect, it } from 'vitest';
import { templateById } from '../catalog';
import { PRESETS } from '../presets';
import { PRESENTER_SCRIPTS, scriptFor } from './scripts';
import { presenterSteps, stepTo } from './steps';

describe('presenter scripts', () => {
  it('tell every worked example, once', () => {
    expect(PRESENTER_SCRIPTS.map((s) => s.presetId).sort()).toEqual(PRESETS.map((p) => p.id).sort());
  });

  it('name only clauses of the seam the example breaks, and say something at every step', () => {
    for (const preset of PRESETS) {
      const script = scriptFor(preset.id);
      if (!script) throw new Error(`no script for ${preset.id}`);
      expect(script.flow.length, preset.id).toBeGreaterThanOrEqual(2);
      expect(script.failure.length, preset.id).toBeGreaterThanOrEqual(2);
      expect(script.clause.length, preset.id).toBeGreaterThan(30);
      for (const id of script.templateIds) expect(templateById(id)?.seam, `${preset.id} → ${id}`).toBe(preset.brokenSeam);
    }
  });

  it("put the example's own evidence on the evidence step, after the failure and before the clause", () => {
    for (const preset of PRESETS) {
      const script = scriptFor(preset.id);
      if (!script) continue;
      const steps = presenterSteps(preset, script);
      expect(steps.map((s) => s.kind)).toEqual(['title', 'flow', 'failure', 'evidence', 'clause']);
      const clause = steps.at(-1);
      expect(clause?.kind === 'clause' && clause.catalog.length).toBe(script.templateIds.length);
      const evidence = steps.find((s) => s.kind === 'evidence');
      expect(evidence?.kind === 'evidence' && evidence.evidence).toBe(preset.evidence);
    }
  });
});

describe('stepTo', () => {
  it('stops at the first and the last step', () => {
    expect(stepTo(0, -1, 5)).toBe(0);
    expect(stepTo(4, 1, 5)).toBe(4);
    expect(stepTo(2, 1, 5)).toBe(3);
    expect(stepTo(3, -10, 5)).toBe(0);
  });
});
