import { SEAM_IDS } from '../seams';
import type { SeamId } from '../seams';
import type { ClauseTemplate } from './types';
import { GENERATE_INGEST_TEMPLATES } from './generateIngest';
import { INGEST_STORE_TEMPLATES } from './ingestStore';
import { STORE_PROCESS_TEMPLATES } from './storeProcess';
import { PROCESS_MODEL_TEMPLATES } from './processModel';
import { MODEL_SERVE_TEMPLATES } from './modelServe';
import { ORCHESTRATION_TEMPLATES } from './orchestration';

export type { ClauseTemplate } from './types';
export {
  GENERATE_INGEST_TEMPLATES,
  INGEST_STORE_TEMPLATES,
  STORE_PROCESS_TEMPLATES,
  PROCESS_MODEL_TEMPLATES,
  MODEL_SERVE_TEMPLATES,
  ORCHESTRATION_TEMPLATES,
};

// A Record keyed by SeamId makes the compiler reject a seam added to SEAM_IDS without clauses.
const BY_SEAM: Readonly<Record<SeamId, readonly ClauseTemplate[]>> = {
  'generate-ingest': GENERATE_INGEST_TEMPLATES,
  'ingest-store': INGEST_STORE_TEMPLATES,
  'store-process': STORE_PROCESS_TEMPLATES,
  'process-model': PROCESS_MODEL_TEMPLATES,
  'model-serve': MODEL_SERVE_TEMPLATES,
  orchestration: ORCHESTRATION_TEMPLATES,
};

const NONE: readonly ClauseTemplate[] = [];

/** Every clause template, grouped by seam in SEAM_IDS (graph) order. */
export const CLAUSE_CATALOG: readonly ClauseTemplate[] = SEAM_IDS.flatMap((seam) => BY_SEAM[seam]);

// Ids are looked up on every import and walkthrough step, so index them once.
const BY_ID: ReadonlyMap<string, ClauseTemplate> = new Map(CLAUSE_CATALOG.map((t) => [t.id, t]));

/** The templates for one seam, in the order the picker shows them. */
export function templatesFor(seam: SeamId): readonly ClauseTemplate[] {
  // Imported or persisted state may carry a seam id the types never saw; answer empty, not undefined.
  return (BY_SEAM as Partial<Record<string, readonly ClauseTemplate[]>>)[seam] ?? NONE;
}

/** The template with this id, or undefined when the id is unknown (e.g. from an older saved file). */
export function templateById(id: string): ClauseTemplate | undefined {
  return BY_ID.get(id);
}
