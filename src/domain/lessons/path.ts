import { SEAM_IDS, type SeamId } from '../seams';
import { STAGES } from '../stages';
import type { LessonTarget } from './types';

/** Read in order, the lessons follow the data: a stage, the seam it hands over at, the next stage… then orchestration. */
export const LESSON_PATH: readonly LessonTarget[] = [
  ...STAGES.flatMap((stage, i): LessonTarget[] => {
    const seam = SEAM_IDS[i] as SeamId;
    return i < STAGES.length - 1 ? [{ kind: 'stage', stage }, { kind: 'seam', seam }] : [{ kind: 'stage', stage }];
  }),
  { kind: 'seam', seam: 'orchestration' },
];

const same = (a: LessonTarget, b: LessonTarget) => (a.kind === 'stage' && b.kind === 'stage' ? a.stage === b.stage : a.kind === 'seam' && b.kind === 'seam' && a.seam === b.seam);

/** The lessons before and after this one on the path, if any. */
export function neighbours(target: LessonTarget): { readonly previous?: LessonTarget; readonly next?: LessonTarget } {
  const i = LESSON_PATH.findIndex((t) => same(t, target));
  return { previous: LESSON_PATH[i - 1], next: i < 0 ? undefined : LESSON_PATH[i + 1] };
}
