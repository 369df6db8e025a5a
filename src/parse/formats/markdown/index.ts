/**
 * README pages, bullets, prose and slide text, read as Markdown (mdast with GFM) in small passes:
 * outline (sections, items, table rows, paragraphs, fenced blocks) → fenced blocks to their own
 * readers → mentions in each piece → wiring (verbs say which way data moves) → the shared builder.
 * A heading or label that names a stage is a hint for what is under it; only `name [stage]` states one.
 */
import { FLOW_WORD_RE, itemLabel } from './lexicon';
import type { FormatParser, RawPipeline } from '../../types';
import { readArrowLine } from '../arrows';
import { isDiagram } from '../arrows/diagram';
import { DETECT_HEAD, type PipelineBuilder, safely, splitLines } from '../text';
import { bareMermaid } from './bareMermaid';
import { readFence } from './fences';
import { arrowChainText, bullet } from './lines';
import { EMBEDDED, outline } from './outline';
import { componentKey, labelSplit } from './phrases';
import { blockOf } from './reader';
import { numberedTwice, qualifiedTwice, withQualifiers, withShortNames } from './shortNames';
import { knownAt, tokenize } from './tokens';
import type { Reader } from './types';

function read(b: PipelineBuilder, text: string): void {
  const bare = bareMermaid(text);
  const page = outline(bare.rest, (l, c, m, f) => b.warnAt(l, c, m, f));
  const qualified = qualifiedTwice(page.root);
  b.keyOf = withShortNames(withQualifiers(componentKey, qualified, numberedTwice(text)), (k) => b.has(k));
  const r: Reader = { b, flowGiven: false, qualified };
  for (const f of [...bare.fences, ...page.fences]) if (readFence(b, f)) r.flowGiven = true;
  // A title's arrows summarise, a chain inside an item (`dbt (staging → marts)`) names parts of one step; one in the body is the flow.
  const body = page.arrowLines.filter((l) => !l.heading && !l.inner);
  const flow = body.length > 0 ? body : page.arrowLines.filter((l) => !l.inner);
  for (const l of [...flow, ...page.arrowLines.filter((l) => l.inner)]) readArrowLine(b, l.text, l.line);
  if (flow.length > 0) r.flowGiven = true;
  blockOf(r, page.root, { hints: [] });
}

export function parseMarkdown(text: string): RawPipeline {
  return safely((b) => read(b, text));
}

/**
 * Known products in the first part of a text, by the catalog. A name in brackets that is not a
 * link (`[AWS MSK (Kafka)]`, a box in a drawing) still names its product.
 */
function productsIn(text: string): number {
  const toks = tokenize({ text: text.replace(/\[([^\]\n]{1,80})\](?!\()/g, ' $1 '), line: 1, col: 1 }, true);
  const known = toks.map((_, i) => toks.slice(i, i + knownAt(toks, i)).map((t) => t.text.toLowerCase()).join(' '));
  return new Set(known.filter((k) => k !== '')).size;
}

/**
 * A page with a ```mermaid, ```yaml or ```json block and words around it (if only a heading), or a
 * drawing fenced in a page whose sentences name a product (`Orchestrated by **Airflow**`): the
 * block's own reader would drop the words, so the page reader (which hands the block to that reader) goes first.
 */
