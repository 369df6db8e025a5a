import { describe, expect, it } from 'vitest';
import type { RawPipeline } from '../../types';
import { markdownParser as listParser } from './index';
import { names, pairs, parse, placed } from '../../../test/markdownReading';

describe('stage items that go on to say what the tool does', () => {
  it('name the tool, not the clause after it', () => {
    const r = listParser.parse('1. **Ingestion**: Fivetran and Airbyte load raw data\n2. **Storage**: Snowflake');
    expect(r.components.map((c) => c.name)).toEqual(['Fivetran', 'Airbyte', 'Snowflake']);
    expect(r.components[1]?.hints).toEqual(['Ingestion']);
    expect(placed(r).airbyte).toBe('ingest');
  });
});

describe('listParser on README pages', () => {
  it('skips a table of contents of in-page links', () => {
    const r = parse(['## Overview', '- [Overview](#overview)', '- [Pipeline](#pipeline)', '', '## Pipeline', '- Kafka', '- Spark', ''].join('\n'));
    expect(r.components.map((c) => c.name)).toEqual(['Kafka', 'Spark']);
  });

  it('states a label\'s stage for the names after it, not for every tool a sentence after it mentions', () => {
    const r = parse('1. **Data Processing**: A Spark job then takes over, consuming the data from the Kafka topic and transferring it to a PostgreSQL database.\n');
    const explicit = (name: string) => r.components.find((c) => c.name === name)?.explicit;
    expect(r.components.map((c) => c.name)).toEqual(expect.arrayContaining(['Spark', 'Kafka', 'PostgreSQL']));
    expect(explicit('Kafka')).toBeUndefined();
    expect(explicit('PostgreSQL')).toBeUndefined();
    const named = parse('- Storage: S3 + Iceberg\n');
    expect(named.components.map((c) => [c.name, c.hints])).toEqual([['S3', ['Storage']], ['Iceberg', ['Storage']]]);
    expect(placed(named)).toEqual({ s3: 'store', iceberg: 'store' });
  });
});

describe('listParser on README pages', () => {
  it('reads names listed in one sentence as a set of tools, not a flow', () => {
    const r = parse('A pipeline using Debezium, Kafka, PostgreSQL, and ClickHouse.');
    expect(names(r)).toEqual(['Debezium', 'Kafka', 'PostgreSQL', 'ClickHouse']);
    expect(r.edges).toEqual([]);
  });

  it('chains a listed set as one step between the steps around it', () => {
    const r = parse('Events go to Kafka, then Spark and Flink read them and write to S3.');
    expect(pairs(r)).toEqual(['flink->s3', 'kafka->flink', 'kafka->spark', 'spark->s3']);
  });

  it('takes an arrow chain in a code block as the flow; the rest of the page only names components', () => {
    const page = [
      '# CDC demo',
      'Change capture using Debezium, Kafka, PostgreSQL and ClickHouse.',
      '',
      '```',
      'PostgreSQL → Debezium → Kafka → ClickHouse',
      '```',
      '',
      '- **Zookeeper (2181)**: coordinates the Kafka broker',
    ].join('\n');
    const r = parse(page);
    expect(pairs(r)).toEqual(['debezium->kafka', 'kafka->clickhouse', 'postgresql->debezium']);
    expect(names(r)).toEqual(['PostgreSQL', 'Debezium', 'Kafka', 'ClickHouse', 'Zookeeper']);
  });

  it('uses a title chain only when the body has none, without the title before the colon', () => {
    const r = parse('# Weather demo: OpenWeather → S3 → Snowflake (Airflow + Docker)\n\nA small pipeline orchestrated by Airflow.');
    expect(pairs(r)).toEqual(['openweather->s3', 's3->snowflake']);
    expect(names(r)).toContain('Airflow');
  });

  it('skips code blocks that are not a chain', () => {
    const r = parse('Data goes from Kafka to Spark.\n\n```bash\ndocker compose up -d\nMyTool --flag\n```');
    expect(names(r)).toEqual(['Kafka', 'Spark']);
  });

  it('leaves out capitalised words and acronyms the catalog does not know, in prose', () => {
    const r = parse('It fetches weather for a city (default Vilnius) and stores it in S3. Status: WIP, see the UI. Uses `COPY INTO` and the WAL.');
    expect(names(r)).toEqual(['S3']);
  });

  it('keeps identifiers and known products in prose', () => {
    const r = parse('The job reads the `orders_db` replica and writes daily_revenue into BigQuery.');
    expect(names(r)).toEqual(['orders_db', 'daily_revenue', 'BigQuery']);
  });

  it('reads bold-label bullets as a catalogue: the label is the component, the rest describes it', () => {
    const r = parse('- **Kafdrop (9000)**: Web UI for monitoring Kafka topics\n- **kafka_stream.py**: sends user data to Kafka');
    expect(names(r)).toEqual(['Kafdrop', 'kafka_stream.py']);
    expect(r.components[0]?.hints).toEqual(['Web UI for monitoring Kafka topics']);
  });

  it('reads a bold stage label with its tools in parentheses', () => {
    const r = parse('1. **Ingest (ADF)**: copy activity lands files in Bronze.\n2. **Transform (Databricks)**: cleans the data.');
    expect(names(r)).toEqual(['ADF', 'Databricks']);
    expect(r.components.find((c) => c.name === 'ADF')?.hints).toContain('Ingest');
    expect(placed(r)).toEqual({ adf: 'ingest', databricks: 'process' });
  });

  it('reads a bold step label over a sentence as a step, not a component', () => {
    const r = parse('1. **Data Streaming**: data is streamed from the API into a Kafka topic.');
    expect(names(r)).toEqual(['API', 'Kafka']);
  });

  it('makes a bold subject of a sentence the start of its chain', () => {
    const r = parse('1. **Clickstream Data Generator** simulates user events and pushes them to **Kafka**.');
    expect(pairs(r)).toEqual(['clickstream-data-generator->kafka']);
  });

  it('merges spellings of one product: "Apache Kafka (9092)", "Kafka", "PostgreSQL 18"', () => {
    const r = parse('```\nPostgreSQL 18 → Kafka\n```\n- **Apache Kafka (9092)**: broker\n- **PostgreSQL**: source');
    expect(r.components).toHaveLength(2);
  });

  it('reads a page of several technologies as a list even without a flow verb', () => {
    expect(listParser.detect('Pub/Sub decouples the parts; once data is in BigQuery you chart it in Looker dashboards')).toBeGreaterThanOrEqual(0.25);
  });
});

