/**
 * npm run eval:paste -- DIR [DIR…]           score the importer on paste corpora
 * npm run eval:paste -- DIR --misses         also list every wrong or missing component
 * npm run eval:paste -- DIR --json           machine-readable results
 *
 * Each DIR holds `NNN-slug.EXT` inputs with `NNN-slug.expect.yaml` beside them (see README).
 */
import { importPipeline } from '../src/parse/importPipeline';
import { readCorpus, type CorpusEntry } from './pasteEval/corpus';
import { addScore, EMPTY_TOTALS, rightShare, scoreEntry, totalsBy, type Outcome, type Totals } from './pasteEval/match';
import { entryLine, missLines, totalsTable, type Scored } from './pasteEval/report';

const args = process.argv.slice(2);
const dirs = args.filter((a) => !a.startsWith('--'));
const unknown = args.filter((a) => a.startsWith('--') && a !== '--json' && a !== '--misses');
if (!dirs.length || unknown.length) {
  console.error(`${unknown.length ? `Unknown option ${unknown.join(', ')}. ` : ''}Usage: npm run eval:paste -- DIR [DIR…] [--misses] [--json]`);
  process.exit(2);
}
const json = args.includes('--json');
const misses = args.includes('--misses');

function run(entry: CorpusEntry): Outcome {
  const result = importPipeline(entry.text);
  if (!result.ok) return { ok: false, error: result.error.kind };
  return { ok: true, format: result.value.format, components: result.value.graph.components.map((c) => ({ name: c.name, stage: c.placement })) };
}

const corpora = dirs.map((dir) => ({ dir, ...readCorpus(dir) }));
const problems = corpora.flatMap((c) => c.problems);
if (problems.length) {
  for (const p of problems) console.error(`${p.file}${p.field ? `: ${p.field}` : ''}: ${p.message}`);
  console.error(`${problems.length} problem(s) in the corpus; nothing scored.`);
  process.exit(2);
}

const results = corpora.map(({ dir, entries }) => ({
  dir,
  scored: entries.map((e): Scored => ({ id: e.id, kind: e.expect.kind, format: e.expect.format, score: scoreEntry(e.expect, run(e)) })),
}));
const all = results.flatMap((r) => r.scored);
const total = (items: readonly Scored[]): Totals => items.reduce((t, s) => addScore(t, s.score), EMPTY_TOTALS);

if (json) {
  const summary = (t: Totals) => ({ ...t, rightShare: Math.round(rightShare(t) * 1000) / 1000 });
  const groups = (m: Map<string, Totals>) => Object.fromEntries([...m].map(([k, t]) => [k, summary(t)]));
  console.log(
    JSON.stringify(
      {
        corpora: results.map(({ dir, scored }) => ({
          dir,
          total: summary(total(scored)),
          byKind: groups(totalsBy(scored, (s) => s.kind, (s) => s.score)),
          byDetectedFormat: groups(totalsBy(scored, (s) => s.score.detected, (s) => s.score)),
          byExpectedFormat: groups(totalsBy(scored, (s) => s.format, (s) => s.score)),
          entries: scored,
        })),
        total: summary(total(all)),
      },
      null,
      2,
    ),
  );
  // Exiting at once would cut output still queued for a pipe: wait until it is written.
  await new Promise((written) => process.stdout.write('', written));
  process.exit(0);
}

for (const { dir, scored } of results) {
  const width = Math.max(...scored.map((s) => s.id.length)) + 1;
  console.log(`== ${dir}\n`);
  for (const s of scored) console.log(entryLine(s, width));
  console.log(`\n${totalsTable('kind', totalsBy(scored, (s) => s.kind, (s) => s.score))}`);
  console.log(`\n${totalsTable('detected format', totalsBy(scored, (s) => s.score.detected, (s) => s.score))}`);
  console.log(`\n${totalsTable('expected format', totalsBy(scored, (s) => s.format, (s) => s.score))}`);
  console.log(`\n${totalsTable('total', new Map([['TOTAL', total(scored)]]))}`);
  const failed = scored.filter((s) => !s.score.parsed);
  if (failed.length) console.log(`parse failures: ${failed.map((s) => `${s.id} (${s.score.detected})`).join(', ')}`);
  if (misses) console.log(`\n-- misses\n${scored.flatMap(missLines).join('\n')}`);
  console.log('');
}
if (results.length > 1) console.log(totalsTable('all corpora', new Map([['ALL', total(all)]])));
