import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byName, edgePairs, expectArbitraryTextWellFormed, expectDetectsOwnFixtures, fixture, STRUCTURED_PARSERS } from '../../test/parseFormats';
import type { RawPipeline } from '../types';
import { openLineageParser } from './openlineage';
import { wellFormedProblems } from './structured';


/** Data edges by default; scheduling edges with `true`. */
const dataPairs = (r: RawPipeline, control = false): string[] => edgePairs(r, control);
const SPARK_JOB = 'clean_orders.execute_insert_into_hadoop_fs_relation_command';
const REDSHIFT = 'redshift://acme-prod.abc123.us-east-1.redshift.amazonaws.com:5439';

describe('openLineageParser: one event', () => {
  const r = openLineageParser.parse(fixture('openlineage-run.json'));

  it('makes a job and its datasets, input → job → output, with job type and namespace hints', () => {
    expect(r.warnings).toEqual([]);
    expect(r.components.map((c) => c.name)).toEqual([SPARK_JOB, 'orders/2024-06-01', 'orders', 'orders_daily.clean_orders']);
    expect(byName(r, SPARK_JOB)?.hints).toEqual(['job', 'spark-prod', 'SPARK', 'SQL_JOB', 'BATCH']);
    expect(byName(r, 'orders')?.hints).toEqual(['dataset', 's3://acme-clean', 's3']);
    expect(dataPairs(r)).toEqual([`orders/2024-06-01 -> ${SPARK_JOB}`, `${SPARK_JOB} -> orders`]);
  });

  it("links a run's parent job (the Airflow task) to the job with a control edge", () => {
    expect(dataPairs(r, true)).toEqual([`orders_daily.clean_orders -> ${SPARK_JOB}`]);
    expect(byName(r, 'orders_daily.clean_orders')?.hints).toEqual(['job', 'airflow-prod']);
  });
});

describe('openLineageParser: an array of events', () => {
  const r = openLineageParser.parse(fixture('openlineage-events.json'));

  it('merges the same job and dataset across events and gives each the line of the event it first appears in', () => {
    expect(r.warnings).toEqual([]);
    expect(r.components.filter((c) => c.name === SPARK_JOB)).toHaveLength(1);
    expect(r.components.filter((c) => c.name === 'orders')).toHaveLength(1);
    expect(byName(r, SPARK_JOB)?.line).toBe(2);
    expect(byName(r, 'orders')?.line).toBe(64);
    expect(byName(r, 'jaffle_shop.orders')).toMatchObject({ line: 178, hints: ['job', 'dbt-prod', 'DBT', 'MODEL', 'BATCH'] });
    // A namespace is kept whole up to the builder's hint limit (120 characters); the scheme is its own hint.
    const hints = byName(r, 'analytics.raw.orders')?.hints ?? [];
    expect(hints).toEqual(['dataset', REDSHIFT, 'redshift']);
  });

  it('chains jobs through shared datasets', () => {
    expect(dataPairs(r)).toEqual([
      `orders/2024-06-01 -> ${SPARK_JOB}`,
      `${SPARK_JOB} -> orders`,
      'orders -> orders_daily.load_warehouse.load_orders',
      'orders_daily.load_warehouse.load_orders -> analytics.raw.orders',
      'analytics.staging.stg_orders -> jaffle_shop.orders',
      'analytics.staging.stg_payments -> jaffle_shop.orders',
      'jaffle_shop.orders -> analytics.marts.orders',
    ]);
    expect(dataPairs(r, true)).toEqual([`orders_daily.clean_orders -> ${SPARK_JOB}`, 'orders_daily -> orders_daily.load_warehouse.load_orders']);
  });
});

describe('openLineageParser: NDJSON', () => {
  const text = fixture('openlineage-events.ndjson');
  const r = openLineageParser.parse(text);

  it('reads one event per line and reports a line that is not JSON at its line and column', () => {
    // The third line is cut off inside a string: the warning points at the string that never closes.
    const third = text.split('\n')[2] ?? '';
    const open = third.lastIndexOf('"https://');
    expect(r.warnings).toEqual([
      {
        line: 3,
        column: open + 1,
        message: 'Line is not a JSON event (a string is never closed); skipped',
        found: third.slice(open),
        problem: { kind: 'ndjsonLine', error: 'UnexpectedEndOfString' },
      },
    ]);
    expect(byName(r, 'clickstream_sessionizer')).toMatchObject({ line: 6, hints: ['job', 'flink-prod', 'FLINK', 'STREAMING'] });
    expect(byName(r, 'clicks.v1')?.hints).toEqual(['dataset', 'kafka://broker-1.acme.internal:9092', 'kafka']);
    expect(byName(r, 'analytics.public.sessions')?.hints).toEqual(['dataset', 'postgres://analytics-db.acme.internal:5432', 'postgres']);
    expect(dataPairs(r)).toContain('clicks.v1 -> clickstream_sessionizer');
    expect(dataPairs(r)).toContain('clickstream_sessionizer -> analytics.public.sessions');
    expect(r.components).toHaveLength(14);
  });

  it('gives the column of a syntax error inside a line', () => {
    const ok = '{"eventType":"COMPLETE","job":{"namespace":"n","name":"a"},"inputs":[],"outputs":[{"namespace":"n","name":"t"}]}';
    const out = openLineageParser.parse(`${ok}\n{"eventType": "COMPLETE", "job": {"name" "b"}}\n`);
    expect(out.warnings.map((w) => [w.line, w.column, w.found])).toEqual([[2, 42, '"b"']]);
    expect(out.components.map((c) => c.name)).toEqual(['a', 't']);
  });
});

