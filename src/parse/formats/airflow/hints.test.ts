import { describe, expect, it } from 'vitest';
import { hintFromKwarg } from './hints';

describe('Airflow: what an operator argument says of its task', () => {
  it('takes the first table a SQL statement names, past IF NOT EXISTS', () => {
    expect(hintFromKwarg('sql', 'INSERT INTO raw.orders SELECT 1')).toBe('raw.orders');
    expect(hintFromKwarg('sql', 'CREATE TABLE IF NOT EXISTS weather_maranguape (temperature TEXT)')).toBe('weather_maranguape');
    expect(hintFromKwarg('sql', 'DROP TABLE IF EXISTS analytics.daily')).toBe('analytics.daily');
    expect(hintFromKwarg('sql', 'sql/load_orders.sql')).toBe('load_orders.sql');
  });
});
