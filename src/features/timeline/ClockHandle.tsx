import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { clockTime } from '../../domain/timeline/clock';
import { minuteAt, xOf, type Scale } from './chartGeometry';

/** Arrow keys move a minute; with Shift a quarter hour; Page keys an hour; Home and End to the chart's edges. */
function keyStep(e: KeyboardEvent, value: number, s: Scale): number | null {
  const big = e.shiftKey ? 15 : 1;
  switch (e.key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return value + big;
    case 'ArrowLeft':
    case 'ArrowDown':
      return value - big;
    case 'PageUp':
      return value + 60;
    case 'PageDown':
      return value - 60;
    case 'Home':
      return s.from;
    case 'End':
      return s.to;
    default:
      return null;
  }
}

/**
 * A time on the chart the learner can move: dragged with a mouse or finger, or focused and moved
 * with the keys; a screen reader hears the time it is set to.
 */
export function ClockHandle({ label, value, scale, y, height, tone, onChange, testId }: {
  label: string;
  value: number;
  scale: Scale;
  y: number;
  height: number;
  tone: 'start' | 'finish';
  onChange: (minute: number) => void;
  testId: string;
}) {
  const dragging = useRef(false);
  const x = xOf(scale, value);
  const set = (m: number) => onChange(Math.min(scale.to, Math.max(scale.from, m)));
  const svgX = (e: PointerEvent<SVGGElement>) => {
    const box = e.currentTarget.ownerSVGElement?.getBoundingClientRect();
    return box ? e.clientX - box.left : x;
  };
  const fill = tone === 'start' ? 'fill-sky-700 dark:fill-sky-300' : 'fill-amber-600 dark:fill-amber-300';
  return (
    <g
      role="slider"
      tabIndex={0}
      aria-label={label}
      aria-valuemin={scale.from}
      aria-valuemax={scale.to}
      aria-valuenow={value}
      aria-valuetext={`${clockTime(value)} UTC`}
      aria-orientation="horizontal"
      data-testid={testId}
      className="group cursor-ew-resize touch-none outline-none"
      onKeyDown={(e) => {
        const next = keyStep(e, value, scale);
        if (next === null) return;
        e.preventDefault();
        set(next);
      }}
      onPointerDown={(e) => {
        dragging.current = true;
        e.currentTarget.setPointerCapture(e.pointerId);
        e.currentTarget.focus();
      }}
      onPointerMove={(e) => {
        if (dragging.current) set(minuteAt(scale, svgX(e)));
      }}
      onPointerUp={(e) => {
        dragging.current = false;
        e.currentTarget.releasePointerCapture(e.pointerId);
      }}
    >
      {/* A wide invisible grip: a 4 px line is too thin to catch with a finger. */}
      <rect x={x - 12} y={y - 4} width={24} height={height + 8} className="fill-transparent" />
      <rect x={x - 9} y={y - 2} width={18} height={height + 4} rx={5} className="fill-none stroke-sky-500 stroke-2 opacity-0 group-focus-visible:opacity-100" />
      <rect x={x - 3} y={y} width={6} height={height} rx={2} className={fill} />
      <text x={x} y={y + height + 14} textAnchor="middle" className={`text-[11px] font-semibold ${fill}`}>{clockTime(value)}</text>
    </g>
  );
}
