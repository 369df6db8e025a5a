import { describe, expect, it } from 'vitest';
import { importPipeline } from '../../importPipeline';
import { markdownParser } from './index';
import { names, pairs, parse, placed } from '../../../test/markdownReading';

describe('a layer named with its alias or file in brackets', () => {
  it('is the component a "Layer: what it holds" line explains, the alias named in brackets or outside them', () => {
    const r = parse(['Storage: Amazon Redshift', '', 'Raw (Bronze): Untreated raw data.', '', 'Staging (Silver): Clean and standardized data.', '', 'Analytics (Gold): Data ready for analytical consumption.'].join('\n'));
    expect(names(r)).toEqual(['Amazon Redshift', 'Raw (Bronze)', 'Staging (Silver)', 'Analytics (Gold)']);
    const at = placed(r);
    expect([at['raw-bronze'], at['staging-silver'], at['analytics-gold']]).toEqual(['store', 'process', 'model']);
  });

  it('opens a section when it stands alone on its line, as `Bronze Layer:` does; the lines under it describe it', () => {
    const r = parse(['Built with Snowflake and dbt.', '', 'Staging Layer (stg_orders.sql)', '', 'Cleans raw data', '', 'Mart Layer (fct_orders.sql)', '', 'Analytics-ready fact table'].join('\n'));
    expect(names(r)).toEqual(expect.arrayContaining(['Staging Layer (stg_orders.sql)', 'Mart Layer (fct_orders.sql)']));
    const at = placed(r);
    expect(at['staging-layer-stg-orders-sql']).toBe('process');
    expect(at['mart-layer-fct-orders-sql']).toBe('model');
  });

  it('opens a section when the heading is a link to the layer\'s folder, as the plain heading does', () => {
    const r = parse(['## [Staging Layer](models/staging)', '- **Casting:** cast the types', '', '### [Marts Layer](models/marts)', '- **One Big Table:** one wide table'].join('\n'));
    const at = placed(r);
    expect([at['staging-layer'], at['marts-layer']]).toEqual(['process', 'model']);
  });

  it('leaves a label with a tool in brackets to the tool, and a bracket that is no layer to the line', () => {
    expect(names(parse('- Storage (S3): the landing bucket\n- Spark: transforms'))).toContain('S3');
    expect(names(parse('Kafka and Spark.\n\nNotes (draft): we use Kafka here.'))).not.toContain('Notes (draft)');
  });
});

describe('a chain inside an item, in brackets or code', () => {
  it('names the parts of that step as components, and the list keeps its own order', () => {
    const r = parse('## Stack\n\n- Ingestion with Airbyte\n- Modular transformations with dbt (staging → marts)\n- Dashboards in Metabase');
    expect(names(r)).toEqual(expect.arrayContaining(['staging', 'marts', 'Airbyte', 'dbt', 'Metabase']));
    expect([placed(r)['staging'], placed(r)['marts']]).toEqual(['process', 'model']);
    expect(pairs(r)).toEqual(expect.arrayContaining(['staging->marts', 'airbyte->dbt', 'dbt->metabase']));
  });

  it('reads a chain in code inside a sentence the same way', () => {
    const r = parse('- **Dimensional Modeling:** Refactored raw tables into a clean `Staging -> Intermediate -> Marts` structure.');
    expect(names(r)).toEqual(['Staging', 'Intermediate', 'Marts']);
  });

  it('leaves code that is not a chain of names alone, and pairs backticks from the start of the line', () => {
    expect(names(parse('- Spark maps rows with `df.map(x => x.id)` before writing to S3'))).toEqual(['Spark', 'S3']);
    expect(names(parse('- Spark reads the `raw` bucket → cleans → writes the `curated` bucket'))).not.toContain('cleans');
  });
});

