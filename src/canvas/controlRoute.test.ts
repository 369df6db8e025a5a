import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Placement, PipelineGraph } from '../domain/pipeline';
import { controlRoute, roundedPath, scheduleRoutes, type Point } from './controlRoute';
import { COL_WIDTH } from './pipelineGeometry';
import { layoutPipeline, type PipelineLayout } from './pipelineLayout';

const PLACES: readonly Placement[] = ['generate', 'ingest', 'store', 'process', 'model', 'serve', 'none'];

/** Whether the segment a → b (level or upright) enters the inside of any drawn box. */
function hitsABox(layout: PipelineLayout, a: Point, b: Point): string | null {
  for (const box of layout.boxes) {
    const [x0, x1] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
    const [y0, y1] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
    const overlapsX = x1 > box.x && x0 < box.x + COL_WIDTH && (x0 !== x1 || (x0 > box.x && x0 < box.x + COL_WIDTH));
    const overlapsY = y1 > box.y && y0 < box.y + box.height && (y0 !== y1 || (y0 > box.y && y0 < box.y + box.height));
    if (overlapsX && overlapsY) return box.nodeId;
  }
  return null;
}

/** An orchestrator scheduling tasks spread over every column, some of them linked by data too. */
function scheduled(tasks: readonly [number, number][], orchestrators: number): PipelineGraph {
  const components = tasks.map(([place], i) => ({ id: `t${i}`, name: `task ${i}`, placement: PLACES[place % PLACES.length]!, confidence: 1, uncertain: false, reason: 'test' }));
  for (let o = 0; o < orchestrators; o++) components.push({ id: `o${o}`, name: `Airflow ${o}`, placement: 'orchestrate', confidence: 1, uncertain: false, reason: 'test' });
  const edges = tasks.flatMap(([, to], i) => [
    { from: `o${i % orchestrators}`, to: `t${i}`, control: true },
    // A task triggering another, and the orchestrator hearing back from one.
    ...(i % 4 === 1 ? [{ from: `t${i}`, to: `t${to % tasks.length}`, control: true }] : []),
    ...(i % 5 === 2 ? [{ from: `t${i}`, to: `o0`, control: true }] : []),
    { from: `t${i}`, to: `t${to % tasks.length}` },
  ]);
  return { format: 'test', components, edges };
}

describe('scheduling links', () => {
  it('reach a task stacked under others through the gutter and the gap above it, touching no box', () => {
    const layout = layoutPipeline(scheduled([[3, 0], [3, 0], [3, 0], [3, 0]], 1));
    const routes = [...scheduleRoutes(layout).values()];
    // Four from the orchestrator, one task triggering another, one task reporting back.
    expect(routes).toHaveLength(6);
    for (const points of routes) points.slice(1).forEach((p, i) => expect(hitsABox(layout, points[i]!, p)).toBeNull());
  });

  it('never cross a box, whatever the pipeline and however it is folded', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: 6 }), fc.nat()), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 3 }),
        fc.subarray([...PLACES, 'orchestrate' as const]),
        (tasks, orchestrators, expanded) => {
          for (const layout of [layoutPipeline(scheduled(tasks, orchestrators)), layoutPipeline(scheduled(tasks, orchestrators), expanded)]) {
            for (const points of scheduleRoutes(layout).values()) {
              points.slice(1).forEach((p, i) => expect(hitsABox(layout, points[i]!, p)).toBeNull());
            }
          }
        },
      ),
    );
  });

  it('end on the task’s top, so the arrow points into the box from above', () => {
    const task = { x: 224, y: 118, width: COL_WIDTH, height: 40, inBand: false };
    const band = { x: 0, y: 400, width: COL_WIDTH, height: 40, inBand: true };
    const points = controlRoute(band, task, 375);
    expect(points[0]).toEqual({ x: COL_WIDTH / 2, y: 400 });
    expect(points.at(-1)).toEqual({ x: 224 + 14, y: 118 });
    expect(points.at(-2)).toEqual({ x: 224 + 14, y: 113 });
  });

  it('rounds each corner without overshooting a short side', () => {
    expect(roundedPath([{ x: 0, y: 0 }, { x: 0, y: 20 }, { x: 4, y: 20 }])).toBe('M 0 0 L 0 18 Q 0 20 2 20 L 4 20');
  });
});
