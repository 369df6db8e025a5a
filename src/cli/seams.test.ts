import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generatePipeline } from '../../bench/generate';
import { SIZE_LIMITS } from '../parse/limits';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = (args: string[], input?: string) =>
  spawnSync('npx', ['tsx', 'src/cli/seams.ts', ...args], { cwd: root, input, encoding: 'utf8' });

// Each case starts a Node process; give a loaded CI machine room.
describe('npm run seams -- parse', { timeout: 30_000 }, () => {
  it('prints the pipeline as JSON for a file', () => {
    const r = run(['parse', 'src/parse/formats/fixtures/compose-streaming.yml']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as { format: string; components: { stage: string }[]; seams: unknown[]; warnings: unknown[] };
    expect(json.format).toBe('compose');
    expect(json.components.length).toBeGreaterThan(2);
    expect(Array.isArray(json.seams) && Array.isArray(json.warnings)).toBe(true);
  });

  it('reads standard input with "-"', () => {
    const r = run(['parse', '-'], 'Kafka -> S3 -> Spark');
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { components: unknown[] }).components).toHaveLength(3);
  });

  it('fails clearly on unreadable input, with nothing on stdout', () => {
    const missing = run(['parse', 'no/such/file.yml']);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain('Cannot read no/such/file.yml');
    expect(missing.stdout).toBe('');
    const gibberish = run(['parse', '-'], 'lorem ipsum dolor');
    expect(gibberish.status).toBe(1);
    expect(gibberish.stderr).toContain('Supported formats');
  });

  it('refuses a file over its format’s size limit with exit 1, the limit and what to try', () => {
    const dag = "from airflow import DAG\nwith DAG('d') as dag:\n    a >> b\n";
    const big = join(mkdtempSync(join(tmpdir(), 'seams-')), 'big_dag.py');
    writeFileSync(big, dag + '#'.repeat(SIZE_LIMITS.airflow.maxChars + 1 - dag.length));
    const r = run(['parse', big]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Too large to read as Airflow DAG (Python): 5,000,001 characters, over the limit of 5,000,000 (5 MB).');
    expect(r.stderr).toContain(SIZE_LIMITS.airflow.tip);
    expect(r.stdout).toBe('');
  });

  it('explains its usage, and every usage mistake exits 2', () => {
    for (const args of [['frobnicate'], ['parse', '-', '--format'], ['parse', '--format', 'mermaid'], ['parse', '-', '--colour']]) {
      const r = run(args, 'a -> b');
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('Usage: npm run seams -- parse');
      expect(r.stdout).toBe('');
    }
  });

  it('warns about input that is not UTF-8 and still reads it', () => {
    const r = spawnSync('npx', ['tsx', 'src/cli/seams.ts', 'parse', '-'], { cwd: root, input: Buffer.from([...Buffer.from('Kafka -> S3 '), 0xff, ...Buffer.from('-> Spark')]) });
    expect(r.status).toBe(0);
    expect(r.stderr.toString()).toMatch(/not valid UTF-8 \(first bad byte at offset 12\)/);
  });

  it('stops quietly when the reader closes the pipe early', () => {
    // Far more JSON than a pipe buffers, so the writer is still writing when `head` has had enough.
    const big = join(mkdtempSync(join(tmpdir(), 'seams-')), 'big.mmd');
    writeFileSync(big, generatePipeline(2000));
    const r = spawnSync('sh', ['-c', `npx tsx src/cli/seams.ts parse "${big}" | head -c 10`], { cwd: root, encoding: 'utf8' });
    expect(r.stdout).toBe('{\n  "forma');
    expect(r.stderr).not.toMatch(/EPIPE|Error|at /);
  });
});
