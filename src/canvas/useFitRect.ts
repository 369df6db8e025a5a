import { getViewportForBounds, useReactFlow, useStoreApi, type Rect } from '@xyflow/react';
import { useCallback } from 'react';

export interface FitRectOptions {
  readonly padding: number;
  readonly maxZoom: number;
  readonly duration?: number;
}

/**
 * Fits the view to an area known from the layout. React Flow's own fit waits until every node has
 * been measured, and a big pipeline never mounts its off-screen nodes, so it would wait forever.
 */
export function useFitRect(): (rect: Rect, options: FitRectOptions) => void {
  const store = useStoreApi();
  const flow = useReactFlow();
  return useCallback(
    (rect, { padding, maxZoom, duration }) => {
      const { width, height, minZoom } = store.getState();
      if (width === 0 || height === 0) return;
      void flow.setViewport(getViewportForBounds(rect, width, height, minZoom, maxZoom, padding), { duration });
    },
    [store, flow],
  );
}
