import type { SeamId } from '../../domain/seams';
import { appStore } from '../../store/appStore';

/**
 * Where "read more" goes from the quiz: the seam's lesson. The round waits in the store, and the
 * Quiz button brings the learner back to it.
 */
export function openSeamLesson(seam: SeamId): void {
  const { closeTeaching, openLesson } = appStore.getState();
  closeTeaching();
  openLesson({ kind: 'seam', seam });
}