describe('listParser on README stage labels and details', () => {
  const explicit = (r: RawPipeline): Record<string, string | undefined> => Object.fromEntries(r.components.map((c) => [c.name, c.explicit]));

  it('reads labels such as "Stream Processing" and "Query Engine" as hints for the tools after them', () => {
    const r = parse('- **Stream Processing:** Flink\n- **Object Storage:** MinIO\n- **Query Engine:** Trino\n- **Visualization:** Superset\n- **Monitoring:** Grafana');
    expect(Object.values(explicit(r)).every((e) => e === undefined)).toBe(true);
    expect(r.components.find((c) => c.name === 'Trino')?.hints).toContain('Query Engine');
    // Grafana is a dashboard product: the "Monitoring" label does not outvote what it is.
    expect(placed(r)).toEqual({ flink: 'process', minio: 'store', trino: 'process', superset: 'serve', grafana: 'serve' });
  });

  it('keeps a bare item named like a label a component when it has nothing under it', () => {
    expect(names(parse('- Kafka\n- Stream Processing\n- Looker'))).toEqual(['Kafka', 'Stream Processing', 'Looker']);
  });

  it('reads a sentence after a stage label as prose, not a comma list', () => {
    const r = parse('- **Processing**: Clean, filter, and augment data in the Silver layer with Spark.\n- **Orchestration**: Airflow manages daily runs and job monitoring.');
    // The layer the data rests in is a part; the verbs before it are not.
    expect(names(r)).toEqual(['Silver layer', 'Spark', 'Airflow']);
  });

  it('takes a layer named in prose or as a bold label as a component, with the tools its words name', () => {
    expect(names(parse('Databricks stores results in the **Silver layer**; aggregates go to the Gold layer.'))).toEqual(['Databricks', 'Silver layer', 'Gold layer']);
    const r = parse('- **Silver layer:** Cleaned tables built with Spark.\n- **Gold layer:** Marts modelled with dbt.');
    expect(names(r)).toEqual(['Spark', 'Silver layer', 'dbt', 'Gold layer']);
    // The tools build the layer they describe; the list goes on from the layer.
    expect(pairs(r)).toEqual(['dbt->gold-layer', 'silver-layer->dbt', 'spark->silver-layer']);
  });

  it('takes a bold layer as the component, not the participles and format that say what it holds', () => {
    expect(names(parse('- **Silver**: cleaned + deduplicated tables (Parquet)'))).toEqual(['Silver']);
  });

  it('does not take the details nested under a step as components', () => {
    const r = parse('1. **Glue Crawler** → scans the bucket.\n   - Only new files are crawled\n   - Example: filter by `order_date = \'2024-01\'`\n2. **Athena** → queries the catalog.');
    expect(names(r)).toEqual(['Glue Crawler', 'Athena']);
    const s = parse('- Copy activity reads a control file containing:\n  - Source URL\n  - Sink folder path\n- Spark');
    expect(names(s)).not.toContain('Sink folder path');
    expect(names(s)).not.toContain('Source URL');
  });

  it('still takes nested tools and nested catalog nouns under a step as components', () => {
    expect(names(parse('- Collect events:\n  - Mobile app\n  - Kafka'))).toEqual(['Mobile app', 'Kafka']);
    expect(names(parse('- Kafka\n  - Spark\n  - Flink'))).toEqual(['Kafka', 'Spark', 'Flink']);
  });

  it('does not read a verb-led description as a name', () => {
    expect(names(parse('- Silver Layer:\n  - Spark job\n  - Applies cleaning rules'))).toEqual(['Spark job']);
  });

  it('reads a linked name in bold as the item\'s subject', () => {
    const r = parse('- **[dlt](https://example.org/)** (data load tool) for extraction and loading\n- **[dbt](https://example.org/)** for transformation');
    expect(names(r)).toEqual(['dlt', 'dbt']);
  });

  it('runs the flow from what a bold subject reads to the subject', () => {
    const r = parse('1. **Flink** processes Kafka streams and writes clean data to **Iceberg**.\n');
    expect(pairs(r)).toEqual(['flink->iceberg', 'kafka->flink']);
    const w = parse('1. **Spark** processes the data and writes it to **Iceberg**.\n');
    expect(pairs(w)).toEqual(['spark->iceberg']);
    const c = parse('1. **Superset** visualizes the data by connecting to **Trino**.\n');
    expect(pairs(c)).toEqual(['trino->superset']);
  });
});

