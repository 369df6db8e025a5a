import type { QuizEntry } from '../types';
import { fromCause, fromPreset } from './entry';

/** Stories whose answer is where the source hands records over. */
export const GENERATE_INGEST_ITEMS: readonly QuizEntry[] = [
  fromPreset(
    'unstated-source-assumptions',
    "Finance says yesterday's revenue is off: orders placed near midnight sit on the wrong day, and amounts from the new European shop look too high. The mobile app stamps each order with the phone's own clock and sends amounts as bare numbers.",
    [
      "The time comes from the phone's clock, not a trusted UTC clock: the day boundary moves with each phone.",
      'Amounts carry no currency, so euros are read as whatever the reader assumes.',
      'Both habits belong to the source and appear nowhere in what it declared about its records.',
    ],
  ),
  fromCause(
    'gi-clock-skew',
    'Session lengths on the product dashboard include negative values, and some events are dated weeks in the future. They all come from a handful of older devices; the arrival times recorded on our side look normal.',
    [
      'Only some devices are affected, and only their own timestamps are wrong.',
      'The times recorded on arrival are fine, so the clocks that stamped the events disagree with real time.',
    ],
  ),
  fromCause(
    'gi-currency-units',
    "A week after a partner in Japan went live, average order value for that partner is about a hundred times the others'. The partner's feed sends amounts as plain numbers, with no currency and no note on minor units.",
    [
      'One partner, from the day it went live: the numbers are right in its own terms.',
      'Nothing in the feed says which currency or unit an amount is in, so the reader guessed.',
    ],
  ),
  fromCause(
    'gi-schema-evolution--silent-null',
    "Since Tuesday's app release, the discount code is empty on every new order, although customers still use codes at checkout. No load failed and no alert fired.",
    [
      "It started with a release of the app that produces the records.",
      'The field is empty rather than wrong: a renamed or dropped field arrives as nothing, without an error.',
    ],
  ),
  fromCause(
    'gi-null-sentinels',
    'The average temperature per site dropped sharply for sites in remote valleys. Their sensors lose signal now and then, and the device firmware then sends -999 as the reading.',
    [
      'The device writes a number that means "no reading", and nothing says so.',
      'Sites that lose signal most are hit hardest: the sentinel is averaged as a real value.',
    ],
  ),
  fromCause(
    'gi-api-limits',
    "The nightly sync of contacts from a CRM's API always brings back exactly the same round number of rows, although the CRM shows many more contacts. The sync reports success every night.",
    [
      'A round, constant count is a cap or a page size, not the real size of the data.',
      "The source's API decides how much it hands over, and nothing checks that against its total.",
    ],
  ),
];
