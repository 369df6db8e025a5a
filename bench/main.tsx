/**
 * The benchmark page: the real app, plus Mermaid, measured in the same browser run.
 * Functions on `window` are driven by scripts/bench.mjs through Playwright.
 */
import { createRoot } from 'react-dom/client';
import { App } from '../src/app/App';
import { layoutCrossings } from '../src/canvas/layoutCrossings';
import { layoutPipeline } from '../src/canvas/pipelineLayout';
import { importPipeline } from '../src/parse/importPipeline';
import { appStore } from '../src/store/appStore';
import './bench.css';
import { generatePipeline } from './generate';

/** A drawn pipeline: component boxes, or on a big one the stage summaries it opens on. */
const DRAWN = '.react-flow__node-component, .react-flow__node-summary';
const fromBlank = new URLSearchParams(location.search).get('from') !== 'graph';
const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
async function until(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const end = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > end) return false;
    await frame();
  }
  return true;
}

/**
 * Resolves once what `check` looks for is in the DOM and the browser has painted it. Both sides of
 * the comparison end here: a mutation observer sees the insertion as it happens, the first frame
 * callback after it runs before that frame's paint, the second after it.
 */
async function painted(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const inserted = await new Promise<boolean>((resolve) => {
    if (check()) return resolve(true);
    const observer = new MutationObserver(() => {
      if (!check()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(true);
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(false);
    }, timeoutMs);
    observer.observe(document.body, { childList: true, subtree: true });
  });
  await frame();
  await frame();
  return inserted;
}

declare global {
  interface Window {
    bench: {
      generate: (n: number) => string;
      seams: (text: string) => Promise<{ parse: number; total: number; components: number }>;
      selectSeam: () => Promise<number>;
      mermaid: (text: string, timeoutMs: number) => Promise<number | null>;
      crossings: (text: string) => { edges: number; crossings: number; inputOrder: number; layoutMs: number };
    };
  }
}

createRoot(document.getElementById('root')!).render(<App />);

window.bench = {
  generate: generatePipeline,
  seams: async (text) => {
    // Start from an empty workspace on screen, as a user pasting into the app would.
    if (fromBlank) appStore.getState().createBlank();
    await until(() => document.querySelector(DRAWN) === null, 10_000);
    await frame();
    await frame();
    const t0 = performance.now();
    const r = importPipeline(text, 'mermaid');
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const parsed = performance.now();
    appStore.getState().importPipeline(r.value.graph, 'bench');
    if (!(await painted(() => document.querySelector(DRAWN) !== null, 120_000))) throw new Error('the graph never appeared');
    return { parse: parsed - t0, total: performance.now() - t0, components: r.value.graph.components.length };
  },
  selectSeam: async () => {
    // Measured as a triager works: one seam is open and they click the next one.
    appStore.getState().selectSeam('ingest-store');
    await until(() => document.querySelector('[data-testid="seam-panel"][data-seam="ingest-store"]') !== null, 10_000);
    await frame();
    const t0 = performance.now();
    appStore.getState().selectSeam('store-process');
    await painted(() => document.querySelector('[data-testid="seam-panel"][data-seam="store-process"]') !== null, 10_000);
    const took = performance.now() - t0;
    appStore.getState().selectSeam(null);
    return took;
  },
  crossings: (text) => {
    // Every stage expanded: the most a reader is shown at once.
    const r = importPipeline(text, 'mermaid');
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const t0 = performance.now();
    const ordered = layoutPipeline(r.value.graph, 'all');
    const layoutMs = performance.now() - t0;
    const { edges, crossings } = layoutCrossings(ordered);
    return { edges, crossings, inputOrder: layoutCrossings(layoutPipeline(r.value.graph, 'all', '', { sweeps: 0 })).crossings, layoutMs };
  },
  mermaid: async (text, timeoutMs) => {
    const { default: mermaid } = await import('mermaid');
    mermaid.initialize({ startOnLoad: false, maxEdges: 1_000_000, maxTextSize: 50_000_000, securityLevel: 'loose' });
    const host = document.getElementById('mermaid')!;
    host.replaceChildren();
    await frame();
    const t0 = performance.now();
    const render = mermaid.render(`m${Math.round(t0)}`, text).then(({ svg }) => {
      host.innerHTML = svg;
    });
    const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), timeoutMs));
    if ((await Promise.race([render, timeout])) === 'timeout') return null;
    await painted(() => host.firstElementChild !== null, 1000);
    const took = performance.now() - t0;
    // Each measurement starts from a clean page: a leftover 500-node SVG would slow the next one down.
    host.replaceChildren();
    return took;
  },
};
