import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byName, edgePairs, expectArbitraryTextWellFormed, expectDetectsOwnFixtures, fixture, STRUCTURED_PARSERS } from '../../test/parseFormats';
import type { RawPipeline } from '../types';
import { airflowParser } from './airflow';
import { wellFormedProblems } from './structured';


/** Data edges by default; scheduling edges with `true`. */
const dataPairs = (r: RawPipeline, control = false): string[] => edgePairs(r, control);
const dag = (body: string): string => `from airflow import DAG\nfrom airflow.operators.empty import EmptyOperator as E\n\nwith DAG("d") as dag:\n${body}`;

describe('airflowParser: classic operators (orders_daily)', () => {
  const r = airflowParser.parse(fixture('airflow-orders_etl.py'));

  it('reads one component per task, named by task_id, plus the DAG as the orchestrator', () => {
    expect(r.warnings).toEqual([]);
    expect(r.components.map((c) => c.name)).toEqual([
      'orders_daily',
      'start',
      'wait_for_orders_file',
      'wait_for_customers_file',
      'clean_orders',
      'clean_customers',
      'load_orders',
      // Its connection (redshift_prod) names the warehouse it loads: where the data rests, drawn once.
      'Redshift',
      // S3ToRedshiftOperator(s3_bucket=…, table=…): the bucket it reads and the tables it writes.
      'acme-clean',
      'orders',
      'load_customers',
      'customers',
      'analyze_raw',
      'dbt_run',
      'dbt_test',
      'notify_analysts',
      'end',
      // The engines SparkSubmitOperator and DbtRunOperator hand the work to, drawn once each.
      'Spark',
      'Dbt',
    ]);
    expect(byName(r, 'orders_daily')).toMatchObject({ explicit: 'orchestrate', line: 22 });
    expect(r.components.filter((c) => c.explicit !== undefined)).toHaveLength(1);
  });

  it('hints at the operator class and at connections, buckets, tables and files', () => {
    expect(byName(r, 'wait_for_orders_file')).toMatchObject({ hints: ['S3KeySensor', 'acme-landing', 'aws_default'], line: 32 });
    expect(byName(r, 'clean_orders')?.hints).toEqual(['SparkSubmitOperator', 'clean_orders.py', 'spark_default']);
    expect(byName(r, 'load_orders')?.hints).toEqual(['S3ToRedshiftOperator', 'acme-clean', 'orders/', 'raw', 'orders', 'redshift_prod', 'load_warehouse']);
    expect(byName(r, 'analyze_raw')?.hints).toEqual(['PostgresOperator', 'redshift_prod', 'analyze_raw.sql', 'load_warehouse']);
    expect(byName(r, 'dbt_run')?.hints).toEqual(['DbtRunOperator']);
  });

  it('reads >> with lists, cross_downstream, chain through a TaskGroup, set_downstream and set_upstream', () => {
    expect(dataPairs(r)).toEqual([
      'load_orders -> analyze_raw',
      'load_customers -> analyze_raw',
      'start -> wait_for_orders_file',
      'start -> wait_for_customers_file',
      'wait_for_orders_file -> clean_orders',
      'wait_for_orders_file -> clean_customers',
      'wait_for_customers_file -> clean_orders',
      'wait_for_customers_file -> clean_customers',
      // chain([clean_orders, clean_customers], load_group, dbt_run): the group's first tasks, then its last one.
      'clean_orders -> load_orders',
      'clean_orders -> load_customers',
      'clean_customers -> load_orders',
      'clean_customers -> load_customers',
      'analyze_raw -> dbt_run',
      'dbt_run -> dbt_test',
      'dbt_test -> notify_analysts',
      'notify_analysts -> end',
      'load_orders -> Redshift',
      'acme-clean -> load_orders',
      'load_orders -> orders',
      'load_customers -> Redshift',
      'acme-clean -> load_customers',
      'load_customers -> customers',
      // analyze_raw runs SQL on the same connection: it reads the warehouse the loads wrote.
      'Redshift -> analyze_raw',
    ]);
  });

  it('links the DAG to every task with control edges, and each task to the engine it runs', () => {
    const places = new Set(['acme-clean', 'orders', 'customers', 'Redshift', 'Spark', 'Dbt']);
    const tasks = r.components.filter((c) => c.name !== 'orders_daily' && !places.has(c.name)).map((c) => `orders_daily -> ${c.name}`);
    expect(dataPairs(r, true)).toEqual(['clean_orders -> Spark', 'clean_customers -> Spark', 'dbt_run -> Dbt', ...tasks]);
  });
});

