import { BaseEdge, getBezierPath, Position, type EdgeProps } from '@xyflow/react';
import type { HandoffKind } from '../domain/pipeline';
import type { Verdict } from '../domain/verdict';
import { VERDICT_TONE } from '../components/ui/verdictStyle';
import type { LinkEdge } from './flowTypes';
import { COL_WIDTH } from './pipelineGeometry';

/**
 * Two components of one stage sit in one column, so the usual right-to-left curve would knot
 * between them. This arc leaves one's right side and returns to the other's, beside the column.
 */
function withinPath(x1: number, y1: number, x2: number, y2: number): [string, number, number] {
  const bulge = 18 + Math.min(42, Math.abs(y2 - y1) / 4);
  return [`M ${x1} ${y1} C ${x1 + bulge} ${y1}, ${x2 + bulge} ${y2}, ${x2} ${y2}`, x1 + bulge * 0.75, (y1 + y2) / 2];
}

/**
 * An edge pointing back to an earlier column (a job writing the table it read from, a check feeding
 * a load) would loop around both boxes from the usual sides. Drawn from the source's left side to
 * the target's right instead, it stays in the gaps between, its arrow pointing left.
 */
function backPath(sourceX: number, sourceY: number, targetX: number, targetY: number): [string, number, number] {
  const [path, labelX, labelY] = getBezierPath({ sourceX: sourceX - COL_WIDTH, sourceY, sourcePosition: Position.Left, targetX: targetX + COL_WIDTH, targetY, targetPosition: Position.Right });
  return [path, labelX, labelY];
}

/** Arrowheads, one per colour an edge can take: markers do not inherit the stroke of the path. */
const MARKER_FILL = {
  unknown: 'fill-slate-400',
  holds: 'fill-emerald-500',
  suspect: 'fill-amber-500',
  broken: 'fill-rose-500',
  control: 'fill-violet-500 dark:fill-violet-400',
} as const;
type MarkerTone = keyof typeof MARKER_FILL;
const markerId = (tone: MarkerTone) => `flow-arrow-${tone}`;

function toneOf(kind: HandoffKind, verdict: Verdict): MarkerTone {
  if (kind === 'control') return 'control';
  return kind === 'handoff' || kind === 'skip' ? verdict : 'unknown';
}

/** The arrowhead definitions, rendered once beside the canvas. */
export function FlowMarkers() {
  return (
    <svg aria-hidden className="absolute h-0 w-0 overflow-hidden">
      <defs>
        {(Object.keys(MARKER_FILL) as MarkerTone[]).map((tone) => (
          <marker key={tone} id={markerId(tone)} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" className={MARKER_FILL[tone]} />
          </marker>
        ))}
      </defs>
    </svg>
  );
}

/** A scheduling link: the orchestrator's own colour, dashed, along its lane and never over a box. */
function ScheduleLink({ id, path, title, dimmed }: { id: string; path: string; title: string; dimmed: boolean }) {
  return (
    <g className={dimmed ? 'opacity-25' : ''} data-kind="control">
      <title>{title}</title>
      <BaseEdge id={id} path={path} className="stroke-violet-500 [stroke-dasharray:5_4] dark:stroke-violet-400" style={{ strokeWidth: 1.5 }} markerEnd={`url(#${markerId('control')})`} interactionWidth={0} />
    </g>
  );
}

/** A data edge between boxes, coloured by the verdict of the seam it crosses; a bundle shows its count. */
export function FlowLink({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected }: EdgeProps<LinkEdge>) {
  if (!data) return null;
  if (data.route) return <ScheduleLink id={id} path={data.route} title={data.title} dimmed={data.dimmed} />;
  const back = data.kind !== 'within' && data.kind !== 'control' && targetX < sourceX - COL_WIDTH;
  const [path, labelX, labelY] =
    data.kind === 'within'
      ? withinPath(sourceX, sourceY, targetX + COL_WIDTH, targetY)
      : back
        ? backPath(sourceX, sourceY, targetX, targetY)
        : getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const style =
    data.kind === 'control'
      ? 'stroke-violet-400 dark:stroke-violet-500 [stroke-dasharray:4_4]'
      : data.kind === 'handoff' || data.kind === 'skip'
        ? VERDICT_TONE[data.verdict].stroke
        : 'stroke-slate-400 [stroke-dasharray:2_3]';
  // A bundle of many edges is drawn thicker, but never so thick it hides its neighbours.
  const width = Math.min(6, (data.kind === 'skip' ? 3 : 2) + Math.log10(Math.max(1, data.count)) * 1.5);
  return (
    <g className={data.dimmed ? 'opacity-25' : ''} data-kind={data.kind} data-count={data.count}>
      <title>{data.title}</title>
      {/* Selected or focused for editing: a halo beneath the line, so its verdict colour still shows. */}
      <path d={path} fill="none" className={`stroke-sky-500 [stroke-linecap:round] ${selected ? 'opacity-60' : 'opacity-0 group-focus-visible/edge:opacity-60'}`} style={{ strokeWidth: width + 8 }} />
      <BaseEdge id={id} path={path} className={style} style={{ strokeWidth: width }} markerEnd={`url(#${markerId(toneOf(data.kind, data.verdict))})`} interactionWidth={data.wide ? 12 : 0} />
      {data.count > 1 && (
        <text x={labelX} y={labelY} dy="0.35em" textAnchor="middle" className="fill-slate-700 stroke-white text-[11px] font-semibold tabular-nums [paint-order:stroke] [stroke-width:3px] dark:fill-slate-200 dark:stroke-slate-900">
          {data.count.toLocaleString('en-US')}
        </text>
      )}
    </g>
  );
}
