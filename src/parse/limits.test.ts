import { describe, expect, it } from 'vitest';
import { describeImportError, importPipeline } from './importPipeline';
import { formatById } from './formats';
import { megabytes, SIZE_LIMITS, sizeGuard } from './limits';
import type { FormatId } from './types';

const FORMATS = Object.keys(SIZE_LIMITS) as FormatId[];

/** A small text each format reads, to be padded to a size. */
const SMALL: Readonly<Record<FormatId, string>> = {
  arrows: 'Kafka -> Spark -> Looker',
  list: '- Kafka\n- Spark\n- Looker',
  mermaid: 'flowchart LR\n  kafka[Kafka] --> spark[Spark]',
  yaml: 'components: [Kafka, Spark]\nedges: [Kafka -> Spark]',
  airflow: "from airflow import DAG\nfrom airflow.operators.empty import EmptyOperator as E\nwith DAG('d') as dag:\n    a = E(task_id='a')\n    b = E(task_id='b')\n    a >> b",
  compose: 'services:\n  db:\n    image: postgres\n  app:\n    image: app\n    depends_on: [db]',
  'dbt-manifest': '{"metadata": {"dbt_schema_version": "https://schemas.getdbt.com/dbt/manifest/v12.json"}, "nodes": {"model.p.m": {"name": "m", "resource_type": "model", "unique_id": "model.p.m", "depends_on": {"nodes": []}}}}',
  'dbt-schema': 'version: 2\nmodels:\n  - name: orders\n  - name: customers',
  workflow: 'id: daily\nnamespace: shop\ntasks:\n  - id: extract\n    type: io.kestra.plugin.core.http.Download\n    uri: https://example.com/a.csv',
  dot: 'digraph { kafka -> spark -> looker }',
  openlineage: '{"eventType": "COMPLETE", "job": {"namespace": "spark", "name": "clean"}, "run": {"runId": "r1"}, "inputs": [{"namespace": "s3", "name": "raw"}], "outputs": [{"namespace": "s3", "name": "clean"}]}',
};

/** `text` followed by spaces up to `length` characters: as costly to refuse as any text that long. */
const padded = (text: string, length: number): string => text + ' '.repeat(length - text.length);

describe('size limits', () => {
  it('read the simple line formats up to at least 20 MB, and every format up to at least 2 MB', () => {
    for (const f of ['arrows', 'list', 'mermaid'] as const) expect(SIZE_LIMITS[f].maxChars).toBeGreaterThanOrEqual(20_000_000);
    for (const f of FORMATS) expect(SIZE_LIMITS[f].maxChars, f).toBeGreaterThanOrEqual(2_000_000);
  });

  it.each(FORMATS)('%s: the guard lets its limit through and refuses one character more', (f) => {
    const limit = SIZE_LIMITS[f].maxChars;
    expect(sizeGuard(f, limit)).toBeUndefined();
    expect(sizeGuard(f, limit + 1, 'Some format')).toEqual({ kind: 'tooLarge', format: f, label: 'Some format', chars: limit + 1, limit, tip: SIZE_LIMITS[f].tip });
  });

  it.each(FORMATS)('%s: a text one character over is refused, saying the limit and what to try', (f) => {
    const limit = SIZE_LIMITS[f].maxChars;
    const r = importPipeline(padded(SMALL[f], limit + 1), f);
    expect(r).toEqual({ ok: false, error: { kind: 'tooLarge', format: f, label: formatById(f)?.label, chars: limit + 1, limit, tip: SIZE_LIMITS[f].tip } });
    if (r.ok) return;
    const message = describeImportError(r.error);
    expect(message).toContain(`${(limit + 1).toLocaleString('en')} characters, over the limit of ${limit.toLocaleString('en')} (${megabytes(limit)})`);
    expect(message).toContain(SIZE_LIMITS[f].tip);
  });

  it('applies the limit of the format the text is detected as', () => {
    const limit = SIZE_LIMITS.airflow.maxChars;
    expect(importPipeline(padded(SMALL.airflow, limit + 1))).toMatchObject({ ok: false, error: { kind: 'tooLarge', format: 'airflow' } });
  });

  it('states sizes exactly, so a text just over never reads as the limit itself', () => {
    expect(describeImportError({ kind: 'tooLarge', format: 'airflow', label: 'Airflow', chars: 5_000_001, limit: 5_000_000, tip: '' })).toContain('5,000,001 characters, over the limit of 5,000,000');
    expect(megabytes(20_000_000)).toBe('20 MB');
    expect(megabytes(2_500_000)).toBe('2.5 MB');
  });
});

// Padding makes these texts as long as the limit but cheap to read, so the whole importer runs.
describe('size limits, end to end', { timeout: 60_000 }, () => {
  it.each(FORMATS)('%s: a text of exactly the limit is read, not refused', (f) => {
    const r = importPipeline(padded(SMALL[f], SIZE_LIMITS[f].maxChars), f);
    expect(r.ok ? r.value.format : r.error).toBe(f);
  });
});
