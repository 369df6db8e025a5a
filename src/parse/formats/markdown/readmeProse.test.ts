import { describe, expect, it } from 'vitest';
import { productCore } from './names';
import { names, pairs, parse, placed } from '../../../test/markdownReading';

describe('listParser on page furniture around a pipeline', () => {
  it('keeps only the product a page title is named after', () => {
    const r = parse('**A Spark ETL Pipeline with Snowflake** loads orders into Snowflake.');
    expect(names(r)).toEqual(['Spark', 'Snowflake']);
    expect(names(parse('Our Streaming Data Pipeline writes events to Kafka.'))).toEqual(['Kafka']);
  });

  it('skips folder legends and directory tree lines', () => {
    const r = parse('/opt/jobs/dags/   → DAG code for Airflow\n/opt/jobs/data/ → dbt project\n├── models/\n└── staging.sql\nKafka → Spark → Postgres');
    expect(names(r)).toEqual(['Kafka', 'Spark', 'Postgres']);
  });

  it('skips the label beside a vertical diagram arrow unless it names a product', () => {
    const r = parse('Airflow\n   │\n   │  Schedules + Runs\n   ▼\n   │  via Kafka Connect\nSpark → Postgres');
    expect(names(r).filter((n) => n === 'Schedules' || n === 'Runs')).toEqual([]);
    expect(names(r)).toContain('Kafka Connect');
  });

  it('reads a chain a sentence holds in brackets, and the sentence around it as prose', () => {
    const r = parse('A Bruin pipeline then transforms the raw tables into a layered model (staging → intermediate → marts), and a Streamlit dashboard shows them.');
    expect(names(r)).toEqual(expect.arrayContaining(['staging', 'intermediate', 'marts', 'Streamlit']));
    expect(pairs(r)).toEqual(expect.arrayContaining(['staging->intermediate', 'intermediate->marts']));
    const more = parse('Built on a medallion architecture (Bronze → Silver → Gold), with Apache Spark (PySpark) and MinIO (S3-compatible).');
    expect(names(more)).toEqual(expect.arrayContaining(['Bronze', 'Silver', 'Gold', 'Apache Spark', 'MinIO']));
  });

  it('reads layers in parentheses after a warehouse as its datasets, after dbt as models', () => {
    expect(names(parse('Airflow → dbt Core\nBigQuery (raw → staging → marts)'))).toEqual(['Airflow', 'dbt Core', 'BigQuery']);
    expect(names(parse('dbt (staging → intermediate → marts)'))).toEqual(['staging', 'intermediate', 'marts']);
  });
});

describe('listParser on parentheses in running text', () => {
  it('reads a parenthesis that lists products as the tools doing what the sentence says; one product stays an aside', () => {
    const listed = parse('Spark stores the results in a three-tier architecture (Redis, PostgreSQL, MinIO) for different query patterns.');
    expect(names(listed)).toEqual(['Spark', 'Redis', 'PostgreSQL', 'MinIO']);
    // One product in parentheses says what the thing before it is: an alias, not a second component.
    expect(names(parse('Spark writes the results to object storage (MinIO) every hour.'))).toEqual(['Spark', 'object storage']);
    // One product among examples is one of the tools: "(Power BI, dashboards, etc.)".
    expect(names(parse('Downstream tools (Power BI, dashboards, etc.) always see fresh output.'))).toContain('Power BI');
  });
});

describe('listParser on steps and generic nouns in prose', () => {
  it('reads a bold imperative label as a task, taking only the tools it names', () => {
    const r = parse('- **Automate dbt runs:** trigger them nightly from Airflow.');
    expect(names(r)).toEqual(['dbt', 'Airflow']);
  });

  it('does not take an indefinite noun after a preposition as a component', () => {
    expect(names(parse('Each staging model maps to a source table.'))).toEqual([]);
    // A lone lowercase noun in a sentence is any warehouse, not a named part of this pipeline.
    expect(names(parse('Spark writes results to the warehouse.'))).toEqual(['Spark']);
  });
});

describe('listParser on what a tool reads from', () => {
  it('puts the source a tool takes data from before the tool', () => {
    const r = parse('A Spark job consumes the Kafka topic and writes it to PostgreSQL.');
    expect(pairs(r)).toEqual(['kafka->spark', 'spark->postgresql']);
    expect(pairs(parse('Kafka streams real-time data from an external API.'))).toEqual(['external-api->kafka']);
  });

  it('keeps the order when the tool is what the work is done with', () => {
    expect(pairs(parse('It ingests data from the API, then processes it using Spark.'))).toEqual(['api->spark']);
  });
});

