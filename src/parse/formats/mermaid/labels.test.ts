import { describe, expect, it } from 'vitest';
import { cleanLabel, labelLines } from './labels';

const lines = (raw: string) => labelLines(cleanLabel(raw, false, true));

describe('a node label of several lines', () => {
  it('is named by its first line when that line is a product or an identifier', () => {
    expect(lines('Apache Airflow<br/>Batch Orchestration')).toEqual({ name: 'Apache Airflow', rest: 'Batch Orchestration' });
    expect(lines('Bronze_LandingStage_LH<br/>Raw Delta in OneLake')).toEqual({ name: 'Bronze_LandingStage_LH', rest: 'Raw Delta in OneLake' });
  });

  it('keeps a phrase on the next line as a description', () => {
    expect(lines('CSV Files<br/>Uploaded from PC')).toEqual({ name: 'CSV Files', rest: 'Uploaded from PC' });
  });

  it('keeps a one-word description under a name of several words as a description', () => {
    expect(lines('Gold Layer<br/>Aggregated')).toEqual({ name: 'Gold Layer', rest: 'Aggregated' });
    expect(lines('Audit Logger<br/>Rastreabilidade')).toEqual({ name: 'Audit Logger', rest: 'Rastreabilidade' });
    expect(lines('Analytics Layer<br/>Snowflake Tables')).toEqual({ name: 'Analytics Layer', rest: 'Snowflake Tables' });
  });

  it('joins one word wrapped to fit the box, but not after an acronym', () => {
    expect(lines('Fraud\\nDetector').name).toBe('Fraud Detector');
    expect(lines('Preprocessing<br>Service<br>runs nightly')).toEqual({ name: 'Preprocessing Service', rest: 'runs nightly' });
    expect(lines('EDA<br>Exploration')).toEqual({ name: 'EDA', rest: 'Exploration' });
    expect(lines('Kafka<br>Broker')).toEqual({ name: 'Kafka', rest: 'Broker' });
    expect(lines('🔍 Fraud<br>Detector').name).toBe('🔍 Fraud Detector');
  });

  it('joins one product spelled over two lines, and a pictograph alone with the name under it', () => {
    expect(lines('Kafka<br>Connect').name).toBe('Kafka Connect');
    expect(lines('SQL<br>Server').name).toBe('SQL Server');
    expect(lines('🐘<br/>PostgreSQL')).toEqual({ name: '🐘 PostgreSQL', rest: '' });
    expect(lines('ETL<br>Job')).toEqual({ name: 'ETL', rest: 'Job' });
  });

  it('keeps pictographs as written, so a name exported and read back is the same name', () => {
    expect(cleanLabel('🥉 Bronze_LH')).toBe('🥉 Bronze_LH');
  });
});

describe('a label written by a diagram generator', () => {
  it('drops an icon, and a numeric reference without its semicolon decodes as HTML does; zero-width marks are no letters', () => {
    expect(cleanLabel('fa:fa-rocket influxdb_raw_sink &#8205')).toBe('influxdb_raw_sink');
    expect(cleanLabel('Orders&#32;API')).toBe('Orders API');
    expect(cleanLabel('A &#38; B #quot;x#quot;')).toBe('A & B "x"');
    expect(cleanLabel('&#8205x')).toBe('&#8205x');
    expect(cleanLabel('👩\u200d💻 Analyst')).toBe('👩\u200d💻 Analyst');
  });
});
