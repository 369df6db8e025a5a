import { shelfCard } from './shelf';
import { clause, type Preset } from './types';

export const unstatedSourceAssumptions: Preset = {
  ...shelfCard('unstated-source-assumptions'),
  components: { generate: ['Client app'], ingest: ['Ingestor'] },
  scenario: {
    brief: "Finance says yesterday's revenue is off: some orders landed on the wrong day and some amounts look like they are in the wrong currency.",
    symptoms: ['timestamps-shifted', 'wrong-unit-currency'],
  },
  evidence: {
    kind: 'facts',
    title: 'source → ingestor contract',
    rows: [
      { key: 'timestamp', value: 'client-side clock, not UTC', tone: 'bad' },
      { key: 'currency', value: 'USD assumed, unstated', tone: 'bad' },
      { key: 'event_id', value: 'not globally unique', tone: 'bad' },
    ],
    conclusion: 'none of this is in the schema',
  },
  clauses: {
    'generate-ingest': [
      clause('gi-clock-source', 'assumptions', 'timestamp', 'UTC, set by a trusted server clock', 'client-side clock, not UTC'),
      clause('gi-currency-units', 'assumptions', 'currency', 'currency stated with every amount', 'USD assumed, unstated'),
      clause('gi-id-uniqueness', 'assumptions', 'event_id', 'globally unique', 'not globally unique'),
      clause(
        'gi-schema-declared',
        'unstated contracts',
        'schema',
        'clock source, currency and id scope are declared in the schema',
        'none of this is in the schema',
      ),
    ],
    // A non-unique event_id is the key storage would deduplicate on, so that promise cannot hold either.
    'ingest-store': [
      {
        ...clause('is-dedup-key', 'deduplication', 'event_id', 'event_id is a safe deduplication key', ''),
        evidence: 'event_id is not globally unique at the source: deduplicating on it would merge distinct events.',
        verdict: 'suspect',
      },
    ],
  },
};
