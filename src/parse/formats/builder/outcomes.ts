/** Whole results: a reader run safely, and what makes a result well-formed. */
import type { ReaderName } from '../../problems';
import type { RawPipeline } from '../../types';
import { PipelineBuilder } from './pipelineBuilder';

/** What is wrong with a parse result's shape (empty when well-formed): ids unique and non-empty, edges between known ids, positions ≥ 1. */
export function wellFormedProblems(p: RawPipeline): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const c of p.components) {
    if (c.id === '') problems.push('empty id');
    if (ids.has(c.id)) problems.push(`duplicate id ${c.id}`);
    ids.add(c.id);
    if (c.line !== undefined && !(Number.isInteger(c.line) && c.line >= 1)) problems.push(`bad line on ${c.id}`);
  }
  for (const e of p.edges) {
    if (!ids.has(e.from) || !ids.has(e.to)) problems.push(`edge ${e.from} -> ${e.to} to an unknown id`);
    if (e.line !== undefined && !(Number.isInteger(e.line) && e.line >= 1)) problems.push(`bad line on edge ${e.from} -> ${e.to}`);
  }
  for (const w of p.warnings) {
    if (!(Number.isInteger(w.line) && w.line >= 1 && Number.isInteger(w.column) && w.column >= 1)) problems.push(`bad warning position ${w.line}:${w.column}`);
    if (w.message === '') problems.push('empty warning message');
  }
  return problems;
}

/**
 * A structured reader run whole: an empty text reads as nothing, and an exception becomes one
 * `unreadable` problem in place of what was read.
 */
export function readWhole(what: ReaderName, read: (b: PipelineBuilder, text: string) => void): (text: string) => RawPipeline {
  return (text) => {
    const b = new PipelineBuilder();
    if (text.trim() === '') return b.build();
    try {
      read(b, text);
      return b.build();
    } catch (e) {
      const failed = new PipelineBuilder();
      failed.problem({ kind: 'unreadable', what, detail: errorText(e) });
      return failed.build();
    }
  };
}

/** Runs a text reader; an unexpected exception becomes a warning and what was read so far is kept. */
export function safely(read: (b: PipelineBuilder) => void): RawPipeline {
  const b = new PipelineBuilder();
  try {
    read(b);
  } catch (e) {
    b.warnAt(1, 1, `Could not finish reading: ${errorText(e)}`);
  }
  try {
    return b.build();
  } catch {
    return { components: [], edges: [], warnings: [{ line: 1, column: 1, message: 'Could not read this text' }] };
  }
}

/** The message of an exception, for an `unreadable` problem. */
export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
