import { describe, expect, it } from 'vitest';
import { names, parse } from '../../../test/markdownReading';

const page = (gap: string) =>
  ['## Architecture', '', 'OpenWeather API', gap, '↓', gap, 'Kafka', gap, ' ↓', gap, 'Snowflake', gap, '↓', gap, 'Looker Studio (live dashboard)', '', 'Each layer has a single responsibility.'].join('\n');

describe('names stacked one per paragraph, a lone arrow between them', () => {
  it('are a chain, as they are with no blank lines between', () => {
    const spaced = parse(page(''));
    expect(names(spaced)).toEqual(['OpenWeather API', 'Kafka', 'Snowflake', 'Looker Studio']);
    const pairs = spaced.edges.map((e) => `${e.from}->${e.to}`);
    expect(pairs).toEqual(['openweather-api->kafka', 'kafka->snowflake', 'snowflake->looker-studio']);
  });

  it('is not a chain of two names, nor of sentences', () => {
    expect(parse('## Flow\n\nKafka\n\n↓\n\nSnowflake\n').edges).toEqual([]);
    const prose = 'We first read every event that the mobile and web applications emit from the queue into storage.';
    const r = parse(`## Flow\n\n${prose}\n\n↓\n\n${prose} Then again.\n\n↓\n\nSnowflake\n`);
    expect(r.edges.filter((e) => e.to === 'snowflake')).toEqual([]);
  });
});
