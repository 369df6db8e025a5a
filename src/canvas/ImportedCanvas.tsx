import {
  Background,
  MiniMap,
  ReactFlow,
  getViewportForBounds,
  type ColorMode,
  type FitViewOptions,
  type Viewport,
  type EdgeTypes,
  type NodeTypes,
} from '@xyflow/react';
import { useMemo, useState, type RefObject } from 'react';
import { expandedOf } from '../store/uiSlice';
import type { SeamId } from '../domain/seams';
import type { Workspace } from '../domain/workspace';
import { appStore, useApp } from '../store/appStore';
import { TID } from '../testIds';
import { PipelineControls, SearchBox } from './CanvasTools';
import { READ_ONLY_FLOW } from './readOnlyFlow';
import { ComponentNode } from './ComponentNode';
import { FlowLink, FlowMarkers } from './FlowLink';
import { MoreNode, SummaryNode } from './SummaryNode';
import { HeaderNode } from './HeaderNode';
import { SeamEdge } from './SeamEdge';
import { componentNodes, layoutPipeline, linkEdges, openingNodes, openingRect, seamChips, TALL, type PipelineLayout } from './toPipelineFlow';
import type { FitRectOptions } from './useFitRect';
import { seamVerdicts } from './seamVerdicts';
import { useAfterFirstPaint } from './useAfterFirstPaint';

const MIN_ZOOM = 0.02;
/** A big pipeline fitted whole is a speck: it opens readable at the top; fit view, the minimap and search reach the rest. */
const OPEN_TALL = { padding: 0.04, maxZoom: 1.1 } as const;
const OPEN_WHOLE = { padding: 0.08, maxZoom: 1.1 } as const;

const nodeTypes: NodeTypes = { header: HeaderNode, component: ComponentNode, summary: SummaryNode, more: MoreNode };
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
  const expanded = useApp(expandedOf);
  // What the search box last looked for: a match beyond an expanded stage's cap is drawn too.
  const [reveal, setReveal] = useState('');
  // Layered so that selecting a seam rebuilds five chips, not thousands of nodes and edges.
  const graph = workspace.pipeline;
  const layout = useMemo(() => (graph ? layoutPipeline(graph, expanded, reveal) : null), [graph, expanded, reveal]);
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
  const tall = layout !== null && layout.boxes.length > TALL;
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
      <FlowMarkers />
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
        <SearchBox graph={graph} layout={layout} onReveal={setReveal} />
      </ReactFlow>
    </div>
  );
}
