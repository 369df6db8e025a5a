/**
 * Where a scheduling link runs. A straight curve from the orchestrator up to a task cuts through
 * every box stacked below the task, and reads as if those boxes fed it. Routed instead through
 * space no box takes — the lane above the orchestration row, the gutter left of the task's column,
 * the gap above the task — it reaches the task's top without touching another box.
 */
import { COL_GAP, COL_WIDTH, ROW_PITCH, COMPONENT_HEIGHT } from './pipelineGeometry';
import type { PipelineLayout, PlacedBox } from './pipelineLayout';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A drawn box, and whether it sits in the orchestration row (below the lane) or in a stage column (above it). */
export interface RouteBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly inBand: boolean;
}

/** How far into a box, from its left side, a link reaches its top: clear of the name. */
const STUB_X = 14;
/** The middle of the gap between two rows of boxes. */
const GAP_ABOVE = (ROW_PITCH - COMPONENT_HEIGHT) / 2;

/** From a box to the lane: for a task, out of its top, along the gap above it, down the gutter. */
function toLane(box: RouteBox, laneY: number): Point[] {
  if (box.inBand) return [{ x: box.x + box.width / 2, y: box.y }, { x: box.x + box.width / 2, y: laneY }];
  const gutter = box.x - COL_GAP / 2;
  const above = box.y - GAP_ABOVE;
  return [
    { x: box.x + STUB_X, y: box.y },
    { x: box.x + STUB_X, y: above },
    { x: gutter, y: above },
    { x: gutter, y: laneY },
  ];
}

/** The corners of a scheduling link from `source` to `target`, by way of the lane at `laneY`. */
export function controlRoute(source: RouteBox, target: RouteBox, laneY: number): Point[] {
  return withoutRepeats([...toLane(source, laneY), ...toLane(target, laneY).reverse()]);
}

const routeBox = (b: PlacedBox): RouteBox => ({ x: b.x, y: b.y, width: COL_WIDTH, height: b.height, inBand: b.placement === 'orchestrate' });

/** Every scheduling link's corners, by edge id. */
export function scheduleRoutes(layout: PipelineLayout): Map<string, Point[]> {
  const boxes = new Map(layout.boxes.map((b) => [b.nodeId, routeBox(b)]));
  const routes = new Map<string, Point[]>();
  for (const e of layout.edges) {
    const from = boxes.get(e.source);
    const to = boxes.get(e.target);
    if (e.kind === 'control' && from && to) routes.set(e.id, controlRoute(from, to, layout.laneY));
  }
  return routes;
}

function withoutRepeats(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (!last || last.x !== p.x || last.y !== p.y) out.push(p);
  }
  // A corner between two segments on one line is no corner: the rounding would kink there.
  return out.filter((p, i) => {
    const a = out[i - 1];
    const b = out[i + 1];
    return !a || !b || !((a.x === p.x && p.x === b.x) || (a.y === p.y && p.y === b.y));
  });
}

/** An SVG path through right-angled corners, each rounded (never by more than half a side). */
export function roundedPath(points: readonly Point[], radius = 6): string {
  if (points.length === 0) return '';
  const [first, ...rest] = points;
  let d = `M ${first!.x} ${first!.y}`;
  rest.forEach((p, i) => {
    const prev = points[i]!;
    const next = rest[i + 1];
    if (!next) {
      d += ` L ${p.x} ${p.y}`;
      return;
    }
    const r = Math.min(radius, distance(prev, p) / 2, distance(p, next) / 2);
    const before = toward(p, prev, r);
    const after = toward(p, next, r);
    d += ` L ${before.x} ${before.y} Q ${p.x} ${p.y} ${after.x} ${after.y}`;
  });
  return d;
}

const distance = (a: Point, b: Point) => Math.hypot(b.x - a.x, b.y - a.y);
function toward(from: Point, to: Point, by: number): Point {
  const d = distance(from, to);
  return d === 0 ? from : { x: from.x + ((to.x - from.x) * by) / d, y: from.y + ((to.y - from.y) * by) / d };
}
