import type { Workspace } from '../domain/workspace';
import { migrate } from './migrations';
import { err, ok, type Result } from './result';
import { DOCUMENT_TYPE, LATEST_VERSION, documentSchema, envelopeSchema } from './schema';
import { assertNever } from '../lib/assertNever';

export type LoadError =
  | { kind: 'notJson'; message: string }
  | { kind: 'notADocument' }
  | { kind: 'wrongType'; type: string }
  | { kind: 'tooNew'; version: number }
  | { kind: 'noMigration'; version: number }
  | { kind: 'invalid'; issues: readonly { path: string; message: string }[] };

/** A sentence a user can act on: where the document is wrong and why. */
export function describeLoadError(e: LoadError): string {
  switch (e.kind) {
    case 'notJson':
      return `It is not valid JSON (${e.message}).`;
    case 'notADocument':
      return 'It is not a Pipeline Seams document: it has no "type" and "version".';
    case 'wrongType':
      return `It is a "${e.type}" document, not a Pipeline Seams workspace.`;
    case 'tooNew':
      return `It was saved by a newer version of the app (format ${e.version}); this one reads up to ${LATEST_VERSION}.`;
    case 'noMigration':
      return `Format ${e.version} cannot be upgraded: no migration step exists for it.`;
    case 'invalid':
      return e.issues
        .slice(0, 3)
        .map((i) => `${i.path || 'document'}: ${i.message}`)
        .join('; ');
    default:
      return assertNever(e);
  }
}


export function toDocument(workspace: Workspace): string {
  return JSON.stringify({ type: DOCUMENT_TYPE, version: LATEST_VERSION, workspace });
}

/** Parse, check the envelope, migrate to the latest version, then validate every field. */
export function fromDocument(text: string): Result<Workspace, LoadError> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return err({ kind: 'notJson', message: e instanceof Error ? e.message : String(e) });
  }
  return fromRaw(raw);
}

/** The same checks for a document already parsed, e.g. read out of a shared document. */
export function fromRaw(raw: unknown): Result<Workspace, LoadError> {
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) return err({ kind: 'notADocument' });
  if (envelope.data.type !== DOCUMENT_TYPE) return err({ kind: 'wrongType', type: envelope.data.type });
  const migrated = migrate(envelope.data, envelope.data.version, LATEST_VERSION);
  if (!migrated.ok) {
    const { error } = migrated;
    return err(error.kind === 'tooNew' ? error : { kind: 'noMigration', version: error.version });
  }
  const parsed = documentSchema.safeParse(migrated.doc);
  if (!parsed.success) {
    return err({
      kind: 'invalid',
      issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  return ok(parsed.data.workspace);
}
