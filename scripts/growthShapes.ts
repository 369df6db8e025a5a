// Input shapes that once made the importer grow with the square of their size, shared by
// `npm run bench:growth` and `npm run fuzz`. Linear growth shows as a ratio near 10 from 100 KB to
// 1 MB; the goal is at most 15.
import { importPipeline } from '../src/parse/importPipeline';
import type { FormatId } from '../src/parse/types';

export interface GrowthShape {
  readonly format: FormatId;
  /** Text of about `bytes` characters. */
  readonly make: (bytes: number) => string;
}

const lines = (count: number, line: (i: number) => string): string => Array.from({ length: Math.max(1, Math.round(count)) }, (_, i) => line(i)).join('');

const DAG = "from airflow import DAG\nfrom airflow.operators.empty import EmptyOperator\n\nwith DAG('wide') as dag:\n    a = EmptyOperator(task_id='a')\n";

/** Input shapes that stress one path each. */
export const GROWTH_SHAPES: Readonly<Record<string, GrowthShape>> = {
  // One component with an edge to every other: neighbour lists in the classifier.
  hub: { format: 'arrows', make: (bytes) => lines(bytes / 18, (i) => `Kafka -> sink${i}\n`) },
  // A quote left open on every line: each YAML error's position is looked up.
  'open-quotes': { format: 'yaml', make: (bytes) => `components:\n${lines(bytes / 24, (i) => `  - name: "stage ${i}\n`)}` },
  // One Airflow expression of thousands of terms, `|` and `>>`: the expression combiner and every walk
  // over its tree. The chain's names repeat, so this times the expression rather than the classifier
  // on 50,000 names (name-chain does that).
  'or-chain': {
    format: 'airflow',
    make: (bytes) => `${DAG}    x = a${' | a'.repeat(Math.round(bytes / 8))}\n    ${lines(bytes / 20, (i) => `t${i % 100} >> `)}x\n`,
  },
  // Names nothing recognises, in one chain between two that are: the classifier's stage guesses.
  'name-chain': { format: 'arrows', make: (bytes) => `Kafka -> ${lines(bytes / 10, (i) => `n${i} -> `)}Looker\n` },
  // One YAML map of thousands of keys: finding a key written twice.
  services: { format: 'compose', make: (bytes) => `services:\n${lines(bytes / 40, (i) => `  s${i}:\n    image: postgres\n`)}` },
  // Task ids that differ only in punctuation, so all share one slug: numbering their ids.
  'same-slug': {
    format: 'airflow',
    make: (bytes) =>
      `${DAG}${lines(bytes / 72, (i) => `    E(task_id="a${i.toString(5).replace(/\d/g, (d) => '!?#%&'[Number(d)] ?? '')}", bash_command="run_daily_export.sh", retries=3)\n`)}`,
  },
};

/** Milliseconds to import `text` as `format`; throws when the import fails, so a refusal is never timed as a success. */
export function timeImport(format: FormatId, text: string): number {
  const t0 = performance.now();
  const r = importPipeline(text, format);
  if (!r.ok) throw new Error(`import failed: ${r.error.kind}`);
  return performance.now() - t0;
}

export interface Growth {
  readonly smallMs: number;
  readonly largeMs: number;
  readonly ratio: number;
}

/** The fastest of a few runs: a garbage collection or a busy machine only ever adds time. */
function fastest(format: FormatId, text: string, runs = 5): number {
  return Math.min(...Array.from({ length: runs }, () => timeImport(format, text)));
}

/** Time at 100 KB and at 1 MB, after a small run so the JIT's warm-up is not counted against the small size. */
export function measureGrowth(shape: GrowthShape): Growth {
  timeImport(shape.format, shape.make(10_000));
  const smallMs = fastest(shape.format, shape.make(100_000));
  const largeMs = fastest(shape.format, shape.make(1_000_000));
  return { smallMs, largeMs, ratio: largeMs / smallMs };
}

export const GROWTH_GOAL = 15;

export function growthLine(name: string, g: Growth): string {
  return `${name.padEnd(12)} 100 KB ${Math.round(g.smallMs)} ms   1 MB ${Math.round(g.largeMs)} ms   ratio ${g.ratio.toFixed(1)} ${g.ratio <= GROWTH_GOAL ? 'ok' : 'TOO STEEP'}`;
}
