import { describe, expect, it } from 'vitest';
import { formatWhen, oneLine, paragraphs, textLines } from './plainText';

describe('oneLine: the rule for table cells and headings', () => {
  it('joins lines with "; ", or a space after a line that already ends in punctuation', () => {
    expect(oneLine('03:00 job A starts\n03:07 job B reads')).toBe('03:00 job A starts; 03:07 job B reads');
    expect(oneLine('Seen: duplicates.\nNotes: retry storm')).toBe('Seen: duplicates. Notes: retry storm');
    expect(oneLine('Logs:\nline one')).toBe('Logs: line one');
  });

  it('drops blank lines and trims each line of spaces and tabs only', () => {
    expect(oneLine('\n\n  a \r\n\r\n\tb\t\r c ')).toBe('a; b; c');
    expect(oneLine('\u00a0kept\u00a0')).toBe('\u00a0kept\u00a0');
  });

  it('turns tabs into spaces, drops control characters and repairs lone surrogates', () => {
    expect(oneLine('a\tb')).toBe('a b');
    expect(oneLine('a\u0000b\u0007c\u007f')).toBe('abc');
    expect(oneLine('x\ud800y')).toBe('x\ufffdy');
    expect(oneLine('😀')).toBe('😀');
  });

  it('leaves markup characters alone: escaping is the serialiser\'s job', () => {
    expect(oneLine('a | *b* `c` <br> # d')).toBe('a | *b* `c` <br> # d');
  });
});

describe('paragraphs', () => {
  it('splits on blank lines and keeps the other line breaks', () => {
    expect(paragraphs('a\nb\n\n \n\nc\n')).toEqual([['a', 'b'], ['c']]);
    expect(paragraphs('  \n\t\n')).toEqual([]);
    expect(textLines('a\r\nb\rc')).toEqual(['a', 'b', 'c']);
  });
});

describe('formatWhen', () => {
  it('writes full timestamps in UTC to the second, whatever offset they were stored with', () => {
    expect(formatWhen('2026-03-04T05:06:07.890Z')).toBe('2026-03-04T05:06:07Z');
    expect(formatWhen('2026-03-04T07:06:07+02:00')).toBe('2026-03-04T05:06:07Z');
    expect(formatWhen('2026-03-04T05:06Z')).toBe('2026-03-04T05:06:00Z');
  });

  it('keeps anything else as stored, rather than guess a time zone', () => {
    expect(formatWhen('2026-03-04')).toBe('2026-03-04');
    expect(formatWhen('2026-03-04T05:06:07')).toBe('2026-03-04T05:06:07');
    expect(formatWhen(' yesterday ')).toBe('yesterday');
    expect(formatWhen('2026-13-45T99:99:99Z')).toBe('2026-13-45T99:99:99Z');
    expect(formatWhen('')).toBe('');
  });
});
