/**
 * Notes, not problems: the text was read whole and the warning only says how (JSON that is not strict,
 * a compose file's start-up order). Kept apart from problems.ts so the store tells them without its words.
 */
import type { ParseProblem } from './problems';
import type { ParseWarning } from './types';

export const NOTE_KINDS: ReadonlySet<ParseProblem['kind']> = new Set(['jsonTolerated', 'startupOrder', 'lineageOnly', 'controlSteps', 'otherDocuments', 'erRelationsNotFlow', 'sequenceMessagesAsFlow']);

/** True when a warning is only a note (see NOTE_KINDS); a warning in words alone is a problem. */
export function isNote(w: ParseWarning): boolean {
  return w.problem !== undefined && NOTE_KINDS.has(w.problem.kind);
}
