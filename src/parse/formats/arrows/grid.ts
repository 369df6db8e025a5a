/**
 * A text diagram as a grid of cells: which characters are lines (and which ways they run), which
 * are arrowheads, and the boxes drawn with `+--+ | |` or `┌─┐ │ └─┘`. ASCII line characters are
 * only lines where they are not part of a word (`event-driven`, `C++`).
 */

export type Dir = 0 | 1 | 2 | 3; // up, right, down, left
export const STEP: readonly (readonly [number, number])[] = [[-1, 0], [0, 1], [1, 0], [0, -1]];
export const opposite = (d: Dir): Dir => ((d + 2) % 4) as Dir;

/** Past these a paste is not a hand-drawn diagram, and reading it cell by cell would be slow. */
const MAX_ROWS = 300;
const MAX_COLS = 300;
const MAX_CELLS = 40_000;

/** Whether lines are few and short enough to be read as a drawing, cell by cell. */
export function drawable(lines: readonly string[]): boolean {
  if (lines.length > MAX_ROWS) return false;
  const width = Math.max(0, ...lines.map((l) => l.length));
  return width <= MAX_COLS && width * lines.length <= MAX_CELLS;
}
const MAX_BOX_TRIES = 3;

const UD = [0, 2] as const;
const LR = [1, 3] as const;
const ALL = [0, 1, 2, 3] as const;

/** Box-drawing characters and the ways their strokes leave the cell. */
const DRAWN: ReadonlyMap<string, readonly Dir[]> = new Map<string, readonly Dir[]>([
  ...[...'─━═┄┅┈┉╌╍'].map((c) => [c, LR] as const),
  ...[...'│┃║┆┇┊┋╎╏'].map((c) => [c, UD] as const),
  ...[...'┌╭┏╔┍┎╒╓'].map((c) => [c, [1, 2]] as const),
  ...[...'┐╮┓╗┑┒╕╖'].map((c) => [c, [2, 3]] as const),
  ...[...'└╰┗╚┕┖╘╙'].map((c) => [c, [0, 1]] as const),
  ...[...'┘╯┛╝┙┚╛╜'].map((c) => [c, [0, 3]] as const),
  ...[...'├┣╠┝┠╞╟'].map((c) => [c, [0, 1, 2]] as const),
  ...[...'┤┫╣┥┨╡╢'].map((c) => [c, [0, 2, 3]] as const),
  ...[...'┬┳╦┯┰╤╥'].map((c) => [c, [1, 2, 3]] as const),
  ...[...'┴┻╩┷┸╧╨'].map((c) => [c, [0, 1, 3]] as const),
  ...[...'┼╋╬┿╂╪╫'].map((c) => [c, ALL] as const),
]);

/** Arrowheads and the way each points. */
const HEADS: ReadonlyMap<string, Dir> = new Map<string, Dir>([
  ...[...'▶►▷▸→⟶➔➜⇒⇨>'].map((c) => [c, 1] as const),
  ...[...'◀◄◁◂←⟵⇐<'].map((c) => [c, 3] as const),
  ...[...'▼▽▾↓⇓vV'].map((c) => [c, 2] as const),
  ...[...'▲△▴↑⇑^'].map((c) => [c, 0] as const),
]);

const TOP_LEFT = new Set([...'┌╭┏╔┍┎╒╓+']);
const TOP_RIGHT = new Set([...'┐╮┓╗┑┒╕╖+']);
const BOTTOM_LEFT = new Set([...'└╰┗╚┕┖╘╙+']);
const BOTTOM_RIGHT = new Set([...'┘╯┛╝┙┚╛╜+']);
const EDGE_H = new Set([...'─━═┄┅┈┉╌╍-=+┬┴┼┳┻╦╩┯┷╤╧']);
const EDGE_V = new Set([...'│┃║┆┇┊┋╎╏|+├┤┼┣┫╠╣┝┥╞╡']);
/** A line may end on a box's top or bottom edge with its arrowhead drawn in it (`┌───▼───┐`). */
const EDGE_H_OR_HEAD = new Set([...EDGE_H, ...'▼▽▾↓⇓▲△▴↑⇑']);

export interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export class Grid {
  readonly rows: readonly string[][];
  constructor(lines: readonly string[]) {
    this.rows = lines.map((l) => Array.from(l.replace(/\t/g, '    ')));
  }
  at(r: number, c: number): string {
    return this.rows[r]?.[c] ?? ' ';
  }
  private wordAt(r: number, c: number): boolean {
    return /[\p{L}\p{N}]/u.test(this.at(r, c));
  }
  /** An ASCII character between two letters is part of a word, not a line. */
  private inWord(r: number, c: number): boolean {
    return this.wordAt(r, c - 1) && this.wordAt(r, c + 1);
  }
  /** `C++`, `g++`: a plus after a letter (or after such a plus) is part of the word. */
  private plusInWord(r: number, c: number): boolean {
    let k = c - 1;
    while (this.at(r, k) === '+') k--;
    return this.wordAt(r, k) || (this.wordAt(r, c + 1) && this.wordAt(r, c - 1));
  }
  private next(r: number, c: number, d: Dir): string {
    const [dr, dc] = STEP[d] as readonly [number, number];
    return this.at(r + dr, c + dc);
  }
  /** The ways a line leaves this cell; empty when the cell is no line. */
  dirs(r: number, c: number): readonly Dir[] {
    const ch = this.at(r, c);
    const drawn = DRAWN.get(ch);
    if (drawn) return drawn;
    const head = this.head(r, c);
    if (head !== undefined) return head % 2 === 0 ? UD : LR;
    if (ch === '-' || ch === '=' || ch === '~') return this.inWord(r, c) ? [] : LR;
    // `|--` / `--|`: a branch drawn off a vertical line joins it, as `├──` does.
    if (ch === '|' || ch === '¦') return this.inWord(r, c) ? [] : [...UD, ...LR.filter((d) => '-='.includes(this.next(r, c, d)) && this.dirs(r, c + (STEP[d]?.[1] ?? 0)).length > 0)];
    // `cleaning + dedup`: a plus that no stroke meets is a plus sign, not a junction.
    if (ch === '+') return this.plusInWord(r, c) || !ALL.some((d) => EDGE_H.has(this.next(r, c, d)) || EDGE_V.has(this.next(r, c, d))) ? [] : ALL;
    return [];
  }
  /** The way an arrowhead in this cell points, if it is one. */
  head(r: number, c: number): Dir | undefined {
    const ch = this.at(r, c);
    const d = HEADS.get(ch);
    if (d === undefined) return undefined;
    if (ch === 'v' || ch === 'V' || ch === '^') {
      // A letter is an arrowhead only at the end of a vertical line, not inside a word.
      if (this.wordAt(r, c - 1) || this.wordAt(r, c + 1)) return undefined;
      const from = d === 2 ? r - 1 : r + 1;
      if (!EDGE_V.has(this.at(from, c)) && !EDGE_H.has(this.at(from, c))) return undefined;
    } else if ((ch === '<' || ch === '>') && this.inWord(r, c)) return undefined;
    return d;
  }
}

/** Boxes: a top-left corner, a top edge, two sides and a bottom edge that meet. */
export function findBoxes(g: Grid): Box[] {
  const boxes: Box[] = [];
  g.rows.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      if (!TOP_LEFT.has(row[c] ?? '') || !EDGE_H.has(row[c + 1] ?? '')) continue;
      let tries = 0;
      for (let right = c + 1; right < row.length && tries < MAX_BOX_TRIES; right++) {
        const ch = row[right] ?? '';
        if (TOP_RIGHT.has(ch) && right > c + 1) {
          tries++;
          const bottom = closeBox(g, r, c, right);
          if (bottom !== undefined) {
            boxes.push({ top: r, left: c, bottom, right });
            break;
          }
        }
        if (!EDGE_H_OR_HEAD.has(ch) && !TOP_RIGHT.has(ch)) break;
      }
    }
  });
  return [...boxes, ...boxes.flatMap((b) => tableCells(g, b))];
}

/**
 * A box ruled like a table (a title, a rule `├───┬───┤`, then cells split by `│`): each cell is a
 * box of its own, from the rule down, so lines leaving a cell's stretch of the bottom edge leave it.
 */
export function tableCells(g: Grid, b: Box): Box[] {
  let rule: number | undefined;
  for (let r = b.top + 1; r < b.bottom; r++) {
    if (EDGE_V.has(g.at(r, b.left)) && allBetween(b.left + 1, b.right, (c) => EDGE_H.has(g.at(r, c)))) rule = r;
  }
  if (rule === undefined || rule + 1 >= b.bottom) return [];
  const cells: Box[] = [];
  let left = b.left;
  for (let c = b.left + 1; c <= b.right; c++) {
    if (c !== b.right && !allBetween(rule + 1, b.bottom, (r) => EDGE_V.has(g.at(r, c)))) continue;
    cells.push({ top: rule, left, bottom: b.bottom, right: c });
    left = c;
  }
  return cells.length >= 2 ? cells : [];
}

/** The bottom row of the box whose top edge runs from `left` to `right` on row `top`, if both sides close. */
function closeBox(g: Grid, top: number, left: number, right: number): number | undefined {
  for (let r = top + 1; r < g.rows.length; r++) {
    // A side or a bottom corner may be one cell off where a label or an edge was typed one character off; not one in
    // past a wall (`│└──┘│`): that is a box drawn flush inside this one.
    const corner = (c: number, inward: number, set: ReadonlySet<string>): boolean => set.has(g.at(r, c)) || set.has(g.at(r, c - inward)) || (set.has(g.at(r, c + inward)) && !EDGE_V.has(g.at(r, c)));
    if (corner(left, 1, BOTTOM_LEFT) && corner(right, -1, BOTTOM_RIGHT) && r > top + 1 && allBetween(left + 2, right - 1, (c) => EDGE_H_OR_HEAD.has(g.at(r, c)))) return r;
    if (!nearby(g, r, left, EDGE_V) || !nearby(g, r, right, EDGE_V)) return undefined;
  }
  return undefined;
}

/** Whether `test` holds at every index from `from` up to, not including, `to` (true when there is none). */
const allBetween = (from: number, to: number, test: (i: number) => boolean): boolean =>
  Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k).every(test);

function nearby(g: Grid, r: number, c: number, set: ReadonlySet<string>): boolean {
  return set.has(g.at(r, c)) || set.has(g.at(r, c + 1)) || set.has(g.at(r, c - 1));
}

/** Whether (r, c) is inside or on the border of a box. */
export const within = (b: Box, r: number, c: number): boolean => r >= b.top && r <= b.bottom && c >= b.left && c <= b.right;
export const onBorder = (b: Box, r: number, c: number): boolean =>
  within(b, r, c) && (r === b.top || r === b.bottom || c === b.left || c === b.right);
