import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat, importPipeline, toGraph } from './importPipeline';

const FIXTURES = new URL('./formats/fixtures/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');

describe('the importer', () => {
  it.each([
    ['airflow-orders_etl.py', 'airflow'],
    ['compose-streaming.yml', 'compose'],
    ['dbt-manifest.json', 'dbt-manifest'],
    ['dbt-schema.yml', 'dbt-schema'],
    ['openlineage-events.json', 'openlineage'],
    ['own-pipeline.yaml', 'yaml'],
  ])('detects %s as %s', (file, format) => {
    expect(detectFormat(fixture(file))?.id).toBe(format);
  });

  it('detects arrows, Mermaid and lists', () => {
    expect(detectFormat('Kafka -> S3 -> Spark')?.id).toBe('arrows');
    expect(detectFormat('flowchart LR\n  a --> b')?.id).toBe('mermaid');
    expect(detectFormat('architecture-beta\n  service a(server)[A]\n  service b(disk)[B]\n  a:R --> L:b')?.id).toBe('mermaid');
    expect(detectFormat('```mermaid\narchitecture-beta\n  service a(server)[A]\n```')).toEqual({ id: 'mermaid', confidence: 0.97 });
    expect(detectFormat('- Kafka\n- S3\n- Spark')?.id).toBe('list');
  });

  it('answers text in no format with "unrecognised", and empty text with "empty"', () => {
    expect(importPipeline('lorem ipsum dolor sit amet')).toEqual({ ok: false, error: { kind: 'unrecognised' } });
    expect(importPipeline('  \n ')).toEqual({ ok: false, error: { kind: 'empty' } });
  });

  it('reads words in no format as prose, and says so, when they name parts', () => {
    const note = 'Notre chaîne récupère chaque nuit les fichiers depuis `MinIO`.\nLes étapes tournent sous `Argo`.';
    expect(detectFormat(note)).toBeNull();
    const r = importPipeline(note);
    if (!r.ok) throw new Error(r.error.kind);
    expect(r.value.format).toBe('list');
    expect(r.value.graph.components.map((c) => [c.name, c.placement])).toEqual([['MinIO', 'store'], ['Argo', 'orchestrate']]);
    expect(r.value.warnings[0]?.problem).toEqual({ kind: 'readAsProse' });
  });

  it('refuses, as in no format, code and data pasted by mistake, and words that name no product', () => {
    const pasted = [
      'SELECT o.order_id FROM orders o\nLEFT JOIN line_items l ON l.order_id = o.id;',
      'id,email,signup\n1,alice@example.com,2023-01-04\n2,bob@example.com,2023-01-05',
      '{\n  "pipeline": "daily_sales",\n  "source": "postgres"\n  "sink": "snowflake"\n}',
      'Traceback (most recent call last):\n  File "dags/load.py", line 14, in run\nKeyError: snowflake_conn',
      'FROM python:3.11\nRUN pip install apache-airflow',
      'NAME      READY   STATUS    AGE\nkafka-0   1/1     Running   3d\nspark-1   1/1     Running   3d',
      'Nos équipes se réunissent chaque lundi.',
    ];
    for (const text of pasted) expect(importPipeline(text)).toEqual({ ok: false, error: { kind: 'unrecognised' } });
  });

  it('keeps a partial result with located warnings', () => {
    const r = importPipeline(fixture('own-broken.yaml'));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.graph.components.length).toBeGreaterThan(0);
      expect(r.value.warnings[0]?.line).toBeGreaterThan(0);
    }
  });

  it('reads a paste indented as a whole (copied from inside a list or a block) as the text it is, with warnings at the columns pasted', () => {
    const indent = (text: string) => text.replace(/^(?=.)/gm, '    ');
    const compose = importPipeline(indent('services:\n  kafka:\n    image: bitnami/kafka\n  spark:\n    image: bitnami/spark\n'));
    expect(compose.ok && compose.value.format).toBe('compose');
    expect(compose.ok && compose.value.graph.components.map((c) => c.name)).toEqual(['kafka', 'spark']);
    const schema = importPipeline(indent('models:\n  - name: stg_orders\n  - name: fct_orders\n'));
    expect(schema.ok && schema.value.graph.components.map((c) => [c.name, c.placement])).toEqual([['stg_orders', 'process'], ['fct_orders', 'model']]);
    const flat = importPipeline(fixture('compose-broken.yml'));
    const moved = importPipeline(indent(fixture('compose-broken.yml')));
    if (!flat.ok || !moved.ok) throw new Error('not read');
    expect(flat.value.warnings.length).toBeGreaterThan(0);
    expect(moved.value.warnings.map((w) => [w.line, w.column - 4])).toEqual(flat.value.warnings.map((w) => [w.line, w.column]));
  });

  it('never throws and always answers with a well-formed graph', () => {
    const samples = readdirSync(FIXTURES).filter((f) => !f.endsWith('.md')).map(fixture);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(...samples).chain((s) => fc.nat(s.length).map((n) => s.slice(0, n)))), (text) => {
        const r = importPipeline(text);
        if (!r.ok) return;
        const ids = new Set(r.value.graph.components.map((c) => c.id));
        expect(ids.size).toBe(r.value.graph.components.length);
        for (const e of r.value.graph.edges) {
          expect(ids.has(e.from) && ids.has(e.to)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("the orchestrator's own backing services", () => {
  it('stand apart from the data stages', () => {
    const compose = 'services:\n  postgres:\n    image: postgres:13\n  redis:\n    image: redis:7\n  airflow-scheduler:\n    image: apache/airflow:2.9.2\n    depends_on: [postgres, redis]\n';
    const r = importPipeline(compose);
    if (!r.ok) throw new Error(r.error.kind);
    const stage = (name: string) => r.value.graph.components.find((c) => c.name === name)?.placement;
    expect(stage('airflow-scheduler')).toBe('orchestrate');
    expect(stage('postgres')).toBe('none');
    expect(stage('redis')).toBe('none');
  });

  it("set a serving tool's own cache apart, and keep the database it reads", () => {
    const compose = 'services:\n  warehouse:\n    image: postgres:16\n  redis:\n    image: redis:7\n  superset:\n    image: apache/superset:4.0.0\n    environment:\n      REDIS_HOST: redis\n      DATABASE_HOST: warehouse\n';
    const r = importPipeline(compose);
    if (!r.ok) throw new Error(r.error.kind);
    const stage = (name: string) => r.value.graph.components.find((c) => c.name === name)?.placement;
    expect(stage('superset')).toBe('serve');
    expect(stage('redis')).toBe('none');
    expect(stage('warehouse')).not.toBe('none');
  });
});

describe('jobs linked only to the orchestrator', () => {
  it('keep their own stage; only a database or broker is set aside as its backend', () => {
    const raw = {
      components: [
        { id: 'dag', name: 'Airflow', explicit: 'orchestrate' as const },
        { id: 'spark', name: 'Spark job' },
        { id: 'pg', name: 'postgres' },
      ],
      edges: [
        { from: 'dag', to: 'spark', control: true },
        { from: 'dag', to: 'pg', control: true },
      ],
      warnings: [],
    };
    const g = toGraph('list', raw);
    const stage = (id: string) => g.components.find((c) => c.id === id)?.placement;
    expect(stage('spark')).toBe('process');
    expect(stage('pg')).toBe('none');
  });
});

describe('an orchestrator that data flows through', () => {
  it('does the moving: the databases it writes are data, not its backend', () => {
    const r = importPipeline('graph LR\n  A[OpenWeatherMap API] --> D[Airflow ETL]\n  D --> C[MinIO]\n  D --> E[(stg PostgreSQL DWH)]\n  E --> D\n  D --> B[(Marts Postgres)]\n  B --> F[Metabase]\n');
    if (!r.ok) throw new Error(r.error.kind);
    const stage = (name: string) => r.value.graph.components.find((c) => c.name === name)?.placement;
    expect(stage('Airflow ETL')).toBe('orchestrate');
    expect(stage('stg PostgreSQL DWH')).toBe('process');
    expect(stage('Marts Postgres')).toBe('model');
  });
});
