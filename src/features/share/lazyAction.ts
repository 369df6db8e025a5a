import { appStore } from '../../store/appStore';

type Actions = typeof import('./actions');

/**
 * Runs a share or export action from its own chunk, so none of them weighs on the first load; a
 * chunk that cannot load (after a redeploy, offline) is reported, not swallowed.
 */
export function lazyAction(run: (actions: Actions) => unknown): () => void {
  return () =>
    void import('./actions').then(run, () =>
      appStore.getState().showFlash({ tone: 'problem', message: 'That part of the app did not load. Reload the page and try again; nothing was changed.' }),
    );
}
