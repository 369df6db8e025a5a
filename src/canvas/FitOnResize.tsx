import { useEffect, useRef } from 'react';
import { useApp } from '../store/appStore';

/** Lets React Flow see the new size before fitting to it. */
const SETTLE_MS = 80;

/**
 * The canvas fits once, on mount; when it is resized by folding the side panel or the window,
 * `fit` runs again. Watching React Flow's own width instead would also fire on its first
 * measurement and animate a fit nobody asked for.
 */
export function FitOnResize({ fit }: { fit: (animate: boolean) => void }) {
  const panelOpen = useApp((s) => s.panelOpen);
  const mounted = useRef(false);
  // The latest fit, read when a resize happens: a new layout (a stage opened) must not refit by itself.
  const latest = useRef(fit);
  useEffect(() => {
    latest.current = fit;
  }, [fit]);

  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    const t = setTimeout(() => latest.current(true), SETTLE_MS);
    return () => clearTimeout(t);
  }, [panelOpen]);

  useEffect(() => {
    let t: ReturnType<typeof setTimeout> | undefined;
    const onResize = () => {
      clearTimeout(t);
      t = setTimeout(() => latest.current(false), SETTLE_MS);
    };
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      clearTimeout(t);
    };
  }, []);
  return null;
}
