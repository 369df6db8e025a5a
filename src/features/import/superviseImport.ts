import type { ImportReply, WorkerMessage } from './workerProtocol';

/** The part of a Worker the supervisor uses, so tests can hand in one that exits, hangs or babbles. */
export interface WorkerLike {
  onmessage: ((e: MessageEvent) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  onmessageerror: ((e: MessageEvent) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}

/** Longer than any import takes between two progress messages; a silent worker past it has hung. */
export const IDLE_LIMIT_MS = 60_000;

/**
 * A parser sends no progress while it reads, so the wait grows with the text: a dense 20 MB bullet
 * list took up to 71 s to read on a busy 2-core machine. A minute, plus 4 s a megabyte.
 */
export function idleLimitFor(chars: number): number {
  return IDLE_LIMIT_MS + Math.round(chars / 250);
}

const TRY = 'Try again, pick the format by hand, or import a smaller part of the description.';

function failed(message: string): ImportReply {
  return { type: 'failed', error: { kind: 'crashed', message }, message };
}

/** A message the worker could really have sent; anything else is treated as a fault, not trusted. */
function isMessage(x: unknown): x is WorkerMessage {
  if (!x || typeof x !== 'object') return false;
  const r = x as { type?: unknown; result?: { graph?: { components?: unknown; edges?: unknown } }; message?: unknown; done?: unknown; list?: unknown; items?: unknown };
  if (r.type === 'progress') return typeof r.done === 'number';
  if (r.type === 'part') return (r.list === 'components' || r.list === 'edges') && Array.isArray(r.items);
  if (r.type === 'failed') return typeof r.message === 'string';
  if (r.type === 'done') return Array.isArray(r.result?.graph?.components) && Array.isArray(r.result?.graph?.edges);
  return false;
}

/**
 * Runs one import on a worker and guarantees exactly one final reply: the worker's own, or a
 * message saying what went wrong (it could not start, stopped, hung, or answered nonsense) and
 * what to try. Returns a cancel function.
 */
export function superviseImport(
  start: () => WorkerLike,
  request: unknown,
  onReply: (r: ImportReply) => void,
  idleMs = IDLE_LIMIT_MS,
): () => void {
  let worker: WorkerLike | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let over = false;
  const finish = (reply: ImportReply | null) => {
    if (over) return;
    over = true;
    clearTimeout(timer);
    worker?.terminate();
    if (reply) onReply(reply);
  };
  const watch = () => {
    clearTimeout(timer);
    timer = setTimeout(() => finish(failed(`The importer stopped answering after ${Math.round(idleMs / 1000)} s. ${TRY}`)), idleMs);
  };
  try {
    worker = start();
  } catch (e) {
    finish(failed(`The importer could not start in this browser (${e instanceof Error ? e.message : String(e)}). Reload the page and try again.`));
    return () => finish(null);
  }
  // A big result's lists arrive in parts, each a short task for the page, before its `done`.
  const parts = { components: [] as unknown[], edges: [] as unknown[] };
  worker.onmessage = (e) => {
    if (over) return;
    const m: unknown = e.data;
    if (!isMessage(m)) return finish(failed(`The importer sent an answer the app cannot read. ${TRY}`));
    if (m.type === 'progress') {
      watch();
      onReply(m);
    } else if (m.type === 'part') {
      watch();
      for (const item of m.items) parts[m.list].push(item);
    } else if (m.type === 'done' && 'parts' in m) {
      if (m.parts.components !== parts.components.length || m.parts.edges !== parts.edges.length) return finish(failed(`The importer's answer arrived incomplete. ${TRY}`));
      const graph = { ...m.result.graph, components: parts.components, edges: parts.edges } as typeof m.result.graph;
      finish({ type: 'done', result: { ...m.result, graph } });
    } else finish(m);
  };
  worker.onmessageerror = () => finish(failed(`The importer's answer could not be received (it may be too large). ${TRY}`));
  worker.onerror = (e) => {
    e.preventDefault?.();
    // A worker that dies (out of memory, a script that failed to load) reports no message at all.
    const why = e.message ? `: ${e.message}` : ' (it may have run out of memory)';
    finish(failed(`The importer stopped unexpectedly${why}. ${TRY}`));
  };
  watch();
  worker.postMessage(request);
  return () => finish(null);
}
