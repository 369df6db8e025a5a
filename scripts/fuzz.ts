// `npm run fuzz [-- --runs N] [-- --seed S]`: a reliability run, not part of `npm test`. It feeds
// generated inputs (pipeline-like fragments of every format, random unicode, huge lines, deep
// nesting, `__proto__` and `constructor` keys) to the importer as every format and by detection,
// counting throws, hangs (one import over 2 s) and prototype pollution, after timing the growth
// shapes from 100 KB to 1 MB. Exit 1 when any of those happened or a growth ratio is over 15.
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importPipeline, SUPPORTED } from '../src/parse/importPipeline';
import type { FormatId } from '../src/parse/types';
import { GROWTH_GOAL, GROWTH_SHAPES, growthLine, measureGrowth } from './growthShapes';

const HANG_MS = 2_000;
const USAGE = 'Usage: npm run fuzz -- [--runs N] [--seed S]';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isSafeInteger(value) || value < 0) {
    console.error(`${name} takes a whole number.\n${USAGE}`);
    process.exit(2);
  }
  return value;
}

const runs = option('--runs', 100_000);
const seed = option('--seed', Date.now() % 2 ** 31);

// ---------------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------------

const RISKY_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];
const KEYS = fc.constantFrom(
  ...RISKY_KEYS,
  'components', 'edges', 'pipeline', 'name', 'stage', 'from', 'to', 'hints', 'services', 'depends_on', 'image', 'build', 'links',
  'version', 'models', 'sources', 'exposures', 'refs', 'nodes', 'parent_map', 'child_map', 'metadata', 'dbt_schema_version',
  'resource_type', 'eventType', 'job', 'run', 'inputs', 'outputs', 'namespace', 'producer', '<<',
);
const unicode = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: fc.constantFrom('\u0000', '\uFEFF', '\u2028', '\r', '\t', '\uD800', '\uDFFF', '→', '—', 'é', '数', '🙂', '\u202E'), maxLength: 6 }),
);
const word = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('Kafka', 'S3 raw', 'Spark', 'dbt', 'Looker', 'Airflow', 'Postgres', 'orders_mart', 'a', 'b', 'c') },
  { weight: 2, arbitrary: KEYS },
  { weight: 2, arbitrary: unicode },
);
const joined = (parts: fc.Arbitrary<string>, sep: string, maxLength = 40) => fc.array(parts, { maxLength }).map((xs) => xs.join(sep));
const concat = (...parts: fc.Arbitrary<string>[]) => fc.tuple(...parts).map((xs) => xs.join(''));

