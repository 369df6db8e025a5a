/**
 * `npm run crossings -- FILE…`: each pipeline read by the importer, laid out with every stage
 * expanded, and how many of its data edges cross; a total per edge over all the files at the end.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { layoutCrossings } from '../src/canvas/layoutCrossings';
import { layoutPipeline } from '../src/canvas/pipelineLayout';
import { importPipeline } from '../src/parse/importPipeline';

let crossings = 0;
let edges = 0;
console.log('file | components | data edges | crossings | per edge | layout ms');
for (const file of process.argv.slice(2)) {
  const result = importPipeline(readFileSync(file, 'utf8'));
  if (!result.ok) {
    console.log(`${basename(file)} | not read (${result.error.kind})`);
    continue;
  }
  const graph = result.value.graph;
  const t0 = performance.now();
  const layout = layoutPipeline(graph, 'all');
  const ms = performance.now() - t0;
  const c = layoutCrossings(layout);
  crossings += c.crossings;
  edges += c.edges;
  console.log(`${basename(file)} | ${graph.components.length} | ${c.edges} | ${c.crossings} | ${c.perEdge.toFixed(2)} | ${ms.toFixed(1)}`);
}
console.log(`total | | ${edges} | ${crossings} | ${(edges ? crossings / edges : 0).toFixed(3)} |`);
