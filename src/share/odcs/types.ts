/**
 * The parts of an Open Data Contract Standard (ODCS) v3.1.0 document this module writes and
 * reads. The JSON Schema in `standard/` is the authority; these types only name the fields we
 * touch, so a document that passed the schema can be read through them without re-checking.
 */
import type { Clause } from '../../domain/clause';
import type { SeamId } from '../../domain/seams';

/** ODCS allows any JSON value here; our own values are strings, numbers, null and clause records. */
export type OdcsValue = string | number | boolean | null | readonly OdcsValue[] | { readonly [key: string]: OdcsValue };

export interface OdcsCustomProperty {
  readonly property: string;
  readonly value: OdcsValue;
  readonly description?: string;
}

export type OdcsQualityDimension =
  | 'accuracy'
  | 'completeness'
  | 'conformity'
  | 'consistency'
  | 'coverage'
  | 'timeliness'
  | 'uniqueness';

/** A quality rule. Ours are always `type: text`: a clause is prose, not an executable metric. */
export interface OdcsQuality {
  readonly id?: string;
  readonly type?: 'text' | 'library' | 'sql' | 'custom';
  readonly name?: string;
  readonly description?: string;
  readonly dimension?: OdcsQualityDimension;
  readonly metric?: string;
  readonly query?: string;
  readonly engine?: string;
  readonly unit?: string;
  readonly mustBe?: unknown;
  readonly mustNotBe?: unknown;
  readonly mustBeGreaterThan?: number;
  readonly mustBeGreaterOrEqualTo?: number;
  readonly mustBeLessThan?: number;
  readonly mustBeLessOrEqualTo?: number;
  readonly mustBeBetween?: readonly number[];
  readonly mustNotBeBetween?: readonly number[];
  readonly customProperties?: readonly OdcsCustomProperty[];
}

export interface OdcsProperty {
  readonly name: string;
  readonly businessName?: string;
  readonly description?: string;
  readonly logicalType?: string;
  readonly physicalType?: string;
  readonly physicalName?: string;
  readonly required?: boolean;
  readonly unique?: boolean;
  readonly primaryKey?: boolean;
  readonly primaryKeyPosition?: number;
  readonly partitioned?: boolean;
  readonly partitionKeyPosition?: number;
  readonly classification?: string;
  readonly quality?: readonly OdcsQuality[];
  /** Nested fields of an object-typed property. */
  readonly properties?: readonly OdcsProperty[];
  /** The element type of an array-typed property. */
  readonly items?: Omit<OdcsProperty, 'name'> & { readonly name?: string };
}

export interface OdcsSchemaObject {
  readonly id?: string;
  readonly name: string;
  readonly businessName?: string;
  readonly description?: string;
  readonly logicalType?: 'object';
  readonly physicalType?: string;
  readonly dataGranularityDescription?: string;
  readonly properties?: readonly OdcsProperty[];
  readonly quality?: readonly OdcsQuality[];
}

export interface OdcsSlaProperty {
  readonly id?: string;
  readonly property: string;
  readonly value: string | number | boolean | null;
  readonly valueExt?: string | number | boolean | null;
  readonly unit?: string;
  readonly element?: string;
  readonly driver?: string;
  readonly description?: string;
}

export interface OdcsContract {
  readonly apiVersion: string;
  readonly kind: 'DataContract';
  readonly id: string;
  readonly version: string;
  readonly status: string;
  readonly name?: string;
  readonly description?: { readonly purpose?: string; readonly usage?: string; readonly limitations?: string };
  readonly tags?: readonly string[];
  readonly schema?: readonly OdcsSchemaObject[];
  readonly slaProperties?: readonly OdcsSlaProperty[];
  readonly customProperties?: readonly OdcsCustomProperty[];
  readonly contractCreatedTs?: string;
}

/** What an import yields: clauses ready to put on a seam, and what the UI should tell the user. */
export interface OdcsImport {
  /** The seam the document names in our custom properties; null for foreign contracts, so the UI asks. */
  readonly seam: SeamId | null;
  readonly clauses: readonly Clause[];
  /** Our own export (read exactly from its clause record) or any other ODCS contract (read from its schema and SLA). */
  readonly origin: 'pipeline-seams' | 'foreign';
  readonly contract: { readonly id: string; readonly name: string | null; readonly version: string };
  /** Things the user should know that did not stop the import, e.g. clauses left out over the cap. */
  readonly warnings: readonly string[];
}

export interface FromOdcsOptions {
  /**
   * The seam the user is importing onto; foreign clauses then take that seam's dimensions. Our
   * own exports keep theirs exactly; `placeOnSeam` refits them if the user moves them elsewhere.
   */
  readonly seam?: SeamId;
  /** Ids for clauses made from foreign contracts; our own exports keep the ids they carry. */
  readonly newId?: () => string;
  /** At most this many clauses are imported; the rest are reported in a warning. */
  readonly maxClauses?: number;
}
