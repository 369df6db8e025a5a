import { describe, expect, it } from 'vitest';
import type { Placement } from '../types';
import { classify } from './classify';

/** A trained model is built from the modelled data, as a mart is; scoring with it is what serves. */
const NAMES: readonly (readonly [string, Placement])[] = [
  ['Train ML Models', 'model'],
  ['ML Model Training', 'model'],
  ['demand forecasting model', 'model'],
  ['churn prediction', 'serve'],
  ['ML model API', 'serve'],
  ['ML model serving', 'serve'],
  ['online inference', 'serve'],
];

describe('classify: machine-learning models and what serves them', () => {
  it.each(NAMES.map(([name, want]) => ({ name, want })))('$name → $want', ({ name, want }) => {
    const r = classify({ id: name, name });
    expect(r.placement, r.reason).toBe(want);
  });
});
