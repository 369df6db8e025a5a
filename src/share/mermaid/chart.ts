/**
 * What a workspace's flowchart shows, before it is written as text: groups (subgraphs) of nodes,
 * edges, and the verdict each group and edge carries. Kept apart from the writer so the choices
 * below can be read and tested without parsing Mermaid.
 */
import { seamVerdict } from '../../domain/clause';
import { PLACEMENT_LABEL, handoffKind, seamsBetween, type Placement, type PipelineGraph } from '../../domain/pipeline';
import { SEAMS, SEAM_IDS, type SeamId } from '../../domain/seams';
import { STAGES, type Stage } from '../../domain/stages';
import { worst, type Verdict } from '../../domain/verdict';
import type { Workspace } from '../../domain/workspace';
import { idAllocator, nodeIdBase } from './escape';

/** A component as drawn: its Mermaid id, its name as the user wrote it, where it sits. */
export interface ChartNode {
  readonly id: string;
  readonly name: string;
  readonly placement: Placement;
}

/** A subgraph: one stage, the orchestrator, or the components in no stage. */
export interface ChartGroup {
  /** The subgraph id: the stage id, `orchestration`, or `other` for components in no stage. */
  readonly id: string;
  readonly title: string;
  /** The verdict of the seam this group receives, if it receives one. */
  readonly verdict?: Verdict;
  readonly nodes: readonly ChartNode[];
}

/** A link between two drawn components, with the seam verdict it shows. */
export interface ChartEdge {
  readonly from: string;
  readonly to: string;
  readonly control: boolean;
  /** Worst verdict of the seams the edge crosses; undefined when it crosses none (within a stage, backwards, outside). */
  readonly verdict?: Verdict;
  /** The crossed seams that are broken or suspect, e.g. `Ingest → Store: broken`. */
  readonly label?: string;
}

/** Everything the writer needs; the seams' verdicts are kept for the comment that lists them. */
export interface Chart {
  readonly groups: readonly ChartGroup[];
  readonly edges: readonly ChartEdge[];
  readonly seams: Readonly<Record<SeamId, Verdict>>;
}

/** Drawing order: data flows left to right through the stages; the scheduler and the rest come after. */
const GROUP_ORDER: readonly Placement[] = [...STAGES, 'orchestrate', 'none'];
const GROUP_ID: Readonly<Record<Placement, string>> = {
  generate: 'generate',
  ingest: 'ingest',
  store: 'store',
  process: 'process',
  model: 'model',
  serve: 'serve',
  orchestrate: 'orchestration',
  none: 'other',
};

function seamVerdicts(ws: Workspace): Record<SeamId, Verdict> {
  return Object.fromEntries(SEAM_IDS.map((id) => [id, seamVerdict(ws.seams[id]?.clauses ?? [])])) as Record<SeamId, Verdict>;
}

/**
 * A seam's contract is what the receiving side assumed, so its verdict marks the stage that
 * receives it; Generate receives none. The orchestrator's group carries the orchestration seam.
 */
function receivedVerdict(p: Placement, seams: Readonly<Record<SeamId, Verdict>>): Verdict | undefined {
  if (p === 'orchestrate') return seams.orchestration;
  const i = (STAGES as readonly string[]).indexOf(p);
  return i > 0 ? seams[`${STAGES[i - 1]}-${p}` as SeamId] : undefined;
}

/** The seams an edge carries, as the canvas counts them: every skipped handoff, or orchestration for scheduling. */
function crossedSeams(from: Placement, to: Placement, control: boolean): SeamId[] {
  const kind = handoffKind(from, to, control);
  if (kind === 'control') return ['orchestration'];
  return kind === 'handoff' || kind === 'skip' ? seamsBetween(from as Stage, to as Stage) : [];
}

function edgeFor(from: ChartNode, to: ChartNode, control: boolean, seams: Readonly<Record<SeamId, Verdict>>): ChartEdge {
  const crossed = crossedSeams(from.placement, to.placement, control);
  const base = { from: from.id, to: to.id, control };
  if (crossed.length === 0) return base;
  const verdict = crossed.map((s) => seams[s]).reduce(worst, 'holds');
  // Only trouble gets words on the line: a label on every edge would bury the ones that matter.
  const trouble = crossed.filter((s) => seams[s] === 'broken' || seams[s] === 'suspect').map((s) => `${SEAMS[s].name}: ${seams[s]}`);
  return { ...base, verdict, ...(trouble.length > 0 ? { label: trouble.join(', ') } : {}) };
}

function group(p: Placement, nodes: readonly ChartNode[], seams: Readonly<Record<SeamId, Verdict>>): ChartGroup {
  const verdict = receivedVerdict(p, seams);
  return { id: GROUP_ID[p], title: PLACEMENT_LABEL[p], nodes, ...(verdict ? { verdict } : {}) };
}

/** An imported pipeline: every component in the group of its placement, every edge as it is (duplicates once). */
function pipelineChart(graph: PipelineGraph, seams: Readonly<Record<SeamId, Verdict>>): Chart {
  const allocate = idAllocator();
  const byId = new Map<string, ChartNode>();
  const groups: ChartGroup[] = [];
  for (const p of GROUP_ORDER) {
    const nodes: ChartNode[] = [];
    for (const c of graph.components) {
      if (c.placement !== p) continue;
      const node = { id: allocate(nodeIdBase(GROUP_ID[p], c.name)), name: c.name, placement: p };
      nodes.push(node);
      if (!byId.has(c.id)) byId.set(c.id, node);
    }
    // Empty groups are left out: the app draws the components an import found, not six fixed boxes.
    if (nodes.length > 0) groups.push(group(p, nodes, seams));
  }
  const seen = new Set<string>();
  const edges: ChartEdge[] = [];
  for (const e of graph.edges) {
    const from = byId.get(e.from);
    const to = byId.get(e.to);
    const control = e.control === true;
    const key = `${e.from}\u0000${e.to}\u0000${control}`;
    if (!from || !to || seen.has(key)) continue;
    seen.add(key);
    edges.push(edgeFor(from, to, control, seams));
  }
  return { groups, edges, seams };
}

/**
 * A workspace with names per stage only: all six stages as the app draws them, and one edge
 * from the first component of each stage to the first of the next stage that has one. The
 * edges show the flow without inventing a mesh between every pair, and they read back as
 * edges between real components: a placeholder node for an empty stage would come back as a
 * component nobody named.
 */
function stagesChart(ws: Workspace, seams: Readonly<Record<SeamId, Verdict>>): Chart {
  const allocate = idAllocator();
  const groups = STAGES.map((s) =>
    group(
      s,
      (ws.components[s] ?? []).map((name) => ({ id: allocate(nodeIdBase(GROUP_ID[s], name)), name, placement: s })),
      seams,
    ),
  );
  const firsts = groups.map((g) => g.nodes[0]).filter((n): n is ChartNode => n !== undefined);
  const edges = firsts.slice(1).map((to, i) => edgeFor(firsts[i] as ChartNode, to, false, seams));
  return { groups, edges, seams };
}

/** The chart for a workspace: its imported pipeline when it has one, else its stages' names. */
export function chartOf(ws: Workspace): Chart {
  const seams = seamVerdicts(ws);
  return ws.pipeline ? pipelineChart(ws.pipeline, seams) : stagesChart(ws, seams);
}
