import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arrowsParser } from '../arrows';
import { markdownParser } from '../markdown';
import { byName, edgePairs, expectWellFormed } from '../../../test/parseFormats';
import { safely } from '../text';
import { isDiagram, readDiagram } from './diagram';

const read = (text: string) => safely((b) => void readDiagram(b, text));

const UNICODE = `
┌─────────────┐     ┌──────────────┐     ┌──────────────┐
│  Orders API │────▶│    Kafka     │────▶│    Flink     │
│  (REST)     │     │  (topics)    │     │              │
└─────────────┘     └──────────────┘     └──────────────┘
                           │                    │
                           │                    ▼
                           │            ┌──────────────┐
                           └───────────▶│  Iceberg     │
                                        │ (table format)│
                                        └──────────────┘`;

const ASCII = `
+-----------+        +-------------+       +-----------+
|  Mobile   | -----> |   Kafka     | ----> |  Spark    |
|  App      |        | (events)    |       | Streaming |
+-----------+        +-----+-------+       +-----------+
                           |
                           v
                     +-----------+
                     | S3 bucket |
                     +-----------+`;

describe('text diagram: boxes', () => {
  it('reads box-drawing boxes and the arrows between them, across and down, even a box drawn one cell too wide', () => {
    const r = read(UNICODE);
    expectWellFormed(r);
    expect(r.components.map((c) => c.name)).toEqual(['Orders API', 'Kafka', 'Flink', 'Iceberg']);
    expect(edgePairs(r).sort()).toEqual(['Flink -> Iceberg', 'Kafka -> Flink', 'Kafka -> Iceberg', 'Orders API -> Kafka']);
  });

  it('keeps a parenthesised row as a hint, not part of the name', () => {
    const r = read(UNICODE);
    expect(byName(r, 'Orders API')?.hints).toContain('REST');
    expect(byName(r, 'Iceberg')?.hints).toContain('table format');
  });

  it('reads ASCII boxes; a name over two rows is one name unless its first row already names a product', () => {
    const r = read(ASCII);
    expect(r.components.map((c) => c.name)).toEqual(['Mobile App', 'Kafka', 'Spark Streaming', 'S3 bucket']);
    expect(edgePairs(r)).toEqual(['Mobile App -> Kafka', 'Kafka -> Spark Streaming', 'Kafka -> S3 bucket']);
  });

  it('takes a box that holds boxes as a group: its title is a hint for what it holds', () => {
    const text = `
+--------------------------------------+
| AWS account                          |
|  +---------+          +-----------+  |
|  | Kinesis | -------> | S3 raw    |  |
|  +---------+          +-----------+  |
+--------------------------------------+`;
    const r = read(text);
    expect(r.components.map((c) => c.name)).toEqual(['Kinesis', 'S3 raw']);
    expect(byName(r, 'Kinesis')?.hints).toContain('AWS account');
    expect(edgePairs(r)).toEqual(['Kinesis -> S3 raw']);
  });

  it('splits a box ruled like a table into its cells, the title a hint, and follows a junction drawn with the wrong stroke', () => {
    const text = `
┌──────────────────────────────┐
│          SOURCES             │
├─────────┬──────────┬─────────┤
│ MySQL   │  Oracle  │ Stripe  │
│ 12 rows │  tables  │         │
└────┬────┴────┬─────┴────┬────┘
     │         │          │
     └─────────┴──────────┘
               │
               ▼
        ┌─────────────┐
        │  Airbyte    │
        └─────────────┘`;
    const r = read(text);
    expect(r.components.map((c) => c.name)).toEqual(['MySQL', 'Oracle', 'Stripe', 'Airbyte']);
    expect(byName(r, 'MySQL')?.hints).toEqual(['SOURCES', '12 rows']);
    expect(edgePairs(r)).toEqual(['MySQL -> Airbyte', 'Oracle -> Airbyte', 'Stripe -> Airbyte']);
  });

  it('still gives every box, in reading order, when no line can be followed', () => {
    const text = `
┌────────┐   ┌────────┐
│ Kafka  │   │ Spark  │
└────────┘   └────────┘
┌───────────┐
│ Snowflake │
└───────────┘`;
    const r = read(text);
    expect(r.components.map((c) => c.name)).toEqual(['Kafka', 'Spark', 'Snowflake']);
    expect(r.edges).toEqual([]);
  });

  it('draws both ways for a line with a head at each end, and reading order for a line with none', () => {
    const text = `
+-------+        +-------+        +-------+
| App   |<------>| Redis |--------| Jobs  |
+-------+        +-------+        +-------+`;
    expect(edgePairs(read(text)).sort()).toEqual(['App -> Redis', 'Redis -> App', 'Redis -> Jobs']);
  });
});

