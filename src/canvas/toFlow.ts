import { seamVerdict } from '../domain/clause';
import { SEAM_LIST, type SeamId } from '../domain/seams';
import { STAGES, STAGE_INFO } from '../domain/stages';
import type { Workspace } from '../domain/workspace';
import type { FlowEdge, FlowNode } from './flowTypes';
import { BAND_HEIGHT, CHIP_HEIGHT, STAGE_WIDTH, bandY, chipY, graphWidth, seamX, stageHeight, stageX } from './geometry';

export interface FlowView {
  /** The seam the user has open; highlighted on the graph. */
  readonly selected: SeamId | null;
  /** When set, every other seam and stage is dimmed (the walkthrough's focus mode). */
  readonly focus: SeamId | null;
}

/** Domain → React Flow: stages as nodes in fixed columns, seams as edges, orchestration as a band. */
export function toFlow(ws: Workspace, view: FlowView): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const focusSeam = view.focus ? SEAM_LIST.find((s) => s.id === view.focus) : undefined;
  const stageInFocus = (stage: string) => !focusSeam || focusSeam.from === stage || focusSeam.to === stage || focusSeam.to === 'all';

  // One height for all six, the tallest any needs: the row stays a row and no name is cut.
  const height = Math.max(...STAGES.map((stage) => stageHeight(ws.components[stage])));
  const CHIP_Y = chipY(height);
  const BAND_Y = bandY(height);
  const nodes: FlowNode[] = STAGES.map((stage, index) => ({
    id: stage,
    type: 'stage',
    position: { x: stageX(index), y: 0 },
    width: STAGE_WIDTH,
    height,
    draggable: false,
    selectable: false,
    focusable: false,
    data: { stage, label: STAGE_INFO[stage].label, index, components: ws.components[stage], dimmed: !stageInFocus(stage) },
  }));
  const width = graphWidth(STAGES.length);
  nodes.push({
    id: 'orchestration',
    type: 'orchestration',
    position: { x: 0, y: BAND_Y },
    width,
    height: BAND_HEIGHT,
    draggable: false,
    selectable: false,
    focusable: false,
    data: {
      width,
      verdict: seamVerdict(ws.seams.orchestration.clauses),
      selected: view.selected === 'orchestration',
      dimmed: view.focus !== null && view.focus !== 'orchestration',
    },
  });

  const edges: FlowEdge[] = [];
  SEAM_LIST.forEach((seam, index) => {
    if (seam.id === 'orchestration') return;
    edges.push({
      id: seam.id,
      type: 'seam',
      source: seam.from,
      target: seam.to,
      selectable: false,
      focusable: false,
      data: {
        seam: seam.id,
        name: seam.name,
        verdict: seamVerdict(ws.seams[seam.id].clauses),
        selected: view.selected === seam.id,
        dimmed: view.focus !== null && view.focus !== seam.id,
        chipY: CHIP_Y,
      },
    });
    // Orchestration touches every seam: one link from the band up to each seam's chip.
    edges.push({
      id: `orchestration-${seam.id}`,
      type: 'orchestrationLink',
      source: 'orchestration',
      target: seam.to,
      selectable: false,
      focusable: false,
      data: {
        x: seamX(index),
        top: CHIP_Y + CHIP_HEIGHT / 2,
        bottom: BAND_Y,
        dimmed: view.focus !== null && view.focus !== 'orchestration',
      },
    });
  });
  return { nodes, edges };
}
