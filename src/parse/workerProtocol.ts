import type { ImportError, Imported } from './importPipeline';
import type { FormatId } from './types';

export interface ImportRequest {
  readonly text: string;
  readonly format?: FormatId;
}

export type ImportReply =
  | { readonly type: 'progress'; readonly step: string; readonly done: number }
  | { readonly type: 'done'; readonly result: Imported }
  | { readonly type: 'failed'; readonly error: ImportError; readonly message: string };