describe('listParser reads READMEs conservatively', () => {
  it('names the product, not the label or status around it', () => {
    const r = parse(['## Tech Stack', '', '- Orchestration: Dagster (Software-Defined Assets) *(In Progress)*', '- Dashboard: *(Coming soon)* Streamlit', '- Docs: dbt Documentation', ''].join('\n'));
    // dbt's documentation site is a product of its own, beside the pipeline (the lexicon's `dbt docs`).
    expect(names(r)).toEqual(['Dagster', 'Streamlit', 'dbt Documentation']);
    expect(placed(r)['dbt-documentation']).toBe('none');
    expect(r.components.find((c) => c.name === 'Dagster')?.hints).toContain('Software-Defined Assets');
  });

  it('keeps a product name whose tail is part of it, or a framework in brackets', () => {
    expect(productCore('Astro CLI').name).toBe('Astro CLI');
    expect(productCore('Web app (React)').name).toBe('Web app (React)');
    expect(productCore('Use Amazon Athena').name).toBe('Amazon Athena');
  });

  it('drops a cloud vendor alone and a design concept', () => {
    const r = parse(['## Stack', '', '- Cloud: AWS', '- Storage: Amazon S3', '- **Lakehouse Paradigm:** DuckDB reads raw files straight from S3', '- **Dimensional Modeling:** a `dim_hosts` table for BI', ''].join('\n'));
    expect(names(r)).not.toContain('AWS');
    expect(names(r)).not.toContain('Lakehouse Paradigm');
    expect(names(r)).not.toContain('Dimensional Modeling');
    expect(names(r)).not.toContain('dim_hosts');
    expect(names(r)).toContain('DuckDB');
  });

  it('reads "Use X to …" as X, and lowercase step words in a sentence as nothing', () => {
    const r = parse(['The goal is to extract, clean, and store data on AWS.', '', '1. **Data Querying** – Use Amazon Athena to query processed data in S3.', ''].join('\n'));
    expect(names(r)).toContain('Amazon Athena');
    expect(names(r)).not.toContain('Use Amazon Athena');
    for (const w of ['extract', 'clean', 'store', 'AWS']) expect(names(r)).not.toContain(w);
  });

  it('reads a product typed twice as one name', () => {
    expect(names(parse('The data flows from raw S3 S3 sources into Snowflake.'))).toEqual(['S3', 'Snowflake']);
  });

  it('takes only the tools a feature names, not the tables and tests it touches', () => {
    const r = parse(['## Highlights of the build', '', '- **Incremental Processing:** materialised `fct_reviews` incrementally with `append_new_columns` in dbt.', ''].join('\n'));
    expect(names(r)).toEqual(['dbt']);
  });

  it('treats subheadings under Features as features too', () => {
    const r = parse(['# Features', '', '### 2. Kafka Event Streaming', '- Perfect for real-time pipelines', '- Streams events into Kafka', '', '# Architecture', '', '- Kafka -> Spark', ''].join('\n'));
    expect(names(r)).not.toContain('real-time pipelines');
    expect(names(r)).not.toContain('Perfect for real-time pipelines');
    expect(names(r)).toEqual(['Kafka', 'Spark']);
  });
});

describe('listParser on places named side by side', () => {
  it('does not chain clauses that only list where things are kept', () => {
    const r = parse('The company keeps orders in a Postgres database, web events in Kafka, and marketing spend in the Salesforce API. Airbyte loads them into Snowflake.');
    expect(pairs(r)).not.toContain('postgres->kafka');
    expect(pairs(r)).not.toContain('kafka->salesforce-api');
    expect(pairs(r)).toEqual(expect.arrayContaining(['postgres->airbyte', 'salesforce-api->airbyte', 'airbyte->snowflake']));
    expect(placed(r)['salesforce-api']).toBe('generate');
  });

  it('still chains clauses joined by a word of flow', () => {
    expect(pairs(parse('Kafka streams events, Spark cleans them, then Snowflake stores them.'))).toEqual(['kafka->spark', 'spark->snowflake']);
    // A verb the lexicon does not list (triggers) still makes a step, not a place named beside another.
    expect(pairs(parse('The job copies orders from MySQL to GCS, loads them into BigQuery, and triggers dbt.'))).toContain('bigquery->dbt');
  });

  it('does not take an abbreviation like "a.m." for an identifier', () => {
    expect(names(parse('Runs daily at 2 a.m. from Airflow, e.g. loading S3 into Redshift.'))).toEqual(['Airflow', 'S3', 'Redshift']);
  });
});