describe('what runs beside the data path in a list', () => {
  it('is not a step of the chain: coordination and monitoring leave the data flowing past them', () => {
    const r = parse('- Kafka carries the events\n- Apache Zookeeper coordinates the brokers\n- Spark reads the events\n- Prometheus scrapes metrics\n- Grafana dashboards');
    expect(pairs(r)).toEqual(['kafka->spark', 'spark->grafana-dashboards']);
  });
});

describe('a role named after a bare "as"', () => {
  it('is the role of the product before it when both are the same kind of thing, not a second component', () => {
    const r = parse('Ingests events with Pub/Sub, using Cloud Storage as Datalake, and loads them into BigQuery as Datawarehouse for Looker Studio.');
    expect(names(r)).toEqual(['Pub/Sub', 'Cloud Storage', 'BigQuery', 'Looker Studio']);
    expect(r.components.find((c) => c.name === 'BigQuery')?.hints).toContain('Datawarehouse');
    expect(names(parse('Kafka feeds Spark as well as Flink, and Flink writes to S3.'))).toEqual(['Kafka', 'Spark', 'Flink', 'S3']);
  });
});

describe('a section on setting the project up', () => {
  it('names nothing of the pipeline: its steps and tools are how to install and run it', () => {
    const r = parse('## Stack\n- **Kestra**: runs the flows.\n- **BigQuery**: the warehouse.\n\n## 🏁 Getting Started\n1. **Set Up GCP**\n   - Enable BigQuery.\n2. **Open the Kestra UI** and the DBT Cloud UI.\n\n## Features\n- Dashboards in Looker Studio');
    expect(names(r)).toEqual(['Kestra', 'BigQuery', 'Looker Studio']);
  });
});

describe('a bold step label of several words', () => {
  it('lists the tools named after it, in any language and with a space before the colon', () => {
    const r = parse('- **Collecte de données** : TMDB API\n- **Transmission de données** : Kafka\n- **Stockage des données** : HDFS');
    expect(names(r)).toEqual(['TMDB API', 'Kafka', 'HDFS']);
    expect(names(parse('- **Incremental Processing:** appends new rows to the `fct_reviews` table with `append_new_columns`.'))).toEqual([]);
  });

  it('keeps a source named as prose names it: capitalised words before a role noun', () => {
    const r = parse('1. **Data Upload**: We upload data from the Aviation Stack API to GCS daily.');
    expect(names(r)).toEqual(['Aviation Stack API', 'GCS']);
  });
});

describe('brackets after a name that describe it', () => {
  it('say what it is for or what it is like; the name is what stands before them', () => {
    const r = parse('- Kafka Broker\n- AKHQ (to visualise messages in Kafka topics)\n- Minio Client (To initialize root directory in Minio storage)\n- Superset (used for dashboards)');
    expect(names(r)).toEqual(['Kafka Broker', 'AKHQ', 'Minio Client', 'Superset']);
    expect(r.components.find((c) => c.name === 'AKHQ')?.hints).toContain('to visualise messages in Kafka topics');
    expect(names(parse('- Storage: MinIO (S3-compatible)\n- Apps: Web app (React)'))).toEqual(['MinIO', 'Web app (React)']);
  });

  it('read the same when the tool after a bold label is a link', () => {
    const r = parse('- **Query Engine:** [Trino](https://trino.io/)\n- **Object Storage:** [MinIO (S3-compatible)](https://min.io/)');
    expect(names(r)).toEqual(['Trino', 'MinIO']);
  });
});

describe('a layer in brackets after a product', () => {
  it('names data of its own: the product holds two layers, each placed by its layer', () => {
    const r = parse('- PostgreSQL (raw)\n- dbt\n- PostgreSQL (data marts)');
    expect(names(r)).toEqual(['PostgreSQL (raw)', 'dbt', 'PostgreSQL (data marts)']);
    expect(placed(r)).toEqual({ 'postgresql-raw': 'store', dbt: 'process', 'postgresql-data-marts': 'model' });
    expect(placed(parse('- Storage: PostgreSQL (raw), PostgreSQL (data marts)'))).toEqual({ 'postgresql-raw': 'store', 'postgresql-data-marts': 'model' });
    expect(names(parse('- Storage: PostgreSQL (production)'))).toEqual(['PostgreSQL']);
  });
});

