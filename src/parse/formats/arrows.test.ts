import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectWellFormed, fixture } from './testing';
import type { RawPipeline } from '../types';
import { arrowsParser, isArrowChain } from './arrows';
import { markdownParser as listParser } from './markdown';
import { mermaidParser } from './mermaid';
import { splitOverride } from '../classify/rules/override';
import { stageName as stageWord } from '../lexicon/words';
import { lineStarts, positionAt, slugify, splitLines } from './text';

const parse = (text: string): RawPipeline => arrowsParser.parse(text);
const pairs = (r: RawPipeline): string[] => r.edges.map((e) => `${e.from}->${e.to}`);
const names = (r: RawPipeline): string[] => r.components.map((c) => c.name);
const byId = (r: RawPipeline, id: string) => r.components.find((c) => c.id === id);

/** Every edge joins known ids, ids are unique, positions are 1-based. */

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
  });

  it('reads labels inside arrows', () => {
    const r = parse('App -[events]-> Kafka =[hourly]=> S3 --[ cdc  feed ]--> Spark');
    expect(r.edges.map((e) => [e.from, e.to, e.label])).toEqual([
      ['app', 'kafka', 'events'],
      ['kafka', 's3', 'hourly'],
      ['s3', 'spark', 'cdc feed'],
    ]);
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

describe('arrowsParser.detect', () => {
  it('is high for arrow text, higher than list and mermaid', () => {
    const text = fixture('arrows-clickstream.txt');
    const score = arrowsParser.detect(text);
    expect(score).toBeGreaterThanOrEqual(0.8);
    expect(score).toBeGreaterThan(listParser.detect(text));
    expect(score).toBeGreaterThan(mermaidParser.detect(text));
    expect(arrowsParser.detect('- Kafka -> S3\n- S3 -> Spark')).toBeGreaterThan(listParser.detect('- Kafka -> S3\n- S3 -> Spark'));
  });

  it('steps aside for Mermaid, lists and prose', () => {
    expect(arrowsParser.detect('flowchart LR\n  A --> B\n  B --> C')).toBeLessThan(0.1);
    expect(arrowsParser.detect('%% comment\ngraph TD\nA-->B')).toBeLessThan(0.1);
    const shaped = 'a[Kafka] --> b[(S3)]\nb -->|nightly| c(Spark)';
    expect(arrowsParser.detect(shaped)).toBeLessThan(mermaidParser.detect(shaped));
    expect(arrowsParser.detect(fixture('list-stages.md'))).toBeLessThan(0.3);
    expect(arrowsParser.detect('Events go to Kafka and land in S3.')).toBe(0);
    expect(arrowsParser.detect('')).toBe(0);
  });

  it('scales with the share of lines that have an arrow', () => {
    expect(arrowsParser.detect('a -> b\nc -> d\nnotes')).toBeGreaterThanOrEqual(0.8);
    expect(arrowsParser.detect('a -> b\nsome text\nmore text\nand more')).toBeLessThan(0.5);
  });
});

describe('arrowsParser robustness', () => {
  it('never throws and stays well-formed on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        expectWellFormed(parse(s));
        const d = arrowsParser.detect(s);
        expect(d >= 0 && d <= 1).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arrow-shaped noise', () => {
    const token = fc.constantFrom('a', 'Kafka', ' ', ',', '->', '-', '>', '=>', '<-', '→', '"', "'", '[', ']', '-[', ']->', '#', '//', '\n', '\r\n', '[store]', 'ü', '😀', '\t');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 80 }).map((a) => a.join('')), (s) => expectWellFormed(parse(s))),
      { numRuns: 500 },
    );
  });

  it('reads a generated 2,000-node chain', () => {
    const text = Array.from({ length: 1999 }, (_, i) => `Node ${i} -> Node ${i + 1}`).join('\n');
    const r = parse(text);
    expect(r.components).toHaveLength(2000);
    expect(r.edges).toHaveLength(1999);
    expect(r.warnings).toEqual([]);
  });

  it('stays linear on pathological megabyte inputs', { timeout: 60_000 }, () => {
    const n = 1_000_000;
    for (const s of ['-'.repeat(n), '-['.repeat(n / 2), '"'.repeat(n), "'a -> ".repeat(n / 6), 'a,'.repeat(n / 2) + ' -> b', '<'.repeat(n)]) {
      expectWellFormed(parse(s));
      arrowsParser.detect(s);
    }
    const wide = `${Array.from({ length: 3000 }, (_, i) => `a${i}`).join(',')} -> ${Array.from({ length: 3000 }, (_, i) => `b${i}`).join(',')}`;
    const r = parse(wide);
    expect(r.edges.length).toBe(50_000);
    expect(r.warnings.some((w) => /too many edges/i.test(w.message))).toBe(true);
  });
});

