import { type Clause } from './clause';
import type { Step } from './diagnosis/session';
import type { Evidence } from './evidence';
import type { PipelineGraph } from './pipeline';
import { SEAM_IDS, type SeamId } from './seams';
import { STAGES, type Stage } from './stages';

export interface SeamContract {
  readonly clauses: readonly Clause[];
  /** A worked example's evidence, drawn above the clauses. */
  readonly evidence?: Evidence;
}

/** A walkthrough's question-and-answer trail, kept with the workspace so it can be reopened and replayed. */
export interface WalkthroughRecord {
  readonly symptoms: readonly string[];
  readonly notes: string;
  readonly steps: readonly Step[];
  /** The conclusion the user accepted and wrote into the contract. */
  readonly accepted?: {
    readonly causeId: string;
    readonly seam: SeamId;
    readonly at: string;
    /** Broken when the walkthrough was settled or the user confirmed it; suspect otherwise. Older trails lack it: they were broken. */
    readonly verdict?: 'broken' | 'suspect';
  };
}

/** Everything a user makes for one pipeline or one incident. */
export interface Workspace {
  readonly id: string;
  readonly name: string;
  /** Free text for the incident: timeline, links, who is on it. */
  readonly notes: string;
  /** ISO 8601 timestamps. */
  readonly createdAt: string;
  readonly updatedAt: string;
  /** The preset it was opened from, so its scenario can be replayed. */
  readonly presetId?: string;
  /** The shared link it was opened from (its fingerprint), so a second open can offer this copy. */
  readonly sharedFrom?: string;
  /** Names of the components at each stage, e.g. Kafka at ingest. */
  readonly components: Readonly<Record<Stage, readonly string[]>>;
  readonly seams: Readonly<Record<SeamId, SeamContract>>;
  readonly walkthrough?: WalkthroughRecord;
  /** An imported pipeline: its components and edges, drawn instead of the six stage boxes. */
  readonly pipeline?: PipelineGraph;
}

export function emptyComponents(): Record<Stage, string[]> {
  return Object.fromEntries(STAGES.map((s) => [s, []])) as unknown as Record<Stage, string[]>;
}

export function emptySeams(): Record<SeamId, SeamContract> {
  return Object.fromEntries(SEAM_IDS.map((id) => [id, { clauses: [] }])) as unknown as Record<SeamId, SeamContract>;
}

export function blankWorkspace(id: string, name: string, now: string): Workspace {
  return { id, name, notes: '', createdAt: now, updatedAt: now, components: emptyComponents(), seams: emptySeams() };
}

/**
 * A workspace that arrived from outside (a shared link, a file) gets a fresh id, so it opens
 * beside the user's own work and never replaces any of it.
 */
export function adoptWorkspace(ws: Workspace, id: string, extra: Partial<Pick<Workspace, 'sharedFrom'>> = {}): Workspace {
  const { sharedFrom: _previous, ...rest } = ws;
  return { ...rest, id, ...extra };
}