describe('products named together before a dash or a colon', () => {
  it('are each a component, as in a bold label', () => {
    expect(names(parse('1. Kafka & Zookeeper - Kafka acts as a message broker.\n2. Spark - reads the topics'))).toEqual(['Kafka', 'Zookeeper', 'Spark']);
    expect(names(parse('- **HDFS & Hive**: where the lake lives'))).toEqual(['HDFS', 'Hive']);
  });
});

describe('layers chained inside a sentence', () => {
  it('are the layers data rests in, in order, whatever language the sentence is in', () => {
    const r = parse('El pipeline se organiza en capas, siguiendo el paradigma Bronze → Silver → Gold:\n\nLos datos llegan desde Kaggle.');
    expect(pairs(r)).toEqual(expect.arrayContaining(['bronze->silver', 'silver->gold']));
    const at = placed(r);
    expect([at['bronze'], at['silver'], at['gold']]).toEqual(['store', 'process', 'model']);
    expect(names(parse('- Spark jobs on HDFS\n- Pipeline 3 tầng: RAW → STAGING → MART'))).toEqual(expect.arrayContaining(['RAW', 'STAGING', 'MART']));
  });

  it('need two layers in a row: a layer pointing at anything else is no chain of layers', () => {
    expect(names(parse('Kafka feeds Spark, which keeps files raw → then cleans them for the marts.'))).not.toContain('raw');
    expect(names(parse('We renamed the S3 prefix raw → landing last week. Spark reads it.'))).toEqual(['S3', 'Spark']);
  });
});

describe('dbt blocks on a page', () => {
  it('keep a source table named with its source, so another block naming a model the same does not merge with it', () => {
    const text = 'Sources:\n\n```yaml\nversion: 2\nsources:\n  - name: raw\n    tables:\n      - name: orders\n```\n\nModels:\n\n```yaml\nversion: 2\nmodels:\n  - name: orders\n```\n';
    const r = parse(text);
    expect(names(r)).toEqual(['raw', 'raw.orders', 'orders']);
    expect(placed(r)['orders']).toBe('model');
  });
});

describe('an item grouping products under a label', () => {
  it('draws the products in its brackets, not the label', () => {
    const r = parse('## Technologies Used\n- Apache Airflow\n- AWS services (S3, Redshift, Quicksight)\n- Kafka');
    expect(names(r)).toEqual(['Apache Airflow', 'S3', 'Redshift', 'Quicksight', 'Kafka']);
    expect(placed(r)['quicksight']).toBe('serve');
  });

  it('keeps a product with an aside, and a label with one product in brackets, as they were', () => {
    expect(names(parse('- Spark (PySpark, Spark SQL)\n- Kafka'))).toEqual(['Spark (PySpark, Spark SQL)', 'Kafka']);
    expect(names(parse('- Storage (S3)\n- Kafka'))).toEqual(['Storage (S3)', 'Kafka']);
    // "or" offers a choice between them, not two parts.
    expect(names(parse('- Streaming (Kafka or Kinesis)\n- Spark'))).not.toContain('Kinesis');
  });
});

describe('a stage label with a qualifier', () => {
  it('frames the tools its sentence names, whether the qualifier is in brackets or joined by a hyphen', () => {
    for (const label of ['Ingestion (Event-Driven)', 'Auto-Ingestion']) {
      const r = parse(`1. **${label}:** Azure Event Grid triggers Snowpipe, which loads new files into Snowflake.\n2. **Orchestration:** Apache Airflow.`);
      expect(names(r), label).toEqual(['Azure Event Grid', 'Snowpipe', 'Snowflake', 'Apache Airflow']);
      expect(placed(r)['snowpipe'], label).toBe('ingest');
    }
  });

  it('still reads the tools a stage label holds in its brackets, known or not', () => {
    expect(names(parse('- **Ingestion (Airbyte, Fivetran):** loads the sources nightly'))).toEqual(['Airbyte', 'Fivetran']);
    expect(names(parse('- **Ingestion (custom Python scripts)**: pull the Stripe API nightly'))).toEqual(['custom Python scripts']);
  });
});

