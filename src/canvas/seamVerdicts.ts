import { seamVerdict } from '../domain/clause';
import { SEAM_IDS, type SeamId } from '../domain/seams';
import type { Verdict } from '../domain/verdict';
import type { Workspace } from '../domain/workspace';

/** Every seam's verdict, for colouring edges and chips. */
export function seamVerdicts(ws: Workspace): Record<SeamId, Verdict> {
  return Object.fromEntries(SEAM_IDS.map((id) => [id, seamVerdict(ws.seams[id].clauses)])) as Record<SeamId, Verdict>;
}
