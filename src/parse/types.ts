import type { Placement } from '../domain/pipeline';
import type { ParseProblem } from './problems';

/** Where a component belongs: a pipeline stage, the orchestrator, or no stage at all (monitoring, catalogs, languages…). */
export { PLACEMENTS, type Placement } from '../domain/pipeline';

/** A component as a parser found it, before classification. */
export interface RawComponent {
  /** Unique within one parse; stable for the same input. */
  readonly id: string;
  /** Display name as written, e.g. "Kafka", "load_raw", "orders_mart". */
  readonly name: string;
  /**
   * Extra words that help classification and are not the name: an Airflow operator class, a
   * docker image, a dbt resource type and path, an OpenLineage namespace, a Mermaid subgraph title.
   */
  readonly hints?: readonly string[];
  /** A stage the input states outright: `name [store]`, `stage: store`. */
  readonly explicit?: Placement;
  /** 1-based line where it first appears, when known. */
  readonly line?: number;
  /** When it runs, as the input writes it: an Airflow DAG's `schedule`, a `schedule:` key (`0 3 * * *`, `@daily`). */
  readonly schedule?: string;
}

/** A data handoff the input states: `from` feeds `to`. */
export interface RawEdge {
  readonly from: string;
  readonly to: string;
  readonly label?: string;
  /** True when the link is scheduling or control, not data (e.g. an orchestrator triggering a job). */
  readonly control?: boolean;
  /** True when the link is the order work runs in (a DAG's task dependency): data may follow it or not. */
  readonly order?: boolean;
  readonly line?: number;
}

/** A problem found while reading: where (1-based), what, and the text at fault. */
export interface ParseWarning {
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly found?: string;
  /** The problem the message describes, for readers that report problems as data (see problems.ts). */
  readonly problem?: ParseProblem;
}

export interface RawPipeline {
  readonly components: readonly RawComponent[];
  readonly edges: readonly RawEdge[];
  readonly warnings: readonly ParseWarning[];
}

export type FormatId =
  | 'arrows'
  | 'list'
  | 'mermaid'
  | 'yaml'
  | 'airflow'
  | 'compose'
  | 'dbt-manifest'
  | 'dbt-schema'
  | 'openlineage'
  | 'workflow'
  | 'dot';

/** One input format. `parse` never throws: problems become warnings, and what could be read is kept. */
export interface FormatParser {
  readonly id: FormatId;
  readonly label: string;
  /** A tiny example, shown when the format of a paste cannot be recognised. */
  readonly example: string;
  /** How sure this parser is that `text` is its format, 0..1; cheap (looks at the start of the text). */
  detect(text: string): number;
  parse(text: string): RawPipeline;
}
