/**
 * Which of a seam's dimensions a clause from a foreign contract belongs to. Foreign clauses
 * arrive labelled with a topic in ODCS's terms ("completeness", "partitioning", "timeliness");
 * once the seam is known, each takes that seam's first dimension the topic fits.
 */
import type { Clause } from '../../domain/clause';
import { SEAMS, type SeamId } from '../../domain/seams';
import { odcsQualityDimension } from './fields';
import type { OdcsQualityDimension } from './types';

/** Topics a foreign clause is labelled with before it has a seam. */
export type ImportTopic = 'schema' | 'partitioning' | 'grain' | 'quality' | 'availability' | OdcsQualityDimension;

// Keyed by the seam dimensions exactly as SEAMS spells them; dimensions not listed take no topic.
const FITS: Readonly<Record<string, readonly ImportTopic[]>> = {
  format: ['schema', 'conformity'],
  assumptions: ['accuracy'],
  'delivery guarantees': ['completeness', 'availability'],
  deduplication: ['uniqueness'],
  ordering: ['consistency'],
  'partition key': ['partitioning'],
  'schema expectations': ['schema', 'conformity', 'completeness'],
  grain: ['grain', 'uniqueness'],
  nulls: ['completeness'],
  'duplicate rows at arrival': ['uniqueness'],
  'freshness SLA': ['timeliness', 'availability'],
  semantics: ['accuracy', 'consistency', 'schema'],
  timing: ['timeliness'],
  dependency: ['availability'],
};

/**
 * The seam's first dimension that fits a label, or the seam's first dimension when none does:
 * every clause must sit under one of its seam's dimensions, and the first is the seam's headline.
 */
export function fitDimension(seam: SeamId, label: string): string {
  const dims = SEAMS[seam].dimensions;
  if (dims.includes(label)) return label;
  // A dimension from another seam ("deduplication") still says what it is about ("uniqueness").
  const topics = [label, odcsQualityDimension(label)];
  const fits = (d: string): boolean => topics.some((t) => (FITS[d] as readonly string[] | undefined)?.includes(t ?? '') ?? false);
  return dims.find(fits) ?? dims[0] ?? label;
}

/**
 * Clauses ready for a seam: each keeps its dimension if the seam has it, otherwise takes the
 * seam's best fit. The UI calls this once the user has said where a foreign contract goes.
 */
export function placeOnSeam(clauses: readonly Clause[], seam: SeamId): Clause[] {
  return clauses.map((c) => {
    const dimension = fitDimension(seam, c.dimension);
    return dimension === c.dimension ? c : { ...c, dimension };
  });
}
