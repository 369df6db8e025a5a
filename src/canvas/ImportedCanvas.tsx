import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type ColorMode,
  type EdgeTypes,
  type NodeTypes,
} from '@xyflow/react';
import { useMemo } from 'react';
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
import { componentNodes, layoutPipeline, linkEdges, openingNodes, seamChips } from './toPipelineFlow';
import { seamVerdicts } from './seamVerdicts';

/** Beyond this many components a pipeline opens on its first rows rather than fitted whole. */
const TALL = 120;

const nodeTypes: NodeTypes = { header: HeaderNode, component: ComponentNode };
const edgeTypes: EdgeTypes = { seam: SeamEdge, flow: FlowLink };

interface Props {
  workspace: Workspace;
  selected: SeamId | null;
  focus: SeamId | null;
  colorMode: ColorMode;
}

/** An imported pipeline: components in their stage columns, every edge coloured by its seam. */
export function ImportedCanvas({ workspace, selected, focus, colorMode }: Props) {
  const selectedComponent = useApp((s) => s.selectedComponent);
  const search = useApp((s) => s.search);
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
  // A big pipeline fitted whole is a speck: it opens readable at the top, and the fit-view
  // control, the minimap and the search box reach everything else.
  const fitViewOptions = useMemo(
    () => (layout && layout.components.length > TALL ? { padding: 0.04, maxZoom: 1.1, nodes: openingNodes(layout) } : { padding: 0.08, maxZoom: 1.1 }),
    [layout],
  );
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
        minZoom={0.02}
        onlyRenderVisibleElements={large}
        onEdgeClick={(_, edge) => {
          const data = edge.data;
          if (data && 'seam' in data && data.seam) appStore.getState().selectSeam(data.seam);
        }}
        aria-label="Imported pipeline: components in stage columns"
      >
        <Background gap={24} size={1} />
        <FitOnResize options={fitViewOptions} />
        <Controls showInteractive={false} position="bottom-left" />
        {large && <MiniMap pannable zoomable position="bottom-right" ariaLabel="Overview of the whole pipeline" />}
        <SearchBox />
      </ReactFlow>
    </div>
  );
}

/** Finds a component by name and brings it into view. */
function SearchBox() {
  const search = useApp((s) => s.search);
  const flow = useReactFlow();
  const go = () => {
    const q = search.trim().toLowerCase();
    if (!q) return;
    const hit = flow.getNodes().find((n) => n.type === 'component' && String((n.data as { name?: string }).name ?? '').toLowerCase().includes(q));
    if (hit) void flow.fitView({ nodes: [{ id: hit.id }], maxZoom: 1.2, duration: 300 });
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
