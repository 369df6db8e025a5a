import type { QuizEntry } from '../types';
import { fromCause, fromPreset } from './entry';

/** Stories whose answer is the layout that jobs inherit: partitions, files, columns, types. */
export const STORE_PROCESS_ITEMS: readonly QuizEntry[] = [
  fromPreset(
    'partition-mismatch',
    "The nightly revenue job's bill went from about $12 a run to $340, and it runs far longer. Nothing in the results looks wrong. The table is split by the day rows arrived; the job filters on the day the event happened.",
    [
      'The results are right; only cost and run time changed.',
      'The table is split by arrival day but read by event day, so no partition can be skipped and every run reads everything.',
    ],
  ),
  fromCause(
    'sp-pruning-lost',
    'A daily query became twenty times slower after someone wrapped its date filter in a time-zone conversion. The query plan shows every partition of the table being read.',
    [
      'Same table, same data: only the filter changed.',
      'A function around the partition column hides it from the planner, so partitions are no longer skipped.',
    ],
  ),
  fromCause(
    'sp-small-files',
    "Reads of the clickstream table take minutes although the table is not large. Its folder holds hundreds of thousands of tiny files, one for every few seconds of streaming.",
    [
      'The data is small; the number of files is huge.',
      'Every read opens and lists each file, so the layout, not the volume, sets the cost.',
    ],
  ),
  fromCause(
    'sp-type-drift',
    "The daily job fails with \"cannot cast string to bigint\" on the amount column. Older files in the lake hold amount as an integer; files since Monday hold it as text.",
    [
      'The files disagree with each other about one column\'s type.',
      'The reader expects one type for the whole table, and the layout no longer gives it that.',
    ],
  ),
  fromCause(
    'sp-column-mapping--positional',
    'A new column was added in the middle of the CSV files in the landing bucket. Since then the job that reads them shows country codes in the city column and prices in the quantity column.',
    [
      'Values are shifted by one column, not missing.',
      'The reader maps columns by position, and the file layout changed under it.',
    ],
  ),
  fromCause(
    'sp-late-arriving-data',
    "Daily totals in the warehouse stay below the shop's own totals for the same day. Rows for a day keep arriving for up to three days, but the job reads each day's partition once, the morning after, and never looks back.",
    [
      "Rows for a day keep landing in that day's partition after it was read.",
      'The job assumes a partition is complete when it reads it; late rows are never picked up.',
    ],
  ),
];