describe('layers named in a series inside a sentence', () => {
  it('are the layers data rests in, in order, in any language', () => {
    for (const line of ['- dbt models the data in a medallion architecture (Bronze, Silver, Gold).', '- dbt modélise la donnée en Bronze, Silver et Gold.', '- dbt writes Bronze, Silver, and Gold tables.']) {
      const r = parse(line);
      expect(names(r), line).toEqual(['Bronze', 'Silver', 'Gold', 'dbt']);
      expect(pairs(r), line).toEqual(expect.arrayContaining(['bronze->silver', 'silver->gold']));
    }
  });

  it('are a product\'s own datasets, or a place\'s, when they follow it in brackets', () => {
    for (const line of ['- Data lands in BigQuery (Raw, Staging, Marts) and is read by Looker.', '- Data lands in a BigQuery dataset (Raw, Staging, Marts).', '- Files land in S3 buckets (Raw, Processed, Curated).']) {
      expect(names(parse(line)), line).not.toContain('Raw');
    }
  });

  it('state no order when the layers sit side by side', () => {
    expect(names(parse('- dbt builds the Facts and Dimensions in Snowflake'))).toEqual(['dbt', 'Snowflake']);
  });
});

describe('a sources heading with a mark before it', () => {
  it('calls the APIs under it sources, wherever the page\'s order puts them', () => {
    const r = parse(['## 🛠️ Tech Stack', '', '- **Database**: PostgreSQL', '- **Transformation**: dbt-core', '', '## 📊 Data Sources', '', '- **Prices API**: Producer prices by country and year', '- **Food Balance API**: Production data for food items'].join('\n'));
    const at = placed(r);
    expect([at['prices-api'], at['food-balance-api']]).toEqual(['generate', 'generate']);
  });
});

describe('a stack table whose header names the tools among other words', () => {
  it('reads the tools from a "Tool / Technology" column, not the roles beside them', () => {
    const r = parse(['| Component | Tool / Technology |', '| :--- | :--- |', '| **Storage (Data Lake)** | GCP GCS', '| **Data Warehouse** | BigQuery', '| **IaC** | Terraform'].join('\n'));
    expect(names(r)).toEqual(['GCP GCS', 'BigQuery', 'Terraform']);
  });
});

describe('code in brackets after a bold label', () => {
  it('is the prefix or file the component is written in, not part of its name', () => {
    const r = parse([
      '* **Staging Layer (`stg_`):** Standardizes field names, casts data types, and deduplicates raw inputs.',
      '* **Marts Layer (`fct_`, `dim_`):** Star-schema layout optimized for querying.',
      '* **Cloud Function (`src/functions/main.py`)**: parses each message and inserts it into BigQuery.',
    ].join('\n'));
    expect(names(r)).toEqual(expect.arrayContaining(['Staging Layer', 'Marts Layer', 'Cloud Function']));
    expect([placed(r)['staging-layer'], placed(r)['marts-layer']]).toEqual(['process', 'model']);
  });
});

describe('the container platform a README names in its stack', () => {
  it('is drawn in no stage and beside the flow, whatever its line says; the cloud and the language stay out', () => {
    const listed = parse(['## Stack', '', '- **Streaming**: Kafka', '- **Containerization**: Docker', '- **Processing**: Spark', '- **Cloud**: AWS', '- **Language**: Python'].join('\n'));
    const tabled = parse(['| Tool | Purpose |', '| --- | --- |', '| Kafka | Streams the events |', '| Docker | Runs services in isolated containers |', '| Spark | Aggregates the stream |'].join('\n'));
    for (const r of [listed, tabled]) {
      expect(names(r)).toEqual(['Kafka', 'Docker', 'Spark']);
      expect(placed(r)['docker']).toBe('none');
      expect(pairs(r).filter((p) => p.includes('docker'))).toEqual([]);
    }
  });
});

