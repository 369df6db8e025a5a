import { describe, expect, it } from 'vitest';
import { byName, edgePairs } from '../../../test/parseFormats';
import { airflowParser } from '../airflow';
import { EXTRA_STEPS } from './context';

const dag = (...body: string[]): string =>
  ['from airflow import DAG', 'from airflow.operators.empty import EmptyOperator as E', '', 'with DAG("d") as dag:', ...body.map((l) => `    ${l}`), ''].join('\n');
const names = (src: string): string[] => airflowParser.parse(src).components.map((c) => c.name);
const pairs = (src: string): string[] => edgePairs(airflowParser.parse(src), false);

describe('airflow reader: values known in the file', () => {
  it('unrolls a loop over a dict with .items(), building task ids with f-strings, + and str()', () => {
    const src = dag(
      'PARTNERS = {"acme": "/data/ac", "netflix": "/data/nf"}',
      'start = E(task_id="start")',
      'for name, path in PARTNERS.items():',
      '    load = E(task_id=f"load_{name}")',
      '    check = E(task_id="check_" + name + "_" + str(1))',
      '    start >> load >> check',
    );
    expect(pairs(src)).toEqual(['start -> load_acme', 'load_acme -> check_acme_1', 'start -> load_netflix', 'load_netflix -> check_netflix_1']);
  });

  it('makes one TaskFlow task per iteration when the decorator takes its task_id from the loop', () => {
    const src = [
      'from airflow.decorators import dag, task',
      '@dag',
      'def partners():',
      '    for p in ["a", "b"]:',
      '        @task(task_id=f"extract_{p}")',
      '        def extract(): ...',
      '        extract()',
      'partners()',
    ].join('\n');
    expect(names(src)).toEqual(['partners', 'extract_a', 'extract_b']);
  });

  it('spreads chain(*tasks) over a list built in the file, also one grown with append', () => {
    const src = dag(
      'a = E(task_id="a")',
      'b = E(task_id="b")',
      'steps = [a, b]',
      'for i in range(2):',
      '    steps.append(E(task_id=f"c{i}"))',
      'chain(*steps)',
    );
    expect(pairs(src)).toEqual(['a -> b', 'b -> c0', 'c0 -> c1']);
  });

  it('reads a helper function where it is called, with its arguments, and its return value', () => {
    const src = dag(
      'def load(table, conn="warehouse"):',
      '    return E(task_id=f"load_{table}", postgres_conn_id=conn)',
      'start = E(task_id="start")',
      'start >> [load("orders"), load("customers", conn="crm")]',
    );
    const r = airflowParser.parse(src);
    expect(edgePairs(r, false)).toEqual(['start -> load_orders', 'start -> load_customers']);
    expect(byName(r, 'load_customers')?.hints).toEqual(['E', 'crm']);
  });

  it('links a classic operator to the tasks whose .output it reads in a dict of arguments', () => {
    const src = dag('a = E(task_id="a")', 'b = PythonOperator(task_id="b", python_callable=f, op_kwargs={"x": a.output["key"]})');
    expect(pairs(src)).toEqual(['a -> b']);
  });

  it('stops unrolling after its step budget, says so, and still reads the loop body once', () => {
    const src = dag('for i in range(1000):', '    for j in range(1000):', '        E(task_id=f"t_{i}_{j}")');
    const r = airflowParser.parse(src);
    expect(r.components.length).toBeLessThanOrEqual(EXTRA_STEPS + 2);
    expect(r.warnings.map((w) => w.message)).toEqual([`Loops and helper functions were expanded up to ${EXTRA_STEPS} steps; the rest is read once each`]);
  });
});

describe('airflow reader: edge labels', () => {
  it('reads Label("…") in a chain as the label of the edge it stands on, not as a task', () => {
    const r = airflowParser.parse(dag('a = E(task_id="a")', 'b = E(task_id="b")', 'a >> Label("no errors") >> b'));
    expect(r.warnings).toEqual([]);
    expect(r.edges.filter((e) => !e.control).map((e) => [e.from, e.to, e.label])).toEqual([['a', 'b', 'no errors']]);
  });
});

