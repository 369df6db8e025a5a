// `npm run bench:growth`: how import time grows with input size for shapes that used to grow with
// its square. Linear growth shows as a ratio near 10 from 100 KB to 1 MB; the goal is at most 15.
import { importPipeline } from '../src/parse/importPipeline';
import type { FormatId } from '../src/parse/types';

/** Input shapes that stress one path each, built to about `bytes` long. */
const SHAPES: Readonly<Record<string, { format: FormatId; make: (bytes: number) => string }>> = {
  // One component with an edge to every other: neighbour lists in the classifier.
  hub: { format: 'arrows', make: (bytes) => Array.from({ length: Math.round(bytes / 18) }, (_, i) => `Kafka -> sink${i}`).join('\n') },
  // A quote left open on every line: each YAML error's position is looked up.
  'open-quotes': { format: 'yaml', make: (bytes) => `components:\n${Array.from({ length: Math.round(bytes / 24) }, (_, i) => `  - name: "stage ${i}\n`).join('')}` },
};

function time(format: FormatId, text: string): number {
  const t0 = performance.now();
  const r = importPipeline(text, format);
  if (!r.ok) throw new Error(`import failed: ${r.error.kind}`);
  return performance.now() - t0;
}

for (const [name, shape] of Object.entries(SHAPES)) {
  // One small run first, so the JIT's warm-up is not counted against the small size.
  time(shape.format, shape.make(10_000));
  const small = time(shape.format, shape.make(100_000));
  const large = time(shape.format, shape.make(1_000_000));
  const ratio = large / small;
  console.log(`${name.padEnd(8)} 100 KB ${Math.round(small)} ms   1 MB ${Math.round(large)} ms   ratio ${ratio.toFixed(1)} ${ratio <= 15 ? 'ok' : 'TOO STEEP'}`);
}
