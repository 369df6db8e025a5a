/// <reference lib="webworker" />
import { describeImportError, importPipeline } from '../../parse/importPipeline';
import { resultMessages, type ImportRequest, type WorkerMessage } from './workerProtocol';

/** Parses off the main thread, so a 5 MB paste never freezes the page; reports each step. */
const post = (m: WorkerMessage) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = (e: MessageEvent<ImportRequest>) => {
  const { text, format } = e.data;
  const r = importPipeline(text, format, (step, done) => post({ type: 'progress', step, done }));
  if (r.ok) for (const m of resultMessages(r.value)) post(m);
  else post({ type: 'failed', error: r.error, message: describeImportError(r.error) });
};
