/**
 * A fenced block in another format's language (```mermaid, ```yaml, ```json) is read by that
 * format's own reader, and what it finds joins what the prose around it says: the same name is one
 * component, found on the line where the block has it. A block that cannot be read gives a warning,
 * and the rest of the page is still read.
 */
import type { FormatParser, RawPipeline } from '../../types';
import { composeParser } from '../compose';
import { dbtManifestParser, dbtSchemaParser } from '../dbt';
import { qualifiedSourceName } from '../dbt/schema';
import { mermaidParser } from '../mermaid';
import { openLineageParser } from '../openlineage';
import { ownYamlParser } from '../ownYaml';
import { errorText, type PipelineBuilder } from '../structured';
import { readDiagram } from '../arrows/diagram';
import { DIAGRAM, type Fence } from './outline';

/** Below this, no reader takes the block as its own. */
const RECOGNISED = 0.25;

const READERS: Readonly<Record<string, readonly FormatParser[]>> = {
  mermaid: [mermaidParser],
  yaml: [composeParser, dbtSchemaParser, ownYamlParser],
  json: [openLineageParser, dbtManifestParser, ownYamlParser],
};

const family = (lang: string): string => (lang === 'yml' ? 'yaml' : lang.startsWith('json') || lang === 'ndjson' ? 'json' : lang);

/**
 * What documentation pages do to JSON that a reader would refuse: `// comments`, `...` for an
 * elided part, and a comma before a closing bracket. Removed keeping lines and columns.
 */
export function tolerantJson(text: string): string {
  return text
    .replace(/^(\s*)(?:\/\/.*|\.\.\.|…)\s*$/gm, (m) => ' '.repeat(m.length))
    .replace(/,(\s*[}\]])/g, ' $1');
}

function readerFor(lang: string, text: string): FormatParser | undefined {
  let best: { p: FormatParser; d: number } | undefined;
  for (const p of READERS[family(lang)] ?? []) {
    const d = p.detect(text);
    if (!best || d > best.d) best = { p, d };
  }
  return best && (best.d >= RECOGNISED || family(lang) === 'mermaid') ? best.p : undefined;
}

/** Reads one block; returns whether it stated any edges (then it, not the prose, is the flow). */
export function readFence(b: PipelineBuilder, fence: Fence): boolean {
  if (fence.lang === DIAGRAM) return readDiagram(b, fence.value, fence.line).edges > 0;
  const text = family(fence.lang) === 'json' ? tolerantJson(fence.value) : fence.value;
  const parser = readerFor(fence.lang, text);
  if (!parser) {
    b.warnAt(fence.line, 1, `A \`\`\`${fence.lang} block that no reader recognises; skipped`, fence.value.split('\n')[0] ?? '');
    return false;
  }
  let raw: RawPipeline;
  try {
    raw = parser.parse(text);
  } catch (e) {
    b.warnAt(fence.line, 1, `Could not read this ${parser.label} block: ${errorText(e)}`);
    return false;
  }
  const at = (line: number | undefined): number => fence.line + Math.max(1, line ?? 1) - 1;
  // A note keeps its kind, so a block read whole (an ER or a sequence diagram) still opens at once.
  for (const w of raw.warnings) b.warn({ ...w, line: at(w.line), message: `${parser.label} block: ${w.message}` });
  const ids = new Map<string, string>();
  for (const c of raw.components) {
    // On a page, other blocks and the prose may name a model as a source table is named: a source
    // table keeps its source's name there, as a manifest names it.
    const name = parser === dbtSchemaParser ? qualifiedSourceName(c.name, c.hints ?? []) : c.name;
    ids.set(c.id, b.mention(name, { line: at(c.line), ...(c.explicit ? { explicit: c.explicit } : {}), hints: c.hints ?? [] }));
  }
  let edges = false;
  for (const e of raw.edges) {
    const from = ids.get(e.from);
    const to = ids.get(e.to);
    if (!from || !to || e.control) continue;
    b.edge(from, to, { ...(e.label ? { label: e.label } : {}), line: at(e.line) });
    edges = true;
  }
  return edges;
}
