import type { PresenterScript } from './types';

/** One script per worked example, in the seed's order; facts and figures are the seed's own. */
export const PRESENTER_SCRIPTS: readonly PresenterScript[] = [
  {
    presetId: 'unstated-source-assumptions',
    flow: [
      'The client app emits an event for every order.',
      'The ingestor reads each field as the schema declares it.',
      'Every assumption the source makes is written in that schema.',
    ],
    failure: [
      'The timestamp comes from the client-side clock, not UTC.',
      'The amount is in USD — assumed, never stated.',
      'event_id is not globally unique.',
      'None of this is in the schema, so the ingestor cannot know.',
    ],
    clause: 'The source declares its clock (UTC, server-set), the currency of every amount and the scope in which event_id is unique.',
    templateIds: ['gi-clock-source', 'gi-currency-units', 'gi-id-uniqueness', 'gi-schema-declared'],
  },
  {
    presetId: 'ack-before-commit',
    flow: [
      'The producer sends event 8821 to the ingestor.',
      'Storage commits the write.',
      'Only then is the ack sent, and the producer moves on.',
    ],
    failure: [
      'The ack went out while 8821 still sat in the storage buffer.',
      'Storage crashed before the commit.',
      'The producer retried 8821, and a duplicate row was written.',
    ],
    clause: 'Storage acknowledges a write only after commit; a retried event_id is written once.',
    templateIds: ['is-ack-before-commit', 'is-dedup-key'],
  },
  {
    presetId: 'partition-mismatch',
    flow: [
      'Storage lays the table out by the column the queries filter on.',
      'Each processing run reads only the partitions it needs.',
      'A run costs about $12.',
    ],
    failure: [
      'The table is partitioned by ingestion_date.',
      'The processing queries filter on event_date.',
      'Nothing is pruned: every run is a full scan, $340 instead of $12.',
    ],
    clause: 'The table is partitioned by event_date, the column its readers filter on, and a full scan fails the run instead of billing it.',
    templateIds: ['sp-partition-key', 'sp-pruning-lost'],
  },
  {
    presetId: 'undeclared-grain',
    flow: [
      'Processing delivers one row per (user_id, order_id).',
      'The model layer sums revenue over those rows.',
      'Order A of user 1001 counts once: 45.00.',
    ],
    failure: [
      '1001 | A | 45.00 arrives twice.',
      'SUM(revenue) says 90.00.',
      'Every job reports SUCCESS: the grain was never declared, so nothing could object.',
    ],
    clause: 'The grain is one row per (user_id, order_id), tested on every run; a duplicate fails the run.',
    templateIds: ['pm-grain', 'pm-duplicate-rows'],
  },
  {
    presetId: 'unwritten-freshness-sla',
    flow: [
      'The model refreshes every 4 hours.',
      'Each consumer knows how fresh the data is promised to be.',
      'A consumer that needs fresher data gets its own path, or a different promise.',
    ],
    failure: [
      'The batch dashboard is fine with data 4 hours old.',
      'The real-time fraud model is 4 hours late.',
      'The freshness SLA was never written down, so each consumer assumed its own.',
    ],
    clause: 'The model promises data no older than a stated age to each consumer, and the fraud model’s need is written beside the dashboard’s.',
    templateIds: ['ms-freshness-sla'],
  },
  {
    presetId: 'undeclared-dependency',
    flow: [
      'Upstream finishes writing.',
      'The orchestrator sees it finish and starts load_raw.',
      'load_raw reads everything upstream wrote.',
    ],
    failure: [
      'load_raw is scheduled for 03:00 UTC, and starts then.',
      'Upstream is still writing until 03:07.',
      'No dependency was declared: rows written after 03:00 are silently lost.',
    ],
    clause: 'load_raw starts when upstream reports complete, not at a clock time; the dependency is declared to the orchestrator.',
    templateIds: ['or-schedule-vs-upstream', 'or-undeclared-dependency'],
  },
];

export function scriptFor(presetId: string): PresenterScript | undefined {
  return PRESENTER_SCRIPTS.find((s) => s.presetId === presetId);
}
