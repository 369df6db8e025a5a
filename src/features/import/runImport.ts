import type { FormatId } from '../../parse/types';
import type { ImportReply } from './workerProtocol';
import { idleLimitFor, superviseImport } from './superviseImport';

/** Runs the importer in a worker and streams its replies; the caller may cancel. */
export function runImport(text: string, format: FormatId | undefined, onReply: (r: ImportReply) => void): () => void {
  return superviseImport(() => new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' }), { text, format }, onReply, idleLimitFor(text.length));
}