describe('listParser on README tables, titles, verbs and steps', () => {
  it('takes the tool column of a table as the components, the row label as a hint', () => {
    const r = parse('## Stack\n\n| Layer | Technology | Purpose |\n|---|---|---|\n| **Broker** | Apache Kafka (KRaft) | Event streaming |\n| Transformation | dbt | SQL models |\n| Dashboards | Metabase, Grafana | Charts |\n');
    expect(names(r)).toEqual(['Apache Kafka', 'dbt', 'Metabase', 'Grafana']);
    expect(r.components.find((c) => c.name === 'dbt')?.hints).toEqual(['Transformation', 'SQL models']);
    expect(r.components.find((c) => c.name === 'Apache Kafka')?.hints).toEqual(['Broker', 'Event streaming', 'KRaft']);
    // The label hints, it does not state the stage: a "Transformation" row does not make dbt a processor.
    expect(r.components.every((c) => c.explicit === undefined)).toBe(true);
    const services = parse('| Service Name | Description | URL |\n|---|---|---|\n| Postgres | Database storage | http://localhost:8080 |\n| Backend | FastAPI backend serving the API | http://localhost:8000 |\n');
    expect(names(services)).toEqual(['Postgres', 'Backend']);
  });

  it('reads no components from a table without a tool column, and never reads rows as prose', () => {
    const r = parse('| Task | Algorithm | Input table |\n|---|---|---|\n| Churn | Random Forest | `customer_metrics` |\n\nKafka feeds Spark.');
    expect(names(r)).toEqual(['Kafka', 'Spark']);
  });

  it('does not take a bold verb leading a bullet as a component', () => {
    const r = parse('- **Captures** click events into Apache Kafka\n- **Processes** streams with Apache Flink');
    expect(names(r)).toEqual(['Apache Kafka', 'Apache Flink']);
  });

  it('drops a heading arrow chain of generic words but keeps one that names tools or layers', () => {
    expect(names(parse('## End-to-End Streaming → Warehouse → Analytics Pipeline\nEvents go from Kafka to Snowflake.'))).toEqual(['Kafka', 'Snowflake']);
    expect(names(parse('# Lab: Bronze → Silver → Gold\n'))).toEqual(['Bronze', 'Silver', 'Gold']);
    expect(names(parse('# Weather → S3 → Snowflake\n'))).toEqual(['Weather', 'S3', 'Snowflake']);
  });

  it('reads an imperative step item for the tools it names only', () => {
    const r = parse('Purpose:\n\n* Flatten the JSON payload\n* Cast and clean fields\n* Validate event structure\n\n1. Run dbt staging\n2. Deploy the Lambda function');
    expect(names(r)).toEqual(['dbt', 'Lambda']);
    expect(names(parse('- Kafka\n- Stream Processing\n- Looker'))).toEqual(['Kafka', 'Stream Processing', 'Looker']);
  });

  it('keeps the tool of a "Tool for role" item and takes the role as a hint', () => {
    const r = parse('## Stack\n- Kafka for streaming\n- PostgreSQL as sink\n- Kafka\n- Infrastructure as Code');
    expect(names(r)).toEqual(['Kafka', 'PostgreSQL', 'Infrastructure as Code']);
    expect(r.components.find((c) => c.name === 'PostgreSQL')?.hints).toContain('sink');
  });

  it('does not cut a name inside the description in brackets after it', () => {
    const r = parse('## Monitoring\n* NodeExporter (Exporter for machine metrics).\n* Mongo Express (admin interface, written with Node.js).\n* Kafka (message broker).');
    expect(names(r)).toContain('NodeExporter');
    expect(names(r).some((n) => n.includes('(') && !n.includes(')'))).toBe(false);
  });

  it('lets a role stated on the item outrank the heading it sits under', () => {
    const r = parse('## Orchestration\n- Airbyte for extraction\n- Dagster');
    expect(names(r)).toEqual(['Airbyte', 'Dagster']);
    expect(placed(r)).toEqual({ airbyte: 'ingest', dagster: 'orchestrate' });
    expect(r.components.find((c) => c.name === 'Airbyte')?.hints).toContain('extraction');
    expect(names(parse('- **Airbyte for Extraction:** pulls the sheets.'))).toEqual(['Airbyte']);
  });

  it('does not take a bold feature label explained by a sentence as a component', () => {
    const r = parse('### Staging\n- **Casting:** Ensure data types are correctly cast.\n- **Renaming:** Rename columns to match the conventions.\n- **Automation:** Used dbt to generate the sources.');
    // The steps are not components; the layer the heading names is, after the tool that builds it.
    expect(names(r)).toEqual(['dbt', 'Staging']);
    // A layer stays a component however it is explained.
    expect(names(parse('- **Bronze**: raw generated data, intentionally dirtied to look real.'))).toEqual(['Bronze']);
    // Without bold too, after a colon or one arrow: `* *Raw* → dados brutos`.
    expect(names(parse('Stored in MinIO.\n\n* *Raw* → dados brutos\n* Silver: dados limpos'))).toEqual(['MinIO', 'Raw', 'Silver']);
    expect(names(parse('- **Bronze schema**: stores raw data.\n- **Star Schema**: facts and dimensions'))).toEqual(['Bronze schema']);
  });

  it('reads items under a project heading (Features, Prerequisites) for the tools they name only', () => {
    const r = parse('## Features\n- Real-time data processing\n- Scalable storage and querying\n\n## Prerequisites\n- Python 3.x\n- Apache Kafka\n\n## Future Enhancements\n- Redshift integration for advanced analytics');
    expect(names(r)).toEqual(['Python 3.x', 'Apache Kafka', 'Redshift']);
  });

  it('keeps the role noun after a tool named in prose', () => {
    const r = parse('A Python Kafka producer publishes events to Kafka, and a Spark consumer reads them.');
    expect(names(r)).toEqual(['Python Kafka producer', 'Kafka', 'Spark consumer']);
  });

  it('does not take words joined by a slash in prose as a component unless a side is a tool', () => {
    expect(names(parse('The team ships with CI/CD and supports data science/ML work on Snowflake.'))).toEqual(['Snowflake']);
    expect(names(parse('Raw files land in Hadoop/HDFS before Spark reads them.'))).toEqual(['Hadoop/HDFS', 'Spark']);
  });

  it('does not read a named architecture pattern as the tool it shares a word with', () => {
    expect(names(parse('Batch and stream jobs built on Kafka and Spark, based on Lambda architecture.'))).toEqual(['Kafka', 'Spark']);
    expect(names(parse('Events trigger AWS Lambda, which writes to S3.'))).toEqual(['AWS Lambda', 'S3']);
  });

  it('reads a step said with a gerund for the tools it names only', () => {
    expect(names(parse('There are two ways to run it:\n- Running Pipeline Locally\n- Deploying the stack with Terraform'))).toEqual(['Terraform']);
    expect(names(parse('- Streaming Service\n- Kafka'))).toEqual(['Streaming Service', 'Kafka']);
  });

  it('places the DAG named after a "DAG:" label as orchestration, whatever its name says', () => {
    const r = parse('### Orchestration details\nDAG: etl_dbt_pipeline\nModel: fct_orders.sql');
    expect(placed(r)).toEqual({ 'etl-dbt-pipeline': 'orchestrate', 'fct-orders-sql': 'model' });
  });
});

describe('setting a project up', () => {
  it('leaves out what an Installation section names under a page title, and reads a paste that opens with Getting started', () => {
    const page = parse('# Orders pipeline\n\nKafka feeds Spark.\n\n## Installation\n\nRun Docker and Postgres locally.');
    expect(names(page)).toEqual(['Kafka', 'Spark']);
    const section = parse('## **Getting Started**\n\nThe dashboard reads a single database that Azure Data Factory loads from Kafka.');
    expect(names(section)).toEqual(expect.arrayContaining(['Azure Data Factory', 'Kafka']));
  });
});
