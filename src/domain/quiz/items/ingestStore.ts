import type { QuizEntry } from '../types';
import { fromCause, fromPreset } from './entry';

/** Stories whose answer is the delivery boundary: acks, retries, redelivery, ordering. */
export const INGEST_STORE_ITEMS: readonly QuizEntry[] = [
  fromPreset(
    'ack-before-commit',
    "After last night's crash and restart of the warehouse writer, some events appear twice in the raw events table, each pair with the same event id. The producers' logs show retries at the time of the crash.",
    [
      'The pairs share one event id: the same record was delivered twice, not two events.',
      'Producers retried around a crash: the writer had acknowledged records it had not yet committed.',
      'The raw table is already wrong, before any transformation touched it.',
    ],
  ),
  fromCause(
    'is-rebalance-redelivery',
    'During a deploy of the consumer service, bursts of duplicate rows appeared in the raw table, same event ids, a few minutes of events each time. The consumer logs show partitions being reassigned at exactly those moments.',
    [
      'Duplicates come in bursts that match partition reassignments.',
      'Each burst is the stretch since the last committed offset, read again and appended again.',
    ],
  ),
  fromCause(
    'is-truncated-batches',
    "The nightly load of click logs reports success, but the raw table holds about a fifth fewer rows than the run's own records-read counter. The largest records are the ones that are missing.",
    [
      'The run read the records: the source and the reader are fine.',
      'Fewer rows landed than were read, and the biggest are gone: a size limit dropped them while the load still reported success.',
    ],
  ),
  fromCause(
    'is-out-of-order-upserts',
    "A customer's address in the current-state table is the one they had last month, though the change feed holds the newer one. Nothing is duplicated: the newer change arrived first and the older one, retried later, won.",
    [
      'No duplicate to find: one row, holding an older value.',
      'Changes are applied in arrival order, so a late, older change overwrote a newer one.',
    ],
  ),
  fromCause(
    'is-retention-vs-lag',
    "The event consumer was down over a long weekend. When it caught up, Saturday's events were gone for good: the topic keeps messages for two days.",
    [
      'The consumer fell further behind than the topic keeps messages.',
      'The records expired before they were read, so no replay can bring them back from the topic.',
    ],
  ),
  fromCause(
    'is-dedup-window',
    'Duplicates keep showing up although the streaming job removes repeated event ids. Every duplicate pair is more than a day apart: offline phones send their queued events again when they reconnect.',
    [
      'Deduplication is in place, yet the copies that get through all arrive long after the first.',
      'The dedup only remembers ids for a window shorter than the redelivery delay.',
    ],
  ),
];
