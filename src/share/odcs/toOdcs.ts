import { clauseVerdict, seamVerdict, type Clause } from '../../domain/clause';
import { SEAMS, type SeamId } from '../../domain/seams';
import type { Workspace } from '../../domain/workspace';
import { isFieldSubject, odcsQualityDimension } from './fields';
import { RECORD, RECORD_FORMAT, clauseRecord } from './record';
import { slaKind, slaValue } from './sla';
import type { OdcsContract, OdcsProperty, OdcsQuality, OdcsSchemaObject, OdcsSlaProperty } from './types';

export const ODCS_API_VERSION = 'v3.1.0';
/** The contract's own version; a seam's clauses are one snapshot, not a release history. */
export const CONTRACT_VERSION = '1.0.0';

/** Stable across exports of the same seam, so a catalog updates the contract instead of adding a copy. */
export function odcsContractId(workspaceId: string, seam: SeamId): string {
  return `${workspaceId}.${seam}`;
}

// ODCS ids (rule, SLA) must match this and be unique in their list; other clause ids are left out.
const STABLE_ID = /^[A-Za-z0-9_-]+$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

// The schema checks contractCreatedTs as an RFC 3339 date-time; a malformed one is left out, not exported invalid.
const isDateTime = (s: string): boolean => ISO_DATE_TIME.test(s) && !Number.isNaN(Date.parse(s));

function stableId(id: string, used: Set<string>): { id?: string } {
  if (!STABLE_ID.test(id) || used.has(id)) return {};
  used.add(id);
  return { id };
}

/** A clause as a prose rule: the assumption is the rule; what actually arrived and the verdict ride along. */
function rule(c: Clause, used: Set<string>, named: boolean): OdcsQuality {
  const dimension = odcsQualityDimension(c.dimension);
  return {
    ...stableId(c.id, used),
    type: 'text',
    ...(named && c.subject ? { name: c.subject } : {}),
    description: c.assumed,
    ...(dimension ? { dimension } : {}),
    customProperties: [
      { property: 'seamDimension', value: c.dimension },
      { property: 'actual', value: c.actual },
      { property: 'verdict', value: clauseVerdict(c) },
    ],
  };
}

function sla(c: Clause, objectName: string, used: Set<string>): OdcsSlaProperty | null {
  const kind = slaKind(c);
  if (!kind) return null;
  return {
    ...stableId(c.id, used),
    property: kind,
    ...slaValue(kind, c.assumed),
    ...(isFieldSubject(c.subject) ? { element: `${objectName}.${c.subject}` } : {}),
    description: c.subject ? `${c.subject}: ${c.assumed}` : c.assumed,
  };
}

/**
 * One seam's contract as an ODCS v3.1.0 document (a plain object, ready for YAML or JSON).
 * It is written from the receiving side: its expectations are the contract. Each clause appears
 * once in the standard's own terms — an SLA property when it is about time, a rule on a schema
 * property when its subject is a column, otherwise a rule on the handoff — and every clause is
 * also kept exactly in `customProperties`, so exporting and importing gives the same clauses back.
 */
export function toOdcs(workspace: Workspace, seamId: SeamId): OdcsContract {
  const seam = SEAMS[seamId];
  const clauses = workspace.seams[seamId].clauses;
  const objectName = seamId;

  const slaIds = new Set<string>();
  const ruleIds = new Set<string>();
  const slaProperties: OdcsSlaProperty[] = [];
  const handoffRules: OdcsQuality[] = [];
  const fields = new Map<string, Clause[]>();
  for (const c of clauses) {
    const entry = sla(c, objectName, slaIds);
    if (entry) slaProperties.push(entry);
    else if (isFieldSubject(c.subject)) fields.set(c.subject, [...(fields.get(c.subject) ?? []), c]);
    else handoffRules.push(rule(c, ruleIds, true));
  }
  const properties: OdcsProperty[] = [...fields].map(([name, cs]) => {
    // Rule ids are unique per list, and each property has its own list.
    const ids = new Set<string>();
    return { name, description: cs.map((c) => c.assumed).join('\n'), quality: cs.map((c) => rule(c, ids, false)) };
  });

  const handoff: OdcsSchemaObject = {
    id: seamId,
    name: objectName,
    businessName: seam.name,
    logicalType: 'object',
    description: `The records handed over at ${seam.heading} (${seam.parties}).`,
    ...(properties.length > 0 ? { properties } : {}),
    ...(handoffRules.length > 0 ? { quality: handoffRules } : {}),
  };

  const verdict = seamVerdict(clauses);
  return {
    apiVersion: ODCS_API_VERSION,
    kind: 'DataContract',
    id: odcsContractId(workspace.id, seamId),
    version: CONTRACT_VERSION,
    // Active only once every promise has been checked and holds; until then it is a draft.
    status: clauses.length > 0 && verdict === 'holds' ? 'active' : 'draft',
    name: `${workspace.name}: ${seam.name}`,
    description: {
      purpose: seam.about,
      usage: `Written from the receiving side of ${seam.parties}: what it assumes about what it is handed.`,
      limitations:
        'Each clause is an assumption of the receiving side, checked against what actually arrived (see customProperties); the sending side has not necessarily agreed to it.',
    },
    tags: ['pipeline-seams', seamId],
    schema: [handoff],
    ...(slaProperties.length > 0 ? { slaProperties } : {}),
    customProperties: [
      { property: RECORD.format, value: RECORD_FORMAT, description: 'Version of the Pipeline Seams clause record below.' },
      { property: RECORD.workspaceName, value: workspace.name },
      { property: RECORD.seamId, value: seamId },
      { property: RECORD.seamVerdict, value: verdict, description: 'The worst verdict among the clauses.' },
      {
        property: RECORD.clauses,
        value: clauses.map(clauseRecord),
        description: 'Every clause exactly: what the receiving side assumed, what it actually got, evidence and verdict.',
      },
    ],
    ...(isDateTime(workspace.createdAt) ? { contractCreatedTs: workspace.createdAt } : {}),
  };
}
