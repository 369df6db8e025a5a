import { describe, expect, it } from 'vitest';
import { NAMES_SHOWN, STAGE_MIN_HEIGHT, nameLines, stageHeight } from './geometry';

describe('stage boxes', () => {
  it('wrap a name at spaces and break a word too long for a line', () => {
    expect(nameLines('Kafka')).toBe(1);
    expect(nameLines('Kafka Connect')).toBe(1);
    expect(nameLines('Kafka Connect S3 sink')).toBe(2);
    expect(nameLines('fct_orders_daily_by_region')).toBe(2);
  });

  it('grow with every name typed in, so the fourth name is not cut off', () => {
    const three = stageHeight(['Kafka', 'Debezium', 'Schema Registry']);
    const four = stageHeight(['Kafka', 'Debezium', 'Schema Registry', 'Kafka Connect']);
    expect(stageHeight([])).toBe(STAGE_MIN_HEIGHT);
    expect(four).toBeGreaterThan(three);
    expect(stageHeight(['Kafka Connect S3 sink connector'])).toBeGreaterThan(stageHeight(['Kafka']));
  });

  it('stop growing after the names it shows, counting the rest on one line', () => {
    const names = Array.from({ length: 40 }, (_, i) => `topic ${i}`);
    expect(stageHeight(names)).toBe(stageHeight(names.slice(0, NAMES_SHOWN + 1)));
  });
});
