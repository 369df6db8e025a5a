import { shelfCard } from './shelf';
import { clause, type Preset } from './types';

export const partitionMismatch: Preset = {
  ...shelfCard('partition-mismatch'),
  components: { store: ['Storage'], process: ['Processor'] },
  scenario: {
    brief: "The nightly processing job's bill went from about $12 a run to $340, and it runs far longer. Nothing in the results looks wrong.",
    symptoms: ['cost-jumped'],
  },
  evidence: {
    kind: 'cost',
    title: 'storage → processor contract',
    rows: [
      { key: 'partitioned by', value: 'ingestion_date', tone: 'neutral' },
      { key: 'query filters on', value: 'event_date', tone: 'bad' },
      { key: 'partition pruning', value: 'none — full scan', tone: 'bad' },
    ],
    actual: 340,
    expected: 12,
    unit: 'per run',
    conclusion: 'layout mismatch → $340/run instead of $12',
  },
  clauses: {
    'store-process': [
      clause(
        'sp-partition-key',
        'partition key',
        'partition column',
        'partitioned by event_date, the column queries filter on',
        'partitioned by ingestion_date; queries filter on event_date',
      ),
      clause(
        'sp-pruning-lost',
        'layout',
        'partition pruning',
        'queries read only the partitions they filter on',
        'none — full scan',
      ),
      clause('sp-partition-key', 'layout', 'cost per run', '$12 per run', '$340 per run'),
    ],
  },
};
