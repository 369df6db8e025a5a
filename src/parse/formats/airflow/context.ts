/**
 * What the expression evaluator, the call handlers and the statement walker share while reading
 * one file: the text and its positions, the task graph, the DAG and task groups the code is inside,
 * and the budget that keeps loop unrolling and function inlining linear in the file's size.
 */
import { LineIndex, type PipelineBuilder } from '../structured';
import { TaskGraph } from './graph';
import type { Place } from './transfers';
import type { Node } from './tree';
import type { Ref, Value } from './values';

/**
 * 'strict': a dependency operand (unknown names warn and become tasks); 'loose': assignments and
 * TaskFlow arguments; 'xcom': classic operator arguments, where only `.output` and TaskFlow calls carry data.
 */
export type Mode = 'strict' | 'loose' | 'xcom';

type Frame = { readonly kind: 'dag'; readonly key: string } | { readonly kind: 'group'; readonly key: string };

/** Statements run beyond the file's own, by unrolled loops and inlined functions, before both stop. */
export const EXTRA_STEPS = 20_000;
/** Inlined calls nested deeper than this are read as calls to unknown functions. */
export const MAX_CALL_DEPTH = 8;

export abstract class ReadContext {
  readonly graph: TaskGraph;
  readonly frames: Frame[] = [];
  /** Functions being inlined, innermost last, with the value their `return` gave. */
  readonly calls: { def: Node; returned?: Value }[] = [];
  readonly unknownWarned = new Set<string>();
  /** The tables each function body's SQL names, by the body's offset: a callable many operators share is read once. */
  readonly bodyPlaces = new Map<number, readonly Place[]>();
  extraSteps = 0;
  /** The open end of a `>>` chain the grammar cut in two (see `binary` in expr.ts). */
  carry: { refs: Ref[]; op: string; end: number } | undefined;
  private readonly lines: LineIndex;

  constructor(readonly text: string, b: PipelineBuilder) {
    this.graph = new TaskGraph(b);
    this.lines = new LineIndex(text);
  }

  abstract runFunction(fn: Extract<Value, { kind: 'fn' }>, args: readonly { name?: string; value: Value | undefined }[], at: Node): Value | undefined;

  src(node: { from: number; to: number }): string {
    return this.text.slice(node.from, node.to);
  }

  lineOf(offset: number): number {
    return this.lines.at(offset).line;
  }

  warn(offset: number, message: string, found?: string): void {
    const { line, column } = this.lines.at(offset);
    this.graph.b.warn({ line, column, message, found });
  }

  currentDag(): string | undefined {
    return this.frames.findLast((f) => f.kind === 'dag')?.key;
  }

  currentGroups(): string[] {
    return this.frames.filter((f) => f.kind === 'group').map((f) => f.key);
  }

  /** Spends one extra step; false once the budget is gone, with one warning the first time. */
  spend(at: number): boolean {
    this.extraSteps++;
    if (this.extraSteps === EXTRA_STEPS + 1) this.warn(at, `Loops and helper functions were expanded up to ${EXTRA_STEPS} steps; the rest is read once each`);
    return this.extraSteps <= EXTRA_STEPS;
  }
}
