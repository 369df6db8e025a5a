import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addComponent, addEdge, deleteComponent, deleteEdge, nameKey, renameComponent, reverseEdge, type GraphEdit } from './graphEdits';
import { mergeComponents, mergeGraphs } from './graphMerge';
import { PLACEMENTS, type PipelineGraph } from './pipeline';

const NAMES = ['Kafka', 'kafka', 'S3', 'S3 raw', 'Spark', 'dbt', 'Looker', 'Airflow', ' Flink ', 'x'];

/** Small pipelines with unique names and edges between their own components. */
const graphArb: fc.Arbitrary<PipelineGraph> = fc
  .uniqueArray(fc.constantFrom(...NAMES), { selector: nameKey, minLength: 1, maxLength: 7 })
  .chain((names) =>
    fc.record({
      placements: fc.array(fc.constantFrom(...PLACEMENTS), { minLength: names.length, maxLength: names.length }),
      pairs: fc.uniqueArray(fc.tuple(fc.nat(names.length - 1), fc.nat(names.length - 1)), { maxLength: 12, selector: ([a, b]) => `${a}>${b}` }),
    }).map(({ placements, pairs }) => ({
      format: 'arrows',
      components: names.map((name, i) => ({ id: `c${i}`, name, placement: placements[i] ?? 'none', confidence: 0.8, uncertain: false, reason: 'test' })),
      edges: pairs.filter(([a, b]) => a !== b).map(([a, b]) => ({ from: `c${a}`, to: `c${b}` })),
    })),
  );

type Op = (g: PipelineGraph) => GraphEdit;
const pick = (g: PipelineGraph, i: number) => g.components[i % Math.max(1, g.components.length)]?.id ?? 'missing';
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.tuple(fc.nat(), fc.constantFrom(...NAMES, '')).map(([i, name]): Op => (g) => renameComponent(g, pick(g, i), name)),
  fc.tuple(fc.constantFrom(...NAMES, 'Glue'), fc.constantFrom(...PLACEMENTS)).map(([name, p]): Op => (g) => addComponent(g, name, p)),
  fc.nat().map((i): Op => (g) => deleteComponent(g, pick(g, i))),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]): Op => (g) => mergeComponents(g, pick(g, i), pick(g, j))),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]): Op => (g) => addEdge(g, { from: pick(g, i), to: pick(g, j) })),
  fc.nat().map((i): Op => (g) => {
    const e = g.edges[i % Math.max(1, g.edges.length)];
    return deleteEdge(g, e ?? { from: 'a', to: 'b' });
  }),
  fc.nat().map((i): Op => (g) => {
    const e = g.edges[i % Math.max(1, g.edges.length)];
    return reverseEdge(g, e ?? { from: 'a', to: 'b' });
  }),
);

function wellFormed(g: PipelineGraph): void {
  const ids = new Set(g.components.map((c) => c.id));
  expect(ids.size).toBe(g.components.length);
  expect(new Set(g.components.map((c) => nameKey(c.name))).size).toBe(g.components.length);
  for (const e of g.edges) {
    expect(ids.has(e.from) && ids.has(e.to)).toBe(true);
    expect(e.from).not.toBe(e.to);
  }
  expect(new Set(g.edges.map((e) => `${e.from}>${e.to}`)).size).toBe(g.edges.length);
}

describe('hand edits, whatever their order', () => {
  it('never leave an edge pointing at a missing component, a self-loop, a repeated edge or two components of one name', () => {
    fc.assert(
      fc.property(graphArb, fc.array(opArb, { maxLength: 15 }), (start, ops) => {
        let g = start;
        for (const op of ops) {
          const r = op(g);
          if (r.ok) g = r.graph;
          wellFormed(g);
        }
      }),
    );
  });

  it('leave the pipeline exactly as it was when refused, and never change the value they were given', () => {
    fc.assert(
      fc.property(graphArb, opArb, (g, op) => {
        const before = structuredClone(g);
        const r = op(g);
        expect(g).toEqual(before);
        if (!r.ok) expect(typeof r.error.kind).toBe('string');
      }),
    );
  });

  it('merging keeps every neighbour of both components, on the one kept', () => {
    fc.assert(
      fc.property(graphArb, fc.nat(), fc.nat(), (g, i, j) => {
        const from = pick(g, i);
        const into = pick(g, j);
        const r = mergeComponents(g, from, into);
        if (!r.ok) return;
        const near = (graph: PipelineGraph, id: string, dir: 'from' | 'to') =>
          new Set(graph.edges.filter((e) => e[dir] === id).map((e) => e[dir === 'from' ? 'to' : 'from']));
        for (const dir of ['from', 'to'] as const) {
          const expected = new Set([...near(g, from, dir), ...near(g, into, dir)].map((x) => (x === from ? into : x)).filter((x) => x !== into));
          expect(near(r.graph, into, dir)).toEqual(expected);
        }
      }),
    );
  });

  it('an import into a workspace keeps everything it had, and a second import of the same adds nothing', () => {
    fc.assert(
      fc.property(graphArb, graphArb, (base, incoming) => {
        const once = mergeGraphs(base, incoming);
        expect(once.graph.components.slice(0, base.components.length)).toEqual(base.components);
        expect(once.graph.edges.slice(0, base.edges.length)).toEqual(base.edges);
        wellFormed(once.graph);
        expect(mergeGraphs(once.graph, incoming).graph).toEqual(once.graph);
      }),
    );
  });
});
