/**
 * How a worked example's evidence is drawn in the seam panel. Each kind matches the shape
 * of the facts: a contract table, a sequence of events, a cost comparison, a data sample,
 * a list of consumers, or a timeline.
 */
export type Tone = 'bad' | 'ok' | 'neutral';

export interface FactRow {
  readonly key: string;
  readonly value: string;
  readonly tone: Tone;
}

export type Evidence =
  | { readonly kind: 'facts'; readonly title: string; readonly rows: readonly FactRow[]; readonly conclusion: string }
  | {
      readonly kind: 'sequence';
      readonly title: string;
      readonly steps: readonly { readonly text: string; readonly tone: Tone }[];
      readonly conclusion: string;
    }
  | {
      readonly kind: 'cost';
      readonly title: string;
      readonly rows: readonly FactRow[];
      /** Cost per run as it is, and as it would be if the layout matched the queries. */
      readonly actual: number;
      readonly expected: number;
      readonly unit: string;
      readonly conclusion: string;
    }
  | {
      readonly kind: 'sample';
      readonly title: string;
      readonly columns: readonly string[];
      readonly rows: readonly { readonly cells: readonly string[]; readonly flag?: string }[];
      readonly result: { readonly label: string; readonly value: string; readonly note: string };
      readonly conclusion: string;
    }
  | {
      readonly kind: 'timeline';
      readonly title: string;
      readonly events: readonly { readonly time: string; readonly label: string; readonly tone: Tone }[];
      readonly conclusion: string;
    };

export type EvidenceKind = Evidence['kind'];