const arrows = joined(
  concat(word, fc.constantFrom(' -> ', ' → ', ' --> ', ' -[x]-> ', ' <- ', ', ', ' => ', ' -> -> '), word, fc.constantFrom('', ' [store]', ' [__proto__]', ' // c', ' # c', ':')),
  '\n',
);
const list = joined(concat(fc.constantFrom('- ', '  - ', '1. ', '* ', '# ', '', '    '), word, fc.constantFrom('', ': ', ' then ', ' feeds ', ' [serve]')), '\n');
const mermaid = concat(
  fc.constantFrom('flowchart LR\n', 'graph TD\n', '---\ntitle: t\n---\nflowchart LR\n', '%%{init: {}}%%\nflowchart\n', ''),
  joined(
    fc.oneof(
      concat(word, fc.constantFrom('[', '(', '((', '{', '>', '[/', '["', ''), word, fc.constantFrom(']', ')', '))', '}', '"]', ''), fc.constantFrom(' --> ', ' -.-> ', ' ==> ', ' -- x --> ', ' --- ', ' & ', ' --o '), word),
      fc.constantFrom('subgraph s [t]', 'end', 'classDef x fill:#f00', 'class a x', 'click a call b()', '%% c', 'style a fill:#fff', 'direction TB'),
    ),
    '\n',
  ),
);
const yamlValue = fc.oneof(word, fc.constantFrom('&a', '*a', '"open', "'x'", '[a, b]', '{a: 1}', '|', '>', '!!str', '~', 'null', '2', 'a -> b', '{__proto__: {p: 1}}', ''));
const yaml = joined(concat(fc.nat(8).map((n) => ' '.repeat(n)), fc.constantFrom('', '- ', '- - '), fc.oneof(KEYS, word), fc.constantFrom(': ', ':', ' ', ':\n'), yamlValue), '\n');
const python = joined(
  fc.oneof(
    fc.constantFrom(
      'from airflow import DAG\n', 'with DAG("d") as dag:\n', '    a = E(task_id="a")\n', '@task\n', '@dag\n', 'def f(x):\n', 'a >> b', '[a, b] >> c',
      'x = a | b | c', 'chain(a, b)', 'a.set_downstream(b)', '"""', 'lambda x:', 'f.override(task_id="o")', '.expand(', 'TaskGroup("g") as tg:',
    ),
    word,
    fc.constantFrom(' >> ', ' << ', ' | ', '\n', '    ', '(', ')', '[', ']', ',', ' = ', '\\\n', '#', "'", '.'),
  ),
  '',
  80,
);
const json = fc.letrec<{ value: string; leaf: string; array: string; object: string }>((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, tie('leaf'), tie('array'), tie('object')),
  leaf: fc.oneof(fc.constantFrom('null', 'true', '1', '-0', '1e999', '"a -> b"', '"\\u0000"', '"\\ud800"'), word.map((w) => JSON.stringify(w))),
  array: fc.array(tie('value'), { maxLength: 6 }).map((xs) => `[${xs.join(',')}]`),
  object: fc.array(fc.tuple(fc.oneof(KEYS, word), tie('value')), { maxLength: 6 }).map((es) => `{${es.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
})).value;
const jsonish = fc.oneof(json, joined(json, '\n', 5), fc.tuple(json, fc.nat()).map(([t, n]) => t.slice(0, n % (t.length + 1))));

const PREFIXES = fc.constantFrom('', 'flowchart LR\n', 'from airflow import DAG\nwith DAG("d"):\n    ', 'components:\n', '{"nodes":', 'services:\n', 'version: 2\nmodels:\n');
// Huge and deep inputs stay within 100,000 characters: enough for a cost that grows with the square
// of the size to take minutes, while a linear parser reads them well within the 2 s hang limit.
/** One short piece repeated into a line of up to 100,000 characters. */
const huge = concat(
  PREFIXES,
  fc.tuple(fc.constantFrom('a -> ', ' | a', ' >> a', '[', '(', '"', "'", '- ', '  ', 'x', '{', '-->', ',', '\\', '#', 'é→', '\u0000'), fc.integer({ min: 1_000, max: 100_000 })).map(([p, n]) => p.repeat(Math.min(n, Math.floor(100_000 / p.length)))),
);
/** Brackets, lists or indentation nested thousands deep. */
const deep = fc.tuple(
  PREFIXES,
  fc.constantFrom<[string, string]>(['[', ']'], ['(', ')'], ['{"a":', '}'], ['- ', ''], ['subgraph s\n', 'end\n'], ['{', '}'], ['f(', ')']),
  fc.integer({ min: 100, max: 20_000 }),
).map(([prefix, [open, close], n]) => {
  const depth = Math.min(n, Math.floor(100_000 / (open.length + close.length)));
  return prefix + open.repeat(depth) + close.repeat(depth);
});
const indented = fc.integer({ min: 50, max: 300 }).map((n) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n'));
const mixture = joined(fc.oneof(arrows, list, mermaid, yaml, python, jsonish, unicode), '\n', 6);

const INPUTS: Record<string, fc.Arbitrary<string>> = { arrows, list, mermaid, yaml, python, json: jsonish, unicode: fc.string({ unit: 'binary', maxLength: 400 }), mixture, huge, deep, indented };
// Huge and deep inputs are few: each is costly, and the shapes they test repeat.
const WEIGHTS: Record<string, number> = { arrows: 12, list: 10, mermaid: 12, yaml: 14, python: 14, json: 14, unicode: 8, mixture: 14, huge: 1, deep: 1, indented: 1 };
const input = fc.oneof(...Object.entries(INPUTS).map(([kind, arbitrary]) => ({ weight: WEIGHTS[kind] ?? 1, arbitrary: arbitrary.map((text) => ({ kind, text })) })));

// ---------------------------------------------------------------------------------------------
// Run
// ---------------------------------------------------------------------------------------------

const TARGETS: readonly (FormatId | undefined)[] = [...SUPPORTED.map((f) => f.id), undefined];
const PROTOTYPES = [Object.prototype, Array.prototype] as Record<string, unknown>[];
const CLEAN = PROTOTYPES.map((p) => new Set(Object.getOwnPropertyNames(p)));
/** Names a prototype gained since the start: what a polluting parser added. */
const gained = (): string[] => PROTOTYPES.flatMap((p, k) => Object.getOwnPropertyNames(p).filter((name) => !CLEAN[k]?.has(name)));
const counts = { inputs: 0, imports: 0, throws: 0, hangs: 0, pollution: 0 };
const slowest = { ms: 0, where: '' };
const kept: string[] = [];

function keep(problem: string, target: FormatId | undefined, kind: string, text: string): void {
  if (kept.length >= 20) return;
  const file = join(tmpdir(), `seams-fuzz-${seed}-${kept.length + 1}.txt`);
  writeFileSync(file, text);
  kept.push(`${problem} as ${target ?? 'auto'} (${kind}, ${text.length} chars): ${file}`);
}

function check(kind: string, text: string): void {
  counts.inputs++;
  for (const target of TARGETS) {
    counts.imports++;
    const t0 = performance.now();
    let problem: string | undefined;
    try {
      const r = importPipeline(text, target);
      if (!r.ok && r.error.kind === 'crashed') problem = `crashed: ${r.error.message}`;
    } catch (e) {
      problem = `threw: ${e instanceof Error ? e.message : String(e)}`;
    }
    const ms = performance.now() - t0;
    if (problem !== undefined) {
      counts.throws++;
      keep(problem, target, kind, text);
    }
    if (ms > HANG_MS) {
      counts.hangs++;
      keep(`took ${Math.round(ms)} ms`, target, kind, text);
    }
    if (ms > slowest.ms) Object.assign(slowest, { ms, where: `${target ?? 'auto'} on ${kind} (${text.length} chars)` });
    const added = gained();
    if (added.length > 0) {
      counts.pollution++;
      keep(`added ${added.join(', ')} to a prototype`, target, kind, text);
      // Removed again, so one polluting input does not make every later one count.
      for (const [k, p] of PROTOTYPES.entries()) for (const name of Object.getOwnPropertyNames(p)) if (!CLEAN[k]?.has(name)) delete p[name];
    }
  }
  if (counts.inputs % Math.max(1, Math.floor(runs / 10)) === 0) {
    console.error(`  ${counts.inputs} inputs, ${counts.throws} throws, ${counts.hangs} hangs, ${counts.pollution} pollution (${Math.round(performance.now() / 1000)} s)`);
  }
}

// Growth first, in a fresh heap: a million imports before it would leave their garbage to the timings.
console.log('Growth from 100 KB to 1 MB:');
let steep = 0;
for (const [name, shape] of Object.entries(GROWTH_SHAPES)) {
  const g = measureGrowth(shape);
  if (g.ratio > GROWTH_GOAL) steep++;
  console.log(`  ${growthLine(name, g)}`);
}

console.log(`Fuzzing the importer: ${runs} inputs × ${TARGETS.length} targets (every format and detection), seed ${seed}`);
fc.assert(
  fc.property(input, ({ kind, text }) => check(kind, text)),
  { numRuns: runs, seed },
);

for (const line of kept) console.log(`  ${line}`);
console.log(
  `${counts.inputs} inputs, ${counts.imports} imports: ${counts.throws} throws, ${counts.hangs} hangs (> ${HANG_MS / 1000} s), ` +
    `${counts.pollution} prototype pollution, ${steep} growth ratios over ${GROWTH_GOAL}; slowest import ${Math.round(slowest.ms)} ms (${slowest.where})`,
);
process.exit(counts.throws + counts.hangs + counts.pollution + steep > 0 ? 1 : 0);
