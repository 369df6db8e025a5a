import { describe, expect, it } from 'vitest';
import { byName, edgePairs } from '../../../test/parseFormats';
import type { RawPipeline } from '../../types';
import { importPipeline } from '../../importPipeline';
import { airflowParser } from '../airflow';
import { MAX_EDGES } from '../text';

/** Data edges by default; scheduling edges with `true`. */
const dataPairs = (r: RawPipeline, control = false): string[] => edgePairs(r, control);
const dag = (body: string): string => `from airflow import DAG\nfrom airflow.operators.empty import EmptyOperator as E\n\nwith DAG("d") as dag:\n${body}`;

describe('airflowParser: dependency forms', () => {
  const parse = (body: string) => airflowParser.parse(dag(body));

  it('reads << and chains mixing both directions', () => {
    const r = parse('    a = E(task_id="a")\n    b = E(task_id="b")\n    c = E(task_id="c")\n    c << b << a\n    a >> c\n');
    expect(dataPairs(r)).toEqual(['b -> c', 'a -> b', 'a -> c']);
  });

  it('marks a dependency as the order tasks run in, and the table a task writes as data moving', () => {
    const r = airflowParser.parse(`from airflow import DAG
from airflow.providers.postgres.operators.postgres import PostgresOperator as P
with DAG("d") as dag:
    a = P(task_id="a", sql="INSERT INTO orders SELECT * FROM staging_orders")
    b = P(task_id="b", sql="SELECT 1")
    a >> b
`);
    const edge = (from: string, to: string) => r.edges.find((e) => e.from === r.components.find((c) => c.name === from)?.id && e.to === r.components.find((c) => c.name === to)?.id);
    expect(edge('a', 'b')?.order).toBe(true);
    expect(edge('a', 'orders')).toBeDefined();
    expect(edge('a', 'orders')?.order).toBeUndefined();
  });

  it('reads a TaskFlow result handed to the next task as data moving, so a check it passes through is a step', () => {
    const text = `from airflow.decorators import dag, task
@dag(schedule=None)
def orders():
    @task
    def extract_orders():
        return []
    @task
    def validate_orders(rows):
        return rows
    @task
    def load_orders(rows):
        pass
    load_orders(validate_orders(extract_orders()))
orders()
`;
    const r = airflowParser.parse(text);
    expect(r.edges.filter((e) => !e.control).map((e) => e.order)).toEqual([undefined, undefined]);
    const imported = importPipeline(text, 'airflow');
    expect(imported.ok && imported.value.graph.components.find((c) => c.name === 'validate_orders')?.placement).toBe('process');
  });

  it('reads lists on either side', () => {
    const r = parse('    a = E(task_id="a")\n    b = E(task_id="b")\n    c = E(task_id="c")\n    d = E(task_id="d")\n    a >> [b, c] >> d\n');
    expect(dataPairs(r)).toEqual(['a -> b', 'a -> c', 'b -> d', 'c -> d']);
  });

  it('reads one expression of 10,000 >> terms or 100,000 | terms in full, within the stack and memory', () => {
    const names = Array.from({ length: 10_000 }, (_, i) => `t${i}`);
    const chain = parse(`    ${names.join(' >> ')}\n`);
    expect(dataPairs(chain)).toHaveLength(9_999);
    expect(dataPairs(chain).at(-1)).toBe('t9998 -> t9999');
    expect(chain.warnings.filter((w) => w.message.startsWith('Statement skipped'))).toEqual([]);
    const or = parse(`    a = E(task_id="a")\n    x = a${' | a'.repeat(100_000)}\n    x >> [b, c]\n`);
    expect(dataPairs(or)).toEqual(['a -> b', 'a -> c']);
  });

  it('reads crossed lists of 3,000 tasks up to the edge limit, and says how many more were not read', () => {
    const list = (p: string) => `[${Array.from({ length: 3000 }, (_, i) => `${p}${i}`).join(', ')}]`;
    const r = parse(`    cross_downstream(${list('t')}, ${list('u')})\n    a >> ${list('a')}\n`);
    expect(dataPairs(r)).toHaveLength(MAX_EDGES);
    expect(r.warnings.find((w) => w.message.startsWith('Too many dependencies'))).toMatchObject({
      line: 5,
      message: `Too many dependencies: ${3000 * 3000 + 3000 - MAX_EDGES} more were not read (limit ${MAX_EDGES})`,
    });
  });

  it('warns on list >> list anywhere in a chain, as Airflow refuses it', () => {
    const r = parse('    a = E(task_id="a")\n    b = E(task_id="b")\n    c = E(task_id="c")\n    a >> [b] >> [c]\n');
    expect(r.warnings.map((w) => [w.line, w.column, w.found])).toEqual([[8, 14, '>>']]);
    expect(dataPairs(r)).toEqual(['a -> b', 'b -> c']);
  });

  it('pairs equal-length lists in chain, crosses them in chain_linear', () => {
    const tasks = '    a = E(task_id="a")\n    b = E(task_id="b")\n    c = E(task_id="c")\n    d = E(task_id="d")\n';
    expect(dataPairs(parse(`${tasks}    chain([a, b], [c, d])\n`))).toEqual(['a -> c', 'b -> d']);
    expect(dataPairs(parse(`${tasks}    chain_linear([a, b], [c, d])\n`))).toEqual(['a -> c', 'a -> d', 'b -> c', 'b -> d']);
  });

  it('unrolls a loop over a list written in the file, reads a comprehension over an unknown list once, and XComArg .output', () => {
    const r = parse(
      [
        '    start = E(task_id="start")',
        '    for table in ["orders", "customers"]:',
        '        load = E(task_id=f"load_{table}")',
        '        start >> load',
        '    checks = [E(task_id=f"check_{t}") for t in TABLES]',
        '    load >> checks',
        '    report = PythonOperator(task_id="report", python_callable=build, op_args=[start.output])',
        '',
      ].join('\n'),
    );
    expect(r.warnings).toEqual([]);
    // After the loop, `load` holds the last iteration's task, as in Python.
    expect(dataPairs(r)).toEqual(['start -> load_orders', 'start -> load_customers', 'load_customers -> check_{t}', 'start -> report']);
    expect(byName(r, 'report')?.hints).toEqual(['PythonOperator']);
  });

  it('reads TaskFlow override, partial/expand and a classic operator mapped over a TaskFlow result', () => {
    const src = [
      'from airflow.decorators import dag, task',
      '@dag(dag_id="mapped")',
      'def mapped():',
      '    @task',
      '    def list_files(): ...',
      '    @task',
      '    def process(path, bucket): ...',
      '    files = list_files.override(task_id="list_s3_files")()',
      '    done = process.partial(bucket="b").expand(path=files)',
      '    BashOperator.partial(task_id="archive", bash_command="gzip").expand(env=files)',
      'mapped()',
      '',
    ].join('\n');
    const r = airflowParser.parse(src);
    expect(r.warnings).toEqual([]);
    // The bucket list_s3_files reads is drawn too (see systems.test.ts).
    expect(dataPairs(r)).toEqual(['list_s3_files -> process', 'list_s3_files -> archive', 'S3 -> list_s3_files']);
    expect(byName(r, 'archive')?.hints).toEqual(['BashOperator', 'gzip']);
  });

  it('assigns tasks to their DAG by dag= when a file holds two DAGs', () => {
    const src = [
      'from airflow import DAG',
      'one = DAG("one")',
      'two = DAG(dag_id="two")',
      'a = BashOperator(task_id="a", dag=one)',
      'b = BashOperator(task_id="b", dag=two)',
      '',
    ].join('\n');
    const r = airflowParser.parse(src);
    expect(dataPairs(r, true)).toEqual(['one -> a', 'two -> b']);
  });

  it('expands a @task_group call to its first and last tasks', () => {
    const src = [
      'from airflow.decorators import dag, task, task_group',
      '@dag',
      'def grouped():',
      '    @task',
      '    def extract(): ...',
      '    @task',
      '    def report(x): ...',
      '    @task_group',
      '    def clean(data):',
      '        a = E(task_id="dedupe")',
      '        b = E(task_id="validate")',
      '        a >> b',
      '    clean(extract()) >> report.override(task_id="report")()',
      'grouped()',
      '',
    ].join('\n');
    const r = airflowParser.parse(src);
    expect(r.warnings).toEqual([]);
    expect(dataPairs(r)).toEqual(['dedupe -> validate', 'extract -> dedupe', 'validate -> report']);
    expect(byName(r, 'dedupe')?.hints).toEqual(['E', 'clean']);
  });
});
