/**
 * Diagrams drawn in text (`+---+`, `┌─┐`, `──▶`, `-->`, `│` / `▼`, `|` / `v`): boxes and words are the
 * components, the lines between them the edges. A line's arrowheads say which way it flows; a line
 * with none flows in reading order. What cannot be followed still leaves every box a component.
 */
import { type PipelineBuilder, getOrAdd } from '../text';
import { type DiagramNode, layout, listedData, nodeName } from './diagramNodes';
import { type Box, Grid, STEP, drawable, opposite } from './grid';
import { readName, sideBySide } from './names';

const FILE_OR_FOLDER = /^[\w.@-]+(?:\/|\.[A-Za-z]\w{0,4})$/;

/** How far sideways a vertical arrow may end from the name it points at. */
const SIDEWAYS = 4;

interface Touch {
  readonly node: number;
  readonly head: boolean;
}

interface Traced {
  readonly nodes: DiagramNode[];
  /** One entry per connected drawing of lines: the nodes it touches, and words written on it (`──events──▶`). */
  readonly lines: { touches: Touch[]; label?: string }[];
}

/** The root of i's set, each node on the way pointed at its grandparent (path halving). */
function root(parent: Int32Array, i: number): number {
  let r = i;
  while (parent[r] !== r) {
    parent[r] = parent[parent[r] as number] as number;
    r = parent[r] as number;
  }
  return r;
}

function trace(g: Grid): Traced {
  const { nodes, owner, sealed, width } = layout(g);
  const height = g.rows.length;
  const idx = (r: number, c: number): number => r * width + c;
  const isLine = (r: number, c: number): boolean =>
    r >= 0 && r < height && c >= 0 && c < width && owner[idx(r, c)] === -1 && sealed[idx(r, c)] === 0 && g.dirs(r, c).length > 0;
  const parent = new Int32Array(height * width).map((_, i) => i);
  const union = (a: number, b: number): void => {
    parent[root(parent, a)] = root(parent, b);
  };
  const labels = new Map<number, string>();
  // Words between two stretches of one line are the line's label, not a component.
  for (const n of nodes) {
    if (n.end === undefined) continue;
    const r = n.top;
    // An arrowhead pointing at the words (`→ Debezium →`) makes them a stop on the line, not its label.
    const left = [n.left - 1, n.left - 2].find((c) => isLine(r, c) && g.dirs(r, c).includes(1) && g.head(r, c) === undefined);
    const right = [n.end + 1, n.end + 2].find((c) => isLine(r, c) && g.dirs(r, c).includes(3) && g.head(r, c) === undefined);
    if (left === undefined || right === undefined) continue;
    union(idx(r, left), idx(r, right));
    labels.set(idx(r, left), n.rows[0]?.text ?? '');
    for (let c = n.left; c <= n.end; c++) owner[idx(r, c)] = -2;
  }
  const nearestOwned = (r: number, c: number): number => {
    for (let k = 0; k <= SIDEWAYS; k++) for (const x of [c - k, c + k]) if (x >= 0 && x < width && (owner[idx(r, x)] ?? -1) >= 0) return x;
    return c;
  };
  const ownerNear = (r: number, c: number): number => owner[idx(r, nearestOwned(r, c))] ?? -1;
  const touches: { cell: number; t: Touch }[] = [];
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      if (!isLine(r, c)) continue;
      const head = g.head(r, c);
      for (const d of g.dirs(r, c)) {
        const [dr, dc] = STEP[d] as readonly [number, number];
        let nr = r + dr;
        let nc = c + dc;
        // A junction drawn with the wrong stroke (`┴` where `┼` was meant) still joins the line that meets it.
        // So does a stroke drawn straight up or down into a horizontal one with no junction at all (`▼` under `└──┴──┘`),
        // unless it goes on across it: two lines crossing without a `┼` are two lines, each passing the other.
        const across = isLine(nr + dr, nc) && g.dirs(nr + dr, nc).some((x) => x === 0 || x === 2);
        const flat = isLine(nr, nc) && dr !== 0 && g.dirs(nr, nc).every((x) => x === 1 || x === 3);
        if (flat && across) {
          union(idx(r, c), idx(nr + dr, nc));
          continue;
        }
        const meets = isLine(nr, nc) && (g.dirs(nr, nc).includes(opposite(d)) || g.dirs(nr, nc).length >= 3 || flat);
        if (meets) {
          union(idx(r, c), idx(nr, nc));
          continue;
        }
        // Across one space sideways: `Kafka --> Spark`, `┘ ──▶ │`.
        if (dr === 0 && g.at(nr, nc) === ' ' && nc + dc >= 0 && (owner[idx(nr, nc + dc)] ?? -1) >= 0) nc += dc;
        if (nr < 0 || nr >= height || nc < 0 || nc >= width) continue;
        // Up or down, a name may sit left of the arrow (`↓` under `Kafka`); a line's tail may start a blank row off it (a wrapped name, stacked lists).
        if (dr !== 0 && head === undefined && isLine(r - dr, c) && [-1, 0, 1].every((k) => g.at(nr, nc + k) === ' ') && ownerNear(nr, nc) < 0 && ownerNear(nr + dr, nc) >= 0) nr += dr;
        if (dr !== 0 && g.at(nr, nc) === ' ') nc = nearestOwned(nr, nc);
        const o = owner[idx(nr, nc)] ?? -1;
        if (o >= 0) touches.push({ cell: idx(r, c), t: { node: o, head: head === d || g.head(nr, nc) === d } });
      }
    }
  }
  const byLine = new Map<number, Touch[]>();
  for (const { cell, t } of touches) getOrAdd(byLine, root(parent, cell), () => []).push(t);
  const rooted = new Map([...labels].map(([cell, text]) => [root(parent, cell), text]));
  const lines = [...byLine].map(([k, touches]) => ({ touches, label: rooted.get(k) }));
  return { nodes, lines };
}

