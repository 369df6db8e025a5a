import { useReactFlow, useStore } from '@xyflow/react';
import { useEffect, useRef } from 'react';

/** React Flow fits once; when the canvas changes width (panel folded, window resized) fit again. */
export function FitOnResize({ padding, maxZoom }: { padding: number; maxZoom: number }) {
  const width = useStore((s) => s.width);
  const flow = useReactFlow();
  const last = useRef(width);
  useEffect(() => {
    if (Math.abs(width - last.current) < 40) return;
    last.current = width;
    void flow.fitView({ padding, maxZoom, duration: 150 });
  }, [width, flow, padding, maxZoom]);
  return null;
}
