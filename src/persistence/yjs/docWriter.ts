import * as Y from 'yjs';
import { LogWriteError, type UpdateLog, type WriteFailure } from './updateLog';

/** After this many more records of its own, a tab folds a document's log. */
const COMPACT_AFTER = 200;
/**
 * Records are folded into groups of about this size, not into one: a page reads its documents a
 * record per task, and one 7 MB record would be one long task at start-up.
 */
export const GROUP_BYTES = 1_000_000;
/**
 * Past this, what is not yet written is not kept aside (a big import going in): the synchronous store
 * holds about 5 MB for the whole site, and encoding more would hold up the page as it hides.
 */
export const KEPT_BYTES = 256_000;

/** A record this tab has merged: its key, and its bytes when known (for folding without re-encoding). */
export interface MergedRecord {
  readonly key: number;
  readonly update: Uint8Array | null;
}

/** Consecutive records, grouped up to `limit` bytes; a record over the limit stands alone. */
export function groupRecords(records: readonly MergedRecord[], limit = GROUP_BYTES): MergedRecord[][] {
  const groups: MergedRecord[][] = [];
  let current: MergedRecord[] = [];
  let size = 0;
  for (const r of records) {
    const bytes = r.update?.byteLength ?? 0;
    if (current.length > 0 && size + bytes > limit) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(r);
    size += bytes;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * Writes one document's updates to the log, in order. A write that fails leaves the document
 * marked; the next write (or a retry) stores its whole state, which holds every update that was
 * missed, so nothing depends on which write failed.
 */
export class DocWriter {
  private merged: MergedRecord[];
  private foldedAt: number;
  private chain: Promise<void> = Promise.resolve();
  /** Updates handed to `write` and not yet in the log: what a page closing now would lose. */
  private readonly unwritten = new Set<Uint8Array>();
  failure: WriteFailure | null = null;

  constructor(
    private readonly log: UpdateLog,
    readonly name: string,
    private readonly doc: Y.Doc,
    merged: readonly MergedRecord[],
    private readonly onChange: () => void,
  ) {
    this.merged = [...merged];
    this.foldedAt = 0;
  }

  /**
   * Queues one update made in this tab. While writes fail, updates are not tried one by one (each
   * would encode the whole document): the retry stores the whole state, this update included.
   */
  write(update: Uint8Array): Promise<void> {
    if (this.failure) return this.chain;
    this.unwritten.add(update);
    return this.enqueue(async () => {
      this.merged.push({ key: await this.log.append(this.name, update), update });
      this.unwritten.delete(update);
      if (this.merged.length >= this.foldedAt + COMPACT_AFTER) await this.fold();
    });
  }

  /** Folds this tab's records into groups (or, after a failure, stores the whole state). */
  compact(): Promise<void> {
    return this.enqueue(() => (this.failure ? this.storeState() : this.fold()));
  }

  /** Stores the whole state again: its records were removed (deleted, then restored). */
  storeWhole(): Promise<void> {
    return this.enqueue(() => this.storeState());
  }

  /**
   * What the log does not hold yet, as one update: the updates not yet appended, or after a failed
   * write (which stops appending) the whole state. Null when all is written, or when it is too big to keep.
   */
  pending(limit = KEPT_BYTES): Uint8Array | null {
    if (this.failure) {
      const state = Y.encodeStateAsUpdate(this.doc);
      return state.byteLength <= limit ? state : null;
    }
    const parts = [...this.unwritten];
    return parts.length === 0 || parts.reduce((n, u) => n + u.byteLength, 0) > limit ? null : Y.mergeUpdates(parts);
  }

  /** Tries a failed document again; resolves once tried. */
  retry(): Promise<void> {
    return this.failure ? this.compact() : this.chain;
  }

  /** Forgets the document's records: it was deleted. */
  purge(): Promise<void> {
    return this.enqueue(async () => {
      await this.log.remove(this.name);
      this.merged = [];
    });
  }

  /** Merges runs of small records, each run in one write, so the log stays short and no record huge. */
  private async fold(): Promise<void> {
    // Records whose bytes this tab never saw (it can only happen after a failure) need the whole state.
    if (this.merged.some((r) => r.update === null)) return this.storeState();
    const groups = groupRecords(this.merged);
    const folded: MergedRecord[] = [];
    for (const [i, group] of groups.entries()) {
      if (group.length > 1) {
        const update = Y.mergeUpdates(group.map((r) => r.update!));
        folded.push({ key: await this.log.replace(this.name, update, group.map((r) => r.key)), update });
      } else folded.push(...group);
      // Kept current after each write: a failure half-way leaves no record untracked.
      this.merged = [...folded, ...groups.slice(i + 1).flat()];
    }
    this.foldedAt = this.merged.length;
  }

  private async storeState(): Promise<void> {
    // The state holds the updates made so far, not one made while it is being written.
    const covered = [...this.unwritten];
    const state = Y.encodeStateAsUpdate(this.doc);
    this.merged = [{ key: await this.log.replace(this.name, state, this.merged.map((r) => r.key)), update: state }];
    for (const u of covered) this.unwritten.delete(u);
    this.foldedAt = 1;
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    this.chain = this.chain.then(async () => {
      const before = this.failure;
      try {
        await step();
        this.failure = null;
      } catch (e) {
        this.failure = e instanceof LogWriteError ? e.failure : 'unavailable';
      }
      if (before !== this.failure) this.onChange();
    });
    return this.chain;
  }
}
