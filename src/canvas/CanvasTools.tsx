import { ControlButton, Controls } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PipelineGraph } from '../domain/pipeline';
import { isExpanded, OPEN_COLLAPSED_ABOVE } from '../layout/levelOfDetail';
import { appStore, useApp } from '../store/appStore';
import { expandedOf } from '../store/uiSlice';
import { FitOnResize } from './FitOnResize';
import { COL_WIDTH } from './pipelineGeometry';
import { openingRect, wholeRect, type PipelineLayout } from './pipelineLayout';
import { useFitRect, type FitRectOptions } from './useFitRect';

const FIT_WHOLE = { padding: 0.04, maxZoom: 1.1, duration: 200 } as const;
const FIT_FOUND = { padding: 0.6, maxZoom: 1.2, duration: 300 } as const;

/** Refits to the opening view when the canvas is resized; offers a fit to the whole pipeline and, on a big one, the level of detail. */
export function PipelineControls({ layout, opens }: { layout: PipelineLayout; opens: FitRectOptions }) {
  const fitRect = useFitRect();
  const expanded = useApp(expandedOf);
  const refit = useCallback((animate: boolean) => fitRect(openingRect(layout), { ...opens, duration: animate ? 150 : 0 }), [fitRect, layout, opens]);
  const everything = expanded === 'all';
  const detailLabel = everything ? 'Show stages as summaries' : 'Show every stage’s components';
  return (
    <>
      <FitOnResize fit={refit} />
      <Controls showInteractive={false} showFitView={false} position="bottom-left">
        <ControlButton onClick={() => fitRect(wholeRect(layout), FIT_WHOLE)} title="Fit the whole pipeline" aria-label="Fit the whole pipeline">
          <FitIcon />
        </ControlButton>
        {layout.total > OPEN_COLLAPSED_ABOVE && (
          <ControlButton onClick={() => appStore.getState().setExpanded(everything ? [] : 'all')} title={detailLabel} aria-label={detailLabel} aria-pressed={everything}>
            <DetailIcon />
          </ControlButton>
        )}
      </Controls>
    </>
  );
}

function FitIcon() {
  return (
    <svg viewBox="0 0 32 30" aria-hidden>
      <path d="M3.7 4.6c0-.5.4-.9.9-.9h5.2V0H4.7C2.1 0 0 2.1 0 4.6v5.2h3.7V4.6zM27.4 0h-5.2v3.7h5.2c.5 0 1 .4 1 .9v5.2H32V4.6C32 2.1 29.9 0 27.4 0zm.9 24.8c0 .5-.4.9-.9.9h-5.2v3.8h5.2c2.6 0 4.6-2.1 4.6-4.7v-5.1h-3.7v5.1zM4.6 25.8c-.5 0-.9-.4-.9-.9v-5.1H0v5.1c0 2.6 2.1 4.7 4.7 4.7h5.1v-3.8H4.6z" />
    </svg>
  );
}

function DetailIcon() {
  return (
    <svg viewBox="0 0 32 32" aria-hidden>
      <path d="M2 3h8v26H2zM12 3h8v6h-8zm0 8h8v6h-8zm0 8h8v6h-8zM22 3h8v26h-8z" />
    </svg>
  );
}

/** Finds a component by name, draws it if its stage is folded or past its stage's cap, and brings it into view. */
export function SearchBox({ graph, layout, onReveal }: { graph: PipelineGraph | undefined; layout: PipelineLayout | null; onReveal: (query: string) => void }) {
  const search = useApp((s) => s.search);
  const fitRect = useFitRect();
  const [missing, setMissing] = useState(false);
  // A match that is drawn only after the next layout: brought into view then.
  const wanted = useRef<string | null>(null);
  const bringIntoView = useCallback(
    (id: string): boolean => {
      const box = layout?.boxes.find((b) => b.kind === 'component' && b.id === id);
      if (box) fitRect({ x: box.x, y: box.y, width: COL_WIDTH, height: box.height }, FIT_FOUND);
      return box !== undefined;
    },
    [layout, fitRect],
  );
  useEffect(() => {
    if (wanted.current && bringIntoView(wanted.current)) wanted.current = null;
  }, [bringIntoView]);
  const go = () => {
    const q = search.trim().toLowerCase();
    const hit = q && graph ? graph.components.find((c) => c.name.toLowerCase().includes(q)) : undefined;
    setMissing(q !== '' && !hit);
    if (!hit || bringIntoView(hit.id)) return;
    const state = appStore.getState();
    if (!isExpanded(expandedOf(state), hit.placement)) state.toggleStage(hit.placement);
    wanted.current = hit.id;
    onReveal(q);
  };
  return (
    <div className="absolute top-2 left-2 z-10">
      <input
        type="search"
        aria-label="Find a component"
        aria-describedby={missing ? 'canvas-search-missing' : undefined}
        placeholder="Find a component…"
        value={search}
        onChange={(e) => {
          setMissing(false);
          appStore.getState().setSearch(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') go();
        }}
        className="w-56 rounded-md border border-slate-300 bg-white/95 px-2 py-1 text-sm shadow-sm dark:border-slate-600 dark:bg-slate-900/95"
      />
      <p id="canvas-search-missing" role="status" className="mt-1 rounded bg-white/95 px-1 text-xs text-slate-700 dark:bg-slate-900/95 dark:text-slate-200">
        {missing ? 'No component by that name.' : ''}
      </p>
    </div>
  );
}
