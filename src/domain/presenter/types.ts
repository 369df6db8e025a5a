/** What a lead says over one worked example, beyond what the example itself holds. */
export interface PresenterScript {
  readonly presetId: string;
  /** How data is meant to cross the seam when every promise holds. */
  readonly flow: readonly string[];
  /** What happened instead, in the order it happened. */
  readonly failure: readonly string[];
  /** The clause, in the example's own words, that would have caught it. */
  readonly clause: string;
  /** The catalog templates that clause writes down. */
  readonly templateIds: readonly string[];
}
