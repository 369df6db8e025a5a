import { getViewportForBounds, type Viewport } from '@xyflow/react';
import type { Rect } from './pipelineLayout';

/**
 * Below this zoom a 13 px component name is under 6 px on screen: no one reads it, so names are
 * hidden (boxes, edges and colours stay; the full name is on hover and in the panel). At this zoom
 * and above, names always show.
 */
export const LABEL_ZOOM = 0.45;

export interface Pane {
  readonly width: number;
  readonly height: number;
  readonly minZoom: number;
}

/**
 * The view "fit" goes to. The whole pipeline when it fits at a zoom where names can be read;
 * otherwise every column across the pane's width, from the top: a tall pipeline fitted whole is a
 * sliver, and its width is what shows the stages and seams. The minimap and search reach the rest.
 */
export function legibleFit(rect: Rect, pane: Pane, { padding, maxZoom }: { padding: number; maxZoom: number }): Viewport {
  const whole = getViewportForBounds(rect, pane.width, pane.height, pane.minZoom, maxZoom, padding);
  if (whole.zoom >= LABEL_ZOOM) return whole;
  const zoom = Math.max(whole.zoom, Math.min(maxZoom, (pane.width * (1 - 2 * padding)) / rect.width));
  return { x: (pane.width - rect.width * zoom) / 2 - rect.x * zoom, y: pane.height * padding - rect.y * zoom, zoom };
}
