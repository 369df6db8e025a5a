import type * as Y from 'yjs';
import { appendBlock, type PipelineBlock } from './workspaceDoc';

/**
 * Writes the rest of newly created workspaces one block per task, so a big import never holds the
 * page for one long encode. Anything that reads or edits such a workspace first finishes it.
 */
export class BlockFiller {
  private readonly pending = new Map<string, { doc: Y.Doc; blocks: PipelineBlock[] }>();

  constructor(
    private readonly origin: unknown,
    private readonly defer: (step: () => void) => void,
  ) {}

  start(id: string, doc: Y.Doc, blocks: readonly PipelineBlock[]): void {
    this.finish(id);
    if (blocks.length === 0) return;
    const entry = { doc, blocks: [...blocks] };
    this.pending.set(id, entry);
    const step = () => {
      // Finished or restarted meanwhile: this chain is over.
      if (this.pending.get(id) !== entry) return;
      const block = entry.blocks.shift();
      if (block) appendBlock(doc, block, this.origin);
      if (entry.blocks.length > 0) this.defer(step);
      else this.pending.delete(id);
    };
    this.defer(step);
  }

  finish(id: string): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    this.pending.delete(id);
    for (const block of entry.blocks) appendBlock(entry.doc, block, this.origin);
  }

  finishAll(): void {
    for (const id of [...this.pending.keys()]) this.finish(id);
  }
}

/**
 * The next task, soon: a message, not a timer, since timers in a hidden tab wait a second each and
 * a tab closed meanwhile would lose what is not written yet.
 */
export function nextTask(): (step: () => void) => void {
  if (typeof MessageChannel === 'undefined') return (step) => void setTimeout(step, 0);
  const queue: (() => void)[] = [];
  const channel = new MessageChannel();
  channel.port1.onmessage = () => queue.shift()?.();
  // Under Node (tests, the CLI) an open port would keep the process alive.
  (channel.port1 as { unref?: () => void }).unref?.();
  return (step) => {
    queue.push(step);
    channel.port2.postMessage(null);
  };
}
