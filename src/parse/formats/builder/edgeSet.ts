/**
 * The edges a builder keeps: only between known components, never a self-loop, each pair once (a
 * data edge wins over a control one), and at most MAX_EDGES, counting what the limit drops.
 */
import type { RawEdge } from '../../types';
import { MAX_EDGES, squash } from '../text';

export type EdgeExtra = Omit<RawEdge, 'from' | 'to'>;

const strength = (e: EdgeExtra): number => (e.control === true ? 0 : e.order === true ? 1 : 2);

export class EdgeSet {
  private readonly list: RawEdge[] = [];
  private readonly index = new Map<string, number>();
  /** How many edges the limit dropped, or callers never enumerated (the builder's `skipEdges`). */
  dropped = 0;

  /** @param known whether an id is a component's: an edge to an unknown id is ignored */
  constructor(private readonly known: (id: string) => boolean) {}

  get full(): boolean {
    return this.list.length >= MAX_EDGES;
  }

  add(from: string | undefined, to: string | undefined, extra: EdgeExtra = {}): boolean {
    if (from === undefined || to === undefined || from === to) return false;
    if (!this.known(from) || !this.known(to)) return false;
    const key = `${from}\u0000${to}`;
    const at = this.index.get(key);
    if (at !== undefined) {
      const prev = this.list[at];
      // The same pair drawn as data wins over run order, and run order over control.
      if (prev !== undefined && strength(extra) > strength(prev)) {
        const { control: _control, order: _order, ...rest } = prev;
        this.list[at] = extra.order === true ? { ...rest, order: true } : rest;
      }
      return false;
    }
    if (this.full) {
      this.dropped++;
      return false;
    }
    const e: { from: string; to: string; label?: string; control?: boolean; order?: boolean; line?: number } = { from, to };
    const label = extra.label === undefined ? undefined : squash(extra.label);
    if (label !== undefined && label !== '') e.label = label;
    if (extra.control === true) e.control = true;
    if (extra.order === true) e.order = true;
    if (extra.line !== undefined && Number.isFinite(extra.line) && extra.line >= 1) e.line = Math.floor(extra.line);
    this.index.set(key, this.list.length);
    this.list.push(e);
    return true;
  }

  toArray(): RawEdge[] {
    return [...this.list];
  }
}
