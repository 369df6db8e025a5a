import { describe, expect, it } from 'vitest';
import { expectWellFormed } from '../../../test/parseFormats';
import type { RawPipeline } from '../../types';
import { MDAST_LIMIT } from './chunks';
import { markdownParser } from './index';
import { placed } from '../../../test/markdownReading';

const parse = (text: string): RawPipeline => markdownParser.parse(text);
const names = (r: RawPipeline): string[] => r.components.map((c) => c.name);
const pairs = (r: RawPipeline): string[] => r.edges.map((e) => `${e.from}->${e.to}`).sort();

describe('markdownParser: fenced blocks go to their own readers', () => {
  const readme = [
    '# Clickstream',
    '',
    '```mermaid',
    'flowchart LR',
    '  app[Web app] --> kafka[Kafka] --> spark[Spark] --> s3[S3]',
    '```',
    '',
    'Everything is scheduled by Airflow.',
  ].join('\n');

  it('reads a Mermaid block as a diagram and still reads the prose after it', () => {
    const r = parse(readme);
    expect(names(r)).toEqual(['Web app', 'Kafka', 'Spark', 'S3', 'Airflow']);
    expect(pairs(r)).toEqual(['kafka->spark', 'spark->s3', 'web-app->kafka']);
    expect(r.components.find((c) => c.name === 'Kafka')?.line).toBe(5);
    expectWellFormed(r);
  });

  it('claims a page that wraps a diagram in words, but not a bare diagram', () => {
    expect(markdownParser.detect(readme)).toBeGreaterThan(0.97);
    expect(markdownParser.detect('```mermaid\nflowchart LR\n  a --> b\n```')).toBeLessThan(0.5);
  });

  it('reads OpenLineage events block by block; a malformed block is a warning, not a failure', () => {
    const event = (job: string, input: string, output: string): string =>
      `{"eventType": "COMPLETE", "job": {"namespace": "spark", "name": "${job}"}, "run": {"runId": "r"},\n "inputs": [{"namespace": "s3://raw", "name": "${input}"}],\n "outputs": [{"namespace": "s3://clean", "name": "${output}"},]}`;
    const page = ['# Lineage', '', 'Two runs:', '', '```json', event('clean_orders', 'orders_raw', 'orders_clean'), '```', '', '```json', '{"eventType": "COMPLETE", "job": ', '```', '', '```json', event('agg_orders', 'orders_clean', 'orders_daily'), '```'].join('\n');
    const r = parse(page);
    expect(names(r)).toEqual(expect.arrayContaining(['clean_orders', 'orders_raw', 'orders_clean', 'agg_orders', 'orders_daily']));
    expect(pairs(r)).toContain('orders-clean->agg-orders');
    expect(r.warnings.some((w) => w.line === 12)).toBe(true);
  });
});

describe('markdownParser: prose edges follow the verbs', () => {
  it('puts what a tool reads from before it, and keeps the tool as the one that writes on', () => {
    expect(pairs(parse('Spark reads from Kafka and writes to S3.'))).toEqual(['kafka->spark', 'spark->s3']);
  });

  it('reads a passive agent as the source', () => {
    expect(pairs(parse('Raw events land in S3, delivered by Kinesis Firehose.'))).toEqual(['kinesis-firehose->s3']);
  });

  it('reads tools listed in one sentence as a set, not a chain', () => {
    expect(parse('The stack uses Kafka, Spark, Postgres and Superset.').edges).toEqual([]);
  });

  it('does not wire one paragraph to the next', () => {
    const r = parse('Events go to Kafka and land in S3.\n\nOrders come from Postgres via Debezium.');
    expect(pairs(r)).toEqual(['kafka->s3', 'postgres->debezium']);
  });
});

describe('markdownParser: headings frame, they do not state', () => {
  it('passes a stage heading to the classifier as a hint; only `[stage]` is stated', () => {
    const r = parse('## Data generation\n- Kafka\n- Orders service\n- dbt [model]');
    expect(r.components.find((c) => c.name === 'Kafka')?.explicit).toBeUndefined();
    expect(r.components.find((c) => c.name === 'Kafka')?.hints).toContain('Data generation');
    expect(r.components.find((c) => c.name === 'dbt')?.explicit).toBe('model');
  });
});

