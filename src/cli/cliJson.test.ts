import { describe, expect, it } from 'vitest';
import { importPipeline } from '../parse/importPipeline';
import { toCliJson } from './cliJson';

describe('the command-line JSON', () => {
  it('prints the command-line JSON shape', () => {
    const r = importPipeline('Mobile app -> Kafka -> S3 -> Spark -> dbt -> Looker\nAirflow');
    if (!r.ok) throw new Error(r.error.kind);
    const json = toCliJson(r.value);
    expect(json.format).toBe('arrows');
    expect(json.components.map((c) => [c.name, c.stage])).toEqual([
      ['Mobile app', 'generate'],
      ['Kafka', 'ingest'],
      ['S3', 'store'],
      ['Spark', 'process'],
      ['dbt', 'process'],
      ['Looker', 'serve'],
      ['Airflow', 'orchestrate'],
    ]);
    expect(json.seams.find((s) => s.from === 'ingest' && s.to === 'store')?.edges).toEqual([['kafka', 's3']]);
    // An orchestrator nobody linked schedules the jobs.
    expect(json.edges).toContainEqual({ from: 'airflow', to: 'spark' });
    for (const c of json.components) expect(c.confidence).toBeGreaterThanOrEqual(0);
  });
});
