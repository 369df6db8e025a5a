import type { QuizEntry } from '../types';
import { fromCause, fromPreset } from './entry';

/** Stories whose answer is the promise to consumers: freshness, meaning, access. */
export const MODEL_SERVE_ITEMS: readonly QuizEntry[] = [
  fromPreset(
    'unwritten-freshness-sla',
    'The real-time fraud scorer keeps missing fraud that happened hours ago, while the batch dashboard built on the same table looks fine. The table is rebuilt every few hours, and nobody wrote down how fresh it has to be.',
    [
      'Two consumers of one table: the batch one is fine, the real-time one is late.',
      'The data is right but too old for one consumer; its need for freshness was never stated.',
    ],
  ),
  fromCause(
    'ms-metric-definition',
    'Finance and Marketing both report "active customers" for last month, and their numbers differ by 15%. One counts anyone who logged in, the other anyone who bought something.',
    [
      'Same name, same month, two numbers: neither pipeline lost data.',
      'The metric has two definitions, and no one published the one that counts.',
    ],
  ),
  fromCause(
    'ms-reporting-time-zone',
    "The dashboard's sales for Monday differ from the shop's own Monday total. The gap is exactly the orders placed in the first hours of the day, local time; the dashboard cuts days at midnight UTC.",
    [
      'The rows are all there; they are grouped into different days.',
      'The consumer assumes a local day, the report cuts a UTC day, and no one stated which.',
    ],
  ),
  fromCause(
    'ms-breaking-change',
    "A partner's dashboard broke this morning: the revenue column it reads now excludes tax, after another team changed its definition without telling anyone.",
    [
      'A consumer broke right after a change it was not told about.',
      'The column kept its name but changed its meaning: the promise to the consumer changed silently.',
    ],
  ),
  fromCause(
    'ms-pii-access',
    "An analyst at a partner agency could see customers' email addresses in a shared dashboard. The table behind it was meant for internal use only.",
    [
      'The data is correct; the audience is wrong.',
      'Who may use the table was never written down or enforced where it is handed out.',
    ],
  ),
  fromCause(
    'ms-staleness-visible',
    "The overnight refresh failed, and for half a day the executive dashboard showed yesterday's figures, with nothing on screen to say they were old.",
    [
      'Nothing was wrong with the figures except their age.',
      'The consumer could not tell the data was stale: the last refresh time was never shown.',
    ],
  ),
];
