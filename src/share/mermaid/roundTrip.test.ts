/**
 * The export read back by the app's own import (format detection included) gives the same
 * components, in the same places, joined by the same edges.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { namesByStage, type Placement, type PipelineGraph } from '../../domain/pipeline';
import { STAGES } from '../../domain/stages';
import { importPipeline } from '../../parse/importPipeline';
import { exportedName } from './escape';
import { toMermaid } from './toMermaid';
import { GROUP_ORDER, anyPipeline, anyStageNames, anyVerdicts, workspaceWith } from './testing';

function reimport(text: string): PipelineGraph {
  const r = importPipeline(text);
  if (!r.ok) throw new Error(`import failed: ${JSON.stringify(r.error)}\n${text}`);
  expect(r.value.format).toBe('mermaid');
  expect(r.value.warnings).toEqual([]);
  return r.value.graph;
}

/** The original components in the order the export declares them: group by group, as given within a group. */
function declared(graph: PipelineGraph) {
  return GROUP_ORDER.flatMap((p) => graph.components.filter((c) => c.placement === p));
}

/** Edges as "i>j" between positions in the declared order, with whether each is scheduling. */
function edgeMap(graph: PipelineGraph, order: readonly { id: string }[]): Map<string, boolean> {
  const at = new Map(order.map((c, i) => [c.id, i]));
  const out = new Map<string, boolean>();
  for (const e of graph.edges) out.set(`${at.get(e.from)}>${at.get(e.to)}`, (out.get(`${at.get(e.from)}>${at.get(e.to)}`) ?? false) || e.control === true);
  return out;
}

/** The importer drops an edge from a component to itself: nothing hands data to itself. */
function withoutSelfLoops(edges: Map<string, boolean>): Map<string, boolean> {
  return new Map([...edges].filter(([k]) => k.split('>')[0] !== k.split('>')[1]));
}

const JOBS: ReadonlySet<Placement> = new Set(['ingest', 'process', 'model']);

/**
 * What the importer makes of a graph's edges, by its documented rules: Mermaid has no scheduling
 * link (dotted is only a line style), so an edge is scheduling exactly when it touches the
 * orchestrator, an orchestrator nobody links is linked to every job (ingest, process, model), and
 * a self-loop is dropped.
 */
function asImported(graph: PipelineGraph): Map<string, boolean> {
  const order = declared(graph);
  const place = order.map((c) => c.placement);
  const out = new Map<string, boolean>();
  for (const key of withoutSelfLoops(edgeMap(graph, order)).keys()) {
    const [a, b] = key.split('>').map(Number);
    out.set(key, place[a ?? -1] === 'orchestrate' || place[b ?? -1] === 'orchestrate');
  }
  const linked = new Set([...out.keys()].flatMap((k) => k.split('>').map(Number)));
  place.forEach((p, o) => {
    if (p !== 'orchestrate' || linked.has(o)) return;
    place.forEach((q, j) => {
      if (JOBS.has(q)) out.set(`${o}>${j}`, true);
    });
  });
  return out;
}

function expectSameComponents(original: PipelineGraph, back: PipelineGraph): void {
  const order = declared(original);
  expect(back.components.map((c) => [c.name, c.placement])).toEqual(order.map((c) => [exportedName(c.name), c.placement]));
  expect(back.components.every((c) => c.confidence === 1 && !c.uncertain)).toBe(true);
}

describe('toMermaid → the app’s import', () => {
  it('gives back the same components, placements and edges for pipelines as the importer makes them', () => {
    fc.assert(
      fc.property(anyPipeline(true), anyVerdicts, fc.string({ unit: 'binary', maxLength: 40 }), (graph, verdicts, name) => {
        const back = reimport(toMermaid({ ...workspaceWith({ pipeline: graph }, verdicts), name }));
        expectSameComponents(graph, back);
        expect(edgeMap(back, back.components)).toEqual(withoutSelfLoops(edgeMap(graph, declared(graph))));
      }),
      { numRuns: 300 },
    );
  });

  it('for any pipeline, differs only by the importer’s own rules on scheduling edges', () => {
    fc.assert(
      fc.property(anyPipeline(false), anyVerdicts, (graph, verdicts) => {
        const back = reimport(toMermaid(workspaceWith({ pipeline: graph }, verdicts)));
        expectSameComponents(graph, back);
        expect(edgeMap(back, back.components)).toEqual(asImported(graph));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a backslash before an n as written, not as a line break (a case the property found)', () => {
    for (const name of ['\\Ń "', 'C:\\new', 'a\\n b']) {
      const graph: PipelineGraph = {
        format: 'mermaid',
        components: [{ id: 'c0', name, placement: 'generate', confidence: 1, uncertain: false, reason: 'test' }],
        edges: [],
      };
      expect(reimport(toMermaid(workspaceWith({ pipeline: graph }, []))).components.map((c) => c.name)).toEqual([exportedName(name)]);
    }
  });

  it('gives back the names at each stage of a workspace without an import, chained stage to stage', () => {
    fc.assert(
      fc.property(anyStageNames, anyVerdicts, (components, verdicts) => {
        const text = toMermaid(workspaceWith({ components }, verdicts));
        const total = STAGES.reduce((n, s) => n + components[s].length, 0);
        if (total === 0) {
          expect(importPipeline(text)).toMatchObject({ ok: false, error: { kind: 'nothingFound' } });
          return;
        }
        const back = reimport(text);
        expect(namesByStage(back)).toEqual(Object.fromEntries(STAGES.map((s) => [s, components[s].map(exportedName)])));
        const firsts = STAGES.filter((s) => components[s].length > 0).map((s) => back.components.findIndex((c) => c.placement === s));
        const chain = new Map(firsts.slice(1).map((to, i) => [`${firsts[i]}>${to}`, false]));
        expect(edgeMap(back, back.components)).toEqual(chain);
      }),
      { numRuns: 300 },
    );
  });
});
