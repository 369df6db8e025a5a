/**
 * Arrow text: `Mobile app -> Kafka -> S3 raw bucket`, one or more chains per line.
 *
 * Arrows: `->`, `-->`, `=>`, `==>`, `—>`, `–>`, `→` (and `⟶ ⇒ ➔ ➜ ➡️`, and lines drawn to a head: `──▶`), backwards `<-` `←`, both ways `<->` `↔`;
 * a label rides inside the arrow: `a -[events]-> b`. `a -> b, c` feeds b and c; `a, b -> c` feeds c from both.
 * Names may contain spaces and be quoted (`"Sessions, enriched"`); `name [stage]` states a stage.
 * `#` and `//` start a comment at the start of a line or after a space. Markdown bullets are ignored.
 * A drawing (boxes and lines in text, with or without its fence) goes to the diagram reader.
 */
import type { FormatParser, RawPipeline } from '../types';
import { stageName } from '../lexicon/words';
import { DETECT_HEAD, safely, splitLines } from './text';
import { isArrowChain, isFence, readArrowLine } from './arrows/line';
import { afterBullet, scanLine } from './arrows/scan';
import { isDiagram, readDiagram } from './arrows/diagram';

export { isArrowChain, readArrowLine } from './arrows/line';

/** Fence lines blanked, so a drawing pasted with its fence keeps its lines and columns. */
const unfenced = (text: string): string => text.replace(/^[ \t]*(?:```|~~~).*$/gm, '');

/**
 * Lines around a drawing that are words only (a title, a caption); past a few, the page is prose.
 * Words touching a drawn line, with no blank row between, are in it: names stacked down a `↓`
 * chain, and the first and last stops of one.
 */
function wordsAround(text: string): number {
  const lines = splitLines(text).map((l) => l.text);
  const drawn = (i: number): boolean => DRAWN.test(lines[i] ?? '');
  return lines.filter((t, i) => /\p{L}{2,}/u.test(t) && !drawn(i) && !/^\s*#/.test(t) && !drawn(i - 1) && !drawn(i + 1)).length;
}

const MAX_WORD_LINES = 3;
const DRAWN = /[│┃║┌└┐┘╭╰╮╯─━═→➡⮕➝➞↓↑←▶▼◀▲►◄|+]|-->|->|<-|==>|^\s*[vV^]\s*$/u;

function parseArrows(source: string): RawPipeline {
  // A backslash right after a word at a line's end is Markdown's line break ("AWS Lambda (script)\\"), not part of a name.
  const text = source.replace(/(?<=[\p{L}\p{N})\]])\\$/gmu, '');
  const drawing = unfenced(text);
  if (drawing.length <= DETECT_HEAD && isDiagram(drawing)) return safely((b) => void readDiagram(b, drawing));
  return safely((b) => {
    const lines = splitLines(text).filter((l) => !isFence(l.text.trim()));
    // A chain written down the page ("Weather API", "→ Kafka", "→ Postgres"): a line that opens with an arrow goes on from the line above.
    const opens = lines.map((l) => scanLine(l.text, afterBullet(l.text)).arrows[0]?.start === afterBullet(l.text));
    let above: readonly string[] = [];
    lines.forEach((l, i) => (above = readArrowLine(b, l.text, l.line, opens[i] ? above : [], opens[i + 1] === true)));
  });
}

/** Is the first meaningful line a Mermaid flowchart header? */
function mermaidHeader(lines: readonly string[]): boolean {
  const first = lines.map((l) => l.trim()).find((t) => t !== '' && !isFence(t) && !t.startsWith('%%'));
  return first !== undefined && /^(?:graph|flowchart)(?:-elk)?(?:\s|;|$)/i.test(first);
}

/** Mermaid node syntax (`A[Label]`, `B((x))`, `-->|label|`) with no header. */
function mermaidShaped(line: string): boolean {
  if (line.includes('-->|') || line.includes('-.->')) return true;
  const m = /[\p{L}\p{N}_][[({]([^\])}]{0,60})[\])}]/u.exec(line.slice(0, 400));
  return m !== null && stageName(m[1] ?? '') === undefined;
}

function detectArrows(text: string): number {
  const drawing = unfenced(text);
  if (drawing.length <= DETECT_HEAD && isDiagram(drawing)) return wordsAround(drawing) <= MAX_WORD_LINES ? 0.85 : 0.05;
  const lines = splitLines(text.slice(0, DETECT_HEAD)).slice(0, 300).map((l) => l.text);
  if (mermaidHeader(lines)) return 0.05;
  let content = 0;
  let withArrow = 0;
  let shaped = 0;
  for (const line of lines) {
    if (isFence(line.trim())) continue;
    const from = afterBullet(line);
    const s = scanLine(line, from);
    if (line.slice(from, s.end).trim() === '') continue;
    content++;
    // A page whose arrows sit inside sentences is prose, not a diagram.
    if (s.arrows.length > 0 && isArrowChain(line)) {
      withArrow++;
      if (mermaidShaped(line)) shaped++;
    }
  }
  if (content === 0 || withArrow === 0) return 0;
  const ratio = withArrow / content;
  const score = ratio >= 0.5 ? 0.8 + 0.3 * (ratio - 0.5) : ratio * 1.2;
  return shaped * 2 >= withArrow ? Math.min(score, 0.5) : score;
}

export const arrowsParser: FormatParser = {
  id: 'arrows',
  label: 'Arrows (a -> b)',
  example: 'Mobile app -> Kafka -> S3 raw bucket\nS3 raw bucket -> Spark -> Snowflake [store] -> Looker',
  detect: detectArrows,
  parse: parseArrows,
};