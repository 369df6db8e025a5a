import { useReactFlow, type FitViewOptions } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useApp } from '../store/appStore';

/** Lets React Flow see the new size before fitting to it. */
const SETTLE_MS = 80;

/**
 * React Flow fits once, on mount; when the canvas is resized by folding the side panel or the
 * window, fit again. Watching React Flow's own width instead would also fire on its first
 * measurement and animate a fit nobody asked for.
 */
export function FitOnResize({ options }: { options: FitViewOptions }) {
  const flow = useReactFlow();
  const panelOpen = useApp((s) => s.panelOpen);
  const mounted = useRef(false);

  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    const t = setTimeout(() => void flow.fitView({ ...options, duration: 150 }), SETTLE_MS);
    return () => clearTimeout(t);
  }, [panelOpen, flow, options]);

  useEffect(() => {
    let t: ReturnType<typeof setTimeout> | undefined;
    const onResize = () => {
      clearTimeout(t);
      t = setTimeout(() => void flow.fitView(options), SETTLE_MS);
    };
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      clearTimeout(t);
    };
  }, [flow, options]);
  return null;
}
