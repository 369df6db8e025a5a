import { describe, expect, it } from 'vitest';
import { LABEL_ZOOM, legibleFit } from './legibleFit';

const pane = { width: 1000, height: 600, minZoom: 0.02 };
const options = { padding: 0.05, maxZoom: 1.1 };

describe('fit', () => {
  it('frames a pipeline whole when its names stay readable', () => {
    const view = legibleFit({ x: 0, y: 0, width: 1500, height: 600 }, pane, options);
    expect(view.zoom).toBeGreaterThanOrEqual(LABEL_ZOOM);
    // The whole height is on screen.
    expect(view.y + 600 * view.zoom).toBeLessThanOrEqual(pane.height);
  });

  it('frames a tall pipeline by its width, from the top, rather than as a sliver', () => {
    const rect = { x: 0, y: 0, width: 1500, height: 20_000 };
    const view = legibleFit(rect, pane, options);
    expect(view.zoom).toBeCloseTo(0.6);
    // Every column across the pane, the first rows at its top.
    expect(view.x).toBeCloseTo(50);
    expect(view.y).toBeCloseTo(30);
  });
});
