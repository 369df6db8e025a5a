import { useEffect } from 'react';
import { appStore } from '../store/appStore';

/**
 * Opens a workspace carried in the address's fragment (`#ws=…`), at start-up and whenever the
 * fragment changes, then clears the fragment so a reload does not open it again.
 */
export function useSharedLink(): void {
  useEffect(() => {
    const open = () => {
      if (!window.location.hash.startsWith('#ws=')) return;
      const hash = window.location.hash;
      // The fragment is cleared only once it has been read, so a failed load leaves the link to reload.
      const clear = () => {
        if (window.location.hash === hash) window.history.replaceState(null, '', window.location.pathname + window.location.search);
      };
      import('../share/link/shareLink')
        .then(({ readShareFragment, describeShareLinkError }) => {
          const r = readShareFragment(hash);
          clear();
          if (!r) return;
          if (r.ok) appStore.getState().openShared(r.value.workspace, r.value.fingerprint);
          else appStore.getState().showFlash({ tone: 'problem', message: describeShareLinkError(r.error) });
        })
        .catch(() => appStore.getState().showFlash({ tone: 'problem', message: 'The shared link could not be opened: part of the app did not load. Reload and try again; nothing was changed.' }));
    };
    open();
    window.addEventListener('hashchange', open);
    return () => window.removeEventListener('hashchange', open);
  }, []);
}
