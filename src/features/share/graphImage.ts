import { appStore } from '../../store/appStore';
import { TID } from '../../testIds';
import { inlineSvgStyles } from './inlineSvgStyles';

/** Room around the outermost boxes for edge curves and labels that reach past them. */
const PAD = 48;
/** Browsers refuse canvases much past 16k pixels a side or ~268M pixels in all; stay well inside. */
const MAX_SIDE = 16_000;
const MAX_AREA = 120_000_000;

export interface GraphBounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Bounds of every node and edge label (seam chips are labels) in flow coordinates, measured on
 * screen and mapped back through the viewport's own transform, so it does not matter what is in view.
 */
export function nodeBounds(viewport: HTMLElement): GraphBounds | null {
  // The computed matrix, not the style string: React Flow writes values like 1.2e-13px after a fit.
  const m = new DOMMatrixReadOnly(getComputedStyle(viewport).transform);
  const pane = viewport.parentElement?.getBoundingClientRect();
  if (!pane) return null;
  const [tx, ty, zoom] = [m.e, m.f, m.a || 1];
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const el of viewport.querySelectorAll<HTMLElement>('.react-flow__node, .react-flow__edgelabel-renderer > *')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    minX = Math.min(minX, (r.left - pane.left - tx) / zoom);
    minY = Math.min(minY, (r.top - pane.top - ty) / zoom);
    maxX = Math.max(maxX, (r.right - pane.left - tx) / zoom);
    maxY = Math.max(maxY, (r.bottom - pane.top - ty) / zoom);
  }
  if (!Number.isFinite(minX)) return null;
  return { x: minX - PAD, y: minY - PAD, width: maxX - minX + 2 * PAD, height: maxY - minY + 2 * PAD };
}

/** As sharp as a retina screen, unless that would exceed what a browser canvas can hold. */
export function pixelRatioFor(b: Pick<GraphBounds, 'width' | 'height'>): number {
  return Math.max(0.25, Math.min(2, MAX_SIDE / Math.max(b.width, b.height), Math.sqrt(MAX_AREA / (b.width * b.height))));
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Large pipelines only render what is on screen; an image needs every node. Switch culling off
 * and wait until React Flow has drawn them all (or stops adding any).
 */
async function withEveryNodeDrawn<T>(viewport: HTMLElement, expected: number, fn: () => Promise<T>): Promise<T> {
  appStore.getState().setRenderAll(true);
  try {
    let last = -1;
    for (let frame = 0; frame < 600; frame++) {
      await nextFrame();
      const n = viewport.querySelectorAll('.react-flow__node').length;
      if (n >= expected || (n === last && frame > 10)) break;
      last = n;
    }
    return await fn();
  } finally {
    appStore.getState().setRenderAll(false);
  }
}

function canvasViewport(): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-testid="${TID.canvas}"] .react-flow__viewport`);
  if (!el) throw new Error('The graph is not on screen.');
  return el;
}

/** The canvas's own background, so the image matches the theme the user is looking at. */
function background(viewport: HTMLElement): string {
  const flow = viewport.closest<HTMLElement>('.react-flow');
  return flow ? getComputedStyle(flow).getPropertyValue('--xy-background-color').trim() || getComputedStyle(flow).backgroundColor : '#ffffff';
}

export interface GraphImage {
  readonly blob: Blob;
  readonly width: number;
  readonly height: number;
}

let running: Promise<unknown> = Promise.resolve();

/**
 * The whole graph, not the viewport, as PNG or SVG; html-to-image is loaded only when asked.
 * One capture at a time: two would fight over drawing every node and over the inlined styles.
 */
export function captureGraph(kind: 'png' | 'svg'): Promise<GraphImage> {
  const next = running.then(() => captureNow(kind), () => captureNow(kind));
  running = next.catch(() => undefined);
  return next;
}

async function captureNow(kind: 'png' | 'svg'): Promise<GraphImage> {
  const viewport = canvasViewport();
  const ws = appStore.getState().workspaces[appStore.getState().activeId];
  const expected = ws?.pipeline?.components.length ?? 0;
  return withEveryNodeDrawn(viewport, expected, async () => {
    const b = nodeBounds(viewport);
    if (!b) throw new Error('The graph has nothing to draw yet.');
    const options = {
      width: Math.ceil(b.width),
      height: Math.ceil(b.height),
      backgroundColor: background(viewport),
      skipFonts: true,
      style: { width: `${Math.ceil(b.width)}px`, height: `${Math.ceil(b.height)}px`, transform: `translate(${-b.x}px, ${-b.y}px) scale(1)` },
    };
    const restore = inlineSvgStyles(viewport);
    try {
      return await render(kind, viewport, options, b);
    } finally {
      restore();
    }
  });
}

/**
 * Only what draws the graph is copied onto each cloned element. Copying every computed property
 * (the library's default) made a six-box graph a 1 MB SVG and scales with each of ~400 properties.
 */
const DRAWN_PROPERTIES = [
  'display', 'position', 'top', 'right', 'bottom', 'left', 'width', 'height', 'min-width', 'min-height', 'max-width', 'max-height', 'box-sizing',
  'margin-top', 'margin-right', 'margin-bottom', 'margin-left', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'flex-direction', 'flex-wrap', 'flex-grow', 'flex-shrink', 'flex-basis', 'align-items', 'align-self', 'justify-content', 'gap', 'row-gap', 'column-gap',
  'grid-template-columns', 'grid-template-rows', 'grid-column', 'grid-row', 'transform', 'transform-origin', 'overflow', 'overflow-x', 'overflow-y', 'z-index', 'visibility', 'opacity',
  'color', 'background-color', 'background-image', 'box-shadow', 'outline-style', 'outline-width', 'outline-color', 'outline-offset',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width', 'border-top-style', 'border-right-style', 'border-bottom-style', 'border-left-style',
  'border-top-color', 'border-right-color', 'border-bottom-color', 'border-left-color',
  'border-top-left-radius', 'border-top-right-radius', 'border-bottom-left-radius', 'border-bottom-right-radius',
  'font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'letter-spacing', 'text-align', 'text-transform', 'text-decoration-line', 'text-overflow',
  'white-space', 'word-break', 'overflow-wrap', '-webkit-line-clamp', '-webkit-box-orient', 'vertical-align',
  'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'fill', 'fill-opacity', 'pointer-events',
] as const;

type RenderOptions = { width: number; height: number; backgroundColor: string; skipFonts: boolean; style: Partial<CSSStyleDeclaration> };

async function render(kind: 'png' | 'svg', viewport: HTMLElement, options: RenderOptions, b: GraphBounds): Promise<GraphImage> {
  const { toPng, toSvg } = await import('html-to-image');
  const withStyles = { ...options, includeStyleProperties: [...DRAWN_PROPERTIES] };
  if (kind === 'svg') {
    const url = await toSvg(viewport, withStyles);
    const svg = decodeURIComponent(url.slice(url.indexOf(',') + 1));
    return { blob: new Blob([svg], { type: 'image/svg+xml' }), width: options.width, height: options.height };
  }
  const ratio = pixelRatioFor(b);
  const url = await toPng(viewport, { ...withStyles, pixelRatio: ratio });
  return { blob: dataUrlToBlob(url, 'image/png'), width: Math.round(options.width * ratio), height: Math.round(options.height * ratio) };
}

/** Decoded here rather than through fetch(), which a strict Content-Security-Policy may refuse for data: URLs. */
function dataUrlToBlob(url: string, type: string): Blob {
  const binary = atob(url.slice(url.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}
