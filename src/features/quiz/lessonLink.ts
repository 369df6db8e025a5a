import type { SeamId } from '../../domain/seams';
import { appStore } from '../../store/appStore';

/**
 * Where "read more" goes from the quiz. Until seams have lessons of their own this is the seam's
 * contract view; the round waits in the store, and the Quiz button brings the learner back to it.
 */
export function openSeamLesson(seam: SeamId): void {
  const { closeTeaching, selectSeam } = appStore.getState();
  closeTeaching();
  selectSeam(seam);
}
