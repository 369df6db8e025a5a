import type { Edge, Node } from '@xyflow/react';
import type { SeamId } from '../domain/seams';
import type { Stage } from '../domain/stages';
import type { Verdict } from '../domain/verdict';

export type StageNodeData = { stage: Stage; label: string; index: number; components: readonly string[]; dimmed: boolean };
export type BandNodeData = { width: number; verdict: Verdict; selected: boolean; dimmed: boolean };
export type SeamEdgeData = { seam: SeamId; name: string; verdict: Verdict; selected: boolean; dimmed: boolean };
export type LinkEdgeData = { x: number; top: number; bottom: number; dimmed: boolean };

export type StageFlowNode = Node<StageNodeData, 'stage'>;
export type BandFlowNode = Node<BandNodeData, 'orchestration'>;
export type SeamFlowEdge = Edge<SeamEdgeData, 'seam'>;
export type LinkFlowEdge = Edge<LinkEdgeData, 'orchestrationLink'>;
export type FlowNode = StageFlowNode | BandFlowNode;
export type FlowEdge = SeamFlowEdge | LinkFlowEdge;
