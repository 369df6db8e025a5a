import type { QuizEntry } from '../types';

/** An item retelling a knowledge-base cause; its id is the cause's. */
export function fromCause(id: string, story: string, pointers: readonly string[]): QuizEntry {
  return { id, source: { kind: 'cause', id }, story, pointers };
}

/** An item retelling one of the seed's worked examples. */
export function fromPreset(id: string, story: string, pointers: readonly string[]): QuizEntry {
  return { id: `example-${id}`, source: { kind: 'preset', id }, story, pointers };
}
