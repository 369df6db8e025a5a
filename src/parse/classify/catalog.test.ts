import { describe, expect, it } from 'vitest';
import { catalogName, catalogStrength, classify, isBackendProduct, nonComponent, isQueueBroker } from './classify';

describe('catalog look-ups for the parsers', () => {
  it('tells products, nouns and stage words from unknown names', () => {
    expect(catalogStrength('Apache Kafka')).toBe('product');
    expect(catalogStrength('API')).toBe('noun');
    // A vendor's name before a product it overlaps ("Google Cloud" + "Cloud Function") is a prefix.
    expect(catalogStrength('Google Cloud Function')).toBe('product');
    expect(catalogStrength('Google Cloud')).not.toBe('product');
    // The same for a product led by a vendor: "AWS Glue" + "Glue Catalog" is the catalog.
    expect(classify({ id: 'c', name: 'AWS Glue Catalog', hints: [] }).reason).toContain('glue catalog');
    expect(classify({ id: 'g', name: 'AWS Glue', hints: [] }).placement).toBe('process');
    expect(catalogStrength('Bronze')).toBe('stage');
    expect(catalogStrength('Vilnius')).toBeUndefined();
  });

  it("gives one spelling for a product's aliases", () => {
    expect(catalogName('Apache Kafka')).toBe(catalogName('kafka'));
    expect(catalogName('Vilnius')).toBeUndefined();
  });

  it('tells schedulers and things that are not components (languages, hosts, formats)', () => {
    expect(nonComponent('Python')).toBe('language');
    expect(nonComponent('AWS')).toBe('host');
    expect(nonComponent('JSON')).toBe('format');
    expect(nonComponent('Python consumer')).toBeUndefined();
    expect(nonComponent('Kafka')).toBeUndefined();
  });

  it('knows the databases and brokers a scheduler keeps its state in', () => {
    expect(isBackendProduct('postgres')).toBe(true);
    expect(isBackendProduct('redis')).toBe(true);
    expect(isBackendProduct('Spark job')).toBe(false);
    expect(isBackendProduct('airflow-postgres')).toBe(true);
    // A task that loads into a database is work, not the scheduler's own database.
    expect(isBackendProduct('load_data_into_postgres')).toBe(false);
  });

  it('knows charting libraries as separate products where results are shown', () => {
    expect(classify({ id: 's', name: 'Seaborn' }).placement).toBe('serve');
    expect(catalogName('Matplotlib')).not.toBe(catalogName('Seaborn'));
  });

  it('tells a task-queue broker from a database', () => {
    expect(isQueueBroker('RabbitMQ')).toBe(true);
    expect(isQueueBroker('Redis')).toBe(true);
    expect(isQueueBroker('Postgres')).toBe(false);
  });
});
