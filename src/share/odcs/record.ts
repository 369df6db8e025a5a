/**
 * The exact clauses of a seam, kept in the contract's top-level `customProperties`. ODCS has
 * no field for "what actually arrived" or a verdict, and SLA entries take no custom properties
 * at all, so this record — not the schema view — is what an import of our own export reads.
 */
import type { Clause } from '../../domain/clause';
import { isSeamId, type SeamId } from '../../domain/seams';
import { isVerdict } from '../../domain/verdict';
import { err, ok, type Result } from '../../persistence/result';
import type { OdcsError, OdcsIssue } from './errors';
import type { OdcsCustomProperty, OdcsValue } from './types';

/** Bumped when the record's shape changes, so an older app refuses a newer record instead of misreading it. */
export const RECORD_FORMAT = 1;

/** Names of our top-level custom properties (camelCase, as ODCS asks of custom property names). */
export const RECORD = {
  format: 'pipelineSeamsFormat',
  workspaceName: 'workspaceName',
  seamId: 'seamId',
  seamVerdict: 'seamVerdict',
  clauses: 'clauses',
} as const;

/** A clause as a record value: every field, in a fixed order, templateId only when there is one. */
export function clauseRecord(c: Clause): OdcsValue {
  const { id, dimension, subject, assumed, actual, evidence, verdict } = c;
  const base = { id, dimension, subject, assumed, actual, evidence, verdict };
  return c.templateId === undefined ? base : { ...base, templateId: c.templateId };
}

export interface RecordRead {
  readonly seam: SeamId | null;
  readonly clauses: Clause[];
  readonly warnings: string[];
}

const STRING_FIELDS = ['id', 'dimension', 'subject', 'assumed', 'actual', 'evidence'] as const;

function readClause(raw: unknown, path: string, issues: OdcsIssue[]): Clause | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    issues.push({ path, message: 'must be a clause: a mapping with id, dimension, subject, assumed, actual, evidence and verdict' });
    return null;
  }
  const r = raw as Record<string, unknown>;
  const before = issues.length;
  for (const f of STRING_FIELDS) if (typeof r[f] !== 'string') issues.push({ path: `${path}/${f}`, message: 'must be a string' });
  if (r.id === '') issues.push({ path: `${path}/id`, message: 'must not be empty' });
  if (r.verdict !== null && !isVerdict(r.verdict)) {
    issues.push({ path: `${path}/verdict`, message: 'must be null, "unknown", "holds", "suspect" or "broken"' });
  }
  if (r.templateId !== undefined && typeof r.templateId !== 'string') {
    issues.push({ path: `${path}/templateId`, message: 'must be a string when present' });
  }
  if (issues.length > before) return null;
  // Checked field by field above; rebuilt so unknown keys in a hand-edited record are dropped.
  const s = r as Record<(typeof STRING_FIELDS)[number], string>;
  const clause: Clause = {
    id: s.id,
    dimension: s.dimension,
    subject: s.subject,
    assumed: s.assumed,
    actual: s.actual,
    evidence: s.evidence,
    verdict: r.verdict as Clause['verdict'],
  };
  return typeof r.templateId === 'string' ? { ...clause, templateId: r.templateId } : clause;
}

/**
 * Our record, if the document carries one: null for a foreign contract, the clauses for ours,
 * or why ours cannot be trusted (a newer format, a damaged clause).
 */
export function readRecord(props: readonly OdcsCustomProperty[] | undefined): Result<RecordRead | null, OdcsError> {
  const list = props ?? [];
  const at = (name: string): number => list.findIndex((p) => p.property === name);
  const formatAt = at(RECORD.format);
  if (formatAt < 0) return ok(null);
  const format = list[formatAt]?.value;
  if (format !== RECORD_FORMAT) return err({ kind: 'unsupportedRecord', format: JSON.stringify(format) });

  const clausesAt = at(RECORD.clauses);
  const raw = list[clausesAt]?.value;
  if (!Array.isArray(raw)) {
    const path = clausesAt < 0 ? '/customProperties' : `/customProperties/${clausesAt}/value`;
    const message = clausesAt < 0 ? `has no "${RECORD.clauses}" property` : 'must be a list of clauses';
    return err({ kind: 'badRecord', issues: [{ path, message }] });
  }
  const issues: OdcsIssue[] = [];
  const clauses = (raw as readonly unknown[]).flatMap((c, j) => readClause(c, `/customProperties/${clausesAt}/value/${j}`, issues) ?? []);
  if (issues.length > 0) return err({ kind: 'badRecord', issues });

  const warnings: string[] = [];
  const seamValue = list[at(RECORD.seamId)]?.value;
  if (seamValue !== undefined && !isSeamId(seamValue)) {
    warnings.push(`The contract names seam ${JSON.stringify(seamValue)}, which this app does not have; choose a seam for its clauses.`);
  }
  return ok({ seam: isSeamId(seamValue) ? seamValue : null, clauses, warnings });
}
