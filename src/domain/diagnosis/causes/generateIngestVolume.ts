import type { Cause } from '../types';

/** Generate → Ingest causes where the source hands over fewer or other records than the sync assumes (caps, cursors, new values, sampling). */
export const SOURCE_VOLUME_CAUSES: readonly Cause[] = [
  {
    id: 'gi-api-limits', seam: 'generate-ingest', templateId: 'gi-api-limits',
    title: 'Source API caps or pages silently truncate syncs', prevalence: 3,
    symptoms: ['rows-missing', 'success-but-empty', 'reports-disagree'],
    sometimes: ['partial-under-load', 'data-lost-permanently', 'data-test-failed'],
    // full-refresh-differs 'yes?' although it points at Process → Model: a full resync through a bulk or
    // export endpoint is how this is usually found, and it returns rows the capped incremental sync never saw.
    answers: { 'source-third-party-api': 'yes',
      'raw-already-wrong': 'yes', 'staging-right-model-wrong': 'no', 'only-one-consumer': 'no', 'affected-some-sources': 'yes',
      'started-after-change': 'no?', 'stream-job': 'no', 'task-or-load-failed': 'no', 'rerun-fixes': 'no?', 'grain-key-duplicated': 'no?',
      'full-refresh-differs': 'yes?', 'upstream-after-downstream': 'no', 'missing-are-late-events': 'no',
      'round-row-count': 'yes', 'logs-show-errors-in-green-run': 'yes?', 'ingest-read-fewer': 'yes',
    },
    assumed: 'Each sync receives every record the source holds for its window, with every page followed and no cap or rate limit cutting a response short',
    mechanism:
      'The source API stops a list or search at a result cap, ends a cursor early, skips records while the data shifts under offset pages, or answers a throttled call with a short page and a success status, so the sync stores a truncated set and reports it complete',
    confirm:
      "Compare SELECT COUNT(*) FROM <raw_table> WHERE <updated_at> BETWEEN '<window_start>' AND '<window_end>' with the count the source UI or a bulk export gives for the window, and search the sync logs for rate-limit responses and unfollowed next-page links — equal, round counts per sync mean a cap.",
    fixNow:
      'Re-extract the affected windows through the complete endpoint (a bulk export, or a cursor followed to the end) in slices smaller than the cap, and backfill the missing records.',
    contractClause:
      "The source names the endpoint that returns a complete set, its page size, result cap and rate limit, and signals truncation with an error or a continuation token; every sync checks its count against the source's count for the window.",
  },
  {
    id: 'gi-change-tracking', seam: 'generate-ingest', templateId: 'gi-change-tracking',
    title: 'Incremental cursor misses changes the source never marked', prevalence: 4,
    symptoms: ['rows-missing', 'success-but-empty'],
    sometimes: ['data-stale', 'data-lost-permanently', 'reports-disagree', 'old-value-overwrote-new', 'data-test-failed'],
    // The source does what it always did; the sync assumed more of its cursor than it promises.
    answers: { 'source-third-party-api': 'yes?',
      'misbehaved-source': 'no?', 'source-correct': 'yes', 'ingest-read-fewer': 'yes', 'full-refresh-differs': 'yes', 'rerun-fixes': 'no?',
      'task-or-load-failed': 'no', 'intermittent': 'yes?', 'stream-job': 'no?', 'raw-already-wrong': 'yes', 'staging-right-model-wrong': 'no',
      'only-one-consumer': 'no', 'grain-key-duplicated': 'no?', 'round-row-count': 'no', 'started-after-change': 'no?',
    },
    assumed: 'Every new or changed record moves the cursor the incremental sync reads by, so reading everything after the last saved cursor picks up every change',
    mechanism:
      'Some records change or arrive without moving the cursor past the last saved value: updated without touching the change column, committed late with an earlier timestamp, restated by the source after their window was read, or compared in another zone or precision, so no later incremental run looks at them and every run reports success',
    confirm:
      "Run a full export for a past window and compare its count with SELECT COUNT(*) FROM <raw_table> WHERE <cursor_col> >= '<window_start>' AND <cursor_col> < '<window_end>'; then look for source rows changed after their <cursor_col> value.",
    fixNow:
      'Resync the affected tables in full (or re-extract the affected windows), then read with a lookback that overlaps the last cursor by the longest delay a change can have.',
    contractClause:
      "The source names the column that marks every insert and update, its zone and precision, and the longest delay after which a change can still appear; incremental syncs re-read that much before their last cursor and reconcile counts against a periodic full export.",
  },
  {
    id: 'gi-log-position', seam: 'generate-ingest', templateId: 'gi-log-position',
    title: 'CDC or log reader loses its place in the source log', prevalence: 3,
    symptoms: ['rows-missing', 'data-lost-permanently'],
    sometimes: ['duplicates-after-retry', 'data-stale', 'success-but-empty', 'reports-disagree', 'partial-under-load'],
    // A log reader is a streaming job at Generate → Ingest: readers answered stream-job yes for 100 of
    // 173 Generate → Ingest write-ups, mostly CDC and log tailers, which no cause here expected.
    answers: { 'source-third-party-api': 'no', 'misbehaved-source': 'no?', 'source-correct': 'yes', 'ingest-read-fewer': 'yes?',
      'raw-already-wrong': 'yes', 'staging-right-model-wrong': 'no', 'only-one-consumer': 'no?', 'stream-job': 'yes',
      'intermittent': 'yes?', 'under-load': 'yes?', 'rerun-fixes': 'no?', 'full-refresh-differs': 'yes?',
      'round-row-count': 'no', 'upstream-after-downstream': 'no', 'missing-at-period-end': 'no?', 'producer-changed': 'no?',
    },
    assumed: 'The CDC or log reader resumes exactly where it stopped, and the source keeps its log until the reader has read it',
    mechanism:
      "The reader's saved position and the source's log part ways: a replication slot is dropped or recreated, the log is purged or rotated before the reader catches up, a failover or restart resumes from another position, or entries are acknowledged before they are handed on, so changes are skipped (or read again) while the reader reports progress",
    confirm:
      "Compare the reader's saved position (offsets, the slot's confirmed position, GTID set or resume token) with the oldest position the source still keeps for the incident window, then compare hourly counts in <raw_table> with the source table for that window.",
    fixNow:
      'Take a fresh snapshot of the affected tables (or re-read the window from a position both sides still hold), then give the source log a retention longer than the longest reader outage and alert on reader lag.',
    contractClause:
      'The source keeps its change log for a stated period longer than the longest reader outage; the reader acknowledges a position only after the change is handed on, and resumes after restart or failover from a position both sides hold, or takes a new snapshot.',
  },
  {
    id: 'gi-new-enum-value', seam: 'generate-ingest', templateId: 'gi-new-enum-value',
    title: 'New category or status falls outside downstream filters', prevalence: 4,
    symptoms: ['rows-missing', 'reports-disagree'],
    sometimes: ['ratio-inflated', 'unexpected-nulls', 'data-test-failed', 'success-but-empty'],
    // raw-already-wrong is left out on purpose: the raw rows are right, but its "no" points away from this seam.
    answers: {
      'only-one-consumer': 'no?', 'started-after-change': 'yes?', 'producer-changed': 'yes', 'pipeline-code-changed': 'no',
      'storage-changed': 'no?', 'new-values-at-source': 'yes', 'task-or-load-failed': 'no', 'rerun-fixes': 'no', 'intermittent': 'no',
      'full-refresh-differs': 'no', 'missing-at-period-end': 'no', 'missing-are-late-events': 'no',
      'round-row-count': 'no', 'logs-show-errors-in-green-run': 'no',
    },
    assumed: 'Status, event type and category fields only take the values downstream logic already handles, and a new value is announced before it is sent',
    mechanism:
      'The producer starts sending a new status, type or category that validates as an ordinary string but matches no IN list, CASE branch or mapping join downstream, so its rows drop out of filtered results or collect in a catch-all bucket',
    confirm:
      'SELECT <category_col>, MIN(<event_ts>) AS first_seen, COUNT(*) FROM <raw_table> GROUP BY 1 ORDER BY 2 DESC, then search the models for IN lists, CASE branches and mapping joins on <category_col> that do not name the newest values.',
    fixNow:
      'Map the new value in every filter, CASE and mapping table that reads <category_col>, give each CASE an ELSE that surfaces unknown values, and rebuild the affected periods.',
    contractClause:
      'The allowed values of <category_col> are listed in the contract; the producer announces a new value before sending it, and an accepted-values test fails on any value not in the list.',
  },
  {
    id: 'gi-producer-sampling', seam: 'generate-ingest', templateId: 'gi-producer-sampling',
    title: 'Producer SDK samples, filters or renames events', prevalence: 3,
    symptoms: ['rows-missing', 'ratio-inflated'],
    sometimes: ['reports-disagree', 'totals-doubled', 'ml-predictions-off', 'data-test-failed', 'success-but-empty'],
    answers: { 'source-third-party-api': 'no?', 'ingest-read-fewer': 'yes',
      'raw-already-wrong': 'yes', 'source-correct': 'yes?', 'only-one-consumer': 'no', 'affected-some-sources': 'yes',
      'started-after-change': 'yes', 'producer-changed': 'yes', 'pipeline-code-changed': 'no?', 'task-or-load-failed': 'no',
      'rerun-fixes': 'no', 'intermittent': 'no', 'under-load': 'no?', 'missing-at-period-end': 'no', 'full-refresh-differs': 'no?',
      'round-row-count': 'no?',
    },
    assumed: 'The producer emits every occurrence of each tracked event on every platform, unsampled, under the same event names and identifiers from release to release',
    mechanism:
      'A producer or SDK release turns on sampling or client-side filtering, drops queued events on some platforms, or changes an event name, constant or identifier, so well-formed events keep arriving but fewer of them, or under another name, for the affected clients',
    confirm:
      'SELECT <platform>, <sdk_version>, DATE(<event_ts>), COUNT(*) * 1.0 / COUNT(DISTINCT <user_id>) AS per_user FROM <raw_table> GROUP BY 1, 2, 3 ORDER BY 3 — a step in events per user that starts with one version or platform while the others stay flat.',
    fixNow:
      "Read the SDK's release notes and configuration for sampling, filtering and renamed events, restore full emission or map the new names, and flag or reweight the affected range by its sample rate.",
    contractClause:
      'The producer states the sampling rate and filtering of every tracked event per platform and keeps event names and identifiers stable; changing either is announced as a breaking change.',
  },
];