describe('airflowParser: TaskFlow (events_rollup)', () => {
  const r = airflowParser.parse(fixture('airflow-taskflow.py'));

  it('reads @task functions where they are called, @dag as the DAG, and nested calls as edges', () => {
    expect(r.warnings).toEqual([]);
    expect(r.components.map((c) => c.name).sort()).toEqual(
      // load's body opens a PostgresHook: the database it loads is drawn as well.
      ['aggregate', 'enrich', 'events_rollup', 'extract_events', 'load', 'refresh_dashboard_cache', 'Postgres'].sort(),
    );
    expect(byName(r, 'events_rollup')?.explicit).toBe('orchestrate');
    expect(dataPairs(r)).toEqual([
      'extract_events -> aggregate',
      'aggregate -> enrich',
      'enrich -> load',
      'load -> refresh_dashboard_cache',
      'load -> Postgres',
    ]);
    expect(dataPairs(r, true).sort()).toEqual(
      ['aggregate', 'enrich', 'extract_events', 'load', 'refresh_dashboard_cache'].map((t) => `events_rollup -> ${t}`),
    );
  });

  it('hints TaskFlow tasks with their decorator and the hooks and connections in their body', () => {
    expect(byName(r, 'load')).toMatchObject({ hints: ['@task', 'PostgresHook', 'analytics_pg', 'event_rollups'], line: 33 });
    expect(byName(r, 'enrich')?.hints).toEqual(['@task.virtualenv']);
    expect(byName(r, 'extract_events')?.line).toBe(16);
  });
});

describe('airflowParser: warnings', () => {
  it('reports an unclosed bracket and a >> to an unknown task at their exact positions, keeping the rest', () => {
    const r = airflowParser.parse(fixture('airflow-broken.py'));
    expect(r.warnings.map((w) => [w.line, w.column, w.found])).toEqual([
      [7, 24, '('],
      [9, 21, 'publsh'],
    ]);
    expect(r.warnings[0]?.message).toMatch(/Unclosed/);
    expect(r.warnings[1]?.message).toMatch(/Unknown task "publsh"/);
    expect(r.components.map((c) => c.name)).toEqual(['inventory_sync', 'pull_inventory', 'push_inventory', 'publsh']);
    expect(dataPairs(r)).toEqual(['pull_inventory -> push_inventory', 'push_inventory -> publsh']);
  });

  it('warns once per unknown name, on strings in dependencies, unmatched closers and list >> list', () => {
    const r = airflowParser.parse(dag('    a = E(task_id="a")\n    a >> ghost\n    ghost >> "b"\n    a)\n    [a] >> [ghost]\n'));
    expect(r.warnings.map((w) => [w.line, w.column, w.found])).toEqual([
      [6, 10, 'ghost'],
      [7, 14, 'b'],
      [8, 6, ')'],
      [9, 9, '>>'],
    ]);
    expect(dataPairs(r)).toEqual(['a -> ghost']);
  });

  it('skips only a statement nested deeper than Python allows (200 brackets), keeping lines and columns', () => {
    const r = airflowParser.parse(dag(`    a = E(task_id="a")\n    b = E(task_id="b")\n    x = ${'('.repeat(50_000)}${')'.repeat(50_000)}\n    a >> b\n`));
    expect(wellFormedProblems(r)).toEqual([]);
    expect(r.warnings.map((w) => [w.line, w.column, w.message.split(':')[0]])).toEqual([[7, 5, 'Statement skipped']]);
    expect(dataPairs(r)).toEqual(['a -> b']);
  });

  it('reports an unterminated string', () => {
    const r = airflowParser.parse('from airflow import DAG\nx = "abc\ny = 1 >> 2\n');
    expect(r.warnings[0]).toMatchObject({ line: 2, column: 5, message: 'Unterminated string' });
  });
});

