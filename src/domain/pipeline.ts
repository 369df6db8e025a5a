import { STAGES, type Stage } from './stages';
import type { SeamId } from './seams';

/** Where a component sits: a stage, the orchestrator, or apart as no pipeline stage. */
export const PLACEMENTS = ['generate', 'ingest', 'store', 'process', 'model', 'serve', 'orchestrate', 'none'] as const;
export type Placement = (typeof PLACEMENTS)[number];

export interface PipelineComponent {
  readonly id: string;
  readonly name: string;
  readonly placement: Placement;
  /** 0..1: how sure the classifier was; 1 once the user set or confirmed it. */
  readonly confidence: number;
  /** Flagged for the user to confirm with one click. */
  readonly uncertain: boolean;
  /** A person set or confirmed its stage; a guess, however sure, is not. */
  readonly confirmed?: boolean;
  /** Why it was placed there, e.g. `matched "kafka"`. */
  readonly reason: string;
  /** When it runs, as the import wrote it (`0 3 * * *`, `@daily`); absent when the input gave none. */
  readonly schedule?: string;
}

export interface PipelineEdge {
  readonly from: string;
  readonly to: string;
  /** Scheduling, not data: an orchestrator and what it runs. */
  readonly control?: boolean;
}

/** A pipeline as imported: its components and the handoffs between them. */
export interface PipelineGraph {
  readonly format: string;
  readonly components: readonly PipelineComponent[];
  readonly edges: readonly PipelineEdge[];
}

/** How an edge relates to the stage order. */
export type HandoffKind = 'handoff' | 'skip' | 'within' | 'backward' | 'control' | 'outside';

export interface Handoff {
  readonly from: Placement;
  readonly to: Placement;
  readonly kind: HandoffKind;
  /** The contract(s) it carries: one seam for a neighbour handoff, every skipped one for a skip. */
  readonly seams: readonly SeamId[];
  readonly edges: readonly (readonly [string, string])[];
}

const stageIndex = (p: Placement): number => (STAGES as readonly string[]).indexOf(p);

/** The seams a data edge from one stage to a later one crosses, in order. */
export function seamsBetween(from: Stage, to: Stage): SeamId[] {
  const seams: SeamId[] = [];
  for (let i = stageIndex(from); i < stageIndex(to); i++) seams.push(`${STAGES[i]}-${STAGES[i + 1]}` as SeamId);
  return seams;
}

export function handoffKind(from: Placement, to: Placement, control: boolean): HandoffKind {
  if (control || from === 'orchestrate' || to === 'orchestrate') return 'control';
  if (from === 'none' || to === 'none') return 'outside';
  const a = stageIndex(from);
  const b = stageIndex(to);
  if (a === b) return 'within';
  if (b < a) return 'backward';
  return b === a + 1 ? 'handoff' : 'skip';
}

/**
 * Groups every edge by the stage pair it crosses. Each group is one seam typed by that pair; a
 * group that skips stages names every handoff it skips; nothing is dropped.
 */
export function deriveHandoffs(graph: PipelineGraph): Handoff[] {
  const place = new Map(graph.components.map((c) => [c.id, c.placement]));
  const groups = new Map<string, { from: Placement; to: Placement; kind: HandoffKind; edges: [string, string][] }>();
  for (const e of graph.edges) {
    const from = place.get(e.from);
    const to = place.get(e.to);
    if (!from || !to) continue;
    const kind = handoffKind(from, to, e.control === true);
    const key = `${from}>${to}>${kind}`;
    const g = groups.get(key) ?? { from, to, kind, edges: [] };
    g.edges.push([e.from, e.to]);
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => ({
    ...g,
    seams:
      g.kind === 'handoff' || g.kind === 'skip'
        ? seamsBetween(g.from as Stage, g.to as Stage)
        : g.kind === 'control'
          ? ['orchestration']
          : [],
  }));
}

/** The seam whose contract an edge opens: the first handoff it makes, or orchestration for control. */
export function seamOfEdge(from: Placement, to: Placement, control: boolean): SeamId | null {
  const kind = handoffKind(from, to, control);
  if (kind === 'control') return 'orchestration';
  if (kind === 'handoff' || kind === 'skip') return seamsBetween(from as Stage, to as Stage)[0] ?? null;
  return null;
}

/** Moves a component to another placement; the user's word is certain. */
export function placeComponent(graph: PipelineGraph, id: string, placement: Placement): PipelineGraph {
  return {
    ...graph,
    components: graph.components.map((c) =>
      c.id === id ? { ...c, placement, confidence: 1, uncertain: false, confirmed: true, reason: 'set by you' } : c,
    ),
  };
}

/**
 * Whether a person stands behind the component's stage. Saves from before `confirmed` existed
 * marked the user's choice only by its reason.
 */
export function isConfirmed(c: PipelineComponent): boolean {
  return c.confirmed === true || c.reason === 'set by you';
}

/** Component names per stage, for the stage boxes and the workspace overview. */
export function namesByStage(graph: PipelineGraph): Record<Stage, string[]> {
  const out = Object.fromEntries(STAGES.map((s) => [s, [] as string[]])) as Record<Stage, string[]>;
  for (const c of graph.components) if (stageIndex(c.placement) >= 0) out[c.placement as Stage].push(c.name);
  return out;
}

/** The user confirms the classifier's guess: same place, now certain. */
export function confirmComponent(graph: PipelineGraph, id: string): PipelineGraph {
  const c = graph.components.find((x) => x.id === id);
  return c ? placeComponent(graph, id, c.placement) : graph;
}


export const PLACEMENT_LABEL: Readonly<Record<Placement, string>> = {
  generate: 'Generate',
  ingest: 'Ingest',
  store: 'Store',
  process: 'Process',
  model: 'Model',
  serve: 'Serve',
  orchestrate: 'Orchestration',
  none: 'Not a pipeline stage',
};
