import {
  Background,
  ControlButton,
  Controls,
  MiniMap,
  ReactFlow,
  getViewportForBounds,
  type ColorMode,
  type FitViewOptions,
  type Viewport,
  type EdgeTypes,
  type NodeTypes,
} from '@xyflow/react';
import { useCallback, useMemo, useState, type RefObject } from 'react';
import type { SeamId } from '../domain/seams';
import type { Workspace } from '../domain/workspace';
import { appStore, useApp } from '../store/appStore';
import { TID } from '../testIds';
import { FitOnResize } from './FitOnResize';
import { READ_ONLY_FLOW } from './readOnlyFlow';
import { ComponentNode } from './ComponentNode';
import { FlowLink } from './FlowLink';
import { HeaderNode } from './HeaderNode';
import { SeamEdge } from './SeamEdge';
import { COL_WIDTH, COMPONENT_HEIGHT } from './pipelineGeometry';
import { componentNodes, layoutPipeline, linkEdges, openingNodes, openingRect, seamChips, TALL, wholeRect, type PipelineLayout } from './toPipelineFlow';
import { useFitRect, type FitRectOptions } from './useFitRect';
import { seamVerdicts } from './seamVerdicts';
import { useAfterFirstPaint } from './useAfterFirstPaint';

const MIN_ZOOM = 0.02;
/** A big pipeline fitted whole is a speck: it opens readable at the top; fit view, the minimap and search reach the rest. */
const OPEN_TALL = { padding: 0.04, maxZoom: 1.1 } as const;
const OPEN_WHOLE = { padding: 0.08, maxZoom: 1.1 } as const;
const FIT_WHOLE = { padding: 0.04, maxZoom: 1.1, duration: 200 } as const;
const FIT_FOUND = { padding: 0.6, maxZoom: 1.2, duration: 300 } as const;

const nodeTypes: NodeTypes = { header: HeaderNode, component: ComponentNode };
const edgeTypes: EdgeTypes = { seam: SeamEdge, flow: FlowLink };

interface Props {
  workspace: Workspace;
  selected: SeamId | null;
  focus: SeamId | null;
  colorMode: ColorMode;
  /** The area the canvas fills, when it is already on screen: the first frame then opens fitted. */
  frame?: RefObject<HTMLElement | null>;
}

interface Opening {
  readonly width: number;
  readonly height: number;
  readonly viewport: Viewport;
}

/**
 * The viewport React Flow's fit would reach, computed before mounting. Fitting after mount costs a
 * render with no size, a measurement, then the fit: three passes over the visible nodes instead of one.
 */
function openingViewport(frame: HTMLElement | null | undefined, layout: PipelineLayout | null, options: FitRectOptions): Opening | null {
  if (!frame || !layout) return null;
  // Whole pixels, as React Flow measures its pane: an equal size then re-renders nothing.
  const { offsetWidth: width, offsetHeight: height } = frame;
  if (width === 0 || height === 0) return null;
  const viewport = getViewportForBounds(openingRect(layout), width, height, MIN_ZOOM, options.maxZoom, options.padding);
  return { width, height, viewport };
}