describe('markdownParser: slide text', () => {
  it('joins a name broken over two lines and keeps the phrases between known products', () => {
    const r = parse(['Kafka', 'Stream', 'Processing Jobs', 'Feature Store', 'Snowflake'].join('\n'));
    expect(names(r)).toEqual(['Kafka', 'Stream Processing Jobs', 'Feature Store', 'Snowflake']);
  });
});

describe('markdownParser robustness', () => {
  it('stays well-formed on odd Markdown', () => {
    for (const s of ['', '-', '```json\n', '| a |\n|---|\n| b |', '<!-- open', '# \n## x:', '> - [ ] a\n>   - b', '[x](#y)', '•  a\n  • b']) {
      expectWellFormed(parse(s));
    }
  });
});

describe('markdownParser: what is not a component', () => {
  it('leaves out functions, methods, formats, languages and config files, saying why', () => {
    const r = parse('The job calls `to_table()` and `df.writeStream` in Python, writes Parquet to S3 and reads `dagster.yaml`.');
    expect(names(r)).toEqual(['S3']);
    const said = r.warnings.map((w) => w.found);
    expect(said).toEqual(expect.arrayContaining(['to_table()', 'df.writeStream', 'Python', 'Parquet', 'dagster.yaml']));
  });

  it('keeps scripts and tables named with dots', () => {
    expect(names(parse('- **kafka_stream.py**: sends user data\n- `raw.orders` in Snowflake'))).toEqual(expect.arrayContaining(['kafka_stream.py', 'raw.orders']));
  });
});

describe('markdownParser on texts past the Markdown parser\'s limit', () => {
  it('still reads tables and fenced blocks, with their lines where they are', () => {
    const filler = Array.from({ length: 5_000 }, (_, i) => `Note ${i}: nothing to see in this line of the appendix.`).join('\n');
    const text = [
      '# Platform',
      '',
      '| Layer | Tool |',
      '|---|---|',
      '| Ingestion | Fivetran |',
      '| Warehouse | Snowflake |',
      '',
      '```mermaid',
      'flowchart LR',
      '  kafka[Kafka] --> flink[Flink]',
      '```',
      '',
      filler,
    ].join('\n');
    expect(text.length).toBeGreaterThan(MDAST_LIMIT);
    const r = parse(text);
    expect(names(r)).toEqual(expect.arrayContaining(['Fivetran', 'Snowflake', 'Kafka', 'Flink']));
    expect(r.components.find((c) => c.name === 'Snowflake')?.line).toBe(6);
    expect(r.components.find((c) => c.name === 'Snowflake')?.hints).toContain('Warehouse');
    expect(pairs(r)).toContain('kafka->flink');
    // The table's rows are not prose: "Layer" and "Tool" name nothing.
    expect(names(r)).not.toContain('Layer');
  });
});

describe('markdownParser: pictures are not descriptions', () => {
  it('drops an embedded image, its alt text and its file name, and keeps the list around it', () => {
    const r = parse(['## Architecture', '', '![architecture.png](docs/architecture.png)', '', '- **PostgreSQL**: the source', '- **Debezium**: captures changes'].join('\n'));
    expect(names(r)).toEqual(['PostgreSQL', 'Debezium']);
  });

  it('drops an image inside a list item but keeps the item', () => {
    const r = parse('- ![logo](kafka.svg) **Kafka**: carries the events');
    expect(names(r)).toEqual(['Kafka']);
  });
});

describe('markdownParser: a picture tag on its own line', () => {
  it('does not swallow the headings and lists after it (CommonMark would read them as one HTML block)', () => {
    const r = parse(['# Stack', '', '<img src="arch.png" width="1080"/>', '### Fivetran', '- Source: Postgresql', '- Destination: Snowflake'].join('\n'));
    expect(names(r)).toEqual(['Fivetran', 'Postgresql', 'Snowflake']);
  });
});

describe('markdownParser: a stage label with its tool in brackets, on a line of its own', () => {
  it('reads "Ingestion (Airbyte)" as a paragraph or a heading the way a bold label is read', () => {
    expect(names(parse('Ingestion (Airbyte)\n\nPulls data from sources.\n\nTransformation (dbt)\n\nCleans raw data.'))).toEqual(['Airbyte', 'dbt']);
    expect(names(parse('## Ingestion (Airbyte)\n\nPulls data from sources.\n\n## Serving (Looker)'))).toEqual(['Airbyte', 'Looker']);
  });

  it('leaves a bracket that names no tool alone', () => {
    expect(names(parse('Ingestion (daily)\n\nKafka carries the events.'))).toEqual(['Kafka']);
  });
});

