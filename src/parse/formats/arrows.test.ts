import { describe, expect, it } from 'vitest';
import { expectWellFormed, fixture } from '../../test/parseFormats';
import type { RawPipeline } from '../types';
import { arrowsParser } from './arrows';

const parse = (text: string): RawPipeline => arrowsParser.parse(text);
const pairs = (r: RawPipeline): string[] => r.edges.map((e) => `${e.from}->${e.to}`);
const names = (r: RawPipeline): string[] => r.components.map((c) => c.name);
const byId = (r: RawPipeline, id: string) => r.components.find((c) => c.id === id);

describe('arrowsParser on a realistic clickstream description', () => {
  const r = parse(fixture('arrows-clickstream.txt'));

  it('reads every component once, in order of first mention, with slug ids and lines', () => {
    expect(r.components.map((c) => [c.id, c.name, c.line])).toEqual([
      ['mobile-app', 'Mobile app', 4],
      ['kafka', 'Kafka', 4],
      ['s3-raw-bucket', 'S3 raw bucket', 4],
      ['web-app', 'Web app', 5],
      ['flink', 'Flink', 6],
      ['sessions-enriched', 'Sessions, enriched', 6],
      ['spark', 'Spark', 7],
      ['athena', 'Athena', 7],
      ['snowflake', 'Snowflake', 8],
      ['orders-mart', 'orders_mart', 8],
      ['looker', 'Looker', 9],
      ['dbt-semantic-layer', 'dbt semantic layer', 10],
      ['airflow', 'Airflow', 12],
      ['tableau', 'Tableau', 14],
      ['redshift', 'Redshift', 15],
      ['fivetran-loader', 'Fivetran [loader]', 17],
    ]);
  });

  it('reads chains, branches, merges, every arrow spelling and backward arrows', () => {
    expect(pairs(r)).toEqual([
      'mobile-app->kafka',
      'kafka->s3-raw-bucket',
      'web-app->kafka',
      'kafka->flink',
      'flink->sessions-enriched',
      's3-raw-bucket->spark',
      's3-raw-bucket->athena',
      'spark->snowflake',
      'snowflake->orders-mart',
      'orders-mart->looker',
      'sessions-enriched->looker',
      'dbt-semantic-layer->looker',
      'fivetran-loader->snowflake',
    ]);
    expect(r.edges.find((e) => e.from === 'kafka' && e.to === 'flink')).toEqual({
      from: 'kafka',
      to: 'flink',
      label: 'clickstream',
      line: 6,
    });
    expect(r.edges.every((e) => e.line !== undefined)).toBe(true);
  });

  it('strips [stage] overrides into explicit, synonyms included', () => {
    expect(byId(r, 'sessions-enriched')?.explicit).toBe('process');
    expect(byId(r, 'snowflake')?.explicit).toBe('store');
    expect(byId(r, 'orders-mart')?.explicit).toBe('model');
    expect(byId(r, 'kafka')?.explicit).toBeUndefined();
  });

  it('warns with exact positions and keeps what it could read', () => {
    expect(r.warnings.map((w) => [w.line, w.column, w.found])).toEqual([
      [12, 1, 'Airflow'],
      [13, 11, '->'],
      [14, 1, '->'],
      [15, 10, '->'],
      [16, 1, 'This list is still a draft: ask Maria.'],
      [17, 10, '[loader]'],
    ]);
    expect(r.warnings[0]?.message).toMatch(/no arrow.*kept/i);
    expect(r.warnings[1]?.message).toMatch(/nothing after/i);
    expect(r.warnings[2]?.message).toMatch(/nothing before/i);
    expect(r.warnings[3]?.message).toMatch(/between two arrows/i);
    expect(r.warnings[4]?.message).toMatch(/ignored/i);
    expect(r.warnings[5]?.message).toMatch(/not a stage/i);
    expectWellFormed(r);
  });
});