describe('text diagram: words and arrows', () => {
  it('joins words by lines down and across, and a word on a line is its label', () => {
    const text = `
  Postgres
     |
     v
  Debezium --events--> Kafka
                         │
                         ▼
                     ClickHouse ──▶ Grafana`;
    const r = read(text);
    expect(r.components.map((c) => c.name)).toEqual(['Postgres', 'Debezium', 'Kafka', 'ClickHouse', 'Grafana']);
    expect(edgePairs(r)).toEqual(['Postgres -> Debezium', 'Debezium -> Kafka', 'Kafka -> ClickHouse', 'ClickHouse -> Grafana']);
    expect(r.edges.find((e) => e.label)?.label).toBe('events');
  });

  it('reads words under a chain, one arrow down to each, as captions of the chain', () => {
    const text = `Postgres → Debezium → Kafka
   ↓          ↓         ↓
  rows      events    topics`;
    const r = read(text);
    expect(r.components.map((c) => c.name)).toEqual(['Postgres', 'Debezium', 'Kafka']);
    expect(byName(r, 'Debezium')?.hints).toContain('events');
    expect(edgePairs(r)).toEqual(['Postgres -> Debezium', 'Debezium -> Kafka']);
  });

  it('reads bracketed stops, Markdown-escaped or not, with an arrow inside a bracket', () => {
    const text = '\\[Test API]\n↓\n\\[Airflow DAG → PostgreSQL (optional)]\n↓\n[Cassandra]';
    const r = read(text);
    expect(r.components.map((c) => c.name)).toEqual(['Test API', 'Airflow DAG', 'PostgreSQL', 'Cassandra']);
    expect(edgePairs(r)).toEqual(['Test API -> Airflow DAG', 'Airflow DAG -> PostgreSQL', 'Airflow DAG -> Cassandra']);
  });

  it('keeps a layer in a bracketed aside as part of the name: one product holds two layers', () => {
    const text = '[API] → [Python Script] → [PostgreSQL (raw)]\n                           ↓\n                     [dbt models]\n                           ↓\n                 [PostgreSQL (data marts)]';
    const r = read(text);
    expect(r.components.map((c) => c.name)).toEqual(['API', 'Python Script', 'PostgreSQL (raw)', 'dbt models', 'PostgreSQL (data marts)']);
  });

  it('reads a dash aside after a name as its description, unless it opens with a layer', () => {
    const text = 'Python Ingestion Script — ingestion/ingest.py\n      │\n      ▼\nSnowflake — RAW schema\n      │\n      ▼\ndbt Mart Layer — business logic, joins\n      │\n      ▼\nPower BI (via Fabric) — dashboards';
    const r = read(text);
    expect(r.components.map((c) => c.name)).toEqual(['Python Ingestion Script', 'Snowflake — RAW schema', 'dbt Mart Layer', 'Power BI']);
    // After a product alone, an aside naming where data is held says which one: two Kafka topics stay two; a description is still cut.
    expect(read('Kafka — orders topic\n   │\n   ▼\nAirflow — runs daily\n   │\n   ▼\nKafka — alerts topic').components.map((c) => c.name)).toEqual(['Kafka — orders topic', 'Airflow', 'Kafka — alerts topic']);
    expect(byName(r, 'dbt Mart Layer')?.hints).toContain('business logic, joins');
    expect(byName(r, 'Power BI')?.hints).toEqual(expect.arrayContaining(['dashboards', 'via Fabric']));
  });

  it('starts a line a blank row under the words it leaves: the shorter of two stacked lists, a name wrapped with an indent', () => {
    const text = ['API            seeds/', '  │              │', '  ▼              ▼', 'raw.stats      raw.awards', '               raw.champions', '  │              │', '  └──────┬───────┘', '         ▼', '      staging', '       │', '       ▼', 'Lake — storage: MinIO', '         as Iceberg tables', '    │', '    ▼', 'Trino'].join('\n');
    expect(edgePairs(read(text))).toEqual(['API -> raw.stats', 'seeds/ -> raw.awards', 'raw.stats -> staging', 'raw.champions -> staging', 'staging -> Lake', 'Lake -> Trino']);
  });

  it('joins a short name that sits left of the arrow pointing at it', () => {
    expect(edgePairs(read('Mobile app\n    ↓\nKafka\n    ↓\nS3'))).toEqual(['Mobile app -> Kafka', 'Kafka -> S3']);
  });

  it('keeps hyphens and pipes inside words as letters', () => {
    const r = read('event-driven --> read-model\n     |\n     v\n    C++ app');
    expect(r.components.map((c) => c.name)).toEqual(['event-driven', 'read-model', 'C++ app']);
    expect(edgePairs(r)).toEqual(['event-driven -> read-model', 'event-driven -> C++ app']);
  });

  it('joins branches drawn off a line with `|--`, as `├──`, and reads a plus between words as a plus', () => {
    const r = read('Databricks Job\n     |\n     |-- Bronze Layer  (raw ingestion)\n     |-- Silver Layer  (cleaning + deduplication)\n     |\n     v\nSnowflake');
    expect(r.components.map((c) => c.name)).toEqual(['Databricks Job', 'Bronze Layer', 'Silver Layer', 'Snowflake']);
    // The stops on the branches are on the line, not floating beside it.
    for (const layer of ['Bronze Layer', 'Silver Layer']) expect(edgePairs(r).some((e) => e.includes(layer)), layer).toBe(true);
  });

  it('reads a directory tree drawn with `|--` or `├──` as files, not as a flow', () => {
    for (const text of ['etl/\n|-- dags/\n|   |-- etl_dag.py\n|-- scripts/\n|   |-- extract.py', 'etl/\n├── dags/\n│   └── etl_dag.py\n└── scripts/\n    └── extract.py']) {
      expect(edgePairs(read(`Orders API\n   |\n   v\nKafka\n\n${text}`)), text).toEqual(['Orders API -> Kafka']);
    }
  });

  it('draws products joined by a plus at one stop side by side, as an arrow line does', () => {
    expect(edgePairs(read('Spark Jobs\n↓\ndbt + DuckDB (Analytics Layer)\n↓\nStreamlit Dashboard'))).toEqual([
      'Spark Jobs -> dbt',
      'Spark Jobs -> DuckDB',
      'dbt -> Streamlit Dashboard',
      'DuckDB -> Streamlit Dashboard',
    ]);
  });
});

