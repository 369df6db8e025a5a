import { registerSW, type RegisterSWOptions } from 'virtual:pwa-register';
import { showOfflineNotice } from './offlineState';

export type RegisterServiceWorker = (options: RegisterSWOptions) => (reloadPage?: boolean) => Promise<void>;

/** A tab left open through a long incident would otherwise only see a new version after a reload. */
export const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * The browser looks for a new version as the page opens, and may find it before the app registers
 * (registration waits for the load event). workbox-window then misses the `updatefound` event and
 * would never report the new worker as waiting; this watches such a worker itself.
 */
function offerWhenInstalled(registration: ServiceWorkerRegistration, offer: () => void) {
  const worker = registration.installing;
  // Without a controller this is the first install, which workbox-window reports as offline-ready.
  if (!worker || !navigator.serviceWorker.controller) return;
  const installed = () => {
    if (worker.state === 'installed' && registration.waiting === worker) offer();
    if (worker.state !== 'installing') worker.removeEventListener('statechange', installed);
  };
  worker.addEventListener('statechange', installed);
}

/**
 * Installs the service worker and turns what it reports into notices. `register` is
 * vite-plugin-pwa's (a no-op in the dev server); tests pass a fake, and a fake reload.
 */
export function registerOffline({ register = registerSW, reloadPage = () => window.location.reload() }: { register?: RegisterServiceWorker; reloadPage?: () => void } = {}) {
  // Browsers without service workers (or not on https) run the app online as it always did.
  if (!('serviceWorker' in navigator)) return;
  let reloading = false;
  const reload = () => {
    if (reloading) return;
    reloading = true;
    reloadPage();
  };
  // A new worker taking over from an old one, whichever tab asked for it: this page's code is the
  // old version and its lazily loaded files are gone from the cache, so it reloads. The first
  // worker claiming the page is no change of version.
  let controlled = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (controlled) reload();
    controlled = true;
  });
  const offer = () => showOfflineNotice({ kind: 'update', update: () => skipWaiting() });
  const skipWaiting = register({
    onOfflineReady: () => showOfflineNotice({ kind: 'ready' }),
    onNeedRefresh: offer,
    onNeedReload: reload,
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      offerWhenInstalled(registration, offer);
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
