import { describe } from 'vitest';
import { itPlaces, type PlacementCase } from '../../test/placements';

/** A trained model is built from the modelled data, as a mart is; scoring with it is what serves. */
const NAMES: readonly PlacementCase[] = [
  ['Train ML Models', 'model'],
  ['Transfer learning model', 'model'],
  ['ML Model Training', 'model'],
  ['demand forecasting model', 'model'],
  ['churn prediction', 'serve'],
  ['ML model API', 'serve'],
  ['ML model serving', 'serve'],
  ['online inference', 'serve'],
];

describe('classify: machine-learning models and what serves them', () => {
  itPlaces(NAMES);
});
