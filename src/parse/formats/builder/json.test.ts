import { describe, expect, it } from 'vitest';
import { loadJson, MAX_JSON_DEPTH, topLevelItemOffsets, withoutComments } from './json';

describe('loadJson', () => {
  it('reads strict JSON with no warnings', () => {
    expect(loadJson('{"a": [1, 2]}')).toEqual({ value: { a: [1, 2] }, ok: true, strict: true, warnings: [] });
  });

  it('reads trailing commas, saying how many and pointing at the first', () => {
    const text = '{\n  "a": [1, 2,],\n  "b": {"c": 3,},\n}';
    const r = loadJson(text);
    expect(r.value).toEqual({ a: [1, 2], b: { c: 3 } });
    expect(r.ok).toBe(true);
    expect(r.strict).toBe(false);
    expect(r.warnings).toEqual([
      {
        line: 2,
        column: 13,
        message: '3 trailing commas (first here): not strict JSON, read anyway',
        found: ',',
        problem: { kind: 'jsonTolerated', what: 'trailingComma', count: 3 },
      },
    ]);
  });

  it('reads line and block comments with a warning at the first', () => {
    const r = loadJson('{\n  // where the events come from\n  "a": 1 /* ms */\n}');
    expect(r.value).toEqual({ a: 1 });
    expect(r.warnings.map((w) => [w.line, w.column, w.message])).toEqual([[2, 3, '2 comments (first here): not strict JSON, read anyway']]);
  });

  it('locates a missing comma at the token after it and reads on past it', () => {
    const r = loadJson('{\n  "a": 1\n  "b": 2\n}');
    expect(r.ok).toBe(false);
    expect(r.value).toEqual({ a: 1, b: 2 });
    expect(r.warnings).toEqual([
      { line: 3, column: 3, message: 'Invalid JSON: expected a comma', found: '"b"', problem: { kind: 'jsonSyntax', error: 'CommaExpected' } },
    ]);
  });

  it('names single quotes and unclosed strings for what they are', () => {
    expect(loadJson("{'a': 1}").warnings[0]).toMatchObject({ line: 1, column: 2, problem: { kind: 'jsonSyntax', error: 'InvalidSymbol' } });
    expect(loadJson('{"a": "b}').warnings[0]).toMatchObject({ line: 1, column: 7, message: 'Invalid JSON: a string is never closed' });
  });

  it('keeps what comes before a text cut off mid-way', () => {
    const r = loadJson('[{"a": 1}, {"b": 2}, {"c"');
    expect(r.value).toEqual([{ a: 1 }, { b: 2 }, {}]);
    expect(r.warnings[0]?.problem).toEqual({ kind: 'jsonSyntax', error: 'ColonExpected' });
  });

  it('counts lines and columns after a byte-order mark as an editor does', () => {
    expect(loadJson('\uFEFF{\n  "a": 1,\n}').warnings[0]).toMatchObject({ line: 2, column: 9 });
  });

  it('refuses nesting deeper than its limit instead of exhausting the stack', () => {
    const deep = `${'['.repeat(MAX_JSON_DEPTH + 1)}1${']'.repeat(MAX_JSON_DEPTH)}`;
    const r = loadJson(deep);
    expect(r.value).toBeUndefined();
    expect(r.warnings[0]?.problem).toEqual({ kind: 'tooDeep', max: MAX_JSON_DEPTH });
  });

  it('does not bury the first error under its echoes: one warning a line, at most twenty', () => {
    const r = loadJson(`[${Array.from({ length: 100 }, () => "'x' 'y'").join(',\n')}]`);
    expect(r.warnings.length).toBeLessThanOrEqual(20);
    expect(new Set(r.warnings.map((w) => w.line)).size).toBe(r.warnings.length);
  });
});

describe('withoutComments', () => {
  it('blanks comments and keeps every offset and line break', () => {
    const text = '{ // a\n"x": /* b */ 1 }';
    const out = withoutComments(text);
    expect(out).toHaveLength(text.length);
    expect(out).toBe('{     \n"x":         1 }');
  });
});

describe('topLevelItemOffsets', () => {
  it('finds where each element of a top-level array starts, skipping braces in strings and comments', () => {
    const text = '[\n  {"a": "}{"},\n  // {not one}\n  {"b": 1},\n  2\n]';
    expect(topLevelItemOffsets(text)).toEqual([text.indexOf('{"a"'), text.indexOf('{"b"'), text.lastIndexOf('2')]);
  });

  it('finds a single top-level value', () => {
    expect(topLevelItemOffsets('  {"a": [1]}')).toEqual([2]);
  });
});
