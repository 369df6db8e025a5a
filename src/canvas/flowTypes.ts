import type { Edge, Node } from '@xyflow/react';
import type { HandoffKind, Placement } from '../domain/pipeline';
import type { SeamId } from '../domain/seams';
import type { Stage } from '../domain/stages';
import type { Verdict } from '../domain/verdict';

export type StageNodeData = { stage: Stage; label: string; index: number; components: readonly string[]; dimmed: boolean };
export type BandNodeData = { width: number; verdict: Verdict; selected: boolean; dimmed: boolean };
/** `chipY`: where the seam's chip sits (below the six stage boxes; above the columns of an imported pipeline). */
export type SeamEdgeData = { seam: SeamId; name: string; verdict: Verdict; selected: boolean; dimmed: boolean; chipY: number };
export type LinkEdgeData = { x: number; top: number; bottom: number; dimmed: boolean };

export type StageFlowNode = Node<StageNodeData, 'stage'>;
export type BandFlowNode = Node<BandNodeData, 'orchestration'>;
export type SeamFlowEdge = Edge<SeamEdgeData, 'seam'>;
export type LinkFlowEdge = Edge<LinkEdgeData, 'orchestrationLink'>;
export type HeaderNodeData = { label: string; count: number; width: number; apart: boolean; placement: Placement; toggle?: 'expand' | 'collapse' };
/** A collapsed stage: how many components, how many unconfirmed, the best-connected by name. */
export type SummaryNodeData = { placement: Placement; label: string; count: number; unconfirmed: number; top: readonly string[]; dimmed: boolean };
/** An expanded stage's components that are not drawn. */
export type MoreNodeData = { placement: Placement; label: string; count: number };
export type ComponentNodeData = {
  id: string;
  name: string;
  placement: Placement;
  uncertain: boolean;
  /** On a scheduling link: as the orchestrator (`out`), or as what it runs (`in`). */
  control: { out: boolean; in: boolean };
  selected: boolean;
  dimmed: boolean;
  match: boolean;
};
/** `wide`: a generous invisible hit area; left off on big graphs, where it doubles the SVG. */
/** `title`: what hovering says: both ends and the seam. */
export type FlowLinkData = { seam: SeamId | null; verdict: Verdict; kind: HandoffKind; dimmed: boolean; wide: boolean; count: number; title: string };

export type HeaderFlowNode = Node<HeaderNodeData, 'header'>;
export type ComponentFlowNode = Node<ComponentNodeData, 'component'>;
export type SummaryFlowNode = Node<SummaryNodeData, 'summary'>;
export type MoreFlowNode = Node<MoreNodeData, 'more'>;
export type LinkEdge = Edge<FlowLinkData, 'flow'>;
export type FlowNode = StageFlowNode | BandFlowNode | HeaderFlowNode | ComponentFlowNode | SummaryFlowNode | MoreFlowNode;
export type FlowEdge = SeamFlowEdge | LinkFlowEdge | LinkEdge;
