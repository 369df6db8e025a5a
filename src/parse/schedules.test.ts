import { describe, expect, it } from 'vitest';
import { airflowParser } from './formats/airflow';
import { ownYamlParser } from './formats/ownYaml';
import { byName, fixture } from '../test/parseFormats';
import { importPipeline } from './importPipeline';

/** A schedule the input states is kept on its component, so the timeline can place it on the clock. */
describe('schedules kept by imports', () => {
  it('keeps an Airflow DAG schedule on the DAG, classic and TaskFlow', () => {
    expect(byName(airflowParser.parse(fixture('airflow-orders_etl.py')), 'orders_daily')?.schedule).toBe('0 3 * * *');
    const taskflow = airflowParser.parse(fixture('airflow-taskflow.py'));
    expect(taskflow.components.find((c) => c.explicit === 'orchestrate')?.schedule).toBe('@hourly');
  });

  it('keeps a schedule_interval too, and leaves tasks and unscheduled DAGs without one', () => {
    const r = airflowParser.parse('from airflow import DAG\nfrom airflow.operators.empty import EmptyOperator as E\n\nwith DAG("d", schedule_interval="*/15 * * * *") as dag:\n    a = E(task_id="a")\n');
    expect(byName(r, 'd')?.schedule).toBe('*/15 * * * *');
    expect(byName(r, 'a')?.schedule).toBeUndefined();
    const none = airflowParser.parse('from airflow import DAG\n\nwith DAG("d") as dag:\n    pass\n');
    expect(byName(none, 'd')?.schedule).toBeUndefined();
  });

  it('reads a schedule key in the own YAML format, list and map forms', () => {
    const yaml = [
      'components:',
      '  - { name: load_raw, stage: ingest, schedule: "0 3 * * *" }',
      '  - name: extract',
      '    schedule: "@daily"',
      '  - Spark',
      'edges:',
      '  - extract -> load_raw -> Spark',
    ].join('\n');
    const r = ownYamlParser.parse(yaml);
    expect(r.warnings).toEqual([]);
    expect(byName(r, 'load_raw')?.schedule).toBe('0 3 * * *');
    expect(byName(r, 'extract')?.schedule).toBe('@daily');
    expect(byName(r, 'Spark')?.schedule).toBeUndefined();
    const map = ownYamlParser.parse('components:\n  lr: { name: load_raw, schedule: "0 3 * * *" }\nedges: []\n');
    expect(byName(map, 'load_raw')?.schedule).toBe('0 3 * * *');
  });

  it('carries the schedule through to the imported pipeline', () => {
    const result = importPipeline(fixture('airflow-orders_etl.py'));
    if (!result.ok) throw new Error('import failed');
    const dag = result.value.graph.components.find((c) => c.name === 'orders_daily');
    expect(dag?.schedule).toBe('0 3 * * *');
    expect(result.value.graph.components.filter((c) => c.schedule !== undefined)).toHaveLength(1);
  });
});
