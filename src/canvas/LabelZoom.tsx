import { useStore } from '@xyflow/react';
import { useEffect } from 'react';
import { LABEL_ZOOM } from './legibleFit';

/** Tells the canvas whether names can be read at the current zoom; renders nothing. */
export function LabelZoom({ onChange }: { onChange: (readable: boolean) => void }) {
  // A boolean: zooming re-renders this only when the threshold is crossed.
  const readable = useStore((s) => s.transform[2] >= LABEL_ZOOM);
  useEffect(() => onChange(readable), [readable, onChange]);
  return null;
}
