/**
 * The text formats' builder (shared with the arrow and list readers) keeps warnings as words; this
 * log describes each problem for it and puts the problem back on its warning when the parse is done.
 */
import { describe, type ParseProblem } from '../../problems';
import type { RawPipeline } from '../../types';
import type { PipelineBuilder } from '../text';

/** The builder clamps positions like this; keys must match what it stores. */
const place = (n: number): number => Math.max(1, Math.floor(n) || 1);

export class ProblemLog {
  private readonly problems = new Map<string, ParseProblem>();

  constructor(private readonly b: PipelineBuilder) {}

  report(problem: ParseProblem, line: number, column: number, found?: string): void {
    const message = describe(problem);
    this.b.warnAt(line, column, message, found);
    this.problems.set(`${place(line)}:${place(column)}:${message}`, problem);
  }

  /** The result with each reported warning carrying its problem. */
  tag(r: RawPipeline): RawPipeline {
    return {
      ...r,
      warnings: r.warnings.map((w) => {
        const problem = this.problems.get(`${w.line}:${w.column}:${w.message}`);
        return problem ? { ...w, problem } : w;
      }),
    };
  }
}
