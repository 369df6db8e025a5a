/// <reference lib="webworker" />
import { capComponents } from './capComponents';
import { describeImportError, detectFormat, toGraph } from './importPipeline';
import { formatById } from './formats';
import { sizeGuard } from './limits';
import type { FormatId } from './types';
import { resultMessages, type ImportRequest, type WorkerMessage } from './workerProtocol';

/** Parses off the main thread, so a 5 MB paste never freezes the page; reports each step. */
const post = (m: WorkerMessage) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = (e: MessageEvent<ImportRequest>) => {
  const { text, format } = e.data;
  try {
    if (!text.trim()) return post({ type: 'failed', error: { kind: 'empty' }, message: describeImportError({ kind: 'empty' }) });
    post({ type: 'progress', step: 'Detecting the format', done: 0.1 });
    const id: FormatId | undefined = format ?? detectFormat(text)?.id;
    const parser = id ? formatById(id) : undefined;
    if (!id || !parser) return post({ type: 'failed', error: { kind: 'unrecognised' }, message: describeImportError({ kind: 'unrecognised' }) });
    const tooLarge = sizeGuard(id, text.length);
    if (tooLarge) return post({ type: 'failed', error: tooLarge, message: describeImportError(tooLarge) });
    post({ type: 'progress', step: `Reading it as ${parser.label}`, done: 0.3 });
    const raw = capComponents(parser.parse(text));
    if (raw.components.length === 0) {
      const error = { kind: 'nothingFound' as const, format: id, warnings: raw.warnings };
      return post({ type: 'failed', error, message: describeImportError(error) });
    }
    post({ type: 'progress', step: `Placing ${raw.components.length} components in their stages`, done: 0.7 });
    for (const m of resultMessages({ format: id, graph: toGraph(id, raw), warnings: raw.warnings })) post(m);
  } catch (x) {
    const error = { kind: 'crashed' as const, message: x instanceof Error ? x.message : String(x) };
    post({ type: 'failed', error, message: describeImportError(error) });
  }
};
