import type { QuizEntry } from '../types';
import { fromCause, fromPreset } from './entry';

/** Stories whose answer is what reaches the analytics tables: grain, joins, nulls, duplicates. */
export const PROCESS_MODEL_ITEMS: readonly QuizEntry[] = [
  fromPreset(
    'undeclared-grain',
    'Revenue for some customers is exactly double in the revenue table, yet every job in the pipeline reported SUCCESS. The same order sits on two identical rows, and nothing says a row should be one order.',
    [
      'Exactly double, on identical rows: a duplicate reached the table and was summed.',
      'Every job succeeded because nothing declared what one row is, so nothing could reject the second copy.',
    ],
  ),
  fromCause(
    'pm-fan-out-join',
    'Revenue per order went up the day someone joined orders to shipments. Orders that ship in two parcels are now counted twice, and the row count grew with the join.',
    [
      'The numbers changed with a join, not with new data.',
      'One order matches two shipments, so its revenue is repeated once per match.',
    ],
  ),
  fromCause(
    'pm-non-additive-measures',
    'The monthly conversion rate is above 100% for some regions. The monthly figure is the sum of the daily rates.',
    [
      'A rate over 100% cannot be a real measurement.',
      'Rates do not add up: the monthly figure must be computed from totals, not from summed daily rates.',
    ],
  ),
  fromCause(
    'pm-null-semantics',
    'Average delivery time improved overnight. Orders not yet delivered used to have an empty delivery time; since a clean-up step changed, they carry 0 days and count as instant deliveries.',
    [
      'An empty value turned into 0: "unknown" became a real measurement.',
      'The change came from a transformation step, and every average downstream inherits it.',
    ],
  ),
  fromCause(
    'pm-null-join-keys',
    "Revenue by campaign adds up to less than total revenue. The difference is exactly the orders that had no campaign: the campaign join keeps only rows that match.",
    [
      'The missing amount is precisely the rows with an empty key.',
      'An inner join on a key that can be empty drops those rows silently.',
    ],
  ),
  fromCause(
    'pm-incremental-logic',
    'The nightly incremental build of the orders table disagrees with a full rebuild. Orders changed after their first load keep their old status in the incremental version.',
    [
      'A full rebuild is right; only the incremental path is wrong.',
      'The incremental filter does not pick up rows updated after they were first loaded.',
    ],
  ),
];
