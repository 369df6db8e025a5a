import type { ImportReply } from '../../parse/workerProtocol';
import type { FormatId } from '../../parse/types';

/** Runs the importer in a worker and streams its replies; the caller may cancel by terminating. */
export function runImport(text: string, format: FormatId | undefined, onReply: (r: ImportReply) => void): () => void {
  const worker = new Worker(new URL('../../parse/worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (e: MessageEvent<ImportReply>) => {
    onReply(e.data);
    if (e.data.type !== 'progress') worker.terminate();
  };
  worker.onerror = (e) => {
    onReply({ type: 'failed', error: { kind: 'crashed', message: e.message }, message: `The importer failed: ${e.message}` });
    worker.terminate();
  };
  worker.postMessage({ text, format });
  return () => worker.terminate();
}