describe('text diagram: recognising one', () => {
  it('takes boxes or arrows down as a drawing, and not a directory tree, a command or a sentence', () => {
    expect(isDiagram(UNICODE)).toBe(true);
    expect(isDiagram(ASCII)).toBe(true);
    expect(isDiagram('Kafka\n  |\n  v\nSpark')).toBe(true);
    expect(isDiagram('project/\n├── dags/\n│   └── etl.py\n└── README.md')).toBe(false);
    expect(isDiagram('echo hello > out.txt')).toBe(false);
    expect(isDiagram('+----+-------+\n| id | name  |\n+----+-------+\n|  1 | alice |\n+----+-------+')).toBe(false);
    expect(isDiagram('Kafka feeds Spark, which writes to S3.')).toBe(false);
  });

  it('is what the arrows format reads from a pasted drawing, fenced or not, under a title', () => {
    const page = `## Architecture\n\n\`\`\`${ASCII}\n\`\`\`\n`;
    expect(arrowsParser.detect(page)).toBeGreaterThan(markdownParser.detect(page));
    expect(arrowsParser.parse(page).components.map((c) => c.name)).toEqual(['Mobile App', 'Kafka', 'Spark Streaming', 'S3 bucket']);
    expect(arrowsParser.parse(page).components[0]?.line).toBe(5);
  });

  it('is read inside a README fence while the prose around it is read too', () => {
    const page = [
      '# Clickstream',
      '',
      'Events are collected by the tracker and land in Kafka. A nightly job exports to BigQuery.',
      'The dashboards live in Looker, and Airflow schedules the exports.',
      'We keep everything in one region to stay cheap.',
      'More notes follow.',
      '',
      '```',
      ASCII.trim(),
      '```',
    ].join('\n');
    expect(arrowsParser.detect(page)).toBeLessThan(markdownParser.detect(page));
    const r = markdownParser.parse(page);
    const got = r.components.map((c) => c.name);
    for (const n of ['Mobile App', 'Spark Streaming', 'S3 bucket', 'BigQuery', 'Looker']) expect(got).toContain(n);
    expect(edgePairs(r)).toContain('Kafka -> S3 bucket');
  });

  it('never throws on arbitrary drawing characters', () => {
    const chars = fc.constantFrom(...'┌┐└┘─│├┤┬┴┼▶▼◀▲+-|v^<> ab\n'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 400 }), (cs) => {
        const text = cs.join('');
        isDiagram(text);
        expectWellFormed(read(text));
      }),
    );
  });
});
