/**
 * A contract some other tool wrote, read as clauses: each promise it makes becomes what the
 * receiving side assumes. Nothing has been checked yet, so "actual" is empty and the verdict is
 * left to the tool; the dimension is a topic in ODCS's terms until the clause has a seam.
 */
import type { Clause } from '../../domain/clause';
import type { ImportTopic } from './dimensions';
import { describeSla } from './sla';
import type { OdcsContract, OdcsProperty, OdcsQuality, OdcsSchemaObject, OdcsSlaProperty } from './types';

export type Draft = Omit<Clause, 'id'>;

// Deeper nesting is rare in real contracts; stopping keeps a pathological document cheap.
const MAX_DEPTH = 6;

const text = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));
const position = (n: number | undefined): string => (n !== undefined && n > 0 ? ` (position ${n})` : '');

const OPERATORS: readonly (readonly [keyof OdcsQuality, string])[] = [
  ['mustBe', 'must be'],
  ['mustNotBe', 'must not be'],
  ['mustBeGreaterThan', 'must be greater than'],
  ['mustBeGreaterOrEqualTo', 'must be at least'],
  ['mustBeLessThan', 'must be less than'],
  ['mustBeLessOrEqualTo', 'must be at most'],
  ['mustBeBetween', 'must be between'],
  ['mustNotBeBetween', 'must not be between'],
];

/** A quality rule in words, e.g. "nullValues must be 0 (column should not contain null values)". */
export function describeRule(q: OdcsQuality): string {
  const what = q.metric ?? (q.type === 'sql' ? `SQL ${q.query ?? ''}` : q.type === 'custom' ? `${q.engine ?? 'custom'} check` : q.name);
  const op = OPERATORS.find(([key]) => q[key] !== undefined);
  const bound = op ? q[op[0]] : undefined;
  const limit = op ? `${op[1]} ${Array.isArray(bound) ? bound.map(text).join(' and ') : text(bound)}${q.unit ? ` ${q.unit}` : ''}` : '';
  const head = [what, limit].filter(Boolean).join(' ');
  if (head && q.description) return `${head} (${q.description})`;
  return head || q.description || 'an undescribed quality rule';
}

const qualityText = (rules: readonly OdcsQuality[] | undefined): string =>
  rules && rules.length > 0 ? `quality: ${rules.map(describeRule).join('; ')}` : '';

const firstQualityTopic = (rules: readonly OdcsQuality[] | undefined): ImportTopic | undefined => rules?.find((q) => q.dimension)?.dimension;

/** What a property promises, e.g. "logicalType date, required, unique; quality: …; description: …". */
export function describeProperty(p: OdcsProperty): string {
  const type = p.logicalType ? `logicalType ${p.logicalType}${p.items?.logicalType ? ` of ${p.items.logicalType}` : ''}` : '';
  const shape = [
    type,
    p.physicalType ? `physicalType ${p.physicalType}` : '',
    p.physicalName && p.physicalName !== p.name ? `physicalName ${p.physicalName}` : '',
    p.required ? 'required' : '',
    p.unique ? 'unique' : '',
    p.primaryKey ? `primary key${position(p.primaryKeyPosition)}` : '',
    p.partitioned ? `partitioned${position(p.partitionKeyPosition)}` : '',
    p.classification ? `classification ${p.classification}` : '',
  ].filter(Boolean);
  return [shape.join(', '), qualityText(p.quality), p.description ? `description: ${p.description}` : ''].filter(Boolean).join('; ');
}

function propertyTopic(p: OdcsProperty): ImportTopic {
  return firstQualityTopic(p.quality) ?? (p.partitioned ? 'partitioning' : p.primaryKey || p.unique ? 'uniqueness' : 'schema');
}

function objectDraft(o: OdcsSchemaObject, subject: string, source: string): Draft | null {
  const grain = o.dataGranularityDescription ? `granularity: ${o.dataGranularityDescription}` : '';
  const assumed = [grain, qualityText(o.quality)].filter(Boolean).join('; ');
  if (!assumed) return null;
  const dimension = firstQualityTopic(o.quality) ?? (grain ? 'grain' : 'quality');
  return { dimension, subject, assumed, actual: '', evidence: `Imported from ${source}, object ${subject}.`, verdict: null };
}

function propertyDrafts(props: readonly OdcsProperty[] | undefined, parent: string, source: string, depth: number, out: Draft[]): void {
  if (!props || depth > MAX_DEPTH) return;
  for (const p of props) {
    const subject = `${parent}.${p.name}`;
    if (p.quality?.length || p.description || p.logicalType) {
      const evidence = `Imported from ${source}, property ${subject}.`;
      out.push({ dimension: propertyTopic(p), subject, assumed: describeProperty(p), actual: '', evidence, verdict: null });
    }
    propertyDrafts(p.properties, subject, source, depth + 1, out);
    propertyDrafts(p.items?.properties, `${subject}[]`, source, depth + 1, out);
  }
}

function slaTopic(p: OdcsSlaProperty): ImportTopic {
  return /latenc|frequen|timeOf|fresh|schedul/i.test(p.property) ? 'timeliness' : 'availability';
}

/**
 * Every promise in a schema-valid foreign contract as a clause draft, in document order:
 * objects' own rules, their properties (nested ones as `object.parent.child`), then SLA entries.
 */
export function foreignDrafts(doc: OdcsContract): Draft[] {
  const source = doc.name ? `ODCS contract "${doc.name}" (id ${doc.id}, version ${doc.version})` : `ODCS contract ${doc.id} (version ${doc.version})`;
  const out: Draft[] = [];
  (doc.schema ?? []).forEach((o, i) => {
    const name = o.name || `schema[${i}]`;
    const own = objectDraft(o, name, source);
    if (own) out.push(own);
    propertyDrafts(o.properties, name, source, 1, out);
  });
  (doc.slaProperties ?? []).forEach((p, i) => {
    const evidence = `Imported from ${source}, slaProperties[${i}].`;
    out.push({ dimension: slaTopic(p), subject: p.property, assumed: describeSla(p), actual: '', evidence, verdict: null });
  });
  return out;
}
