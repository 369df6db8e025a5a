import { SEAM_IDS } from './seams';
import { STAGES } from './stages';
import type { Workspace } from './workspace';

/** Nothing the user made or opened: no example, import, clause, component, notes or walkthrough. */
export function isEmptyWorkspace(ws: Workspace): boolean {
  return (
    !ws.presetId &&
    !ws.pipeline &&
    !ws.walkthrough &&
    !ws.sharedFrom &&
    ws.notes.trim() === '' &&
    STAGES.every((s) => ws.components[s].length === 0) &&
    SEAM_IDS.every((s) => ws.seams[s].clauses.length === 0 && !ws.seams[s].evidence)
  );
}
