import { parse, type ParseError } from 'jsonc-parser';
import { LineCounter, parseDocument } from 'yaml';
import type { Workspace } from '../../domain/workspace';
import { describeLoadError, fromDocument, toDocument } from '../../persistence/document';
import { err, type Result } from '../../persistence/result';
import { LineIndex } from '../../parse/formats/builder/positions';
import { slugFileName } from '../fileName';

export const WORKSPACE_FILE_EXTENSION = '.seams.json';

/** The saved document, indented so it diffs and reviews well when checked into a repository. */
export function toWorkspaceFile(ws: Workspace): string {
  return `${JSON.stringify(JSON.parse(toDocument(ws)), null, 2)}\n`;
}

export function workspaceFileName(name: string): string {
  return slugFileName(name, 'seams.json');
}

export interface FileProblem {
  /** 1-based line in the file, when the problem has one. */
  readonly line?: number;
  readonly column?: number;
  /** Dotted path of the field at fault, e.g. `workspace.seams.ingest-store.clauses.0.verdict`. */
  readonly field?: string;
  readonly reason: string;
}

/** Where and why, in one sentence: "Line 12, workspace.name: expected a string." */
export function describeFileProblem(p: FileProblem): string {
  const where = [p.line ? `Line ${p.line}${p.column ? `, column ${p.column}` : ''}` : '', p.field ?? ''].filter(Boolean).join(', ');
  return where ? `${where}: ${p.reason}` : p.reason;
}

/**
 * Reads a workspace file through the same migrations and validation as saved workspaces. The
 * caller opens the result as a new workspace: a file never replaces what is open.
 */
export function fromWorkspaceFile(raw: string): Result<Workspace, FileProblem> {
  // Positions are counted on the text the parser saw: without a byte-order mark.
  const text = raw.replace(/^\uFEFF/, '');
  const loaded = fromDocument(text);
  if (loaded.ok) return loaded;
  const e = loaded.error;
  if (e.kind === 'notJson') return err({ ...jsonErrorPosition(text), reason: `it is not valid JSON (${e.message.replace(/\s*\(line \d+ column \d+\)$/, '')}).` });
  if (e.kind === 'invalid') {
    const first = e.issues[0];
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines });
    const path = first ? first.path.split('.').filter(Boolean).map((k) => (/^\d+$/.test(k) ? Number(k) : k)) : [];
    const node: unknown = doc.getIn(path, true);
    const range = node && typeof node === 'object' && 'range' in node ? (node as { range?: [number, number, number] }).range : undefined;
    const at = range ? lines.linePos(range[0]) : undefined;
    const more = e.issues.length > 1 ? ` (and ${e.issues.length - 1} more problem${e.issues.length > 2 ? 's' : ''})` : '';
    return err({ line: at?.line, column: at?.col, field: path.join('.') || undefined, reason: `${first?.message ?? 'invalid'}${more}.` });
  }
  return err({ reason: describeLoadError(e) });
}

/** Where the text stops being strict JSON, as a line and column: jsonc-parser's first error, located as the importer locates JSON errors. */
function jsonErrorPosition(text: string): { line?: number; column?: number } {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  return first === undefined ? {} : new LineIndex(text).at(first.offset);
}
