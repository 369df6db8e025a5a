import type { QuizEntry } from '../types';
import { fromCause, fromPreset } from './entry';

/** Stories whose answer is timing, dependencies and retries across the whole pipeline. */
export const ORCHESTRATION_ITEMS: readonly QuizEntry[] = [
  fromPreset(
    'undeclared-dependency',
    "Some of yesterday's raw rows are missing downstream, but every task in last night's 03:00 run succeeded. The upstream export finished a few minutes after 03:00.",
    [
      'Every task succeeded, yet rows are missing: the reader ran, it just ran too early.',
      'The load starts at a fixed time instead of waiting for the export, and nothing declared that it depends on it.',
    ],
  ),
  fromCause(
    'or-retry-idempotency',
    "Tuesday's totals are exactly double in one table. The task log shows that the task failed near its end and was retried automatically, appending its output a second time.",
    [
      'Exactly double after one automatic retry.',
      'The retry was not idempotent: it appended instead of replacing what the first attempt wrote.',
    ],
  ),
  fromCause(
    'or-backfill-overwrite',
    "After last quarter's jobs were re-run to fix a bug, every day of that quarter has twice as many rows. The jobs append to their day instead of replacing it.",
    [
      'The doubling covers exactly the re-run range.',
      'Re-running a range should replace its output; these jobs add to it.',
    ],
  ),
  fromCause(
    'or-schedule-timezone',
    'Twice a year, on the night the clocks change, the nightly job either runs twice or skips a day. Its schedule is written in local time.',
    [
      'It happens only on clock-change nights.',
      'A schedule in local time repeats or skips an hour when daylight saving starts or ends.',
    ],
  ),
  fromCause(
    'or-logical-date',
    "Monday's run of a daily job read Monday's partition, which was still empty, instead of Sunday's. The scheduler hands each run the start of its interval, and the job took it for the day to load.",
    [
      'The job ran on time and succeeded; it read the wrong period.',
      "The run's date was misread: the interval it covers is not the day it starts on.",
    ],
  ),
  fromCause(
    'or-sensor-completion',
    "The load task waits for a file to appear in the landing folder, then starts. Upstream writes twelve files one after another; the load starts after the first one and reads only part of the day.",
    [
      'The wait was satisfied by the first file, not by the whole delivery.',
      'The signal the task waits on does not mean "upstream is done".',
    ],
  ),
];
