import type { SeamId } from '../../seams';
import { SEAM_IDS } from '../../seams';
import { QUESTIONS } from '../questions';
import type { Cause, Expectation } from '../types';
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

/** The answers a cause inherits from its seam: for questions about where the fault shows. */
function seamAnswers(seam: SeamId): Record<string, Expectation> {
  return Object.fromEntries(QUESTIONS.flatMap((q) => (q.bySeam?.[seam] ? [[q.id, q.bySeam[seam]]] : [])));
}

/** Every cause, grouped by seam in SEAM_IDS (graph) order, with its seam's answers under its own. */
export const CAUSES: readonly Cause[] = SEAM_IDS.flatMap((seam) => {
  const inherited = seamAnswers(seam);
  return BY_SEAM[seam].map((c) => ({ ...c, answers: { ...inherited, ...c.answers } }));
});

const BY_ID: ReadonlyMap<string, Cause> = new Map(CAUSES.map((c) => [c.id, c]));

/** The cause with this id, or undefined for an id the knowledge base does not know. */
export function causeById(id: string): Cause | undefined {
  return BY_ID.get(id);
}
