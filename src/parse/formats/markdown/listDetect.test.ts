import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectWellFormed, fixture } from '../../../test/parseFormats';
import { arrowsParser } from '../arrows';
import { mermaidParser } from '../mermaid';
import { markdownParser as listParser } from './index';
import { names, parse } from '../../../test/markdownReading';

describe('listParser.detect', () => {
  it('is at least 0.6 for bullets and numbers, below arrows for arrow text', () => {
    expect(listParser.detect(fixture('list-stages.md'))).toBeGreaterThanOrEqual(0.6);
    expect(listParser.detect(fixture('list-outline.md'))).toBeGreaterThanOrEqual(0.6);
    expect(listParser.detect(fixture('list-stages.md'))).toBeGreaterThan(arrowsParser.detect(fixture('list-stages.md')));
    expect(listParser.detect(fixture('list-stages.md'))).toBeGreaterThan(mermaidParser.detect(fixture('list-stages.md')));
    const arrows = fixture('arrows-clickstream.txt');
    expect(listParser.detect(arrows)).toBeLessThan(arrowsParser.detect(arrows));
  });

  it('is about 0.4 for prose naming technologies with flow verbs, 0.1 otherwise', () => {
    const prose = fixture('list-prose.txt');
    expect(listParser.detect(prose)).toBeCloseTo(0.4);
    expect(listParser.detect(prose)).toBeGreaterThan(arrowsParser.detect(prose));
    expect(listParser.detect(prose)).toBeGreaterThan(mermaidParser.detect(prose));
    expect(listParser.detect('We had a great offsite last week.')).toBe(0.1);
    expect(listParser.detect('Kafka and Spark are nice.')).toBe(0.1);
    expect(listParser.detect('   \n  ')).toBe(0);
  });

  it('judges a page by its lines under headings: three layer items under three headings and two paragraphs are a list', () => {
    const page = '# Pipeline\n\nDados em camadas, SQL via DuckDB e Power BI.\n\n## Visao geral\n\nO projeto extrai series publicas.\n\n## Camadas\n\n- raw/: dados brutos da API\n- processed/: dados limpos em Parquet\n- analytics/: banco DuckDB para o Power BI\n';
    expect(listParser.detect(page)).toBeGreaterThanOrEqual(0.6);
    // A page that is headings alone is still judged by them.
    expect(listParser.detect('# Big Data Pipeline: NiFi → HDFS → Hive')).toBeGreaterThan(0.25);
  });

  it('reads a Markdown page of named jobs in words it does not know, and leaves a plain comment or note unread', () => {
    const page = '# Pipeline jobs\n\n`fetch_prereq_data` - Gets prereq data from the EDW, stores it locally\n\n`export_prereq_data` - Writes the file the map app reads';
    expect(listParser.detect(page)).toBeCloseTo(0.3);
    expect(names(parse(page))).toEqual(expect.arrayContaining(['fetch_prereq_data', 'export_prereq_data']));
    expect(listParser.detect('# TODO: fix the cron\nrun it again tomorrow')).toBe(0.1);
    expect(listParser.detect('# back up the shop\n\npg_dump shop > `date`.sql')).toBe(0.1);
  });

  it('counts the products named in the bracketed boxes of a text drawing, which it then reads', () => {
    const drawing = '[Aurora MySQL]\n    |\n    v\n[AWS DMS]\n    |\n    v\n[Kafka Connect]\n    |\n    v\n[BigQuery Raw Tables]';
    expect(listParser.detect(drawing)).toBeGreaterThanOrEqual(0.3);
    expect(names(parse(drawing))).toEqual(['Aurora MySQL', 'AWS DMS', 'Kafka Connect', 'BigQuery Raw Tables']);
  });

  it('leaves a bare number out, saying why', () => {
    const read = parse('Kafka feeds Spark at about 0.22 or 2.5 per second into S3.');
    expect(names(read).some((n) => /^[\d.]+$/.test(n))).toBe(false);
    expect(read.warnings.map((w) => w.message)).toContain('"0.22" is a number, not a component; left out');
  });

  it('leaves out the clock times and durations a timeline is numbered by, keeping the steps under them', () => {
    const read = parse('1. `2m *s`\n   * Producer: Binance WebSocket → Kafka Topic\n2. `2m 2s`\n   * Inserter: Kafka Topic → PostgreSQL table\n3. 03:00\n   * Spark job');
    expect(names(read).filter((n) => /\d/.test(n))).toEqual([]);
    expect(names(read)).toEqual(expect.arrayContaining(['Kafka Topic', 'Spark job']));
    expect(read.warnings.map((w) => w.message)).toContain('"2m 2s" is a time or duration, not a component; left out');
  });

  it('steps aside for Mermaid', () => {
    const m = fixture('mermaid-lakehouse.mmd');
    expect(listParser.detect(m)).toBeLessThan(mermaidParser.detect(m));
    expect(listParser.detect('flowchart LR\n- a')).toBeLessThan(0.1);
  });
});

describe('listParser robustness', () => {
  it('never throws and stays well-formed on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        expectWellFormed(parse(s));
        const d = listParser.detect(s);
        expect(d >= 0 && d <= 1).toBe(true);
      }),
      { numRuns: 300 },
    );
    // Each input goes through the Markdown parser; the budget is for a busy machine, not a measure.
  }, 60_000);

  it('never throws on list-shaped noise', { timeout: 60_000 }, () => {
    const token = fc.constantFrom('- ', '  ', '1. ', '* ', 'Kafka', 'S3', 'data', 'to', ' into ', ':', ' - ', ',', '+', '`', '"', '[', ']', '[store]', '(', ')', '<!--', '-->', '#', '\n', '\t', 'é', '😀', 'Storage', 'orders_mart', ' and ');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 80 }).map((a) => a.join('')), (s) => expectWellFormed(parse(s))),
      { numRuns: 500 },
    );
  });

  it('stays linear on pathological megabyte inputs', { timeout: 60_000 }, () => {
    const n = 1_000_000;
    for (const s of ['['.repeat(n), '"'.repeat(n), '`'.repeat(n), '<!--'.repeat(n / 4), 'Kafka '.repeat(n / 6), '- a\n  - b\n'.repeat(n / 10), '-.'.repeat(n / 2), 'to the raw '.repeat(n / 11)]) {
      expectWellFormed(parse(s));
      listParser.detect(s);
    }
  });
});