describe('airflow reader: task groups', () => {
  it('keeps tasks of the same id in two groups apart, and wires group >> group by each group’s own ends', () => {
    const src = dag(
      'with TaskGroup("one") as one:',
      '    E(task_id="t") >> E(task_id="u")',
      'with TaskGroup("two") as two:',
      '    first = E(task_id="t")',
      '    with TaskGroup("inner") as inner:',
      '        E(task_id="v")',
      '    first >> inner',
      'one >> two',
    );
    const r = airflowParser.parse(src);
    expect(r.components.map((c) => c.id)).toEqual(['d', 't', 'u', 't-2', 'v']);
    // Inside "two", v follows t, so t alone starts the group.
    expect(r.edges.filter((e) => !e.control).map((e) => `${e.from} -> ${e.to}`)).toEqual(['t -> u', 't-2 -> v', 'u -> t-2']);
  });

  it('shows a group class of the project’s own as one task when the file puts no task in it', () => {
    const src = [
      'from airflow.decorators import dag, task',
      'from include.groups import MathTaskGroup',
      '@dag',
      'def custom():',
      '    @task',
      '    def get_num(): ...',
      '    tg = MathTaskGroup(group_id="math", num=get_num())',
      '    tg >> E(task_id="after")',
      'custom()',
    ].join('\n');
    const r = airflowParser.parse(src);
    expect(byName(r, 'math')?.hints).toEqual(['MathTaskGroup']);
    expect(edgePairs(r, false)).toEqual(['get_num -> math', 'math -> after']);
  });

  it('reads a function from another file that stands in a dependency as one task, with a warning', () => {
    const src = dag('from groups import download_tasks', 'downloads = download_tasks()', 'downloads >> E(task_id="check")');
    const r = airflowParser.parse(src);
    expect(edgePairs(r, false)).toEqual(['download_tasks -> check']);
    expect(r.warnings.map((w) => [w.line, w.column, w.found])).toEqual([[7, 5, 'download_tasks']]);
  });

  it('reads a task function taken from an imported module as a task named by the function, once wired', () => {
    const src = dag('import etl', 'load = etl.load_orders', 'unused = etl.helper', 'etl.extract_orders >> load >> E(task_id="check")');
    const r = airflowParser.parse(src);
    expect(edgePairs(r, false)).toEqual(['extract_orders -> load_orders', 'load_orders -> check']);
    expect(byName(r, 'helper')).toBeUndefined();
  });
});

describe('airflow reader: broken and unusual text', () => {
  it('reads the statements after an unclosed bracket nested in a call, reporting the innermost opener too', () => {
    const src = dag('a = E(task_id="a", retries=min(3', 'b = E(task_id="b")', 'a >> b');
    const r = airflowParser.parse(src);
    expect(r.warnings.map((w) => [w.line, w.column, w.message])).toEqual([
      [5, 10, "Unclosed '('"],
      [5, 35, "Unclosed '('"],
    ]);
    expect(edgePairs(r, false)).toEqual(['a -> b']);
  });

  it('keeps the closer out of a trailing comment when closing an unclosed bracket', () => {
    const src = dag('a = E(task_id="a"  # the first', 'b = E(task_id="b")', 'a >> b');
    expect(pairs(src)).toEqual(['a -> b']);
  });

  it('stops reading text that is not Python after a budget of error recoveries, keeping what came before', () => {
    const src = `${dag('a = E(task_id="a")', 'b = E(task_id="b")', 'a >> b')}${',,'.repeat(50_000)}\n`;
    const r = airflowParser.parse(src);
    expect(edgePairs(r, false)).toEqual(['a -> b']);
    expect(r.warnings.some((w) => w.message.startsWith('Stopped reading here'))).toBe(true);
  });

  it('skips a statement of thousands of prefix operators, but not a comment ruled with dashes', () => {
    const src = dag(`# ${'-'.repeat(300)}`, `x = ${'- '.repeat(5_000)}1`, 'a = E(task_id="a")', 'a >> E(task_id="b")');
    const r = airflowParser.parse(src);
    expect(r.warnings.map((w) => [w.line, w.message])).toEqual([[6, 'Statement skipped: operators nested more than 200 deep']]);
    expect(edgePairs(r, false)).toEqual(['a -> b']);
  });
});

