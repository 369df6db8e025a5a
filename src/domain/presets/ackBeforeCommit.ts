import { shelfCard } from './shelf';
import { clause, type Preset } from './types';

export const ackBeforeCommit: Preset = {
  ...shelfCard('ack-before-commit'),
  components: { ingest: ['Ingestor'], store: ['Storage'] },
  scenario: {
    brief: "After last night's storage crash and restart, the same event shows up twice in the raw table and the daily event count is too high.",
    symptoms: ['duplicates-after-retry', 'totals-doubled'],
  },
  evidence: {
    kind: 'sequence',
    title: 'ingestor → storage contract',
    steps: [
      { text: 'event_id 8821 → storage buffer', tone: 'neutral' },
      { text: 'ack sent to producer', tone: 'neutral' },
      { text: 'crash before commit', tone: 'bad' },
      { text: 'producer retries: 8821 again', tone: 'neutral' },
    ],
    conclusion: 'storage: duplicate row written',
  },
  clauses: {
    'ingest-store': [
      clause(
        'is-ack-before-commit',
        'delivery guarantees',
        'ack',
        'ack is sent only after the write is committed',
        'ack sent while 8821 sat in the storage buffer; crash before commit',
      ),
      clause(
        'is-dedup-key',
        'deduplication',
        'event_id',
        'a retried event_id is written once',
        'producer retried 8821: duplicate row written',
      ),
    ],
    // The seed: what arrives at the model layer — duplicates — was decided upstream.
    'process-model': [
      {
        ...clause('pm-duplicate-rows', 'duplicate rows at arrival', 'event_id 8821', 'no duplicate rows arrive', ''),
        evidence: 'The duplicate written at storage flows downstream unless processing deduplicates on event_id.',
        verdict: 'suspect',
      },
    ],
  },
};