describe('airflowParser.detect', () => {
  it('is ≥ 0.9 for an Airflow import or DAG( with >> or set_downstream', () => {
    expect(airflowParser.detect(fixture('airflow-orders_etl.py'))).toBeGreaterThanOrEqual(0.9);
    expect(airflowParser.detect(fixture('airflow-taskflow.py'))).toBeGreaterThanOrEqual(0.9);
    expect(airflowParser.detect('import airflow\na.set_downstream(b)')).toBeGreaterThanOrEqual(0.9);
    expect(airflowParser.detect('a >> b')).toBe(0);
  });

  it('is 0 for prose about a DAG: code at the start of a line, not words that quote it', () => {
    const notes = ['* At "dags/stock_market.py" firstly created "@dag()".', '    @dag has "start_date" to enter the first run.', '* Then "get_prices = PythonOperator()" calls a DAG("x") helper.'].join('\n');
    expect(airflowParser.detect(notes)).toBe(0);
    expect(airflowParser.detect('@dag(schedule=None)\ndef pipeline():\n    a() >> b()')).toBeGreaterThanOrEqual(0.9);
    expect(airflowParser.detect('dag = models.DAG("x")\nt1 >> t2')).toBeGreaterThanOrEqual(0.9);
  });

  it('rates its own fixtures above every other fixture, and above the other parsers', () => {
    expectDetectsOwnFixtures(airflowParser, 'airflow-', STRUCTURED_PARSERS);
  });
});

describe('airflowParser properties', () => {
  it('never throws on arbitrary text and returns a well-formed result', () => {
    expectArbitraryTextWellFormed(airflowParser);
  });

  it('stays well-formed on Python-shaped noise and on cut-up fixtures', () => {
    const piece = fc.constantFrom(
      'with DAG("d") as dag:', '@task', '@dag', '@task_group', 'def f(x):', 'def g():', '\n', '    ', 'a', 'b', 'f', 'g', ' >> ', ' << ',
      '[', ']', '(', ')', ',', ' = ', 'E(task_id="t")', 'task_id=', "'x'", '"""', '#', '\\\n', 'chain(', 'cross_downstream(',
      '.set_downstream(', '.override(task_id="o")', '.expand(', 'TaskGroup("g") as tg:', 'for t in', ':', 'lambda x:', 'f"{x}"',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        expect(wellFormedProblems(airflowParser.parse(pieces.join('')))).toEqual([]);
      }),
    );
    const source = fixture('airflow-orders_etl.py');
    fc.assert(
      fc.property(fc.nat(source.length), fc.nat(60), (at, len) => {
        expect(wellFormedProblems(airflowParser.parse(source.slice(0, at) + source.slice(at + len)))).toEqual([]);
      }),
    );
  });
});

describe('airflowParser: lone tasks', () => {
  it('leaves a task with no dependencies unlinked from the only DAG, and links the DAG to tasks in its flow', () => {
    const lone = airflowParser.parse(dag('    a = E(task_id="vacuum_logs")\n'));
    expect(lone.components.map((c) => c.name)).toEqual(['d', 'vacuum_logs']);
    expect(dataPairs(lone, true)).toEqual([]);
    const wired = airflowParser.parse(dag('    a = E(task_id="a")\n    b = E(task_id="b")\n    c = E(task_id="c")\n    a >> b\n'));
    expect(dataPairs(wired, true)).toEqual(['d -> a', 'd -> b']);
  });
});