describe('airflow reader: the tables a task\'s SQL moves data between', () => {
  it('draws the path a COPY reads and the table it fills, which the next task\'s query reads', () => {
    const src = dag(
      'STAGING = "staging.orders"',
      'copy = SQLExecuteQueryOperator(task_id="copy_orders", sql=f"COPY {STAGING} FROM \'s3://lake/raw/orders/\' FORMAT AS CSV")',
      'build = SQLExecuteQueryOperator(task_id="build_fact", sql=f"CREATE TABLE marts.fact_orders AS SELECT * FROM {STAGING}")',
      'copy >> build',
    );
    expect(names(src)).toEqual(expect.arrayContaining(['staging.orders', 's3://lake/raw/orders/', 'marts.fact_orders']));
    expect(pairs(src)).toEqual(expect.arrayContaining([
      's3://lake/raw/orders/ -> copy_orders', 'copy_orders -> staging.orders', 'staging.orders -> build_fact', 'build_fact -> marts.fact_orders',
    ]));
  });
});

describe('airflow reader: DAGs built by a factory another file calls', () => {
  it('reads a DAG a class method builds, naming project task groups by the name they are assigned', () => {
    const src = [
      'from airflow import DAG',
      'from airflow.operators.python import PythonOperator',
      'from etl.groups import TableOpsTaskGroup, build_extract_group',
      'class EtlDagFactory:',
      '    def build(self):',
      '        with DAG(self.dag_id) as dag:',
      '            extract = build_extract_group(group_id="extract_from_pg", dag=dag)',
      '            raw_insert = TableOpsTaskGroup(stage="raw").build()',
      '            report = PythonOperator(task_id="report", python_callable=print)',
      '            extract >> raw_insert >> report',
      '        return dag',
      '',
    ].join('\n');
    expect(pairs(src)).toEqual(expect.arrayContaining(['extract_from_pg -> raw_insert', 'raw_insert -> report']));
    expect(names(src)).not.toContain('build_extract_group');
  });

  it('reads no callback passed by name, keeps a class body\'s names to itself, and names a factory\'s tasks by their variables', () => {
    const src = [
      'from airflow import DAG',
      'from airflow.operators.empty import EmptyOperator as E',
      'from common import make_extract, make_load',
      'tables = ["orders"]',
      'class Config:',
      '    tables = ["leaked"]',
      '    def extract(self):',
      '        return 1',
      'def on_failure(context):',
      '    E(task_id="slack_alert")',
      'with DAG("d", on_failure_callback=on_failure) as dag:',
      '    extract_orders = make_extract("orders")',
      '    load_orders = make_load("orders")',
      '    for t in tables:',
      '        extract_orders >> load_orders >> E(task_id=f"check_{t}")',
      '',
    ].join('\n');
    expect(names(src)).toEqual(expect.arrayContaining(['extract_orders', 'load_orders', 'check_orders']));
    for (const phantom of ['slack_alert', 'check_leaked', 'orders']) expect(names(src)).not.toContain(phantom);
  });

  it('reads a function the file calls once, where it is called, with its arguments', () => {
    const src = ['from airflow import DAG', 'from airflow.operators.empty import EmptyOperator as E', 'def make(n):', '    with DAG("d") as dag:', '        E(task_id=f"load_{n}") >> E(task_id="done")', 'make("orders")', ''].join('\n');
    expect(names(src)).toEqual(expect.arrayContaining(['load_orders', 'done']));
    expect(names(src)).not.toContain('load_{n}');
  });
});
