import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PLACEMENTS, type Placement, type PipelineGraph } from '../domain/pipeline';
import { defaultExpanded, detailView, OPEN_COLLAPSED_ABOVE, SHOWN_PER_STAGE, toggleStage } from './levelOfDetail';

const component = (id: string, placement: Placement, uncertain = false) => ({ id, name: id, placement, confidence: 0.9, uncertain, reason: 'test' });

/** `n` sources, each through its own topic into one shared bucket. */
function fanIn(n: number): PipelineGraph {
  const components = [
    ...Array.from({ length: n }, (_, i) => component(`app${i}`, 'generate', i % 2 === 0)),
    ...Array.from({ length: n }, (_, i) => component(`topic${i}`, 'ingest')),
    component('lake', 'store'),
  ];
  const edges = Array.from({ length: n }, (_, i) => [
    { from: `app${i}`, to: `topic${i}` },
    { from: `topic${i}`, to: 'lake' },
  ]).flat();
  return { format: 'test', components, edges };
}

describe('what a pipeline opens with', () => {
  it('draws a small pipeline whole and folds a big one into stage summaries', () => {
    expect(defaultExpanded(fanIn(OPEN_COLLAPSED_ABOVE / 2 - 1))).toBe('all');
    expect(defaultExpanded(fanIn(OPEN_COLLAPSED_ABOVE))).toEqual([]);
  });

  it('folds and unfolds one stage at a time, back to everything', () => {
    const allButStore = toggleStage('all', 'store');
    expect(allButStore).not.toContain('store');
    expect(allButStore).toHaveLength(PLACEMENTS.length - 1);
    expect(toggleStage(allButStore, 'store')).toBe('all');
    expect(toggleStage([], 'ingest')).toEqual(['ingest']);
  });
});

describe('collapsed stages', () => {
  const view = detailView(fanIn(500), []);

  it('summarise each stage: its count, the unconfirmed, and its best-connected components first', () => {
    const byStage = Object.fromEntries(view.collapsed.map((s) => [s.placement, s]));
    expect(byStage.generate).toMatchObject({ count: 500, unconfirmed: 250 });
    expect(byStage.store).toMatchObject({ count: 1, top: ['lake'] });
    expect(byStage.ingest?.top).toEqual(['topic0', 'topic1', 'topic2']);
    expect(view.shown.size).toBe(0);
  });

  it('bundle the edges between two stages into one, with how many it stands for', () => {
    expect(view.edges).toHaveLength(2);
    for (const e of view.edges) expect(e.count).toBe(500);
    expect(view.edges.map((e) => [e.fromPlacement, e.toPlacement])).toEqual([
      ['generate', 'ingest'],
      ['ingest', 'store'],
    ]);
  });
});

describe('an expanded stage', () => {
  it('draws at most its cap of components, best-connected first, the rest in one "more" box', () => {
    const graph = fanIn(SHOWN_PER_STAGE + 100);
    const view = detailView(graph, ['ingest', 'store']);
    expect(view.shown.get('ingest')).toHaveLength(SHOWN_PER_STAGE);
    expect(view.more.get('ingest')).toBe(100);
    expect(view.shown.get('store')).toEqual(['lake']);
    // Every topic still reaches the lake: drawn ones one by one, the rest through "more".
    const intoLake = view.edges.filter((e) => e.to.kind === 'component' && e.to.id === 'lake');
    expect(intoLake.reduce((sum, e) => sum + e.count, 0)).toBe(SHOWN_PER_STAGE + 100);
    expect(intoLake.find((e) => e.from.kind === 'more')?.count).toBe(100);
    // The collapsed sources feed each drawn topic from their summary.
    expect(view.edges.filter((e) => e.from.kind === 'stage' && e.to.kind === 'component')).toHaveLength(SHOWN_PER_STAGE);
  });

  it('draws a search match past the cap', () => {
    const graph = fanIn(SHOWN_PER_STAGE + 100);
    const last = `topic${SHOWN_PER_STAGE + 99}`;
    expect(detailView(graph, ['ingest']).shown.get('ingest')).not.toContain(last);
    expect(detailView(graph, ['ingest'], last.toUpperCase()).shown.get('ingest')).toContain(last);
  });
});

const placement = fc.constantFrom(...PLACEMENTS);
const graphs = fc
  .record({ placements: fc.array(placement, { minLength: 1, maxLength: 60 }), links: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 120 }) })
  .map(({ placements, links }): PipelineGraph => ({
    format: 'test',
    components: placements.map((p, i) => component(`n${i}`, p)),
    edges: links.map(([a, b, control]) => ({ from: `n${a % placements.length}`, to: `n${b % placements.length}`, control })),
  }));
const expansions = fc.oneof(fc.constant('all' as const), fc.subarray([...PLACEMENTS]));

describe('whatever is expanded', () => {
  it('accounts for every edge: drawn, bundled, or inside one folded box', () => {
    fc.assert(
      fc.property(graphs, expansions, (graph, expanded) => {
        const view = detailView(graph, expanded);
        const drawn = view.edges.reduce((sum, e) => sum + e.count, 0);
        const placeOf = new Map(graph.components.map((c) => [c.id, c.placement]));
        const shown = new Set([...view.shown.values()].flat());
        const inside = graph.edges.filter((e) => !shown.has(e.from) && !shown.has(e.to) && placeOf.get(e.from) === placeOf.get(e.to)).length;
        expect(drawn + inside).toBe(graph.edges.length);
        // Every component is drawn, counted in "more", or summarised.
        const counted = shown.size + [...view.more.values()].reduce((a, b) => a + b, 0) + view.collapsed.reduce((a, s) => a + s.count, 0);
        expect(counted).toBe(graph.components.length);
      }),
    );
  });
});
