/**
 * Where a caret at `pos` in `before` belongs once something else (another tab, an undo) changed
 * the text to `after`: before the change it stays, after it moves by the change's length, inside
 * it goes to the change's end.
 */
export function mapCaret(pos: number, before: string, after: string): number {
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before[start] === after[start]) start++;
  let end = 0;
  while (end < max - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  if (pos <= start) return pos;
  if (pos >= before.length - end) return pos + after.length - before.length;
  return after.length - end;
}
