import { shelfCard } from './shelf';
import { clause, type Preset } from './types';

export const undeclaredGrain: Preset = {
  ...shelfCard('undeclared-grain'),
  components: { process: ['Processor'], model: ['Revenue model'] },
  scenario: {
    brief: 'Revenue for some customers is exactly double on the model layer, yet every job in the pipeline reported SUCCESS.',
    symptoms: ['totals-doubled'],
  },
  evidence: {
    kind: 'sample',
    title: 'processor → model layer',
    columns: ['user_id', 'order_id', 'revenue'],
    rows: [
      { cells: ['1001', 'A', '45.00'] },
      { cells: ['1001', 'A', '45.00'], flag: 'dup' },
    ],
    result: { label: 'SUM(revenue)', value: '90.00', note: 'wrong' },
    conclusion: 'pipeline: SUCCESS — grain was never declared',
  },
  clauses: {
    'process-model': [
      clause('pm-grain', 'grain', 'grain', 'one row per (user_id, order_id)', 'grain was never declared'),
      clause(
        'pm-duplicate-rows',
        'duplicate rows at arrival',
        'order 1001 / A',
        'each order arrives once',
        '1001 | A | 45.00 arrives twice → SUM(revenue) = 90.00',
        'pipeline: SUCCESS',
      ),
    ],
    // The seed: duplicates at the model layer were decided upstream; the delivery seam is the first suspect.
    'ingest-store': [
      {
        ...clause('is-dedup-key', 'deduplication', 'order_id', 'each record is stored once', ''),
        evidence: 'The duplicate was decided upstream of the model layer: check where it was first written twice.',
        verdict: 'suspect',
      },
    ],
  },
};
