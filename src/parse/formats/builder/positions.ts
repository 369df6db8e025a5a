/** Offsets in a text as 1-based line and column, and the text found there for a warning. */
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
