import { describe, expect, it } from 'vitest';
import { productCore } from './names';
import { parseMarkdown } from './index';

const names = (text: string) => parseMarkdown(text).components.map((c) => c.name);

describe('names in list items', () => {
  it('keeps a product feature whole when a lowercase aside follows it', () => {
    expect(productCore('Databricks Secrets (production)')).toEqual({ name: 'Databricks Secrets', hints: ['production'] });
    // A known name before a lowercase aside: the aside says what it is built with.
    expect(productCore('Collector (scala app)')).toEqual({ name: 'Collector', hints: ['scala app'] });
    // An unknown name keeps an aside that names something: it may be what the thing is.
    expect(productCore('Ingestor X (kafka consumer)').name).toBe('Ingestor X (kafka consumer)');
    expect(productCore('Web app (React)').name).toBe('Web app (React)');
    // Asides one after another, one with a number in it.
    expect(productCore('OpenSky API (source) (every 5 minutes)')).toEqual({ name: 'OpenSky API', hints: ['every 5 minutes', 'source'] });
  });

  it('drops a mark beside a name', () => {
    expect(names('**Security**\n- Databricks Secrets (production) ⭐\n- ✅ Azure Key Vault')).toEqual(['Databricks Secrets', 'Azure Key Vault']);
  });

  it('keeps products the catalog lists in one family apart', () => {
    expect(names('Sources:\n- Google Ads\n- Facebook Ads\n- LinkedIn Ads')).toEqual(['Google Ads', 'Facebook Ads', 'LinkedIn Ads']);
    expect(names('Secrets:\n- AWS Secrets Manager\n- Azure Key Vault')).toEqual(['AWS Secrets Manager', 'Azure Key Vault']);
  });

  it('takes an identifier or a tool before a description that opens with an article as the component', () => {
    expect(names('Services:\n- dagster-code — a gRPC code server that loads asset definitions.\n- Kafka: the broker')).toEqual(['dagster-code', 'Kafka']);
  });
});

describe('role phrases in prose', () => {
  it('takes a lowercase role phrase from the lexicon as a mention, with the plain noun after it', () => {
    expect(names('This stage consists of the source database system, Debezium, and Pinot.')).toEqual(['source database system', 'Debezium', 'Pinot']);
    expect(names('The operational database feeds Debezium, which writes into Kafka.')).toContain('operational database');
  });

  it('takes a thing that makes data and sends it as a mention, but not a flow verb that looks like one', () => {
    expect(names('Some sensors send readings to a Kafka broker, which Flink reads.')).toEqual(['sensors', 'Kafka', 'Flink']);
    expect(names('Dagster stores run metadata in SQLite.')).not.toContain('stores');
  });

  it('keeps instances the page numbers apart, and drops a number written once as a version', () => {
    expect(names('Steps:\n- Worker 1 reads Kafka\n- Worker 2 writes S3')).toEqual(['Worker 1', 'Worker 2']);
    const chart = '# Cluster\n\n```mermaid\nflowchart LR\n  B1["Broker 1"] --> S1["Spark Job 1"]\n  B2["Broker 2"] --> S2["Spark Job 2"]\n```\n';
    expect(names(chart)).toEqual(['Broker 1', 'Spark Job 1', 'Broker 2', 'Spark Job 2']);
    expect(names('Tools:\n- Spark 3\n- Kafka\n\nSpark reads from Kafka.')).toEqual(['Spark 3', 'Kafka']);
    // A product's numbers are versions, however many; a number ending a sentence is still a number.
    expect(names('Tools:\n- Postgres 16\n- Postgres 15\n- Kafka')).toEqual(['Postgres 16', 'Kafka']);
    expect(names('Cluster:\n- Broker 1.\n- Broker 2.')).toEqual(['Broker 1', 'Broker 2']);
  });
});

describe('a line that says what a tool does', () => {
  it('is not a name, in Portuguese, Spanish or French as in English', () => {
    const r = names('## Airflow\n- Executa o job bronze_to_silver\n- Mantém histórico de execuções\n- Génère les rapports\n- Manages daily runs');
    // The job the line names is a component; the line is not.
    expect(r).toEqual(['Airflow', 'bronze_to_silver']);
  });
});