const readingOrder = (nodes: readonly DiagramNode[]) => (a: number, b: number): number =>
  (nodes[a]?.top ?? 0) - (nodes[b]?.top ?? 0) || (nodes[a]?.left ?? 0) - (nodes[b]?.left ?? 0);

/** Edges of one drawn line: from the ends without a head to the ends with one; with no heads, in reading order. */
function lineEdges(touches: readonly Touch[], nodes: readonly DiagramNode[]): [number, number][] {
  const heads = new Set(touches.filter((t) => t.head).map((t) => t.node));
  const tails = new Set(touches.filter((t) => !heads.has(t.node)).map((t) => t.node));
  const out: [number, number][] = [];
  if (heads.size > 0 && tails.size > 0) {
    for (const a of tails) for (const b of heads) if (a !== b) out.push([a, b]);
  } else if (heads.size === 2 && tails.size === 0) {
    const [a, b] = [...heads].sort(readingOrder(nodes)) as [number, number];
    out.push([a, b], [b, a]);
  } else if (heads.size === 0) {
    const order = [...tails].sort(readingOrder(nodes));
    for (let k = 1; k < order.length; k++) out.push([order[k - 1] as number, order[k] as number]);
  }
  return out;
}

/**
 * Words that hang under a row of stops, one arrow down to each (`Kafka → Spark` over `↓ ↓` over
 * `topics  jobs`), going nowhere further: captions of the stops, not stops themselves.
 */
function captions(nodes: readonly DiagramNode[], edges: readonly { from: number; to: number }[]): Map<number, number> {
  const into = new Map<number, number[]>();
  const outOf = new Set(edges.map((e) => e.from));
  for (const e of edges) getOrAdd(into, e.to, () => []).push(e.from);
  const byRow = new Map<number, [number, number][]>();
  for (const [to, froms] of into) {
    const n = nodes[to];
    const from = froms[0] as number;
    const source = nodes[from];
    if (!n || n.box || !source || froms.length !== 1 || outOf.has(to) || source.top >= n.top) continue;
    getOrAdd(byRow, n.top, () => []).push([to, from]);
  }
  const out = new Map<number, number>();
  for (const pairs of byRow.values()) {
    const sources = new Set(pairs.map(([, f]) => f));
    const sourceRows = new Set(pairs.map(([, f]) => nodes[f]?.top));
    if (pairs.length >= 2 && sources.size === pairs.length && sourceRows.size === 1) for (const [to, from] of pairs) out.set(to, from);
  }
  return out;
}

