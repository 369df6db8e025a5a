/**
 * A DOT label as lines of text. An HTML label (`<<b>Kafka</b><br/>topic>`) loses its tags, breaks at
 * `<br>` and table rows, and has its entities decoded; a quoted one keeps its angle brackets
 * (`Map<String,Int>`), breaks at `\n`, `\l` and `\r`, unescapes `\"` and names its node for `\N`.
 */
import { squash } from '../text';

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

const decode = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
    e.startsWith('#x') || e.startsWith('#X') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e.toLowerCase()] ?? m));

export function labelLines(label: string, html: boolean, nodeId: string): string[] {
  const text = html
    ? decode(label.replace(/<br\s*\/?>|<\/tr>/gi, '\n').replace(/<[^>]*>/g, ' '))
    : label.replace(/\\N/g, nodeId).replace(/\\"/g, '"').replace(/\\[nlr]/g, '\n');
  return text.split('\n').map(squash).filter((l) => l !== '');
}
