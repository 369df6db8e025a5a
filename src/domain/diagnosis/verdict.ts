import type { CauseScore, Ranking } from './rank';

/** When the likeliest seam holds this much of the probability, the walkthrough can conclude. */
export const SETTLED = 0.85;

export interface Conclusion {
  /** Likeliest seam and its likeliest clause. */
  readonly top: CauseScore;
  /** The best cause at the next most likely seam: where to look if the first check clears. */
  readonly runnerUp: CauseScore | undefined;
  readonly topSeamProbability: number;
  readonly settled: boolean;
}

export function conclude(ranking: Ranking): Conclusion | null {
  const [first, second] = ranking.seams;
  if (!first) return null;
  return {
    top: first.top,
    runnerUp: second?.top,
    topSeamProbability: first.probability,
    settled: first.probability >= SETTLED,
  };
}
