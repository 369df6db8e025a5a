/**
 * A DOT label as lines of text. An HTML label (`<<b>Kafka</b><br/>topic>`) loses its tags, breaks at
 * `<br>` and table rows, and has its entities decoded; a quoted one keeps its angle brackets
 * (`Map<String,Int>`), breaks at `\n`, `\l` and `\r`, unescapes `\"` and names its node for `\N`.
 */
import { entityChar, squash } from '../text';

const decode = (s: string): string => s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, ref: string) => entityChar(ref) ?? m);

export function labelLines(label: string, html: boolean, nodeId: string): string[] {
  const text = html
    ? decode(label.replace(/<br\s*\/?>|<\/tr>/gi, '\n').replace(/<[^>]*>/g, ' '))
    : label.replace(/\\N/g, nodeId).replace(/\\"/g, '"').replace(/\\[nlr]/g, '\n');
  return text.split('\n').map(squash).filter((l) => l !== '');
}