describe('listParser draws prose edges from the verbs, not the word order', () => {
  it('reads the named object of a carrying verb as where the data comes from', () => {
    expect(pairs(parse('Airbyte syncs Stripe to BigQuery.'))).toEqual(['airbyte->bigquery', 'stripe->airbyte']);
    expect(pairs(parse('Fivetran replicates Salesforce into Snowflake.'))).toEqual(['fivetran->snowflake', 'salesforce->fivetran']);
    // Without a destination after it, the object is where the data goes.
    expect(pairs(parse('Kinesis Firehose delivers the stream to S3.'))).toEqual(['kinesis-firehose->s3']);
    // A crawler or catalog reads what it catalogs.
    expect(pairs(parse('AWS Glue catalogs the S3 data.'))).toEqual(['s3->aws-glue']);
  });

  it('puts what comes after "via", or the tool a load is done with, between the destination and what fed it', () => {
    expect(pairs(parse('Data lands in S3 via Kinesis Firehose.'))).toEqual(['kinesis-firehose->s3']);
    expect(pairs(parse('Orders from Postgres land in S3 via Kinesis Firehose.'))).toEqual(['kinesis-firehose->s3', 'postgres->kinesis-firehose']);
    expect(pairs(parse('Events flow from Postgres via Debezium to Kafka.'))).toEqual(['debezium->kafka', 'postgres->debezium']);
    // The tool a load into a place is done with is the way in, too.
    expect(pairs(parse('It loads the Olist dataset from Kaggle into a `STAGING` schema in Snowflake with Airbyte.'))).toEqual(['airbyte->snowflake', 'kaggle->airbyte']);
    expect(pairs(parse('Spark writes results to S3 using Parquet.'))).toEqual(['spark->s3']);
  });
});

describe('listParser on a bold label explained by "a …"', () => {
  it('takes the label as the component and what it sends to as its neighbour', () => {
    const r = parse('- **Transaction Simulator**: a Python script that generates fake card transactions and sends them to Amazon Kinesis Data Streams.');
    expect(names(r)).toEqual(['Transaction Simulator', 'Amazon Kinesis Data Streams']);
    expect(pairs(r)).toEqual(['transaction-simulator->amazon-kinesis-data-streams']);
    // The product its description sends data to is a neighbour, not what the simulator is.
    expect(placed(r)['transaction-simulator']).toBe('generate');
  });

  it('still reads a stage label by the tools it names', () => {
    expect(names(parse('- **Dashboard**: Metabase shows the marts.'))).toEqual(['Metabase']);
  });
});

describe('listParser on a named thing of a known kind', () => {
  it('takes capitalised words before a role noun as one name', () => {
    const r = parse('# Pipeline\n\nThe game data is collected via the NHL Open API and staged in an Amazon S3 bucket, then copied into Snowflake.\n');
    expect(names(r)).toContain('NHL Open API');
    expect(placed(r)['nhl-open-api']).toBe('generate');
    // A lowercase noun alone is still any such thing, not a part of this pipeline.
    expect(names(parse('# Pipeline\n\nData comes from an api and lands in Snowflake via Fivetran.\n'))).not.toContain('api');
  });
});

describe('listParser on decorated items', () => {
  it('reads a bold label after a pictograph', () => {
    expect(names(parse('- 🗄️ **PostgreSQL**: Reliable source of truth.\n- 🗳️ **MinIO**: S3-compatible object storage for lakehouse workflows.\n'))).toEqual(['PostgreSQL', 'MinIO']);
  });
});

describe('listParser on headings', () => {
  it('takes a heading as a component only when it is a product as written', () => {
    const r = parse('### Kafka Connect\n\n- runs the sinks\n\n### Data Flow:\n\n1. Postgres changes are captured by Debezium\n');
    expect(names(r)).toContain('Kafka Connect');
    // "Data Flow" joins to Google's Dataflow only if the words are run together.
    expect(names(r)).not.toContain('Data Flow');
  });
});

describe('listParser on names prose gives without a product', () => {
  it('reads a CamelCase identifier ending in a role noun as one component', () => {
    const r = parse('The DemoEventTestApp sends a test event to an Event Hub instance.');
    expect(names(r)).toEqual(['DemoEventTestApp', 'Event Hub']);
    // Without a role noun at its end it is a feature or a place, not a part of the pipeline.
    expect(names(parse('Spark uses DynamicAllocation and writes to Kafka.'))).toEqual(['Spark', 'Kafka']);
  });

  it('names a quoted word by the role noun after it: the "raw" folder, the `orders` topic', () => {
    const r = parse('Spark saves it to the "raw" folder. The producer writes the `orders` topic; the job writes the `daily_sales` table.');
    expect(names(r)).toEqual(expect.arrayContaining(['raw folder', 'orders topic', 'daily_sales']));
    expect(names(r)).not.toContain('daily_sales table');
  });
});

describe('listParser on the subject of a bullet sentence', () => {
  it('takes subjects that end in a role noun and have a word of their own, before their verb', () => {
    const r = parse('- Drift detector and Dash monitoring dashboard enable proactive monitoring.\n- FastAPI provides online serving.');
    expect(names(r)).toEqual(['Drift detector', 'Dash monitoring dashboard', 'FastAPI']);
  });

  it('leaves any such thing alone: a determiner, or only words that describe a kind', () => {
    expect(names(parse('The job reads orders_db and writes daily_revenue.'))).toEqual(['orders_db', 'daily_revenue']);
    expect(names(parse('Raw files are kept in Hadoop/HDFS and read by Spark.'))).toEqual(['Hadoop/HDFS', 'Spark']);
  });
});

