import { appStore } from '../../store/appStore';

type Actions = typeof import('./actions');

/** The actions chunk, fetched a second time if the first fetch fails. */
export const loadActions = (): Promise<Actions> => import('./actions').catch(() => import('./actions'));

/**
 * Runs a share or export action from its own chunk, so none of them weighs on the first load; a
 * chunk that cannot load (after a redeploy, offline) is reported, not swallowed.
 */
export function lazyAction(run: (actions: Actions) => unknown): () => void {
  const say = (message: string) => appStore.getState().showFlash({ tone: 'problem', message });
  return () =>
    void loadActions().then(
      (actions) =>
        Promise.resolve()
          .then(() => run(actions))
          .catch((e: unknown) => say(`That did not work: ${e instanceof Error ? e.message : String(e)}. Nothing was changed.`)),
      () => say('That part of the app did not load. Reload the page and try again; nothing was changed.'),
    );
}
