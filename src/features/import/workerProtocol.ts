import type { ImportError, Imported } from '../../parse/importPipeline';
import type { FormatId } from '../../parse/types';

export interface ImportRequest {
  readonly text: string;
  readonly format?: FormatId;
}

export type ImportReply =
  | { readonly type: 'progress'; readonly step: string; readonly done: number }
  | { readonly type: 'done'; readonly result: Imported }
  | { readonly type: 'failed'; readonly error: ImportError; readonly message: string };

/** Items per message: one message of 50,000 components took the page a quarter of a second to receive. */
export const PART_SIZE = 5_000;

/** A block of a big result's components or edges, sent ahead of its `done`. */
export interface PartMessage {
  readonly type: 'part';
  readonly list: 'components' | 'edges';
  readonly items: readonly unknown[];
}

/** A `done` whose lists came ahead in parts: how many items each must add up to. */
export interface DoneInParts {
  readonly type: 'done';
  readonly result: Imported;
  readonly parts: { readonly components: number; readonly edges: number };
}

export type WorkerMessage = ImportReply | PartMessage | DoneInParts;

/** The messages that carry `result`: its lists in parts first when they are long, then the rest. */
export function resultMessages(result: Imported): WorkerMessage[] {
  const { components, edges } = result.graph;
  if (components.length <= PART_SIZE && edges.length <= PART_SIZE) return [{ type: 'done', result }];
  const parts: PartMessage[] = [];
  for (const list of ['components', 'edges'] as const) {
    const items: readonly unknown[] = result.graph[list];
    for (let at = 0; at < items.length; at += PART_SIZE) parts.push({ type: 'part', list, items: items.slice(at, at + PART_SIZE) });
  }
  const head: Imported = { ...result, graph: { ...result.graph, components: [], edges: [] } };
  return [...parts, { type: 'done', result: head, parts: { components: components.length, edges: edges.length } }];
}
