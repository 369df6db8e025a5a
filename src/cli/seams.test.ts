import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

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

  it('explains its usage', () => {
    const r = run(['frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Usage: npm run seams -- parse');
  });
});
