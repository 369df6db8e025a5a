/**
 * YAML through the `yaml` library, with its syntax errors and warnings as located problems and the
 * guards it needs on hostile input (nesting depth, repeated keys in big maps, unclosed quotes).
 */
import { LineCounter, Scalar, isMap, isScalar, parseDocument, visit, type Document, type YAMLMap } from 'yaml';
import { warningOf, type ParseProblem } from '../../problems';
import type { ParseWarning } from '../../types';
import { lastIndexAtOrBefore } from '../text';
import { LineIndex, foundAt, tooDeepAt, type Position } from './positions';
import type { PipelineBuilder } from './pipelineBuilder';

export interface YamlLoad {
  readonly doc: Document.Parsed;
  /** The text the document was read from, which node ranges index: as written, quoted runs indented. */
  readonly text: string;
  readonly warnings: readonly ParseWarning[];
  /** 1-based position of a node's start, or `fallback` (the start of the text) when it has no source range. */
  posOf(node: unknown, fallback?: Position): Position;
}

/** Collections nested deeper than this are not handed to the YAML parser (it recurses, and can exhaust the stack or crash V8). */
export const MAX_YAML_DEPTH = 512;

/**
 * parseDocument with syntax errors and warnings turned into located ParseWarnings; the document keeps
 * what could be read. Text with errors is read again with its quoted runs indented, when that reads better.
 */
export function loadYaml(written: string, options: { merge?: boolean } = {}): YamlLoad {
  const first = readYaml(written, options);
  const relaxed = first.doc.errors.length > 0 ? indentQuotedRuns(written) : written;
  const second = relaxed === written ? first : readYaml(relaxed, options);
  return second.doc.errors.length < first.doc.errors.length ? second : first;
}

/** A document read for a builder: its load's warnings go to the builder, and a document that is not a map is the problem `notMap`. */
export function loadYamlMap(b: PipelineBuilder, text: string, notMap: ParseProblem, options: { merge?: boolean } = {}): { y: YamlLoad; root: YAMLMap } | undefined {
  const y = loadYaml(text, options);
  b.warnAll(y.warnings);
  const root = y.doc.contents;
  if (isMap(root)) return { y, root };
  b.problem(notMap, y.posOf(root));
  return undefined;
}

function readYaml(text: string, options: { merge?: boolean }): YamlLoad {
  const lineCounter = new LineCounter();
  const deep = tooDeepAt(text, MAX_YAML_DEPTH, 'yaml');
  const warnings: ParseWarning[] = [];
  if (deep !== undefined) {
    warnings.push(warningOf({ kind: 'tooDeep', max: MAX_YAML_DEPTH }, new LineIndex(text).at(deep), foundAt(text, deep)));
  }
  // The library finds a repeated key by comparing it with every earlier key of its map, which made
  // a map of n keys (a compose file's services) cost n²; repeats are found here with a set instead.
  // Each syntax error is an Error object, and capturing its stack cost more than the rest of the
  // parse (a stray comma per character: 100,000 errors in 7 s); only position and message are read.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let doc: Document.Parsed;
  try {
    doc = parseDocument(deep === undefined ? text : '', { lineCounter, prettyErrors: false, merge: options.merge ?? false, logLevel: 'error', uniqueKeys: false });
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  // Found once for the whole document: looking them up per error made a file with an unclosed quote
  // on every line cost lines².
  let unclosed: number[] | undefined;
  for (const err of [...doc.errors, ...repeatedKeys(doc), ...doc.warnings]) {
    let [start, end] = err.pos;
    if (err.code === 'MISSING_CHAR' && /quote/i.test(err.message)) {
      // Reported where the text ends; the quote that was never closed is more useful.
      unclosed ??= unclosedQuoteStarts(doc, text);
      const open = unclosed[lastIndexAtOrBefore(unclosed, start)];
      if (open !== undefined && open <= start) [start, end] = [open, open + 1];
    }
    const { line, col } = lineCounter.linePos(start);
    const detail = err.message.split('\n')[0] ?? err.message;
    warnings.push(warningOf({ kind: 'yamlSyntax', detail }, { line: Math.max(1, line), column: Math.max(1, col) }, foundAt(text, start, end)));
  }
  const posOf = (node: unknown, fallback: Position = { line: 1, column: 1 }): Position => {
    const range = (node as { range?: unknown } | null | undefined)?.range;
    if (!Array.isArray(range) || typeof range[0] !== 'number') return fallback;
    const { line, col } = lineCounter.linePos(range[0]);
    return { line: Math.max(1, line), column: Math.max(1, col) };
  };
  return { doc, text, warnings, posOf };
}

/**
 * libyaml, and so Compose and PyYAML, reads a quoted value's later lines at any indent (a connection's
 * JSON with `}'` at column 1); this library wants them under their key.
 */
function indentQuotedRuns(text: string): string {
  const lines = text.split('\n');
  const closes = (s: string, q: string) => (q === "'" ? s.replace(/''/g, '') : s.replace(/\\./g, '')).includes(q);
  for (let i = 0; i < lines.length; i++) {
    const [, key = '', quote = '', rest = ''] = /^( *)[^\s#'"-][^'"#]*?:\s+(['"])(.*)$/.exec(lines[i] ?? '') ?? [];
    if (quote === '' || closes(rest, quote)) continue;
    while (++i < lines.length) {
      const line = lines[i] ?? '';
      if (line.trim() !== '' && line.length - line.trimStart().length <= key.length) lines[i] = `${key}  ${line.trimStart()}`;
      if (closes(line, quote)) break;
    }
  }
  return lines.join('\n');
}

/** A key written twice in one map, reported as the library would: at the later key. */
function repeatedKeys(doc: Document): { pos: [number, number]; code: string; message: string }[] {
  const found: { pos: [number, number]; code: string; message: string }[] = [];
  visit(doc, {
    Map(_key, node) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key;
        if (!isScalar(key)) continue;
        if (!seen.has(key.value)) seen.add(key.value);
        else if (key.range) found.push({ pos: [key.range[0], key.range[0] + 1], code: 'DUPLICATE_KEY', message: 'Map keys must be unique' });
      }
    },
  });
  return found;
}

/** Start offsets of every quoted scalar whose closing quote is missing, in ascending order. */
function unclosedQuoteStarts(doc: Document, text: string): number[] {
  const starts: number[] = [];
  visit(doc, {
    Scalar(_key, node) {
      const range = node.range;
      if (!range) return;
      const quote = node.type === Scalar.QUOTE_DOUBLE ? '"' : node.type === Scalar.QUOTE_SINGLE ? "'" : undefined;
      if (quote === undefined) return;
      const source = text.slice(range[0], range[1]);
      if (source.length < 2 || !source.endsWith(quote)) starts.push(range[0]);
    },
  });
  return starts.sort((x, y) => x - y);
}