describe('a chain drawn on one row of a code block, its notes on the rows under it', () => {
  const page = ['## The flow at a glance', '', '```', 'vendor exports  ──▶  landing/  ──▶  clean.py  ──▶  marts/', '  (as downloaded)     (checksummed)  (tidy + typed)  (star schema)', '```', '', 'Every change goes through the cleaning script, run by Airflow; nothing edits the marts by hand.'].join('\n');

  it('is the flow of a page read as a page, so the prose around it still counts', () => {
    const r = importPipeline(page);
    expect(r.ok && r.value.format).toBe('list');
    expect(pairs(parse(page))).toEqual(['clean-py->marts', 'landing->clean-py', 'vendor-exports->landing']);
    expect(names(parse(page))).toContain('Airflow');
  });

  it('counts only inside a code block: an arrow in a script\'s comment describes no pipeline', () => {
    expect(markdownParser.detect('#!/bin/sh\n# nightly dump -> backup bucket\npg_dump shop > dump.sql\n')).toBeLessThan(0.25);
  });

  it('includes names stacked down a `↓` chain, which make a page of notes and field lists a pipeline page', () => {
    const page = ['# Overview', '', 'It follows a medallion pipeline:', '', '```text', 'API', '↓', 'Raw Landing', '↓', 'Bronze', '↓', 'Gold', '↓', 'Dashboard', '```', '', 'Typical fields:', '', '```text', 'request_id', 'payload', 'ingested_at', '```'].join('\n');
    const r = importPipeline(page);
    expect(r.ok && r.value.format).toBe('list');
    expect(pairs(parse(page))).toContain('raw-landing->bronze');
    const ascii = ['# Overview', '', 'Each layer has one job:', '', '```', 'Weather API', '|', 'v', 'Raw Landing', '|', 'v', 'Dashboard', '```'].join('\n');
    expect(importPipeline(ascii).ok).toBe(true);
  });

  it('does not take boxes printed with no arrow between them (a CLI\'s output) for a drawn flow', () => {
    expect(markdownParser.detect(['# Status tool', '', '```', '┏━━━━━━━━━━━━┓', '┃ Status: OK ┃', '┗━━━━━━━━━━━━┛', '┏━━━━━━━━━━━━┓', '┃ Jobs: 3    ┃', '┗━━━━━━━━━━━━┛', '```', '', 'Install with pip.'].join('\n'))).toBeLessThan(0.25);
  });

  it('keeps a two-way drawn arrow two-way', () => {
    expect(pairs(parse(['Words.', '```', 'Postgres  ◀──▶  Debezium', '```'].join('\n')))).toEqual(['debezium->postgres', 'postgres->debezium']);
  });
});

describe('a product with a description in another script', () => {
  it('is the component; the description, even one that names a product, is not', () => {
    const r = parse(['- MinIO - S3-совместимое хранилище объектов', '- Kafka - потоковая передача событий'].join('\n'));
    expect(names(r)).toEqual(['MinIO', 'Kafka']);
  });

  it('is still the product when one word of the other script qualifies it, so the page names it once', () => {
    expect(names(parse('Kafka-кластер → Spark\n\n- Kafka'))).toEqual(['Kafka-кластер', 'Spark']);
  });
});

describe('a table of the stack written in another language', () => {
  it('finds the tool column by its header in Portuguese, French or Spanish', () => {
    for (const [tool, purpose] of [['Tecnologia', 'Função'], ['Composant', 'Rôle'], ['Herramienta', 'Descripción']]) {
      const r = parse([`| ${tool} | ${purpose} |`, '| --- | --- |', '| Apache Spark | Processamento |', '| Delta Lake | Armazenamento |'].join('\n'));
      expect(names(r)).toEqual(['Apache Spark', 'Delta Lake']);
    }
  });
});
