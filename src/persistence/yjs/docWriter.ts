import * as Y from 'yjs';
import { LogWriteError, type UpdateLog, type WriteFailure } from './updateLog';

/** After this many records of its own, a tab folds a document's log into one record. */
const COMPACT_AFTER = 200;

/**
 * Writes one document's updates to the log, in order. A write that fails leaves the document
 * marked; the next write (or a retry) stores its whole state, which holds every update that was
 * missed, so nothing depends on which write failed.
 */
export class DocWriter {
  private merged: number[];
  private chain: Promise<void> = Promise.resolve();
  failure: WriteFailure | null = null;

  constructor(
    private readonly log: UpdateLog,
    readonly name: string,
    private readonly doc: Y.Doc,
    mergedKeys: readonly number[],
    private readonly onChange: () => void,
  ) {
    this.merged = [...mergedKeys];
  }

  /**
   * Queues one update made in this tab. While writes fail, updates are not tried one by one (each
   * would encode the whole document): the retry stores the whole state, this update included.
   */
  write(update: Uint8Array): Promise<void> {
    if (this.failure) return this.chain;
    return this.enqueue(async () => {
      if (this.merged.length >= COMPACT_AFTER) await this.storeState();
      else this.merged.push(await this.log.append(this.name, update));
    });
  }

  /** Stores the whole state in place of every record this tab has merged. */
  compact(): Promise<void> {
    return this.enqueue(() => this.storeState());
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

  private async storeState(): Promise<void> {
    const key = await this.log.replace(this.name, Y.encodeStateAsUpdate(this.doc), this.merged);
    this.merged = [key];
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