describe('arrowsParser details', () => {
  it('accepts every arrow token', () => {
    for (const arrow of ['->', '-->', '--->', '=>', '==>', '—>', '–>', '→', '⟶', '⇒']) {
      const r = parse(`Kafka ${arrow} S3`);
      expect(pairs(r), arrow).toEqual(['kafka->s3']);
      expect(r.warnings, arrow).toEqual([]);
    }
    expect(pairs(parse('Kafka->S3=>Spark'))).toEqual(['kafka->s3', 's3->spark']);
  });

  it('reads a chain written down the page, each line opening with an arrow, as one chain', () => {
    const r = parse('Weather API\n→ Kafka Producer\n—> Kafka Topic\n-[rows]-> PostgreSQL Database');
    expect(pairs(r)).toEqual(['weather-api->kafka-producer', 'kafka-producer->kafka-topic', 'kafka-topic->postgresql-database']);
    expect(r.warnings).toEqual([]);
    // After a blank line, or with nothing above, a line opening with an arrow still says so.
    expect(parse('→ Kafka').warnings[0]?.message).toMatch(/nothing before/i);
    expect(parse('Orders API\n\n→ Kafka').warnings.map((w) => w.message)).toEqual([expect.stringMatching(/no arrow/i), expect.stringMatching(/nothing before/i)]);
  });

  it('reads a line drawn with box characters and an arrowhead as an arrow', () => {
    expect(pairs(parse('vendor exports  ──▶  landing/  ━━►  clean.py'))).toEqual(['vendor-exports->landing', 'landing->clean-py']);
    expect(pairs(parse('Looker ◀── dbt'))).toEqual(['dbt->looker']);
    expect(pairs(parse('API ◀──▶ Cache'))).toEqual(['api->cache', 'cache->api']);
  });

  it('reads a row of notes in brackets under a chain as notes, not as a component', () => {
    const r = parse('Orders API  ───>  Extract  ───>  Warehouse\n             (Python code)     (SQL)');
    expect(names(r)).toEqual(['Orders API', 'Extract', 'Warehouse']);
    expect(r.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/ignored/i)]);
    // One name in brackets on its own line is still a name.
    expect(names(parse('Kafka -> Spark\n(Airflow)'))).toEqual(['Kafka', 'Spark', 'Airflow']);
  });

  it('reads backward and two-way arrows', () => {
    expect(pairs(parse('Looker <- dbt'))).toEqual(['dbt->looker']);
    expect(pairs(parse('Looker ← dbt'))).toEqual(['dbt->looker']);
    expect(pairs(parse('API <-> Cache'))).toEqual(['api->cache', 'cache->api']);
    expect(pairs(parse('API ↔ Cache'))).toEqual(['api->cache', 'cache->api']);
  });

  it('fans out and in: a -> b, c and a, b -> c', () => {
    expect(pairs(parse('Kafka -> S3, Elasticsearch'))).toEqual(['kafka->s3', 'kafka->elasticsearch']);
    expect(pairs(parse('Orders, Payments -> Snowflake'))).toEqual(['orders->snowflake', 'payments->snowflake']);
    expect(pairs(parse('a, b -> c, d'))).toEqual(['a->c', 'a->d', 'b->c', 'b->d']);
    expect(names(parse('S3 (raw, curated) -> Spark'))).toEqual(['S3 (raw, curated)', 'Spark']);
    // A comma in a number is no list: "100,000" is one figure, "2,3" two names.
    expect(names(parse('Publish 105,000 events -> Kafka, Redis'))).toEqual(['Publish 105,000 events', 'Kafka', 'Redis']);
    expect(names(parse('2,3 -> x'))).toEqual(['2', '3', 'x']);
  });

  it('reads a backslash that ends a line after a word as Markdown\'s line break, not part of the name', () => {
    expect(names(parse('CoinGecko API\\\n↓\\\nAWS Lambda (ingestion script)\\\n↓\\\nAmazon S3'))).toEqual(['CoinGecko API', 'AWS Lambda', 'Amazon S3']);
  });

  it('reads labels inside arrows', () => {
    const r = parse('App -[events]-> Kafka =[hourly]=> S3 --[ cdc  feed ]--> Spark');
    expect(r.edges.map((e) => [e.from, e.to, e.label])).toEqual([
      ['app', 'kafka', 'events'],
      ['kafka', 's3', 'hourly'],
      ['s3', 'spark', 'cdc feed'],
    ]);
    // Mermaid's link with text: `A -- text --> B`; a product there is a stop on the line.
    const mermaid = parse('Spark -- Read --> Raw\nTrino -- Query --> Warehouse\nPostgres -- Debezium --> Kafka');
    expect(mermaid.edges.map((e) => [e.from, e.to, e.label])).toEqual([
      ['spark', 'raw', 'Read'], ['trino', 'warehouse', 'Query'], ['postgres', 'debezium', undefined], ['debezium', 'kafka', undefined],
    ]);
  });

  it('keeps the brackets that tell two components of one product apart', () => {
    expect(names(parse('Spark (Batch Processing) -> Delta Lake -> Spark (Stream Processing)'))).toEqual(['Spark (Batch Processing)', 'Delta Lake', 'Spark (Stream Processing)']);
  });

  it('reads an emoji arrow, with the variation selector that makes it one; an icon beside a name is not part of it', () => {
    expect(names(parse('`HL7 Feed` ➡️ `Autoloader` ➡️ `Bronze (Raw)`'))).toEqual(['HL7 Feed', 'Autoloader', 'Bronze (Raw)']);
    expect(names(parse('🐘 Postgres ➡️ 🌀 Airbyte ➡️ Cloud Function ☁️'))).toEqual(['Postgres', 'Airbyte', 'Cloud Function']);
  });

  it('treats names case-insensitively as one component and keeps the first spelling', () => {
    const r = parse('Kafka -> S3\nkafka -> Flink');
    expect(r.components.map((c) => [c.id, c.name])).toEqual([
      ['kafka', 'Kafka'],
      ['s3', 'S3'],
      ['flink', 'Flink'],
    ]);
  });

  it('keeps ids unique when different names share a slug', () => {
    const r = parse('S3 raw -> S3-raw -> s3_raw!');
    expect(r.components.map((c) => c.id)).toEqual(['s3-raw', 's3-raw-2', 's3-raw-3']);
  });

  it('handles comments, URLs, C#, bullets, quotes and CRLF', () => {
    const r = parse(
      [
        '// whole-line comment',
        '- C# service -> s3://landing/raw  # trailing comment',
        '2) "Kafka -> topic, v2" -> Spark // trailing',
        "'Mom's app' -> Kafka",
      ].join('\r\n'),
    );
    expect(names(r)).toEqual(['C# service', 's3://landing/raw', 'Kafka -> topic, v2', 'Spark', "Mom's app", 'Kafka']);
    expect(pairs(r)).toEqual(['c-service->s3-landing-raw', 'kafka-topic-v2->spark', 'mom-s-app->kafka']);
    expect(r.warnings).toEqual([]);
  });

  it('warns about ->> and an unclosed quote, still reading the edge', () => {
    const r = parse('App ->> Kafka\n"Mobile app -> Kafka');
    expect(pairs(r)).toEqual(['app->kafka', 'mobile-app->kafka']);
    expect(r.warnings.map((w) => [w.line, w.column, w.found])).toEqual([
      [1, 5, '->>'],
      [2, 1, '"Mobile app -> Kafka'],
    ]);
  });

  it('warns about empty names between commas and a lone override', () => {
    const r = parse('a, , b -> c\n[store] -> d');
    expect(pairs(r)).toEqual(['a->c', 'b->c']);
    expect(r.warnings.map((w) => [w.line, w.column, w.message])).toEqual([
      [1, 4, 'Empty name between commas'],
      [2, 1, 'A stage override with no name before it'],
      [2, 9, 'Arrow with nothing before it'],
    ]);
  });

  it('warns when a later [stage] contradicts an earlier one', () => {
    const r = parse('orders [model] -> Looker\norders [store] -> Tableau');
    expect(byId(r, 'orders')?.explicit).toBe('model');
    expect(r.warnings).toEqual([
      { line: 2, column: 1, message: '"orders" was already marked [model]; keeping that', found: '[store]' },
    ]);
  });

  it('skips code fences and keeps only name-like lines without arrows', () => {
    const r = parse('```\nKafka -> S3\nSpark\nThis is our pipeline.\n```');
    expect(names(r)).toEqual(['Kafka', 'S3', 'Spark']);
    expect(r.warnings.map((w) => w.line)).toEqual([3, 4]);
  });
});