describe('openLineageParser: broken and odd input', () => {
  it('reports a missing brace in a single event with its position and keeps what comes before', () => {
    const text = fixture('openlineage-run.json').replace(/\n}\n$/, '\n');
    const r = openLineageParser.parse(text);
    const lines = text.split('\n');
    expect(r.warnings.map((w) => [w.line, w.column, w.found])).toEqual([[lines.length, 1, 'end of input']]);
    expect(dataPairs(r)).toEqual([`orders/2024-06-01 -> ${SPARK_JOB}`, `${SPARK_JOB} -> orders`]);
  });

  it('warns on events without a job and on datasets without a name, located by event', () => {
    const r = openLineageParser.parse('[\n  {"eventType": "START", "run": {}},\n  {"job": {"name": "j"}, "inputs": [{"namespace": "x"}]},\n  3\n]');
    expect(r.warnings.map((w) => [w.line, w.column, w.message.split(' ').slice(0, 3).join(' ')])).toEqual([
      [2, 3, 'Event without job.name;'],
      [3, 3, 'An input dataset'],
      [4, 3, 'An event should'],
    ]);
    expect(r.components.map((c) => c.name)).toEqual(['j']);
  });

  it('reads a static DatasetEvent as a dataset', () => {
    const r = openLineageParser.parse('{"eventTime": "2024-06-01T00:00:00Z", "dataset": {"namespace": "s3://b", "name": "k"}, "producer": "p", "schemaURL": "https://openlineage.io/spec/2-0-2/OpenLineage.json#/definitions/DatasetEvent"}');
    expect(r.components).toEqual([{ id: 'k', name: 'k', hints: ['dataset', 's3://b', 's3'], line: 1 }]);
  });

  it('says so when the text is not JSON at all', () => {
    const r = openLineageParser.parse('  hello');
    expect(r.warnings).toEqual([{ line: 1, column: 1, message: 'Expected OpenLineage JSON events', found: 'hello', problem: { kind: 'notJsonEvents' } }]);
  });
});

describe('openLineageParser.detect', () => {
  it('is 0.95 for eventType + job + run/inputs/outputs, or OpenLineage producer/schemaURL', () => {
    for (const f of ['openlineage-run.json', 'openlineage-events.json', 'openlineage-events.ndjson']) expect(openLineageParser.detect(fixture(f))).toBe(0.95);
    expect(openLineageParser.detect('{"schemaURL": "https://openlineage.io/spec/2-0-2/OpenLineage.json"}')).toBe(0.95);
    expect(openLineageParser.detect('{"components": []}')).toBe(0);
  });

  it('rates its own fixtures above every other fixture, and above the other parsers', () => {
    expectDetectsOwnFixtures(openLineageParser, 'openlineage-', STRUCTURED_PARSERS);
  });
});

describe('openLineageParser properties', () => {
  it('never throws on arbitrary text and returns a well-formed result', () => {
    expectArbitraryTextWellFormed(openLineageParser);
  });

  it('stays well-formed on arbitrary JSON, event-shaped values and cut-up fixtures', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(wellFormedProblems(openLineageParser.parse(text))).toEqual([]);
      }),
    );
    const ds = fc.record({ namespace: fc.oneof(fc.string(), fc.constant(7)), name: fc.oneof(fc.string(), fc.constant(null)) }, { requiredKeys: [] });
    const event = fc.record(
      { eventType: fc.string(), job: fc.record({ namespace: fc.string(), name: fc.string() }, { requiredKeys: [] }), inputs: fc.array(ds), outputs: fc.array(ds) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 6 }), fc.boolean(), (events, ndjson) => {
        const text = ndjson ? events.map((e) => JSON.stringify(e)).join('\n') : JSON.stringify(events, null, 2);
        expect(wellFormedProblems(openLineageParser.parse(text))).toEqual([]);
      }),
    );
    const source = fixture('openlineage-events.ndjson');
    fc.assert(
      fc.property(fc.nat(source.length), fc.nat(80), (at, len) => {
        expect(wellFormedProblems(openLineageParser.parse(source.slice(0, at) + source.slice(at + len)))).toEqual([]);
      }),
    );
  });
});

describe('openLineageParser: Airflow parents', () => {
  it('marks a parent job named like the start of its child (dag_id of dag_id.task_id) as a DAG', () => {
    const event = (job: string, parent: string) =>
      JSON.stringify({
        eventType: 'START',
        job: { namespace: 'food_delivery', name: job },
        run: { runId: 'r', facets: { parent: { job: { namespace: 'food_delivery', name: parent } } } },
        outputs: [],
      });
    const r = openLineageParser.parse(`[${event('snowflake.snowflake_insert', 'snowflake')}, ${event('spark_app', 'orders_daily.submit')}]`);
    const hints = (name: string) => r.components.find((c) => c.name === name)?.hints ?? [];
    expect(hints('snowflake')).toContain('DAG');
    expect(hints('snowflake.snowflake_insert')).not.toContain('DAG');
    // A Spark application's parent is the Airflow task that submitted it, not a DAG.
    expect(hints('orders_daily.submit')).not.toContain('DAG');
  });
});
