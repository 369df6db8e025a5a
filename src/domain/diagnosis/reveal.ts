import type { SeamId } from '../seams';
import { seamReasons, type SeamReason } from './explain';
import type { KnowledgeBase } from './knowledgeBase';
import type { Session } from './session';

/** After a worked example is played: where the source says it broke, and how the trail got there. */
export interface Reveal {
  readonly expected: SeamId;
  readonly chosen: SeamId;
  readonly right: boolean;
  /** What the user said that raised the seam the source names, strongest first. */
  readonly pointedThere: readonly SeamReason[];
  /** What pulled away from it, strongest first. */
  readonly pointedAway: readonly SeamReason[];
}

export function reveal(kb: KnowledgeBase, session: Session, expected: SeamId, chosen: SeamId): Reveal {
  const reasons = seamReasons(kb, session, expected);
  return {
    expected,
    chosen,
    right: expected === chosen,
    pointedThere: reasons.filter((r) => r.effect > 0),
    pointedAway: reasons.filter((r) => r.effect < 0),
  };
}
