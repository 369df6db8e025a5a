import { emptyComponents, emptySeams, type Workspace } from '../domain/workspace';
import { migrate } from './migrations';
import { DOCUMENT_TYPE, LATEST_VERSION, documentSchema, envelopeSchema } from './schema';

type Json = Record<string | number, unknown>;

/** One field put back to its default so the rest of the document could open. */
export interface RepairedField {
  readonly path: string;
  /** What was there, shortened, so the user can see what was lost and find it in the kept original. */
  readonly was: string;
  readonly action: 'reset' | 'removed';
}

/** Defaults by field name: what a new workspace, clause or component would have. */
function defaults(newId: () => string, now: string): Readonly<Record<string, () => unknown>> {
  const empty = () => '';
  return {
    id: newId,
    name: () => 'Recovered workspace',
    notes: empty,
    createdAt: () => now,
    updatedAt: () => now,
    components: () => emptyComponents(),
    seams: () => emptySeams(),
    clauses: () => [],
    dimension: empty,
    subject: empty,
    assumed: empty,
    actual: empty,
    evidence: empty,
    verdict: () => null,
    generate: () => [],
    ingest: () => [],
    store: () => [],
    process: () => [],
    model: () => [],
    serve: () => [],
  };
}

/** Fields a workspace can do without: a broken one is removed rather than guessed at. */
const OPTIONAL = new Set(['walkthrough', 'pipeline', 'presetId', 'sharedFrom', 'templateId', 'accepted', 'evidence']);

const shorten = (v: unknown): string => {
  // JSON.stringify gives undefined only for functions and symbols, which parsed JSON never holds.
  const s = v === undefined ? 'missing' : (JSON.stringify(v) ?? 'a value');
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
};

/**
 * Opens a saved document that fails validation by putting each bad field back to its default (or
 * removing a broken optional part or list item), so one bad field never hides a whole workspace.
 * Returns null when it is not a workspace document at all or cannot be made valid.
 */
export function repairDocument(text: string, newId: () => string, now: string): { workspace: Workspace; fixes: RepairedField[] } | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success || envelope.data.type !== DOCUMENT_TYPE) return null;
  const migrated = migrate(envelope.data, envelope.data.version, LATEST_VERSION);
  if (!migrated.ok) return null;
  const doc: Json = structuredClone(migrated.doc);
  const fallback = defaults(newId, now);
  const fixes: RepairedField[] = [];
  for (let round = 0; round < 50; round++) {
    const parsed = documentSchema.safeParse(doc);
    if (parsed.success) return { workspace: parsed.data.workspace, fixes };
    const issue = parsed.error.issues[0];
    if (!issue || !fix(doc, issue.path as (string | number)[], fallback, fixes)) return null;
  }
  return null;
}

function fix(doc: Json, path: readonly (string | number)[], fallback: Readonly<Record<string, () => unknown>>, fixes: RepairedField[]): boolean {
  // Walk up from the bad field until something can be reset, removed, or dropped from a list.
  for (let depth = path.length; depth > 1; depth--) {
    const parent = reach(doc, path.slice(0, depth - 1));
    const key = path[depth - 1];
    if (parent === undefined || key === undefined) continue;
    const where = path.slice(0, depth).join('.');
    const was = shorten(parent[key]);
    const make = typeof key === 'string' ? fallback[key] : undefined;
    const value = make?.();
    // A default that is already there did not help (the same name means something else here): go on.
    if (make && JSON.stringify(value) !== JSON.stringify(parent[key])) {
      parent[key] = value;
      fixes.push({ path: where, was, action: 'reset' });
      return true;
    }
    if (Array.isArray(parent) && typeof key === 'number') {
      parent.splice(key, 1);
      fixes.push({ path: where, was, action: 'removed' });
      return true;
    }
    if (typeof key === 'string' && OPTIONAL.has(key)) {
      delete parent[key];
      fixes.push({ path: where, was, action: 'removed' });
      return true;
    }
  }
  return false;
}

function reach(doc: Json, path: readonly (string | number)[]): Json | undefined {
  let at: unknown = doc;
  for (const k of path) {
    if (!at || typeof at !== 'object') return undefined;
    at = (at as Json)[k];
  }
  return at && typeof at === 'object' ? (at as Json) : undefined;
}
