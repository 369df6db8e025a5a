import { useEffect, useState } from 'react';

export interface Box {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

const PAD = 6;

function measure(ids: readonly string[]): Box | null {
  const rects = ids
    .map((id) => document.querySelector(`[data-testid="${id}"]`)?.getBoundingClientRect())
    .filter((r): r is DOMRect => !!r && r.width > 0);
  if (rects.length === 0) return null;
  const top = Math.min(...rects.map((r) => r.top)) - PAD;
  const left = Math.min(...rects.map((r) => r.left)) - PAD;
  return { top, left, width: Math.max(...rects.map((r) => r.right)) + PAD - left, height: Math.max(...rects.map((r) => r.bottom)) + PAD - top };
}

const same = (a: Box | null, b: Box | null) => a === b || (!!a && !!b && a.top === b.top && a.left === b.left && a.width === b.width && a.height === b.height);

/**
 * Where the step's targets are on screen, as one box. The graph fits itself after the first paint
 * and on resize, so the box follows every frame while the tour is open rather than once.
 */
export function useTargetBox(ids: readonly string[]): Box | null {
  const [box, setBox] = useState<Box | null>(null);
  useEffect(() => {
    document.querySelector(`[data-testid="${ids[0]}"]`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    let frame = 0;
    let last: Box | null = null;
    const follow = () => {
      const next = measure(ids);
      if (!same(next, last)) setBox((last = next));
      frame = requestAnimationFrame(follow);
    };
    follow();
    return () => cancelAnimationFrame(frame);
  }, [ids]);
  return box;
}
