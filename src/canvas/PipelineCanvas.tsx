import { Background, Controls, ReactFlow, useReactFlow, type ColorMode, type EdgeTypes, type NodeTypes } from '@xyflow/react';
import { useCallback, useMemo } from 'react';
import type { SeamId } from '../domain/seams';
import type { Workspace } from '../domain/workspace';
import { TID } from '../testIds';
import { FitOnResize } from './FitOnResize';
import { READ_ONLY_FLOW } from './readOnlyFlow';
import { OrchestrationBand } from './OrchestrationBand';
import { OrchestrationLink } from './OrchestrationLink';
import { SeamEdge } from './SeamEdge';
import { StageNode } from './StageNode';
import { toFlow } from './toFlow';

const FIT = { padding: 0.06, maxZoom: 1.25 } as const;

const nodeTypes: NodeTypes = { stage: StageNode, orchestration: OrchestrationBand };
const edgeTypes: EdgeTypes = { seam: SeamEdge, orchestrationLink: OrchestrationLink };

interface Props {
  workspace: Workspace;
  selected: SeamId | null;
  focus: SeamId | null;
  colorMode: ColorMode;
}

/** Fits the six stages again when the canvas is resized. */
function FitViewOnResize() {
  const flow = useReactFlow();
  const fit = useCallback((animate: boolean) => void flow.fitView({ ...FIT, duration: animate ? 150 : undefined }), [flow]);
  return <FitOnResize fit={fit} />;
}

export function PipelineCanvas({ workspace, selected, focus, colorMode }: Props) {
  const { nodes, edges } = useMemo(() => toFlow(workspace, { selected, focus }), [workspace, selected, focus]);
  return (
    <div className="h-full w-full" data-testid={TID.canvas}>
      <ReactFlow
        {...READ_ONLY_FLOW}
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        colorMode={colorMode}
        fitViewOptions={FIT}
        minZoom={0.3}
        aria-label="Pipeline graph: six stages, the seams between them, and orchestration"
      >
        <Background gap={24} size={1} />
        <FitViewOnResize />
        <Controls showInteractive={false} position="bottom-left" />
      </ReactFlow>
    </div>
  );
}
