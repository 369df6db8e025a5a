import type { Symptom } from './types';

/**
 * What a triager sees before knowing where it broke, in the words of an incident channel.
 * Causes list the symptoms they produce; the walkthrough starts from the ones picked here.
 */
export const SYMPTOMS: readonly Symptom[] = [
  {
    id: 'totals-doubled',
    label: 'Totals too high or doubled',
    example: "Revenue on the exec dashboard is exactly double yesterday's, and order volume didn't change.",
  },
  {
    id: 'rows-missing',
    label: 'Rows missing',
    example: 'The warehouse has about 3% fewer orders for Tuesday than the shop database does.',
  },
  {
    id: 'data-stale',
    label: 'Data late or stale',
    example: "It's 11:00 and the dashboard still shows nothing after 07:00.",
  },
  {
    id: 'timestamps-shifted',
    label: 'Timestamps shifted or on the wrong day',
    example: "Sunday's late-evening orders show up under Monday, and the hourly chart peaks at 3 a.m.",
  },
  {
    id: 'cost-jumped',
    label: 'Query cost or runtime jumped',
    example: 'The nightly job used to cost about $12 a run; the bill says $340 now and it takes an hour longer.',
  },
  {
    id: 'unexpected-nulls',
    label: 'Unexpected nulls',
    example: 'discount_amount has been null on every row since Thursday, and nothing failed.',
  },
  {
    id: 'wrong-unit-currency',
    label: 'Wrong unit or currency',
    example: "Average order value for the new EU shop is 100x the US one; I think we're summing cents with dollars.",
  },
  {
    id: 'duplicates-after-retry',
    label: 'Duplicates after a retry or outage',
    example: "After last night's broker restart, some events are in the raw table twice.",
  },
  {
    id: 'success-but-empty',
    label: 'Job succeeded but output is empty or partial',
    example: "The 03:00 run is green, but yesterday's partition has only 40k rows instead of the usual 1.2M.",
  },
  {
    id: 'reports-disagree',
    label: 'Two reports disagree on one metric',
    example: 'Finance says March revenue was $4.1M and the growth dashboard says $4.4M.',
  },
  {
    id: 'schema-type-errors',
    label: 'Schema or type errors downstream',
    example: "The load keeps failing with 'cannot cast STRING to DECIMAL' since this morning's release.",
  },
  {
    id: 'late-events-dropped',
    label: 'Events out of order or dropped as late',
    example: 'The streaming job counted 8,000 sessions for 14:00, but the raw topic has 9,500 for that hour.',
  },
  {
    id: 'numbers-change-on-rerun',
    label: 'Numbers change between reads or reruns',
    example: 'I ran the same report twice this morning with no new loads in between and got two different totals.',
  },
  {
    id: 'old-value-overwrote-new',
    label: 'Outdated values or deleted records came back',
    example: 'Customer 4411 changed their address last week, but the table shows the old one again, and a deleted order reappeared.',
  },
  {
    id: 'implausible-values',
    label: 'Impossible values (1970 or future dates, -1, garbled text)',
    example: "There are events dated 2031 and 1970, ages of -1, and names full of '�'.",
  },
  {
    id: 'consumer-broke-after-change',
    label: 'A report or sync broke after an upstream change',
    example: "The churn notebook and the CRM sync both broke after yesterday's dbt deploy; nobody told us anything changed.",
  },
  {
    id: 'sensitive-data-exposed',
    label: 'Personal data visible to the wrong people',
    example: 'Customer emails and phone numbers are visible in the marketing dashboard that the whole company can open.',
  },
];

const BY_ID: ReadonlyMap<string, Symptom> = new Map(SYMPTOMS.map((s) => [s.id, s]));

/** The symptom with this id, or undefined for an id the list does not know. */
export function symptomById(id: string): Symptom | undefined {
  return BY_ID.get(id);
}
