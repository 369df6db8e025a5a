// `npm run size:links`: how long a share link is for the seed's six presets and for generated
// imports of 100, 500 and 2,000 components, against what chat tools accept.
import { generatePipeline } from '../bench/generate';
import { PRESETS, presetWorkspace } from '../src/domain/presets';
import { namesByStage } from '../src/domain/pipeline';
import { blankWorkspace } from '../src/domain/workspace';
import { importPipeline } from '../src/parse/importPipeline';
import { CHAT_LINK_LIMIT, toShareFragment } from '../src/share/link/shareLink';
import { toDocument } from '../src/persistence/document';

const T0 = '2026-01-01T00:00:00.000Z';
let n = 0;
const id = () => `id-${++n}`;
const rows: [string, number, number][] = [];
for (const p of PRESETS) {
  const ws = presetWorkspace(p, id, T0);
  rows.push([`preset: ${p.title}`, toDocument(ws).length, toShareFragment(ws).length]);
}
for (const size of [100, 500, 2000]) {
  const r = importPipeline(generatePipeline(size), 'mermaid');
  if (!r.ok) throw new Error(`import of ${size} failed`);
  const ws = { ...blankWorkspace(id(), `${size} components`, T0), pipeline: r.value.graph, components: namesByStage(r.value.graph) };
  rows.push([`import: ${size} components`, toDocument(ws).length, toShareFragment(ws).length]);
}
const pad = Math.max(...rows.map(([label]) => label.length));
console.log(`${'workspace'.padEnd(pad)}  document  link (chars)  fits chat (≤ ${CHAT_LINK_LIMIT})`);
for (const [label, doc, link] of rows) {
  console.log(`${label.padEnd(pad)}  ${String(doc).padStart(8)}  ${String(link).padStart(12)}  ${link + 30 <= CHAT_LINK_LIMIT ? 'yes' : 'no: share the file'}`);
}