describe('shared text helpers', () => {
  it('slugs names', () => {
    expect(slugify('Mobile App (iOS)')).toBe('mobile-app-ios');
    expect(slugify('  Café Données  ')).toBe('cafe-donnees');
    expect(slugify('orders_mart')).toBe('orders-mart');
    expect(slugify('数据仓库')).toBe('数据仓库');
    expect(slugify('!!!')).toBe('component');
  });

  it('maps offsets to 1-based line and column across \\n, \\r\\n and \\r', () => {
    const text = 'ab\r\ncd\ref\ngh';
    const starts = lineStarts(text);
    expect(starts).toEqual([0, 4, 7, 10]);
    expect(positionAt(starts, 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt(starts, 5)).toEqual({ line: 2, column: 2 });
    expect(positionAt(starts, 11)).toEqual({ line: 4, column: 2 });
    expect(splitLines(text).map((l) => l.text)).toEqual(['ab', 'cd', 'ef', 'gh']);
  });

  it('splits a trailing [stage] and knows the synonyms', () => {
    expect(splitOverride('orders [model]')).toEqual({ name: 'orders', explicit: 'model' });
    expect(splitOverride('S3 [ Storage ]')).toEqual({ name: 'S3', explicit: 'store' });
    expect(splitOverride('S3 [raw]')).toEqual({ name: 'S3 [raw]', unknown: { word: 'raw', index: 3 } });
    expect(splitOverride('[x] Spark')).toEqual({ name: '[x] Spark' });
    const words: [string, string][] = [
      ['source', 'generate'], ['generation', 'generate'], ['ingestion', 'ingest'], ['storage', 'store'],
      ['processing', 'process'], ['transform', 'process'], ['modeling', 'model'], ['modelling', 'model'],
      ['semantic', 'model'], ['serving', 'serve'], ['BI', 'serve'], ['orchestration', 'orchestrate'],
      ['scheduler', 'orchestrate'], ['other', 'none'], ['ignore', 'none'], ['Data sources', 'generate'],
      ['Serving layer', 'serve'], ['stage: store', 'store'],
    ];
    for (const [w, stage] of words) expect(stageWord(w), w).toBe(stage);
    expect(stageWord('constructor')).toBeUndefined();
    expect(stageWord('warehouse')).toBeUndefined();
  });
});

describe('arrowsParser: boxed and linked names', () => {
  it('reads the name inside an ASCII box or a Markdown link', () => {
    const r = parse('[--- Python ---] --> [--- Kafka ---] --> [ PostgreSQL ]\n[Docker](https://docs.docker.com/) -> ((Spark))');
    expect(names(r)).toEqual(['Python', 'Kafka', 'PostgreSQL', 'Docker', 'Spark']);
    expect(r.warnings).toEqual([]);
  });

  it('still reads a bracketed stage word as an override, not as a boxed name', () => {
    const r = parse('Kafka [ingest] -> [store]');
    expect(byId(r, 'kafka')?.explicit).toBe('ingest');
    expect(names(r)).toEqual(['Kafka']);
  });
});

describe('isArrowChain', () => {
  it('accepts names joined by arrows and refuses prose that uses an arrow', () => {
    expect(isArrowChain('PostgreSQL → Debezium Connect → Kafka → ClickHouse')).toBe(true);
    expect(isArrowChain('Random User API → Airflow Producer → Kafka Topic')).toBe(true);
    expect(isArrowChain('**Amazon S3** → Storage layer for raw CSV data')).toBe(false);
    expect(isArrowChain('Set filters to crawl only new files → avoids duplicates.')).toBe(false);
    expect(isArrowChain('no arrows here')).toBe(false);
  });

  it('keeps pages whose arrows sit in sentences from being read as arrow text', () => {
    const page = '- **AWS IAM** → Created a dedicated user for the workflow\n- **Amazon S3** → Storage layer for raw CSV data\n- **Athena** → Serverless SQL querying on S3 data';
    expect(arrowsParser.detect(page)).toBeLessThan(0.25);
  });
});