describe('markdownParser: a numbered heading that names a component', () => {
  const page = ['## Services', '', '### 1. MySQL', '- Operational database of the shop.', '- Binlog enabled for Debezium.', '', '### 2. Iceberg Lakehouse', '- Tables keep history.', '', '### 3. Dagster', '- Runs the jobs.'].join('\n');

  it('reads the product past its step number, alone or with its own role noun after it', () => {
    expect(names(parse(page))).toEqual(['MySQL', 'Debezium', 'Iceberg Lakehouse', 'Dagster']);
  });

  it('takes a role phrase under the heading as what the component is, not as another component', () => {
    const r = parse(page);
    expect(r.components.find((c) => c.name === 'MySQL')?.hints).toContain('Operational database of the shop.');
    const where = placed(r);
    const stageOf = (name: string) => where[r.components.find((c) => c.name === name)?.id ?? ''];
    expect(['MySQL', 'Iceberg Lakehouse', 'Dagster'].map(stageOf)).toEqual(['generate', 'store', 'orchestrate']);
  });

  it('reads a dotted section number and a role in brackets after the product as the numbering and a description', () => {
    expect(names(parse('## Workflow\n\n### 1.3 Spark Structured Streaming (Consumer)\n- Reads events from Kafka.'))).toEqual(['Spark Structured Streaming', 'Kafka']);
    expect(names(parse('### 3 brokers\n- Kafka'))).toEqual(['Kafka']);
  });

  it('keeps a heading of a product and another product as a group', () => {
    expect(names(parse('### 2. Kafka Stack\n- **Kafka Broker**: carries events.\n- **Kafka Connect**: loads them.'))).toEqual(['Kafka Broker', 'Kafka Connect']);
  });
});

describe('markdownParser: marks and step numbers before a label', () => {
  it('reads "🟠 2. Bronze Layer – Landing Raw Data" as the layer, explained', () => {
    const r = parse('🟠 2. Bronze Layer – Landing Raw Data\nWe read the files with Databricks.\n\n🟡 3. Silver Layer – Clean and Transform\nWe clean them.');
    expect(names(r)).toEqual(expect.arrayContaining(['Bronze Layer', 'Silver Layer', 'Databricks']));
  });

  it('keeps steps written in lowercase after a label out of the names', () => {
    const r = parse('✅ Airflow DAGs: ingest raw data, run dbt pipeline, train ML churn model');
    expect(names(r)).not.toContain('ingest raw data');
    expect(names(r)).not.toContain('run dbt pipeline');
  });
});

describe('markdownParser: a section about a data layer', () => {
  it('draws the layer a heading names as data at rest after the work under it', () => {
    const r = parse('## Layers\n\n### Raw\nSource tables loaded into BigQuery.\n\n### Marts\n- Fact and dimension tables');
    expect(names(r)).toEqual(expect.arrayContaining(['Raw', 'Marts', 'BigQuery']));
    expect(pairs(r)).toContain('bigquery->raw');
  });

  it('reads a layer label line over its description as the layer', () => {
    const r = parse('Bronze Layer:\n\nIngests raw files using Databricks Auto Loader\n\nSilver Layer:\n\nCleans and enriches the raw data');
    expect(names(r)).toEqual(expect.arrayContaining(['Bronze Layer', 'Silver Layer']));
  });

  it('reads a bold layer line as the layer, and ends it at the next bold line', () => {
    const r = parse('**Bronze Layer**\n    Raw events are stored exactly as received\n\n**Gold Layer**\n    Spark aggregates data\n\n**Orchestration with Airflow**\n    Logs are visible in the Airflow UI');
    expect(names(r)).toEqual(expect.arrayContaining(['Bronze Layer', 'Gold Layer', 'Spark']));
    const where = placed(r);
    expect(where['gold-layer']).toBe('model');
    expect(Object.entries(where).filter(([, p]) => p === 'model').map(([id]) => id)).toEqual(['gold-layer']);
  });

  it('keeps a stage of work as a frame, not a component', () => {
    expect(names(parse('## Ingestion\n- Fivetran\n\n## Serving\n- Looker'))).toEqual(['Fivetran', 'Looker']);
  });
});

