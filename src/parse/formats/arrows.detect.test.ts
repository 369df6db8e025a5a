import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectWellFormed, fixture } from '../../test/parseFormats';
import type { RawPipeline } from '../types';
import { arrowsParser, isArrowChain } from './arrows';
import { markdownParser as listParser } from './markdown';
import { mermaidParser } from './mermaid';

const parse = (text: string): RawPipeline => arrowsParser.parse(text);
const names = (r: RawPipeline): string[] => r.components.map((c) => c.name);
const byId = (r: RawPipeline, id: string) => r.components.find((c) => c.id === id);

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

  it('reads names stacked down a chain of arrows as the drawing, however many, and a title over it as words', () => {
    const steps = ['data/raw/', 'Extração dos arquivos CSV', 'Validação de colunas', 'Tratamento com pandas', 'database/finantec.db', 'Dashboard em Streamlit'];
    const chain = `## Fluxo do Pipeline\n\n\`\`\`text\n${steps.join('\n        ↓\n')}\n\`\`\`\n`;
    expect(arrowsParser.detect(chain)).toBeGreaterThanOrEqual(0.8);
    expect(names(parse(chain))).toEqual(steps);
    expect(parse(chain).edges).toHaveLength(steps.length - 1);
    // Four lines of prose under the drawing are still a page, not a drawing.
    const prose = `${steps.slice(0, 2).join('\n   ↓\n')}\nThe first step reads the files.\nThe second one loads them.\nA third cleans.\nThe last one serves.\n`;
    expect(arrowsParser.detect(prose)).toBeLessThan(0.1);
  });

  it('reads a chain drawn with | and v, its stops under and over the lines, as a drawing whatever words its arrows carry', () => {
    const chain = [
      'data/raw/*.csv', '    |  discover()   [src/discovery.py]', '    v', 'file paths by report', '    |  load()   [src/loader.py]', '    v',
      'pandas DataFrames', '    |  write_parquet()', '    v', 'data/bronze/*.parquet', '    |', '    v', 'Power BI (dashboards/sales.pbix)',
    ].join('\n');
    expect(arrowsParser.detect(chain)).toBeGreaterThanOrEqual(0.8);
    expect(arrowsParser.detect(chain)).toBeGreaterThan(listParser.detect(chain));
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

  it('lets a piece of a longer chain say where it lives ("Iceberg on S3", "Parquet in MinIO"), not start a sentence', () => {
    expect(isArrowChain('Kafka -> Spark -> Iceberg on S3-compatible storage -> ClickHouse')).toBe(true);
    expect(isArrowChain('`Spark checkpoint -> Hadoop S3A -> Parquet/metadata in MinIO`')).toBe(true);
    expect(isArrowChain('Kafka -> Spark -> to clean the data')).toBe(false);
    expect(isArrowChain('S3 → Created with restricted permissions')).toBe(false);
    expect(isArrowChain('Kafka -> Spark -> the job is slow')).toBe(false);
  });

  it('keeps pages whose arrows sit in sentences from being read as arrow text', () => {
    const page = '- **AWS IAM** → Created a dedicated user for the workflow\n- **Amazon S3** → Storage layer for raw CSV data\n- **Athena** → Serverless SQL querying on S3 data';
    expect(arrowsParser.detect(page)).toBeLessThan(0.25);
  });
});
