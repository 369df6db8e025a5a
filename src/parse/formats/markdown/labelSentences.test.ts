import { describe, expect, it } from 'vitest';
import { names, parse } from '../../../test/markdownReading';

describe('listParser: a label explained by a sentence', () => {
  it('keeps the label and takes the products the sentence names as components too', () => {
    const r = parse(
      [
        '- OLTP Data: Data is extracted from the store database and loaded into Snowflake using Airbyte.',
        '- S3 Data: Data is also collected from an S3 bucket and loaded into Snowflake using an AWS Lambda function.',
      ].join('\n'),
    );
    expect(names(r)).toEqual(expect.arrayContaining(['OLTP Data', 'Snowflake', 'Airbyte', 'AWS Lambda']));
  });

  it('takes nothing more from a phrase, or from a sentence that only compares products', () => {
    expect(names(parse('- Kafka: message broker beside Redis for order events\n- Spark: stream jobs'))).toEqual(['Kafka', 'Spark']);
    expect(names(parse('- Snowflake: We picked it over BigQuery and Redshift for its pricing.\n- Airflow: Replaced Cron and Luigi last year.'))).toEqual(['Snowflake', 'Airflow']);
  });
});

describe('listParser: a role label before the product that fills it', () => {
  it('names the product, as "Data lake: HDFS" does, for a warehouse too', () => {
    const r = parse(['- **Data lake** : HDFS', '- **Data warehouse** : Apache Hive', '- **DWH**: Snowflake'].join('\n'));
    expect(names(r)).toEqual(['HDFS', 'Apache Hive', 'Snowflake']);
  });
});

describe('listParser: names between spaced dashes', () => {
  it('are a list when three or more short names stand so, and a name and its description when two do', () => {
    expect(names(parse('- **Data Layers:** Bronze - Silver - Gold'))).toEqual(['Bronze', 'Silver', 'Gold']);
    expect(names(parse('- **Stack:** Kafka – Spark – Postgres'))).toEqual(['Kafka', 'Spark', 'Postgres']);
    expect(names(parse('- Snowflake - storage and compute'))).toEqual(['Snowflake']);
    // Not words of a sentence, nor names the lexicon knows nothing of.
    expect(names(parse('- **Ingestion:** Kafka - the broker - and Spark'))).toEqual(['Kafka']);
    expect(names(parse('- **Team:** Alice - Bob - Carol'))).toHaveLength(1);
  });
});

describe('listParser: an agent noun, then what it does', () => {
  it('is the subject of the sentence, wired to what it reads and writes', () => {
    const r = parse(
      [
        '- **Producer:** Simulates stock market data using Python and sends records to a Kafka topic.',
        '- **Consumer:** Reads messages from Kafka and writes them as `.json` files to Amazon S3.',
      ].join('\n'),
    );
    expect(names(r)).toEqual(expect.arrayContaining(['Producer', 'Consumer', 'Kafka', 'Amazon S3']));
  });

  it('leaves a step label that names no doer to the tools its sentence names', () => {
    expect(names(parse('- **Transformation:** Cleans the data with Spark and writes it to Delta Lake.'))).toEqual(['Spark', 'Delta Lake']);
  });
});

describe('listParser: a place, or a verb, is no agent', () => {
  it('reads a layer explained by what it does as before, and never takes the verb for a name', () => {
    expect(names(parse('- **Presentation Layer:** Serves dashboards via Apache Superset'))).toEqual(['Apache Superset']);
    expect(names(parse('- **Orchestrator:** Schedules the Spark jobs with Airflow'))).not.toContain('Schedules');
  });
});