describe('markdownParser: a table of layers', () => {
  it('reads each row of a Layer column as a layer, explained by the row', () => {
    const r = parse('## Architecture\n\nData lands in ADLS and Databricks refines it.\n\n| Layer | Description |\n|---|---|\n| **Bronze (Raw)** | Stores raw data. |\n| **Gold (Serving)** | Tables for analytics. |');
    expect(names(r)).toEqual(expect.arrayContaining(['Bronze', 'Gold']));
    const where = placed(r);
    expect(where[r.components.find((c) => c.name === 'Gold')?.id ?? '']).toBe('model');
  });

  it('reads a column of modules as the parts of the system, each placed by what its row says it does', () => {
    const r = parse('## Modules Overview\n\n| Module | Description |\n|---|---|\n| [nifi-setup](./modules/nifi-setup) | Ingestion pipeline using Apache NiFi to fetch external data. |\n| [spark-jobs](./modules/spark-jobs) | PySpark jobs to clean and process data into Hudi tables. |');
    expect(names(r)).toEqual(['nifi-setup', 'spark-jobs']);
    expect(placed(r)).toMatchObject({ 'nifi-setup': 'ingest', 'spark-jobs': 'process' });
  });

  it('reads a column of table names as data at rest, placed by the heading over the table', () => {
    const r = parse('Spark builds them daily.\n\n## Warehouse Analytics Tables\n\n| Table Name | Description |\n|---|---|\n| `revenue_by_region` | Regional performance |\n| `monthly_sales` | Monthly trend |');
    expect(names(r)).toEqual(expect.arrayContaining(['revenue_by_region', 'monthly_sales']));
    expect(placed(r)).toMatchObject({ 'revenue-by-region': 'model', 'monthly-sales': 'model' });
  });
});

describe('markdownParser: a tree drawn in a fence', () => {
  const fence = (body: string[]): string => ['## Design', '', '```', ...body, '```'].join('\n');
  it('reads a tree of names as nested items', () => {
    const r = parse(fence(['Data Pipeline', '├── SQL Server Database', '├── Airflow', '│   └── Python Jobs', '└── Big Query Cloud', '    └── Lightdash']));
    expect(names(r)).toEqual(expect.arrayContaining(['SQL Server Database', 'Airflow', 'Lightdash']));
  });

  it('reads a drawing fenced as shell, as READMEs often fence them, and leaves shell commands alone', () => {
    const drawing = ['## Architecture', '```bash', 'Kafka (Stock Ticks)', '↓', 'Spark Structured Streaming', '↓', 'MinIO', '```'].join('\r\n');
    expect(names(parse(drawing))).toEqual(['Kafka', 'Spark Structured Streaming', 'MinIO']);
    expect(names(parse('## Run\n\n```bash\ndocker compose up -d\n```\n\nKafka feeds Spark.'))).toEqual(['Kafka', 'Spark']);
  });

  it('leaves a tree of files alone', () => {
    const r = parse(fence(['.', '├── dags/', '│   └── etl.py', '├── docker-compose.yml', '└── README.md']).concat('\n\nKafka feeds Spark.'));
    expect(names(r)).toEqual(['Kafka', 'Spark']);
  });
});

describe('markdownParser: HTML a README writes its lists in', () => {
  it('reads <ul><li><strong> as the list it stands for, and leaves a fenced block as it is', () => {
    const r = parse([
      '### Technologies Used',
      '<ul>',
      '  <li><strong>MySQL</strong>- as transaction database(OLTP)</li>',
      '  <li><strong>Airbyte</strong> - as Extract-Load tool</li>',
      '  <li><strong>Metabase</strong> - as data visualization tool</li>',
      '</ul>',
      '```text',
      '<li>Not a component</li>',
      '```',
    ].join('\n'));
    expect(r.components.map((c) => [c.name, c.line])).toEqual([['MySQL', 3], ['Airbyte', 4], ['Metabase', 5]]);
    expect(placed(r)).toMatchObject({ mysql: 'generate', airbyte: 'ingest', metabase: 'serve' });
  });
});