/** An imported pipeline: components in their stage columns, every edge coloured by its seam. */
export function ImportedCanvas({ workspace, selected, focus, colorMode, frame }: Props) {
  const selectedComponent = useApp((s) => s.selectedComponent);
  const search = useApp((s) => s.search);
  const renderAll = useApp((s) => s.renderAll);
  // Layered so that selecting a seam rebuilds five chips, not thousands of nodes and edges.
  const graph = workspace.pipeline;
  const layout = useMemo(() => (graph ? layoutPipeline(graph) : null), [graph]);
  const verdicts = useMemo(() => seamVerdicts(workspace), [workspace.seams]); // eslint-disable-line react-hooks/exhaustive-deps
  const query = search.trim().toLowerCase();
  const nodes = useMemo(
    () => (layout ? componentNodes(layout, { selectedComponent, focus, search: query }) : []),
    [layout, selectedComponent, focus, query],
  );
  const links = useMemo(() => (layout ? linkEdges(layout, verdicts, focus) : []), [layout, verdicts, focus]);
  const chips = useMemo(() => seamChips(verdicts, selected, focus), [verdicts, selected, focus]);
  const edges = useMemo(() => [...chips, ...links], [chips, links]);
  const large = nodes.length > 40;
  const painted = useAfterFirstPaint();
  const tall = layout !== null && layout.components.length > TALL;
  const opens = tall ? OPEN_TALL : OPEN_WHOLE;
  // Only for a canvas with no size yet; otherwise the opening viewport is computed up front. Off-screen
  // nodes are never measured: `includeHiddenNodes` makes the fit count them by their declared size.
  const fitViewOptions = useMemo<FitViewOptions>(
    () => ({ ...(tall ? OPEN_TALL : OPEN_WHOLE), includeHiddenNodes: true, ...(tall && layout ? { nodes: openingNodes(layout) } : {}) }),
    [layout, tall],
  );
  // Read once: later resizes are FitOnResize's job.
  const [opening] = useState(() => openingViewport(frame?.current, layout, opens));
  return (
    <div className="relative h-full w-full" data-testid={TID.canvas} data-imported="true">
      <ReactFlow
        {...READ_ONLY_FLOW}
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        colorMode={colorMode}
        fitViewOptions={fitViewOptions}
        {...(opening ? { fitView: false, width: opening.width, height: opening.height, defaultViewport: opening.viewport } : {})}
        minZoom={MIN_ZOOM}
        onlyRenderVisibleElements={large && !renderAll}
        onEdgeClick={(_, edge) => {
          const data = edge.data;
          if (data && 'seam' in data && data.seam) appStore.getState().selectSeam(data.seam);
        }}
        aria-label="Imported pipeline: components in stage columns"
      >
        <Background gap={24} size={1} />
        {layout && <PipelineControls layout={layout} opens={opens} />}
        {large && painted && <MiniMap pannable zoomable position="bottom-right" ariaLabel="Overview of the whole pipeline" />}
        <SearchBox layout={layout} />
      </ReactFlow>
    </div>
  );
}

/** Refits to the opening view when the canvas is resized, and offers a fit to the whole pipeline. */
function PipelineControls({ layout, opens }: { layout: PipelineLayout; opens: FitRectOptions }) {
  const fitRect = useFitRect();
  const refit = useCallback((animate: boolean) => fitRect(openingRect(layout), { ...opens, duration: animate ? 150 : 0 }), [fitRect, layout, opens]);
  return (
    <>
      <FitOnResize fit={refit} />
      <Controls showInteractive={false} showFitView={false} position="bottom-left">
        <ControlButton onClick={() => fitRect(wholeRect(layout), FIT_WHOLE)} title="Fit the whole pipeline" aria-label="Fit the whole pipeline">
          <FitIcon />
        </ControlButton>
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

/** Finds a component by name and brings it into view. */
function SearchBox({ layout }: { layout: PipelineLayout | null }) {
  const search = useApp((s) => s.search);
  const fitRect = useFitRect();
  const go = () => {
    const q = search.trim().toLowerCase();
    const hit = q && layout ? layout.components.find((c) => c.name.toLowerCase().includes(q)) : undefined;
    if (hit) fitRect({ x: hit.x, y: hit.y, width: COL_WIDTH, height: COMPONENT_HEIGHT }, FIT_FOUND);
  };
  return (
    <div className="absolute top-2 left-2 z-10">
      <input
        type="search"
        aria-label="Find a component"
        placeholder="Find a component…"
        value={search}
        onChange={(e) => appStore.getState().setSearch(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') go();
        }}
        className="w-56 rounded-md border border-slate-300 bg-white/95 px-2 py-1 text-sm shadow-sm dark:border-slate-600 dark:bg-slate-900/95"
      />
    </div>
  );
}
