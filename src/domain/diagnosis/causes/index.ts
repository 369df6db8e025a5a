import type { SeamId } from '../../seams';
import { SEAM_IDS } from '../../seams';
import type { Cause } from '../types';
import { GENERATE_INGEST_CAUSES } from './generateIngest';
import { INGEST_STORE_CAUSES } from './ingestStore';
import { STORE_PROCESS_CAUSES } from './storeProcess';
import { PROCESS_MODEL_CAUSES } from './processModel';
import { MODEL_SERVE_CAUSES } from './modelServe';
import { ORCHESTRATION_CAUSES } from './orchestration';

export {
  GENERATE_INGEST_CAUSES,
  INGEST_STORE_CAUSES,
  STORE_PROCESS_CAUSES,
  PROCESS_MODEL_CAUSES,
  MODEL_SERVE_CAUSES,
  ORCHESTRATION_CAUSES,
};

// A Record keyed by SeamId makes the compiler reject a seam added to SEAM_IDS without causes.
const BY_SEAM: Readonly<Record<SeamId, readonly Cause[]>> = {
  'generate-ingest': GENERATE_INGEST_CAUSES,
  'ingest-store': INGEST_STORE_CAUSES,
  'store-process': STORE_PROCESS_CAUSES,
  'process-model': PROCESS_MODEL_CAUSES,
  'model-serve': MODEL_SERVE_CAUSES,
  orchestration: ORCHESTRATION_CAUSES,
};

/** Every cause, grouped by seam in SEAM_IDS (graph) order. */
export const CAUSES: readonly Cause[] = SEAM_IDS.flatMap((seam) => BY_SEAM[seam]);

const BY_ID: ReadonlyMap<string, Cause> = new Map(CAUSES.map((c) => [c.id, c]));

/** The cause with this id, or undefined for an id the knowledge base does not know. */
export function causeById(id: string): Cause | undefined {
  return BY_ID.get(id);
}
