/**
 * A workspace's pipeline as a Mermaid flowchart, for READMEs, tickets and wikis that render
 * Mermaid, and readable back by the app's own Mermaid import.
 *
 * Conventions (each chosen so the file reads back as it was written):
 * - `flowchart LR`, one subgraph per stage in stage order (`subgraph ingest["Ingest"]`), then
 *   `orchestration["Orchestration"]` and `other["Not a pipeline stage"]`;
 * - a component is a node `ingest_kafka["Kafka [ingest]"]`. The importer takes a subgraph's title
 *   only as a hint (a Kafka drawn under Store would come back as ingest), but it takes a trailing
 *   `[stage]` in a label as the stage stated outright, so every label ends with its placement;
 * - data edges `a --> b`, scheduling edges dotted `a -.-> b`;
 * - verdicts: the four `classDef`s; each stage subgraph gets the class of the seam it receives (the
 *   contract is what the receiving side assumed), Orchestration the orchestration seam's; an edge is
 *   coloured by `linkStyle` with the worst seam it crosses (unknown stays the default grey) and, when
 *   a crossed seam is broken or suspect, labelled with it (`-->|"Ingest → Store: broken"|`); the
 *   importer reads the label and drops it, so it costs nothing on the way back;
 * - the workspace name is the front matter `title`, and a `%%` comment gives every seam's verdict.
 */
import { SEAM_LIST } from '../../domain/seams';
import type { Verdict } from '../../domain/verdict';
import type { Workspace } from '../../domain/workspace';
import { chartOf, type Chart, type ChartEdge, type ChartGroup } from './chart';
import { exportedName, mermaidLabel } from './escape';

/** Tailwind's palette, as the app's verdict badges use it, so the chart matches the canvas. */
const CLASS_STYLE: Readonly<Record<Verdict, string>> = {
  broken: 'fill:#fff1f2,stroke:#f43f5e,stroke-width:2px,color:#be123c',
  suspect: 'fill:#fffbeb,stroke:#f59e0b,stroke-width:2px,color:#92400e',
  holds: 'fill:#ecfdf5,stroke:#10b981,stroke-width:1px,color:#047857',
  // Dashed: nobody has checked this yet.
  unknown: 'fill:#f8fafc,stroke:#94a3b8,stroke-width:1px,color:#475569,stroke-dasharray:4 3',
};

/** Worst first, as people scan for trouble. */
const ORDER: readonly Verdict[] = ['broken', 'suspect', 'holds', 'unknown'];

const LINK_STYLE: Readonly<Partial<Record<Verdict, string>>> = {
  broken: 'stroke:#f43f5e,stroke-width:3px',
  suspect: 'stroke:#f59e0b,stroke-width:2px',
  holds: 'stroke:#10b981,stroke-width:2px',
};

/** The `[stage]` word the importer reads as a stated placement (`stageName` in src/parse/lexicon/words.ts). */
const node = (n: ChartGroup['nodes'][number]): string => `${n.id}["${mermaidLabel(n.name)} [${n.placement}]"]`;

function edgeLine(e: ChartEdge): string {
  const arrow = e.control ? '-.->' : '-->';
  return e.label ? `${e.from} ${arrow}|"${mermaidLabel(e.label)}"| ${e.to}` : `${e.from} ${arrow} ${e.to}`;
}

/**
 * YAML front matter for the title. JSON strings are YAML double-quoted scalars; the two
 * non-characters YAML will not take raw, which JSON leaves alone, are escaped as well.
 */
function frontMatter(name: string): string[] {
  // Control characters are no part of a title anyone reads, and YAML takes few of them raw.
  const title = exportedName(name.replace(/\p{Cc}/gu, ' '));
  if (title === '') return [];
  const quoted = JSON.stringify(title).replace(/[\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return ['---', `title: ${quoted}`, '---'];
}

function styling(chart: Chart): string[] {
  const lines = ORDER.map((v) => `  classDef ${v} ${CLASS_STYLE[v]}`);
  for (const v of ORDER) {
    const ids = chart.groups.filter((g) => g.verdict === v).map((g) => g.id);
    if (ids.length > 0) lines.push(`  class ${ids.join(',')} ${v}`);
  }
  // linkStyle counts links in the order they are written, one per edge line here.
  for (const v of ORDER) {
    const style = LINK_STYLE[v];
    const indexes = chart.edges.flatMap((e, i) => (e.verdict === v ? [i] : []));
    if (style && indexes.length > 0) lines.push(`  linkStyle ${indexes.join(',')} ${style}`);
  }
  return lines;
}

/**
 * The workspace as Mermaid flowchart text: its imported pipeline when it has one, else the six
 * stages with the component names listed at each. Pure; the same workspace gives the same text.
 */
export function toMermaid(ws: Workspace): string {
  const chart = chartOf(ws);
  const lines = [
    ...frontMatter(ws.name),
    '%% Exported from Pipeline Seams. Subgraphs are stages; the [stage] ending each label states it, so the app imports the file back into the same places.',
    ...SEAM_LIST.map((s) => `%% Seam ${s.name}: ${chart.seams[s.id]}`),
    'flowchart LR',
  ];
  for (const g of chart.groups) {
    lines.push(`  subgraph ${g.id}["${g.title}"]`);
    for (const n of g.nodes) lines.push(`    ${node(n)}`);
    lines.push('  end');
  }
  for (const e of chart.edges) lines.push(`  ${edgeLine(e)}`);
  lines.push(...styling(chart));
  return `${lines.join('\n')}\n`;
}
