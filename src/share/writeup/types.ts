import type { SeamId } from '../../domain/seams';

/**
 * An incident write-up as plain data: every string is already in words a reader understands, so
 * any renderer (Markdown today, maybe HTML or a ticket API later) only lays it out and never has
 * to reach back into the workspace or the knowledge base.
 */
export interface Writeup {
  /** The workspace's name, as typed. */
  readonly title: string;
  /** ISO 8601 in UTC to the second (`2026-01-01T09:30:00Z`), or the stored text when it is not a full timestamp. */
  readonly created: string;
  readonly updated: string;
  /** The workspace's free-text notes, as typed. */
  readonly notes: string;
  readonly verdict: WriteupVerdict;
  /** Every clause of every seam, in graph order then the seam's own order. */
  readonly clauses: readonly ClauseRow[];
  /** The walkthrough's symptoms, notes and answers; null when no walkthrough was started. */
  readonly trail: WriteupTrail | null;
  /** Where the next steps come from; empty lists mean nothing is known, never a guess. */
  readonly confirm: readonly string[];
  readonly fixNow: readonly string[];
  readonly writeDown: readonly string[];
  /** Only groups that name at least one component, stages first, orchestration last. */
  readonly components: readonly ComponentGroup[];
}

/** Where the verdict came from decides what it can honestly claim. */
export type WriteupVerdict = WalkthroughVerdict | ClausesVerdict | NoVerdict;

/** The walkthrough's conclusion: accepted by the user, or only its likeliest seam so far. */
export interface WalkthroughVerdict {
  readonly kind: 'walkthrough';
  readonly seam: SeamId;
  /** e.g. "Ingest → Store". */
  readonly seamName: string;
  /** The cause's title, or its stored id when this knowledge base no longer knows it. */
  readonly cause: string;
  /** "Settled", "Leaning" or "Undecided"; null when the trail no longer ranks this seam first. */
  readonly confidence: string | null;
  /** The seam's share of the probability, e.g. "92%"; null when the ranking does not list the seam. */
  readonly share: string | null;
  /** Null until the user accepts it into the contract. */
  readonly accepted: WriteupAcceptance | null;
  /** When accepted but the trail (through edited notes) now ranks another seam first: that seam's name. */
  readonly trailNowPointsAt: string | null;
  /** The knowledge base's words; null when the cause is unknown. */
  readonly assumed: string | null;
  readonly mechanism: string | null;
  /** Only what the user reported: picked symptoms, answered facts, notes. */
  readonly reported: string;
}

export interface WriteupAcceptance {
  readonly as: 'broken' | 'suspect';
  /** "Broken" or "Suspect". */
  readonly verdict: string;
  /** Formatted like `created`. */
  readonly at: string;
}

/** No walkthrough evidence, but the contract itself has broken or suspect clauses. */
export interface ClausesVerdict {
  readonly kind: 'clauses';
  /** The first seam in graph order whose worst clause is the worst anywhere. */
  readonly seam: SeamId;
  readonly seamName: string;
  /** "Broken" or "Suspect". */
  readonly verdict: string;
  /** The clauses on that seam with that verdict, by subject (or dimension, or position). */
  readonly clauses: readonly string[];
  /** Other seams just as bad, by name, so naming one never hides the others. */
  readonly alsoSeams: readonly string[];
}

/** Nothing points anywhere yet; `reason` says why in a sentence. */
export interface NoVerdict {
  readonly kind: 'none';
  readonly reason: string;
}

/** One table row; the cells hold the user's text untouched (the renderer applies its own rules). */
export interface ClauseRow {
  readonly seam: string;
  readonly dimension: string;
  readonly subject: string;
  readonly assumed: string;
  readonly actual: string;
  readonly evidence: string;
  /** The effective verdict in words ("Broken"), with " (suggested)" when the user did not set it. */
  readonly verdict: string;
}

export interface WriteupTrail {
  /** Symptom labels; an id the knowledge base does not know is kept as it was stored. */
  readonly symptoms: readonly string[];
  /** The incident text pasted into the walkthrough. */
  readonly notes: string;
  readonly steps: readonly WriteupStep[];
}

export interface WriteupStep {
  /** The question's text, or its stored id when the knowledge base does not know it. */
  readonly question: string;
  /** "Yes", "No", "Not sure" or "Does not apply". */
  readonly answer: string;
}

export interface ComponentGroup {
  /** "Ingest", … or "Orchestration". */
  readonly stage: string;
  readonly names: readonly string[];
}