/** Reads a diagram (its first line is page line `firstLine`) into a builder; says how many edges it drew. */
export function readDiagram(b: PipelineBuilder, text: string, firstLine = 1): { edges: number } {
  const lines = text.split(/\r\n|\r|\n/);
  if (!drawable(lines)) return { edges: 0 };
  const { nodes, lines: drawn } = trace(new Grid(lines));
  const edges: { from: number; to: number; label?: string | undefined; row: number }[] = [];
  for (const { touches, label } of drawn) {
    // Lines with no heads joining only files and folders (`|-- dags/`, `└── extract.py`) draw a directory tree, not a flow.
    if (touches.every((t) => !t.head && FILE_OR_FOLDER.test(nodes[t.node]?.rows[0]?.text.trim() ?? ''))) continue;
    for (const [from, to] of lineEdges(touches, nodes)) edges.push({ from, to, label, row: nodes[from]?.top ?? 0 });
  }
  const captionOf = captions(nodes, edges);
  const kept = edges.filter((e) => !captionOf.has(e.to));
  const linked = new Set(kept.flatMap((e) => [e.from, e.to]));
  const ids = new Map<number, string[]>();
  const order = nodes.map((_, i) => i).sort(readingOrder(nodes));
  for (const i of order) {
    const n = nodes[i] as DiagramNode;
    if ((n.group && !n.steps) || (!n.box && !linked.has(i))) continue;
    const named = nodeName(n);
    if (!named) continue;
    const line = firstLine + (n.rows[0]?.row ?? n.top);
    const column = n.left + 1;
    const hints = [...named.hints, ...[...captionOf].filter(([, source]) => source === i).map(([c]) => nodes[c]?.rows[0]?.text ?? '')];
    // `dbt + DuckDB` drawn as one stop is two products side by side, as on an arrow line.
    const mentioned = sideBySide(named.name).flatMap((part) => {
      const at = { line, column: column + part.at };
      const name = readName(b, part.text, line, at.column);
      return name ? [b.mention(name.name, { line, explicit: name.explicit, hints: [...hints, ...(name.hints ?? [])], at })] : [];
    });
    ids.set(i, mentioned);
    for (const item of listedData(n, named.name)) b.mention(item.text, { line: firstLine + item.row, hints: [named.name, ...named.hints], at: { line: firstLine + item.row, column } });
  }
  let count = 0;
  for (const e of kept) {
    const label = e.label?.trim();
    for (const from of ids.get(e.from) ?? []) for (const to of ids.get(e.to) ?? []) if (b.edge(from, to, { line: firstLine + e.row, ...(label ? { label } : {}) })) count++;
  }
  return { edges: count };
}

/** Whether a text is a drawn diagram: boxes, or lines that run down between words. */
export function isDiagram(text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/);
  if (!drawable(lines)) return false;
  if (!/[┌╭┏╔│┃║─━═▼▶▲◀↓↑]|[+][-=]{2,}[+]|^\s*[|v^]\s*$/mu.test(text)) return false;
  const { nodes, lines: drawn } = trace(new Grid(lines));
  const leaves = nodes.flatMap((n) => (n.box && !n.group ? [n.box] : []));
  const linking = drawn.filter((l) => lineEdges(l.touches, nodes).length > 0).length;
  // Boxes that share their sides and nothing links are a table printed in text (query output), not a drawing.
  if (linking === 0 && tiled(leaves)) return false;
  return leaves.length >= 2 || (leaves.length === 1 && linking >= 1) || drawn.some((l) => arrowDown(l.touches, nodes));
}

/** Past this many boxes, nothing drawn by hand: a printed grid. */
const MAX_BOXES = 300;

function tiled(boxes: readonly Box[]): boolean {
  if (boxes.length > MAX_BOXES) return true;
  const overlap = (a0: number, a1: number, b0: number, b1: number): boolean => a0 < b1 && b0 < a1;
  return boxes.some((a) =>
    boxes.some((b) => a !== b && ((a.right === b.left && overlap(a.top, a.bottom, b.top, b.bottom)) || (a.bottom === b.top && overlap(a.left, a.right, b.left, b.right)))),
  );
}

/**
 * An arrow that joins words on different rows: only a drawing does that (a directory tree's
 * `├──` lines join rows too, but point nowhere).
 */
function arrowDown(ts: readonly Touch[], nodes: readonly DiagramNode[]): boolean {
  const rows = new Set(ts.map((t) => nodes[t.node]?.top));
  return rows.size >= 2 && ts.some((t) => t.head);
}
