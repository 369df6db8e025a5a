/** The flowchart syntax the reader knows: headers, shapes, the characters that end an id. */

export const DIRECTIONS = new Set(['TD', 'TB', 'BT', 'LR', 'RL', '<', '>', '^', 'V']);
export const IGNORED = new Set(['classDef', 'class', 'style', 'linkStyle', 'click', 'direction', 'accTitle', 'accDescr', 'title', 'callback']);
export const HEADER = /^(?:graph|flowchart)(?:-elk)?(?=\s|;|$)/i;
export const OTHER_DIAGRAM = /^(?:classDiagram|stateDiagram(?:-v2)?|gantt|pie|journey|gitGraph|mindmap|timeline|quadrantChart|requirementDiagram|C4Context|sankey-beta|xychart-beta|block-beta)\b/;

/** Shapes, longest opener first; a shape whose closer is missing falls back to the next that fits. */
export const SHAPES: readonly { open: string; close: readonly string[]; hint?: string }[] = [
  { open: '(((', close: [')))'] },
  { open: '((', close: ['))'] },
  { open: '([', close: ['])'] },
  { open: '[[', close: [']]'] },
  { open: '[(', close: [')]'], hint: 'database' },
  { open: '[/', close: ['/]', '\\]'] },
  { open: '[\\', close: ['\\]', '/]'] },
  { open: '{{', close: ['}}'] },
  { open: '(', close: [')'] },
  { open: '[', close: [']'] },
  { open: '{', close: ['}'] },
  { open: '>', close: [']'] },
];
export const DATABASE_SHAPES = new Set(['cyl', 'cylinder', 'database', 'db', 'das', 'lin-cyl', 'h-cyl', 'horizontal-cylinder', 'disk', 'lined-cylinder']);

export interface NodeRef {
  readonly id: string;
  readonly label?: string;
  /** A label's further lines ("Raw Kaggle Files" under "Cloud Storage"): what tells two such nodes apart. */
  readonly detail?: string;
  readonly hints: readonly string[];
  readonly column: number;
}

export interface Link {
  readonly kind: 'flow' | 'invisible';
  readonly direction: 'forward' | 'back' | 'both';
  readonly label?: string;
  readonly column: number;
  readonly text: string;
}

export interface Subgraph {
  readonly title: string;
  readonly line: number;
  readonly column: number;
}

/** Characters that end a node id. */
export const ID_STOP = new Set(['[', ']', '(', ')', '{', '}', '<', '>', '|', '&', ';', '"', "'", '`', '=', '~', ',', ':', '@']);
