/// <reference lib="webworker" />
import { describeImportError, importPipeline } from './importPipeline';
import type { ImportReply, ImportRequest } from './workerProtocol';

/** Parses off the main thread, so a 5 MB paste never freezes the page; reports each step. */
const post = (m: ImportReply) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = (e: MessageEvent<ImportRequest>) => {
  const { text, format } = e.data;
  const r = importPipeline(text, format, (step, done) => post({ type: 'progress', step, done }));
  post(r.ok ? { type: 'done', result: r.value } : { type: 'failed', error: r.error, message: describeImportError(r.error) });
};
