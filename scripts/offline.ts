import type { PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The service worker and web app manifest. Incident rooms lose wifi: after one visit every part of
 * the app (each lazily loaded panel, the import worker, the icons) is cached, so it opens and works
 * with no connection. A new deployment waits until the user reloads (`prompt`), so a triage in
 * progress is never swapped out from under them, and the old version keeps loading its own chunks.
 *
 * `SEAMS_OFFLINE=off` at build time ships a service worker that removes itself and its caches
 * instead, for hosts that do not want one (a plain 404 for sw.js would leave installed ones running).
 */
export function offlineSupport(): PluginOption {
  return VitePWA({
    registerType: 'prompt',
    // The app registers the worker itself after the page has loaded: an inline script would need a
    // hash in the policy, and the registration code would count against the first load.
    injectRegister: false,
    selfDestroying: process.env.SEAMS_OFFLINE === 'off',
    // Hot reload and a caching worker fight each other; the dev server runs without one.
    devOptions: { enabled: false },
    includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
    manifest: {
      name: 'Pipeline Seams',
      short_name: 'Seams',
      description: "Find the handoff where a data pipeline's contract broke.",
      id: '/',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      // The header's colours: white in light mode; index.html gives dark systems slate-900.
      theme_color: '#ffffff',
      background_color: '#f8fafc',
      icons: [
        { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
        { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
        { src: 'maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      // Everything the build emits, so every feature works offline, not only the first screen.
      globPatterns: ['**/*.{js,css,html,svg,png,ico,woff,woff2,webmanifest}'],
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // A page opened before the first install is taken over at once, so its lazily loaded parts
      // come from the cache if the connection drops before the next reload.
      clientsClaim: true,
    },
  });
}
