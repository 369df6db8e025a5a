/**
 * How much text each format reads, and what to try past that. Sizes count characters (one byte
 * each for ASCII text): time and memory grow with the characters read. Each limit comes from
 * timing that parser on dense generated input (README, "Size limits"): past it an import took
 * tens of seconds or heaps of gigabytes, and a tab or the command line could run out of memory,
 * so a larger text is refused with this table's numbers before any parsing starts.
 */
import type { ParseProblem } from './problems';
import type { FormatId } from './types';

export interface SizeLimit {
  /** Largest text read, in characters. */
  readonly maxChars: number;
  /** What to do with a larger file, shown after the limit. */
  readonly tip: string;
}

const MB = 1_000_000;
/** A "20 MB" file is often 20 MiB (20,971,520 bytes): the line formats take that with room to spare. */
const LINE_FORMATS = 22 * MB;
const SPLIT = 'Split it into a few files (a part of the pipeline each) and import them one at a time.';

export const SIZE_LIMITS: Readonly<Record<FormatId, SizeLimit>> = {
  arrows: { maxChars: LINE_FORMATS, tip: SPLIT },
  list: { maxChars: LINE_FORMATS, tip: SPLIT },
  mermaid: { maxChars: LINE_FORMATS, tip: 'Split the flowchart at its subgraphs and import one file per part.' },
  yaml: { maxChars: 2 * MB, tip: SPLIT },
  airflow: { maxChars: 5 * MB, tip: 'Import one DAG file at a time, or split a file that builds many DAGs into one file per DAG.' },
  compose: { maxChars: 2 * MB, tip: 'Import one compose project at a time, or only the services that move data.' },
  'dbt-manifest': { maxChars: 50 * MB, tip: 'Import the schema YAML files of the models you care about instead.' },
  'dbt-schema': { maxChars: 2 * MB, tip: 'Import one schema file (one folder of models) at a time.' },
  openlineage: { maxChars: LINE_FORMATS, tip: 'Import the events of fewer runs: a day or one job at a time.' },
  workflow: { maxChars: 2 * MB, tip: 'Import one flow, pipeline or workflow file at a time.' },
  dot: { maxChars: 2 * MB, tip: 'Split the graph at its clusters and import one file per part.' },
};

export type TooLarge = Extract<ParseProblem, { kind: 'tooLarge' }>;

/** The refusal for a text of `chars` characters read as `format`, or undefined when it is within the limit. */
export function sizeGuard(format: FormatId, chars: number, label: string = format): TooLarge | undefined {
  const { maxChars: limit, tip } = SIZE_LIMITS[format];
  return chars > limit ? { kind: 'tooLarge', format, label, chars, limit, tip } : undefined;
}

/** "20 MB", "2.5 MB". */
export const megabytes = (chars: number): string => `${Number((chars / MB).toFixed(1))} MB`;
