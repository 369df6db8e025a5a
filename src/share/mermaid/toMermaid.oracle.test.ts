/**
 * Mermaid itself accepts the export and sees what we meant: every node with its label as typed,
 * every edge, the stage subgraphs with their members and verdict classes. Run the way
 * src/parse/formats/mermaid.oracle.test.ts runs Mermaid's parser in Node.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMermaidParser, type GetDiagram } from '../../test/mermaidOracle';
import { parse as parseYaml } from 'yaml';
import { PRESETS, presetWorkspace, scenarioWorkspace } from '../../domain/presets';
import type { Workspace } from '../../domain/workspace';
import { newId } from '../../lib/ids';
import { chartOf } from './chart';
import { exportedName } from './escape';
import { toMermaid } from './toMermaid';
import { anyPipeline, anyStageNames, anyVerdicts, workspaceWith } from './testing';

interface FlowDb {
  getVertices(): Map<string, { readonly id: string; readonly text?: string }>;
  getEdges(): { readonly start: string; readonly end: string; readonly stroke?: string; readonly text?: string; readonly style?: readonly string[] }[];
  getSubGraphs(): { readonly id: string; readonly title: string; readonly nodes: readonly string[]; readonly classes: readonly string[] }[];
  getClasses(): Map<string, unknown>;
}

let getDiagram: GetDiagram;

beforeAll(async () => {
  getDiagram = await loadMermaidParser();
}, 60_000);

const NAMED: Readonly<Record<string, string>> = { quot: '"', lt: '<', gt: '>', amp: '&' };

/**
 * Text as Mermaid will draw it: its parser swaps `#…;` entities for placeholders, and the renderer
 * turns them into HTML entities the browser decodes; this does both steps.
 */
const shown = (text: string): string =>
  text
    .replace(/\ufb02\u00b0\u00b0(\d+)\u00b6\u00df/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/\ufb02\u00b0(\w+)\u00b6\u00df/g, (m, name: string) => NAMED[name] ?? m);

async function expectMermaidReads(ws: Workspace): Promise<void> {
  const text = toMermaid(ws);
  const db = (await getDiagram(text)).db as FlowDb;
  const chart = chartOf(ws);
  const nodes = chart.groups.flatMap((g) => g.nodes);

  const vertices = db.getVertices();
  expect([...vertices.keys()].sort()).toEqual(nodes.map((n) => n.id).sort());
  for (const n of nodes) expect(shown(vertices.get(n.id)?.text ?? '')).toBe(`${exportedName(n.name)} [${n.placement}]`);

  const edges = db.getEdges();
  expect(edges.map((e) => [e.start, e.end, e.stroke === 'dotted', shown(e.text ?? '')])).toEqual(
    chart.edges.map((e) => [e.from, e.to, e.control, e.label ?? '']),
  );
  chart.edges.forEach((e, i) => expect((edges[i]?.style ?? []).length > 0, `linkStyle of edge ${i}`).toBe(e.verdict !== undefined && e.verdict !== 'unknown'));

  const subgraphs = db.getSubGraphs();
  expect(subgraphs.map((s) => [s.id, s.title, [...s.nodes].sort(), [...s.classes]])).toEqual(
    chart.groups.map((g) => [g.id, g.title, g.nodes.map((n) => n.id).sort(), g.verdict ? [g.verdict] : []]),
  );
  expect([...db.getClasses().keys()].sort()).toEqual(['broken', 'holds', 'suspect', 'unknown']);
}

describe('Mermaid reads the export', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))('of preset %s, solved and as a walkthrough', async (_, preset) => {
    const now = '2026-01-01T00:00:00.000Z';
    await expectMermaidReads(presetWorkspace(preset, newId, now));
    await expectMermaidReads(scenarioWorkspace(preset, newId, now));
  });

  it('of a preset with its stages imported as a pipeline, every verdict on show', async () => {
    const ws = presetWorkspace(PRESETS[0] ?? (undefined as never), newId, '2026-01-01T00:00:00.000Z');
    const pipeline = fc.sample(anyPipeline(false, 12), { numRuns: 1, seed: 7 })[0];
    await expectMermaidReads({ ...ws, ...(pipeline ? { pipeline } : {}) });
  });

  it('of generated pipelines with names full of syntax', async () => {
    await fc.assert(
      fc.asyncProperty(anyPipeline(false), anyVerdicts, async (pipeline, verdicts) => {
        await expectMermaidReads(workspaceWith({ pipeline }, verdicts));
      }),
      { numRuns: 40 },
    );
  });

  it('with any workspace name as its title', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 60 }), async (name) => {
        const text = toMermaid({ ...workspaceWith({}), name });
        // Mermaid loads the front matter as YAML while parsing (and would throw on bad YAML) but only draws the title when rendering.
        await getDiagram(text);
        const front = /^---\n([^\n]*)\n---\n/.exec(text);
        const title = exportedName(name.replace(/\p{Cc}/gu, ' '));
        expect(front ? (parseYaml(front[1] ?? '') as { title: string }).title : '').toBe(title);
      }),
      { numRuns: 100 },
    );
  });

  it('of generated workspaces without an import', async () => {
    await fc.assert(
      fc.asyncProperty(anyStageNames, anyVerdicts, async (components, verdicts) => {
        await expectMermaidReads(workspaceWith({ components }, verdicts));
      }),
      { numRuns: 20 },
    );
  });
});
