/**
 * Where a JSON.parse error is, read from the engine's message: for readers that keep the native
 * parser (a saved workspace file) and want to point at the line and column.
 */
import { LineIndex } from './positions';

/**
 * Offset of a JSON.parse error, read from its message: V8 "at position 123", Firefox/V8
 * "(line 4 column 7)", V8 "Unexpected token 'x', ..."snippet"... is not valid JSON", or
 * "Unexpected end of JSON input". Undefined when the message says nothing usable.
 */
export function jsonErrorOffset(text: string, message: string, index = new LineIndex(text)): number | undefined {
  const lc = /line (\d+) column (\d+)/i.exec(message);
  if (lc) return index.offset(Number(lc[1]), Number(lc[2]));
  const pos = /at position (\d+)/i.exec(message);
  if (pos) return Math.min(Number(pos[1]), text.length);
  if (/end of (?:JSON )?(?:input|data)/i.test(message)) return text.length;
  const snip = /Unexpected token .*?, (.*) is not valid JSON/s.exec(message);
  if (snip?.[1] !== undefined) {
    let s = snip[1];
    const lead = s.startsWith('...');
    const trail = s.endsWith('...');
    if (lead) s = s.slice(3);
    if (trail) s = s.slice(0, -3);
    if (s.startsWith('"') && s.endsWith('"')) s = s.slice(1, -1);
    else if (s.startsWith('"')) s = s.slice(1);
    else if (s.endsWith('"')) s = s.slice(0, -1);
    if (lead) {
      const at = text.indexOf(s);
      if (at >= 0) return at + 10;
    } else if (trail) {
      return Math.max(0, s.length - 10);
    }
  }
  return undefined;
}
