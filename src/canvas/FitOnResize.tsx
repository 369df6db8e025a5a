import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useApp } from '../store/appStore';

/** Lets React Flow see the new size before fitting to it. */
const SETTLE_MS = 80;

/**
 * React Flow fits once, on mount; when the canvas is resized by folding the side panel or the
 * window, fit again. Watching React Flow's own width instead would also fire on its first
 * measurement and animate a fit nobody asked for.
 */
export function FitOnResize({ padding, maxZoom }: { padding: number; maxZoom: number }) {
  const flow = useReactFlow();
  const panelOpen = useApp((s) => s.panelOpen);
  const mounted = useRef(false);

  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    const t = setTimeout(() => void flow.fitView({ padding, maxZoom, duration: 150 }), SETTLE_MS);
    return () => clearTimeout(t);
  }, [panelOpen, flow, padding, maxZoom]);

  useEffect(() => {
    let t: ReturnType<typeof setTimeout> | undefined;
    const onResize = () => {
      clearTimeout(t);
      t = setTimeout(() => void flow.fitView({ padding, maxZoom }), SETTLE_MS);
    };
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      clearTimeout(t);
    };
  }, [flow, padding, maxZoom]);
  return null;
}