function wrapsBlock(lines: readonly string[]): 'embedded' | 'drawing' | undefined {
  let open: string | undefined;
  let embedded = false;
  let outside = 0;
  let block: string[] = [];
  let drawing = false;
  let code = false;
  const prose: string[] = [];
  for (const l of lines) {
    const fence = /^\s{0,3}(```|~~~)\s*([\w-]*)/.exec(l);
    if (fence) {
      if (open === undefined) {
        open = (fence[2] ?? '').toLowerCase();
        if (EMBEDDED.has(open)) embedded = true;
        block = [];
      } else {
        drawing ||= drawsFlow(block.join('\n'));
        open = undefined;
      }
      continue;
    }
    if (open !== undefined) block.push(l);
    else {
      const words = (l.match(/\p{L}{2,}/gu) ?? []).length;
      outside += words;
      code ||= CODE_LINE.test(l);
      if (words >= 4 && !/^\s*#/.test(l)) prose.push(l);
    }
  }
  if (embedded && outside >= 1) return 'embedded';
  // Code outside the fence (a DAG file whose docstring draws its flow) is that code's own format.
  return drawing && !code && prose.some((p) => productsIn(p) > 0) ? 'drawing' : undefined;
}

/** A line of Python: a whole import, a definition, a decorator (a prose line may open with "import", a label with a colon). */
const CODE_LINE = /^\s*(?:from\s+[\w.]+\s+import\s+[\w*, ]+$|import\s+[\w.]+(?:\s+as\s+\w+)?\s*$|def\s+\w+\s*\(.*\)\s*(?:->.*)?:\s*$|class\s+\w+\s*(?:\(.*\))?:\s*$|@[\w.]+\s*(?:\(.*\))?\s*$)/;

/** A code block that draws an arrow (`↓`, `▶`, a line that is only `v`) between the boxes or names it holds. */
const drawsFlow = (code: string): boolean => /[↓⇓▼↑▲→←▶◀►◄]|^\s*[vV^]\s*$/mu.test(code) && isDiagram(code);

function detectMarkdown(text: string): number {
  const head = text.slice(0, DETECT_HEAD);
  const lines = splitLines(head).map((l) => l.text);
  const wrapped = wrapsBlock(lines);
  // Above a bare drawing's reader, below the formats whose own syntax a page can quote (a DAG file's docstring may draw its flow).
  if (wrapped) return wrapped === 'embedded' ? 0.98 : 0.9;
  let content = 0;
  let listy = 0;
  let headings = 0;
  let firstMeaningful: string | undefined;
  let block: string[] | undefined;
  let chain = false;
  for (const line of lines.slice(0, 300)) {
    const t = line.trim();
    // A chain of names in a code block (`A ──▶ B ──▶ C`, or names down a `↓`; boxes alone are output) states a flow; a comment in code outside one does not.
    if (t.startsWith('```')) {
      chain ||= block !== undefined && drawsFlow(block.join('\n'));
      block = block ? undefined : [];
    } else block?.push(line);
    if (block) chain ||= arrowChainText(line, true) !== undefined;
    if (t === '' || t.startsWith('```') || t.startsWith('<!--') || t.startsWith('%%')) continue;
    firstMeaningful ??= t;
    content++;
    if (/^#{1,6}\s/.test(t)) headings++;
    const bul = bullet(line);
    const split = labelSplit(t);
    if ((bul && line.slice(bul.content).trim() !== '') || (split && itemLabel(split.label))) listy++;
  }
  if (content === 0) return 0;
  if (firstMeaningful && /^(?:graph|flowchart)(?:-elk)?(?:\s|;|$)/i.test(firstMeaningful)) return 0.05;
  // Headings name sections: what shows a list is the share of the lines under them that are items.
  const body = content - headings || content;
  if (listy >= 2 && listy / body >= 0.4) return Math.min(0.75, 0.6 + 0.15 * (listy / body));
  if (listy === 1 && content <= 2) return 0.5;
  const sample = head.slice(0, 20_000);
  const products = productsIn(sample);
  if ((products >= 2 && FLOW_WORD_RE.test(sample)) || chain) return 0.4;
  // A page that names several technologies describes a pipeline even without a flow verb we know.
  if (products >= 3) return 0.3;
  // A Markdown page (a heading, a blank line, a line or item led by a name in code or a link) documents its pipeline, though in words we do not know.
  if (/^#{1,6}[ \t]+\S.*\n[ \t]*\n/m.test(sample) && /^[ \t]*(?:(?:[-*+]|\d+\.)[ \t]+)?(?:`[^`\n]+`|\[[^\]\n]+\]\()/m.test(sample)) return 0.3;
  return 0.1;
}

export const markdownParser: FormatParser = {
  id: 'list',
  label: 'List or prose',
  example: '- Ingest: Kafka\n- Storage: S3 + Iceberg\n- Processing: Spark\n- BI: Looker',
  detect: detectMarkdown,
  parse: parseMarkdown,
};
