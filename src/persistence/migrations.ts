/**
 * MIGRATIONS[n] turns a version-n document into version n+1. Never edit a shipped step:
 * add the next one, bump LATEST_VERSION and add its test.
 */
type Json = Record<string, unknown>;

const asRecord = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});

/**
 * Version 1 kept each stage's components as one comma-separated string, a clause's notes
 * under `notes`, no subject, and the literal verdict "auto" for "let the tool suggest".
 */
function v1ToV2(doc: Json): Json {
  const ws = asRecord(doc.workspace);
  const components = Object.fromEntries(
    Object.entries(asRecord(ws.components)).map(([stage, v]) => [
      stage,
      typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : v,
    ]),
  );
  const seams = Object.fromEntries(
    Object.entries(asRecord(ws.seams)).map(([id, seam]) => {
      const s = asRecord(seam);
      const clauses = Array.isArray(s.clauses)
        ? s.clauses.map((c) => {
            const { notes, verdict, ...rest } = asRecord(c);
            return { subject: '', ...rest, evidence: typeof notes === 'string' ? notes : '', verdict: verdict === 'auto' ? null : verdict };
          })
        : s.clauses;
      return [id, { ...s, clauses }];
    }),
  );
  return { ...doc, version: 2, workspace: { notes: '', ...ws, components, seams } };
}

export const MIGRATIONS: Readonly<Record<number, (doc: Json) => Json>> = { 1: v1ToV2 };

export type MigrationError = { kind: 'tooNew'; version: number } | { kind: 'noStep'; version: number };

/** Walks a document up to `latest` one step at a time. */
export function migrate(doc: Json, from: number, latest: number): { ok: true; doc: Json } | { ok: false; error: MigrationError } {
  if (from > latest) return { ok: false, error: { kind: 'tooNew', version: from } };
  let current = doc;
  for (let v = from; v < latest; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, error: { kind: 'noStep', version: v } };
    current = step(current);
  }
  return { ok: true, doc: current };
}
