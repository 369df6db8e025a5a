import { registerSW, type RegisterSWOptions } from 'virtual:pwa-register';
import { showOfflineNotice } from './offlineState';

export type RegisterServiceWorker = (options: RegisterSWOptions) => (reloadPage?: boolean) => Promise<void>;

/** A tab left open through a long incident would otherwise only see a new version after a reload. */
export const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Installs the service worker and turns what it reports into notices. `register` is
 * vite-plugin-pwa's (a no-op in the dev server); tests pass a fake.
 */
export function registerOffline(register: RegisterServiceWorker = registerSW) {
  const update = register({
    onOfflineReady: () => showOfflineNotice({ kind: 'ready' }),
    onNeedRefresh: () => showOfflineNotice({ kind: 'update', update: () => update() }),
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      setInterval(() => {
        // Offline the check can only fail; the next one runs when the connection is back.
        if (navigator.onLine) registration.update().catch(() => undefined);
      }, UPDATE_CHECK_MS);
    },
    // Without a service worker (private windows, blocked by policy) the app works online as it
    // always did: nothing to tell the user.
    onRegisterError: () => undefined,
  });
}
