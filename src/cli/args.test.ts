import { describe, expect, it } from 'vitest';
import { decodeUtf8, parseArgs } from './args';

const FORMATS = ['arrows', 'mermaid'];

describe('command-line arguments', () => {
  it('take the format before or after the file, and as --format=id', () => {
    expect(parseArgs(['parse', 'a.mmd', '--format', 'mermaid'], FORMATS)).toEqual({ ok: true, file: 'a.mmd', format: 'mermaid' });
    expect(parseArgs(['parse', '--format', 'mermaid', 'a.mmd'], FORMATS)).toEqual({ ok: true, file: 'a.mmd', format: 'mermaid' });
    expect(parseArgs(['parse', '--format=arrows', '-'], FORMATS)).toEqual({ ok: true, file: '-', format: 'arrows' });
    expect(parseArgs(['parse', 'a.txt'], FORMATS)).toEqual({ ok: true, file: 'a.txt', format: undefined });
  });

  it('call every mistake a mistake, with what is wrong', () => {
    const problem = (argv: string[]) => {
      const r = parseArgs(argv, FORMATS);
      return r.ok ? null : r.problem;
    };
    expect(problem([])).toBe('No command given.');
    expect(problem(['frobnicate'])).toBe('Unknown command "frobnicate".');
    expect(problem(['parse'])).toMatch(/No input given/);
    expect(problem(['parse', 'a.txt', '--format'])).toBe('--format needs a value.');
    expect(problem(['parse', '--format', 'a.txt'])).toBe('Unknown format "a.txt".');
    expect(problem(['parse', 'a.txt', '--format', 'yaml'])).toBe('Unknown format "yaml".');
    expect(problem(['parse', 'a.txt', '--verbose'])).toBe('Unknown option "--verbose".');
    expect(problem(['parse', 'a.txt', 'b.txt'])).toMatch(/Only one input/);
    expect(problem(['parse', 'a', '--format', 'arrows', '--format', 'mermaid'])).toBe('--format is given twice.');
  });
});

describe('reading input as UTF-8', () => {
  it('passes valid text through untouched', () => {
    expect(decodeUtf8(new TextEncoder().encode('Kafka → S3 ✓'))).toEqual({ text: 'Kafka → S3 ✓', firstInvalidByte: null });
  });

  it('names the first byte that is not UTF-8 and keeps reading', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Kafka → '), 0xff, ...new TextEncoder().encode('S3')]);
    const r = decodeUtf8(bytes);
    expect(r.firstInvalidByte).toBe(10);
    expect(r.text).toBe('Kafka → \uFFFDS3');
  });
});
