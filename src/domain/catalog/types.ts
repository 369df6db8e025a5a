import type { SeamId } from '../seams';

/**
 * A reusable clause for one seam: what practitioners check at that handoff.
 * The walkthrough and the importer reuse these by id, so ids are stable once shipped.
 */
export interface ClauseTemplate {
  /** Stable, kebab-case, unique across the catalog, e.g. "gi-clock-source". */
  readonly id: string;
  readonly seam: SeamId;
  /** One of the seam's dimensions exactly as SEAMS[seam].dimensions spells it. */
  readonly dimension: string;
  /** Short title shown in the picker, e.g. "Clock source and time zone". */
  readonly title: string;
  /** What the clause is usually about, e.g. "event_ts". Prefills the clause subject. */
  readonly subject: string;
  /** A typical, well-stated assumption of the receiving side; prefills "assumed". */
  readonly assumed: string;
  /** One paragraph: why this promise matters at this handoff and how it tends to break. */
  readonly explanation: string;
  /** One line: where to look or a concrete check (a query, a config key, a log line). */
  readonly howToCheck: string;
}
