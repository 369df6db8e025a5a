/** The shapes the Markdown / free-text passes hand each other. */
import type { Placement } from '../../types';
import type { PipelineBuilder } from '../text';

/** A stretch of text on one line: what it says, and where (1-based line, column of its first character). */
export interface Seg {
  readonly text: string;
  readonly line: number;
  readonly col: number;
}

export type Warn = (line: number, column: number, message: string, found?: string) => void;

/** A candidate component named in running text, with the text before it (which says how it relates). */
export interface Mention {
  name: string;
  explicit?: Placement;
  line: number;
  col: number;
  /** Index of the mention's last token. */
  lastToken: number;
  /** The text between the previous mention and this one. */
  gap: string;
  /** Roles the text gives it in apposition ("PostgreSQL serves as the source database"). */
  roles?: string[];
}

/** A bold lead (`**Kafdrop (9000)**: Web UI`), where READMEs name the component an item is about. */
export interface BoldLead {
  readonly label: string;
  /** What follows the label and its separator, and where in the item's text it starts. */
  readonly rest: string;
  readonly restAt: number;
  /** A `:`, dash or arrow after the label: the rest describes it. */
  readonly separated: boolean;
}

/** The outline of a page: sections under headings, list items with their children, prose lines. */
export interface Node {
  readonly kind: 'root' | 'section' | 'item' | 'prose';
  readonly indent: number;
  /** A numbered item. */
  readonly ordered: boolean;
  /** The item's own text, then continuation lines. */
  readonly segs: Seg[];
  readonly children: Node[];
  readonly line: number;
  /** Sections: the stage their label names (a hint for what is under it, never a statement). */
  readonly stage?: Placement;
  /** Sections under a layer (`### Raw`, `Bronze Layer:`): the layer is data at rest that what is under it fills. */
  readonly layer?: Seg;
  /** Prose: whether the text begins a sentence. */
  readonly sentence?: boolean;
  readonly bold?: BoldLead;
  /** Table rows: the row's label cell (`Stream Processor`) and what it says the tool is for. */
  readonly tableLabel?: string;
  readonly tablePurpose?: string;
  /** A table whose header says what every row is (`Source`): each row's name is one, known product or not. */
  readonly tableRole?: boolean;
  /** Items under a heading about the project rather than its pipeline (`## Features`, `## Installation`). */
  readonly about?: boolean;
  /** The paragraph, list or table it came from: blocks of one group continue one flow. */
  readonly group?: number;
}

/** Where a piece of the outline joins the flow: what enters it and what leaves it. */
export interface Block {
  readonly entries: readonly string[];
  readonly exits: readonly string[];
  readonly line: number;
}

export interface Context {
  /** The framing heading's or label's words as hints: for the names it labels, not for tools a sentence under it mentions. */
  readonly frameHints?: readonly string[];
  readonly hints: readonly string[];
  /** Nested under an item that is itself a component or a sentence: short lines there are its details. */
  readonly detail?: boolean;
  /** The one component the item above names: a role phrase under it ("Source database for CDC") says what it is. */
  readonly owner?: string;
}

/** State shared by the passes over one page. */
export interface Reader {
  readonly b: PipelineBuilder;
  /** The page states its flow (arrow lines, a diagram): lists and prose only name components then. */
  flowGiven: boolean;
  /** Products the page's items write with two different qualifiers: there, the qualifier is part of the name. */
  readonly qualified?: ReadonlySet<string>;
}