describe('listParser on a component named in full, then by its product', () => {
  it('meets the one earlier name that starts with the product', () => {
    const r = parse('Redpanda Broker provides streaming. Redpanda offers a single binary. Flink reads from Redpanda.');
    expect(names(r)).toEqual(['Redpanda Broker', 'Flink']);
  });

  it('keeps the product its own when two names start with it', () => {
    const r = parse('Kafka Cluster East feeds Spark. Kafka Cluster West feeds Spark. Kafka is managed by Strimzi.');
    expect(names(r)).toContain('Kafka');
  });

  it('keeps the product its own when the longer name is headed by another thing: a Kafka producer is not Kafka', () => {
    const r = parse('1. Kafka Producer - Generates messages.\n2. Kafka - the message broker.\n3. Spark - consumes messages from Kafka.');
    expect(names(r)).toEqual(['Kafka Producer', 'Kafka', 'Spark']);
  });

  it('meets a longer name that is one of the product\'s own roles: Grafana dashboards are Grafana', () => {
    const r = parse('- Grafana dashboards - show the readings\n\nGrafana queries InfluxDB.');
    expect(names(r).filter((n) => n.startsWith('Grafana'))).toEqual(['Grafana dashboards']);
  });

  it('keeps the product its own when the longer name is work of another stage: a Flink SQL job is not the Paimon table it writes', () => {
    const r = parse('1. Paimon Flink SQL job - reads the topic.\n2. Paimon - the lake table format.\n3. Trino - queries Paimon.');
    expect(names(r)).toContain('Paimon');
  });
});

describe('listParser on a role in apposition', () => {
  it('gives the role to what came before instead of making it a component', () => {
    const r = parse('PostgreSQL serves as the operational source database. Debezium reads PostgreSQL and writes to Kafka.');
    expect(names(r)).toEqual(['PostgreSQL', 'Debezium', 'Kafka']);
    expect(placed(r)).toMatchObject({ postgresql: 'generate' });
  });
});

describe('listParser on a bold label under a stage word', () => {
  it('takes a label that is a thing, explained by words that name no tool, as the component', () => {
    const r = parse('- **CSV Files**: Static structured data.\n- **APIs**: Real-time or batch-based external data.\n- **Apache Kafka**: Manages real-time ingestion.');
    expect(names(r)).toEqual(['CSV Files', 'APIs', 'Apache Kafka']);
  });

  it('still lets a stage label frame the tools it lists, and drops a format named alone', () => {
    expect(names(parse('- **Ingestion**: Kafka, Debezium\n- **Parquet**: columnar files'))).toEqual(['Kafka', 'Debezium']);
  });
});

describe('listParser on a sentence after a stage label', () => {
  it('reads "Grafana tracks system metrics and alerts on anomalies" as a sentence about Grafana, not two names', () => {
    expect(names(parse('1. **Monitoring**: Grafana tracks system metrics and alerts on anomalies.'))).toEqual(['Grafana']);
    expect(names(parse('5. **Deployment**: Docker ensures consistent, environment-agnostic deployment.'))).toEqual([]);
  });

  it('still lists products with their plural nouns: Kafka topics, Spark jobs', () => {
    expect(names(parse('- **Storage**: Kafka topics, Spark jobs, S3 buckets'))).toEqual(['Kafka topics', 'Spark jobs', 'S3 buckets']);
  });
});

describe('listParser on a relative clause after a label', () => {
  it('does not take "that will generate dummy events" for a name', () => {
    expect(names(parse('- Front: ReactJs app `shill-your-coin`, that will generate dummy events (running locally)'))).toEqual(['ReactJs app shill-your-coin']);
  });
});

describe('listParser on one product with two qualifiers', () => {
  it('keeps "BigQuery (Raw Data Layer)" and "BigQuery (Transformed Data Layer)" apart', () => {
    const r = parse('1. BigQuery (Raw Data Layer)\n\n   Holds raw data.\n\n2. dbt\n\n3. BigQuery (Transformed Data Layer)\n\n   Final tables.');
    expect(names(r)).toEqual(['BigQuery (Raw Data Layer)', 'dbt', 'BigQuery (Transformed Data Layer)']);
  });

  it('still meets a name written once with a qualifier and later without it', () => {
    const r = parse('- Azure Data Factory (Orchestration Service)\n- Snowflake\n\nAzure Data Factory copies files.');
    expect(names(r)).toEqual(['Azure Data Factory (Orchestration Service)', 'Snowflake']);
  });
});
