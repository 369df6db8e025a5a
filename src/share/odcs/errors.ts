import { assertNever } from '../../lib/assertNever';

/** Why an ODCS document could not be imported, as data the UI can describe and tests can match. */

/** One schema or record problem: a JSON Pointer into the document and, when known, where it sits in the text. */
export interface OdcsIssue {
  readonly path: string;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

export type OdcsError =
  | { readonly kind: 'tooLarge'; readonly chars: number; readonly max: number }
  | { readonly kind: 'yamlSyntax'; readonly message: string; readonly line: number; readonly column: number }
  | { readonly kind: 'yamlUnreadable'; readonly message: string }
  | { readonly kind: 'empty' }
  | { readonly kind: 'notAMapping'; readonly found: string }
  | { readonly kind: 'notADataContract'; readonly found: string | null }
  | { readonly kind: 'invalid'; readonly issues: readonly OdcsIssue[] }
  | { readonly kind: 'unsupportedRecord'; readonly format: string }
  | { readonly kind: 'badRecord'; readonly issues: readonly OdcsIssue[] };

const where = (i: OdcsIssue): string =>
  `${i.path || 'document'}${i.line === undefined ? '' : ` (line ${i.line}, column ${i.column ?? 1})`}`;

const firstIssues = (issues: readonly OdcsIssue[]): string =>
  issues
    .slice(0, 3)
    .map((i) => `${where(i)}: ${i.message}`)
    .join('; ') + (issues.length > 3 ? `; and ${issues.length - 3} more` : '');

/** A sentence a user can act on: where the document is wrong and why. */
export function describeOdcsError(e: OdcsError): string {
  switch (e.kind) {
    case 'tooLarge':
      return `The file is too large to import (${e.chars.toLocaleString('en')} characters; the limit is ${e.max.toLocaleString('en')}).`;
    case 'yamlSyntax':
      return `It is not valid YAML: line ${e.line}, column ${e.column}: ${e.message}.`;
    case 'yamlUnreadable':
      return `The YAML could not be read: ${e.message}.`;
    case 'empty':
      return 'The file is empty.';
    case 'notAMapping':
      return `It is not a data contract: the top level is ${e.found}, not a mapping of keys to values.`;
    case 'notADataContract':
      return e.found === null
        ? 'It is not an ODCS data contract: it has no "kind: DataContract".'
        : `It is not an ODCS data contract: its kind is "${e.found}", not "DataContract".`;
    case 'invalid':
      return `It does not follow the ODCS v3.1.0 schema: ${firstIssues(e.issues)}.`;
    case 'unsupportedRecord':
      return `Its Pipeline Seams clause record has format ${String(e.format)}, and this version reads format 1: it was made by a newer version of the app or edited by hand.`;
    case 'badRecord':
      return `Its Pipeline Seams clause record is damaged: ${firstIssues(e.issues)}.`;
    default:
      return assertNever(e);
  }
}
