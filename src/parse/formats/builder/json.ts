/**
 * JSON as people paste it, read with jsonc-parser: every syntax error located by line and column, the
 * rest of the text still read (the parser recovers past a missing comma or a stray quote), and the two
 * habits of hand-edited JSON, trailing commas and comments, read with a warning instead of refused.
 * Valid JSON takes the native parser's fast path; jsonc-parser only reads texts it refuses.
 */
import { createScanner, parse, printParseErrorCode, visit, type ParseError } from 'jsonc-parser';
import { JSON_ERROR_TEXT, warningOf, type JsonErrorName } from '../../problems';
import type { ParseWarning } from '../../types';
import { LineIndex, foundAt, tooDeepAt } from './positions';

export interface JsonLoad {
  /** The parsed value; after syntax errors, what the parser recovered (or undefined). */
  readonly value: unknown;
  /** No syntax errors (trailing commas and comments allowed). */
  readonly ok: boolean;
  /** Strict JSON: nothing tolerated either. */
  readonly strict: boolean;
  readonly warnings: readonly ParseWarning[];
}

/** jsonc-parser recurses once a level; past this the text is refused before it can exhaust the stack. */
export const MAX_JSON_DEPTH = 1000;
/** After the first few, further syntax errors are mostly echoes of the first. */
const MAX_SYNTAX_WARNINGS = 20;

/** jsonc-parser's error code as a name the problem table knows. */
export function jsonErrorName(e: ParseError): JsonErrorName {
  const name = printParseErrorCode(e.error);
  return Object.hasOwn(JSON_ERROR_TEXT, name) ? (name as JsonErrorName) : 'InvalidSymbol';
}

/** jsonc-parser's SyntaxKind values (a const enum, which isolated modules cannot import). */
const TOKEN = { closeBrace: 2, closeBracket: 4, comma: 5, lineComment: 12, blockComment: 13, lineBreak: 14, space: 15, end: 17 } as const;

type Span = { offset: number; length: number };

/** Trailing commas (a comma right before `}` or `]`) and comments, by one pass of the scanner. */
function tolerated(text: string): { readonly trailingCommas: Span[]; readonly comments: Span[] } {
  const scanner = createScanner(text, false);
  const trailingCommas: Span[] = [];
  const comments: Span[] = [];
  let lastComma = -1;
  for (let token: number = scanner.scan(); token !== TOKEN.end; token = scanner.scan()) {
    const comment = token === TOKEN.lineComment || token === TOKEN.blockComment;
    if (comment) comments.push({ offset: scanner.getTokenOffset(), length: scanner.getTokenLength() });
    if (comment || token === TOKEN.lineBreak || token === TOKEN.space) continue;
    if ((token === TOKEN.closeBrace || token === TOKEN.closeBracket) && lastComma >= 0) trailingCommas.push({ offset: lastComma, length: 1 });
    lastComma = token === TOKEN.comma ? scanner.getTokenOffset() : -1;
  }
  return { trailingCommas, comments };
}

/** Reads JSON, tolerating trailing commas and comments, with located warnings; never throws. */
export function loadJson(text: string): JsonLoad {
  const source = text.replace(/^\uFEFF/, '');
  const shift = text.length - source.length;
  try {
    return { value: JSON.parse(source) as unknown, ok: true, strict: true, warnings: [] };
  } catch {
    // Not strict JSON: read it again below, tolerantly and with positions.
  }
  const index = new LineIndex(text);
  const at = (offset: number) => index.at(offset + shift);
  const deep = tooDeepAt(source, MAX_JSON_DEPTH, 'json');
  if (deep !== undefined) {
    return { value: undefined, ok: false, strict: false, warnings: [warningOf({ kind: 'tooDeep', max: MAX_JSON_DEPTH }, at(deep), foundAt(source, deep))] };
  }
  const errors: ParseError[] = [];
  const value = parse(source, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false }) as unknown;
  const warnings: ParseWarning[] = [];
  let lastLine = 0;
  for (const e of errors) {
    if (warnings.length >= MAX_SYNTAX_WARNINGS) break;
    const pos = at(e.offset);
    // A second error on the same line is nearly always the first one's echo.
    if (pos.line === lastLine) continue;
    lastLine = pos.line;
    warnings.push(warningOf({ kind: 'jsonSyntax', error: jsonErrorName(e) }, pos, foundAt(source, e.offset, e.offset + e.length)));
  }
  const t = tolerated(source);
  for (const [what, found] of [['trailingComma', t.trailingCommas], ['comment', t.comments]] as const) {
    const first = found[0];
    if (first) warnings.push(warningOf({ kind: 'jsonTolerated', what, count: found.length }, at(first.offset), foundAt(source, first.offset, first.offset + first.length)));
  }
  return { value, ok: errors.length === 0, strict: false, warnings };
}

/** The text with every comment turned to spaces (line breaks kept), so offsets and lines stay where they were. */
export function withoutComments(text: string): string {
  const { comments } = tolerated(text);
  let out = '';
  let from = 0;
  for (const c of comments) {
    out += text.slice(from, c.offset) + text.slice(c.offset, c.offset + c.length).replace(/[^\n\r]/g, ' ');
    from = c.offset + c.length;
  }
  return out + text.slice(from);
}

/**
 * Offsets where each top-level value starts: the elements of a top-level array, or the single
 * top-level value. Comments and strings are skipped by the scanner, so a `{` inside them does not count.
 */
export function topLevelItemOffsets(text: string): number[] {
  const out: number[] = [];
  let depth = 0;
  let rootIsArray = false;
  /** A value at the top level, or an item of the top-level array. */
  const item = (offset: number): void => {
    if (depth === 0 || (depth === 1 && rootIsArray)) out.push(offset);
  };
  const begin = (offset: number, isArray: boolean): void => {
    if (depth === 0 && isArray) rootIsArray = true;
    else item(offset);
    depth++;
  };
  const end = (): void => {
    depth--;
  };
  try {
    visit(
      text,
      { onObjectBegin: (offset) => begin(offset, false), onObjectEnd: end, onArrayBegin: (offset) => begin(offset, true), onArrayEnd: end, onLiteralValue: (_value, offset) => item(offset) },
      { allowTrailingComma: true, disallowComments: false },
    );
  } catch {
    // The visitor recurses: a text nested deeper than the stack keeps the offsets found so far.
  }
  return out;
}

/** One NDJSON line: its value, or the first syntax error with its offset in the line. */
export function readJsonLine(line: string): { value: unknown } | { error: JsonErrorName; offset: number; length: number } {
  try {
    return { value: JSON.parse(line) as unknown };
  } catch {
    const errors: ParseError[] = [];
    const value = parse(line, errors, { allowTrailingComma: true, disallowComments: false }) as unknown;
    const first = errors[0];
    if (first === undefined) return { value };
    return { error: jsonErrorName(first), offset: first.offset, length: first.length };
  }
}
