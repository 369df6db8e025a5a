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

  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    const t = setTimeout(() => fit(true), SETTLE_MS);
    return () => clearTimeout(t);
  }, [panelOpen, fit]);

  useEffect(() => {
    let t: ReturnType<typeof setTimeout> | undefined;
    const onResize = () => {
      clearTimeout(t);
      t = setTimeout(() => fit(false), SETTLE_MS);
    };
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      clearTimeout(t);
    };
  }, [fit]);
  return null;
}
