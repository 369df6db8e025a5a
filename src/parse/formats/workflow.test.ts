import { describe, expect, it } from 'vitest';
import { importPipeline } from '../importPipeline';
import type { RawPipeline } from '../types';
import { workflowParser } from './workflow';
import { byName, edgePairs, expectArbitraryTextWellFormed, expectDetectsOwnFixtures, expectWellFormed, fixture, STRUCTURED_PARSERS } from '../../test/parseFormats';

/** Each component's stage after classification, as the app places it. */
function stages(text: string): Record<string, string> {
  const r = importPipeline(text, 'workflow');
  if (!r.ok) throw new Error(r.error.kind);
  return Object.fromEntries(r.value.graph.components.map((c) => [c.name, c.placement]));
}

const kinds = (r: RawPipeline) => r.warnings.map((w) => w.problem?.kind);

describe('Kestra flows', () => {
  const text = fixture('workflow-kestra.yaml');

  it('places each task by what its plugin type and id say, the flow as the orchestrator with its cron', () => {
    const r = workflowParser.parse(text);
    expectWellFormed(r);
    expect(byName(r, 'shop_orders_daily')).toMatchObject({ explicit: 'orchestrate', schedule: '0 4 * * *' });
    expect(stages(text)).toMatchObject({
      download_orders: 'ingest',
      upload_to_gcs: 'ingest',
      load_orders_raw: 'ingest',
      clean_customers: 'process',
      dbt_build: 'model',
      notify_team: 'serve',
    });
  });

  it('runs tasks in order, a Parallel task\'s children side by side, and passes the flow through logging and labels', () => {
    const r = workflowParser.parse(text);
    expect(edgePairs(r)).toEqual(
      expect.arrayContaining([
        'download_orders -> upload_to_gcs',
        'upload_to_gcs -> load_orders_raw',
        'upload_to_gcs -> clean_customers',
        'load_orders_raw -> dbt_build',
        'clean_customers -> dbt_build',
        'dbt_build -> notify_team',
      ]),
    );
    expect(byName(r, 'log_progress')).toBeUndefined();
    expect(r.warnings.find((w) => w.problem?.kind === 'controlSteps')?.message).toBe(
      '2 tasks that only steer the run (such as "tag_run") left out; the flow passes through them',
    );
  });

  it('reads SQL run in a warehouse as processing, whatever the task id abbreviates', () => {
    const flow = 'id: f\nnamespace: n\ntasks:\n  - id: bq_trips\n    type: io.kestra.plugin.gcp.bigquery.Query\n    sql: SELECT 1';
    expect(stages(flow).bq_trips).toBe('process');
  });

  it('lets the flow go on past an If with no else, and takes both branches of one with an else', () => {
    const flow = [
      'id: f', 'namespace: n', 'tasks:',
      '  - id: extract', '    type: io.kestra.plugin.core.http.Download',
      '  - id: when_green', '    type: io.kestra.plugin.core.flow.If', '    condition: "{{ inputs.green }}"', '    then:',
      '      - id: clean_green', '        type: io.kestra.plugin.scripts.python.Script',
      '  - id: publish', '    type: io.kestra.plugin.scripts.shell.Commands',
    ].join('\n');
    expect(edgePairs(workflowParser.parse(flow)).sort()).toEqual(['clean_green -> publish', 'extract -> clean_green', 'extract -> publish']);
  });

  it('wires a Dag task by dependsOn and reports a task without an id', () => {
    const flow = [
      'id: f', 'namespace: n', 'tasks:',
      '  - id: graph', '    type: io.kestra.plugin.core.flow.Dag', '    tasks:',
      '      - task:', '          id: a', '          type: io.kestra.plugin.core.http.Download',
      '      - task:', '          id: b', '          type: io.kestra.plugin.core.http.Download',
      '      - task:', '          id: c', '          type: io.kestra.plugin.scripts.python.Script', '        dependsOn: [a, b]',
      '  - type: io.kestra.plugin.core.http.Download',
    ].join('\n');
    const r = workflowParser.parse(flow);
    expect(edgePairs(r).sort()).toEqual(['a -> c', 'b -> c']);
    expect(r.warnings.find((w) => w.problem?.kind === 'stepUnnamed')).toMatchObject({ line: 17, message: 'A task without a name or id is skipped' });
  });
});

describe('Mage pipelines', () => {
  const text = fixture('workflow-mage.yaml');

  it('places blocks by their declared type: loaders ingest, transformers process or model, exporters store or serve by where they write', () => {
    expect(stages(text)).toEqual({
      rides_etl: 'orchestrate',
      load_rides_api: 'ingest',
      clean_rides: 'process',
      daily_ride_totals: 'model',
      rides_to_gcs: 'store',
      rides_dashboard_feed: 'serve',
    });
  });

  it('follows upstream_blocks, and leaves markdown notes out', () => {
    const r = workflowParser.parse(text);
    expect(edgePairs(r).sort()).toEqual([
      'clean_rides -> daily_ride_totals',
      'clean_rides -> rides_to_gcs',
      'daily_ride_totals -> rides_dashboard_feed',
      'load_rides_api -> clean_rides',
    ]);
    expect(byName(r, 'notes')).toBeUndefined();
  });

  it('places a dbt block by its layer and a sensor with the orchestrator, and says which upstream block is missing', () => {
    const meta = [
      'blocks:',
      '- name: stg_rides', '  type: dbt', '  upstream_blocks: [load_rides]', '  uuid: stg_rides',
      '- name: wait_for_file', '  type: sensor', '  upstream_blocks: []', '  uuid: wait_for_file',
    ].join('\n');
    expect(stages(meta)).toMatchObject({ stg_rides: 'process', wait_for_file: 'orchestrate' });
    expect(stages('blocks:\n- name: rides_to_postgres\n  type: data_exporter\n  uuid: rides_to_postgres').rides_to_postgres).toBe('store');
    const r = workflowParser.parse(meta);
    expect(r.warnings[0]?.message).toBe('Block "stg_rides" names "load_rides", which is not a block in this file; added');
  });
});

