/** How a clause's subject and dimension map onto ODCS's vocabulary of fields and quality dimensions. */
import type { OdcsQualityDimension } from './types';

// A segment as columns are written: an identifier, optionally marked `[]` for "each array element".
const SEGMENT = String.raw`[A-Za-z_][A-Za-z0-9_]*(?:\[\])?`;
const PATH = new RegExp(`^${SEGMENT}(?:\\.${SEGMENT})*$`);

/**
 * True when a subject names a column the way columns are written: an identifier with an
 * underscore, a dot or a camelCase hump (`event_id`, `tbl.rcvr_id`, `eventId`). A single plain
 * word such as `grain` or `ack` is a concept, not a column, so it stays a rule on the handoff
 * as a whole instead of becoming a schema property.
 */
export function isFieldSubject(subject: string): boolean {
  return PATH.test(subject) && (/[_.]/.test(subject) || /[a-z][A-Z]/.test(subject));
}

// First match wins; the order puts the narrower words first ("duplicate" before "delivery").
const QUALITY_DIMENSIONS: readonly (readonly [RegExp, OdcsQualityDimension])[] = [
  [/dedup|duplicate|unique|grain/i, 'uniqueness'],
  [/fresh|timing|timel|latenc|stale/i, 'timeliness'],
  [/null|complete|deliver|loss|missing/i, 'completeness'],
  [/format|schema|conform|type/i, 'conformity'],
  [/semantic|accura|meaning/i, 'accuracy'],
  [/order|consisten/i, 'consistency'],
  [/coverage/i, 'coverage'],
];

/**
 * The ODCS quality dimension a seam dimension belongs to, so catalogs that group rules by
 * dimension file ours sensibly. Undefined where no ODCS dimension fits (e.g. "trust boundary"):
 * a wrong dimension would mislead more than a missing one.
 */
export function odcsQualityDimension(dimension: string): OdcsQualityDimension | undefined {
  return QUALITY_DIMENSIONS.find(([re]) => re.test(dimension))?.[1];
}
