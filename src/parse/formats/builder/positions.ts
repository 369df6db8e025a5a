/** Offsets in a text as 1-based line and column, the text found there for a warning, and where it nests too deep to parse. */
import { positionAt } from '../text';
import { clip } from './values';

export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Offset → 1-based line/column, with a binary search over line starts (built once per text). */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  at(offset: number): Position {
    return positionAt(this.starts, Math.max(0, Math.min(offset, this.text.length)));
  }
}

/** The text at an offset for `found`: the token there, or the rest of its line, or "end of input". */
export function foundAt(text: string, offset: number, end?: number): string {
  if (offset >= text.length) return 'end of input';
  if (end !== undefined && end > offset) {
    const slice = text.slice(offset, end).split('\n')[0] ?? '';
    if (slice.trim() !== '') return clip(slice, 40);
  }
  const rest = text.slice(offset, offset + 200).split('\n')[0] ?? '';
  const token = /^(?:"(?:[^"\\]|\\.)*"?|'(?:[^'\\]|\\.)*'?|[\w.$:/-]+|\S)/.exec(rest);
  if (token) return clip(token[0], 40);
  return rest.trim() === '' ? 'end of line' : clip(rest, 40);
}

/**
 * Offset where the text nests more than `max` collections, if it does: `[`/`{` brackets (JSON's strings
 * skipped; YAML's quotes ignored, a cheap upper bound) and, in YAML, compact block sequences `- - - …` on
 * one line or indentation deeper than 4×max.
 */
export function tooDeepAt(text: string, max: number, format: 'json' | 'yaml'): number | undefined {
  const yaml = format === 'yaml';
  let depth = 0;
  let inString = false;
  let lineStart = yaml;
  let indent = 0;
  let dashes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34 || c === 10) inString = false;
    } else if (yaml && c === 10) {
      lineStart = true;
      indent = 0;
      dashes = 0;
    } else if (lineStart && (c === 32 || c === 9)) {
      if (++indent > 4 * max) return i;
    } else if (lineStart && c === 45 && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9)) {
      if (++dashes > max) return i;
      i++;
    } else {
      lineStart = false;
      if (c === 34 && !yaml) inString = true;
      else if (c === 91 || c === 123) {
        if (++depth > max) return i;
      } else if ((c === 93 || c === 125) && depth > 0) depth--;
    }
  }
  return undefined;
}