describe('Meltano projects', () => {
  const text = fixture('workflow-meltano.yml');

  it('draws each tap with the system it reads, each target as the store it writes, dbt as processing, Airflow as the orchestrator', () => {
    expect(stages(text)).toMatchObject({ github: 'generate', 'tap-github': 'ingest', stripe: 'generate', 'tap-stripe': 'ingest', postgres: 'store', 'dbt-postgres': 'process', airflow: 'orchestrate' });
  });

  it('follows each job\'s task order, a loader inheriting another writing to the same store', () => {
    const r = workflowParser.parse(text);
    expect(edgePairs(r).sort()).toEqual(['github -> tap-github', 'postgres -> dbt-postgres', 'stripe -> tap-stripe', 'tap-github -> postgres', 'tap-stripe -> postgres']);
    expect(byName(r, 'airflow')?.schedule).toBe('@daily');
  });

  it('without jobs, feeds every extractor into the one loader; a job naming no plugin says so', () => {
    const project = 'plugins:\n  extractors:\n  - name: tap-csv\n  - name: tap-shopify\n  loaders:\n  - name: target-snowflake';
    expect(edgePairs(workflowParser.parse(project)).filter((e) => e.includes('snowflake')).sort()).toEqual(['tap-csv -> snowflake', 'tap-shopify -> snowflake']);
    const job = `${project}\njobs:\n- name: el\n  tasks: [tap-csv target-bigquery]`;
    expect(workflowParser.parse(job).warnings[0]?.message).toBe('Plugin "el" names "target-bigquery", which is not a plugin in this file; added');
  });
});

describe('Argo Workflows', () => {
  const text = fixture('workflow-argo.yaml');

  it('places tasks by their names, templates and images, the CronWorkflow as the orchestrator with its schedule', () => {
    expect(byName(workflowParser.parse(text), 'clickstream-nightly')).toMatchObject({ explicit: 'orchestrate', schedule: '30 2 * * *' });
    expect(stages(text)).toMatchObject({ 'extract-events': 'ingest', 'extract-users': 'ingest', transform: 'process', 'publish-report': 'serve' });
  });

  it('reads dependencies and steps as the order tasks run in, and a check between an extract and a load as a step the data passes', () => {
    const dag = (tasks: string) => `apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata:\n  name: orders\nspec:\n  entrypoint: main\n  templates:\n  - name: main\n${tasks}`;
    const inDag = dag('    dag:\n      tasks:\n      - name: extract-orders\n        template: t\n      - name: validate-orders\n        template: t\n        dependencies: [extract-orders]\n      - name: load-orders\n        template: t\n        dependencies: [validate-orders]\n');
    const inSteps = dag('    steps:\n    - - name: extract-orders\n        template: t\n    - - name: validate-orders\n        template: t\n    - - name: load-orders\n        template: t\n');
    for (const text of [inDag, inSteps]) {
      expect(workflowParser.parse(text).edges.filter((e) => !e.control).every((e) => e.order === true)).toBe(true);
      // As judges placed Airflow's check tasks between two others, 18 times of 24.
      expect(stages(text)['validate-orders']).toBe('process');
    }
  });

  it('follows dependencies and depends expressions, and a task calling a steps template stands for its steps', () => {
    const r = workflowParser.parse(text);
    expect(edgePairs(r, false).sort()).toEqual([
      'extract-events -> transform',
      'extract-users -> transform',
      'null-checks -> publish-report',
      'row-counts -> publish-report',
      'transform -> publish-report',
    ]);
    expect(byName(r, 'quality')).toBeUndefined();
    expect(byName(r, 'wait-a-bit')).toBeUndefined();
  });

  it('reads the workflow among other YAML documents, keeping its line numbers', () => {
    const doc = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n---\n${text}`;
    const r = workflowParser.parse(doc);
    expect(byName(r, 'extract-events')?.line).toBe((byName(workflowParser.parse(text), 'extract-events')?.line ?? 0) + 5);
    expect(kinds(r)).toContain('otherDocuments');
  });
});

describe('detection', () => {
  it('rates its own fixtures above every other fixture, and no other structured format steals them', () => {
    expectDetectsOwnFixtures(workflowParser, 'workflow-', STRUCTURED_PARSERS);
  });

  it('is detected for each tool and leaves plain YAML with tasks or blocks to the other readers', () => {
    for (const f of ['workflow-kestra.yaml', 'workflow-mage.yaml', 'workflow-meltano.yml', 'workflow-argo.yaml']) {
      const r = importPipeline(fixture(f));
      expect(r.ok && r.value.format, f).toBe('workflow');
    }
    expect(workflowParser.detect('components: [tasks, blocks]\nedges: [tasks -> blocks]')).toBe(0);
    expect(workflowParser.detect('tasks:\n  - id: a\n    type: shell')).toBe(0);
    expect(workflowParser.detect('apiVersion: apps/v1\nkind: Deployment')).toBe(0);
    expect(workflowParser.detect('plugins:\n  - eslint')).toBe(0);
  });

  it('never throws on arbitrary text', () => {
    expectArbitraryTextWellFormed(workflowParser);
  });
});