describe('arrows: chains inside parentheses and tree branches', () => {
  it('a chain in parentheses is the work of what names it: data flows through the inner chain', () => {
    const r = arrowsParser.parse('API → Airflow (extract → DQ → upload) → S3 (raw/)');
    const names = r.components.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['API', 'Airflow', 'extract', 'DQ', 'upload', 'S3 (raw/)']));
    expect(names).not.toContain('Airflow (extract');
    const name = (id: string) => r.components.find((c) => c.id === id)?.name;
    const pairs = r.edges.map((e) => `${name(e.from)} -> ${name(e.to)}`);
    expect(pairs).toEqual(expect.arrayContaining(['API -> extract', 'extract -> DQ', 'DQ -> upload', 'upload -> S3 (raw/)']));
  });

  it('a tree branch before a name is drawing, not part of the name', () => {
    for (const line of ['   └── Snowpipe → Snowflake', '  ├─ Snowpipe → Snowflake', '  |-- Snowpipe → Snowflake', '  `-- Snowpipe → Snowflake']) {
      expect(arrowsParser.parse(line).components.map((c) => c.name)).toEqual(['Snowpipe', 'Snowflake']);
    }
  });
});

describe('arrowsParser: products joined by a plus', () => {
  it('feeds them side by side, bracketed or not, and keeps a plus between other words in the name', () => {
    const r = arrowsParser.parse('Kafka Streams → [PostgreSQL + Redis] → Analytics\nSpark → Delta + Trino');
    expect(r.edges.map((e) => `${e.from}->${e.to}`).sort()).toEqual(['kafka-streams->postgresql', 'kafka-streams->redis', 'postgresql->analytics', 'redis->analytics', 'spark->delta', 'spark->trino']);
    expect(arrowsParser.parse('Data Versioning + Storage → S3').components.map((c) => c.name)).toEqual(['Data Versioning + Storage', 'S3']);
  });
});

describe('arrowsParser on a chain written as inline code', () => {
  it('leaves the backticks out of the first and last names', () => {
    const r = arrowsParser.parse('`Binance WebSocket -> Kafka -> MinIO`');
    expect(r.components.map((c) => c.name)).toEqual(['Binance WebSocket', 'Kafka', 'MinIO']);
  });
});

describe('a bracketed box with an aside inside', () => {
  it('is named by what is inside, the aside kept: `[PostgreSQL (raw)]` is PostgreSQL (raw)', () => {
    expect(names(parse('[Weather API] -> [PostgreSQL (raw)] -> [dbt] -> [PostgreSQL (data marts)]'))).toEqual(['Weather API', 'PostgreSQL (raw)', 'dbt', 'PostgreSQL (data marts)']);
  });
});
