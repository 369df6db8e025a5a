import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
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

/** Arrowheads, one per colour an edge can take: markers do not inherit the stroke of the path. */
const MARKER_FILL = {
  unknown: 'fill-slate-400',
  holds: 'fill-emerald-500',
  suspect: 'fill-amber-500',
  broken: 'fill-rose-500',
  control: 'fill-violet-400 dark:fill-violet-500',
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

/** A data edge between boxes, coloured by the verdict of the seam it crosses; a bundle shows its count. */
export function FlowLink({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data }: EdgeProps<LinkEdge>) {
  if (!data) return null;
  const [path, labelX, labelY] =
    data.kind === 'within' ? withinPath(sourceX, sourceY, targetX + COL_WIDTH, targetY) : getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
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
      <BaseEdge id={id} path={path} className={style} style={{ strokeWidth: width }} markerEnd={`url(#${markerId(toneOf(data.kind, data.verdict))})`} interactionWidth={data.wide ? 12 : 0} />
      {data.count > 1 && (
        <text x={labelX} y={labelY} dy="0.35em" textAnchor="middle" className="fill-slate-700 stroke-white text-[11px] font-semibold tabular-nums [paint-order:stroke] [stroke-width:3px] dark:fill-slate-200 dark:stroke-slate-900">
          {data.count.toLocaleString('en-US')}
        </text>
      )}
    </g>
  );
}
