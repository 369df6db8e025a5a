/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { INDEX_HTML, securityHeaders, securityPolicyMeta } from './scripts/security-headers.ts';
import { offlineSupport } from './scripts/offline.ts';

// The store, persistence and top-level domain modules: on the first load anyway.
const CORE = /[\\/]src[\\/](store|persistence|lib)[\\/]|[\\/]src[\\/]domain[\\/][^\\/]+\.ts$|[\\/]node_modules[\\/]react[\\/]jsx-runtime/;
// Modules in those folders that are imported only on demand must stay out of the first load.
const LOADED_LATER =
  /[\\/](repair|openRepaired|libraryBinding|graphEdits|graphMerge|pipelineEdits|appEdits|legacyWorkspaces|editSignature|creationHistory|openingWorkspaces|unwrittenStash|localStorageSync|storage|document|schema|migrations)\.ts$|[\\/]persistence[\\/]yjs[\\/]/;

export default defineConfig({
  plugins: [react(), tailwindcss(), securityPolicyMeta(), offlineSupport()],
  resolve: {
    // The Markdown reader runs in the import worker. This package's browser build decodes HTML
    // entities through `document`, which a worker does not have; its plain build uses a table.
    alias: [{ find: /^decode-named-character-reference$/, replacement: fileURLToPath(new URL('./node_modules/decode-named-character-reference/index.js', import.meta.url)) }],
  },
  // The dev server's hot reload injects inline scripts, so it gets the framing and referrer rules
  // only; the preview (the production build) is served with the full policy.
  server: { port: 5173, strictPort: false, headers: securityHeaders(INDEX_HTML, false) },
  preview: { port: 4173, strictPort: true, headers: securityHeaders(INDEX_HTML, true) },
  build: {
    rolldownOptions: {
      output: {
        // The store and the pure modules it reads are on the first load anyway; shared with lazy
        // chunks, they would otherwise be split into a dozen tiny preloads that gzip worse apart.
        codeSplitting: {
          groups: [{ name: 'core', test: (id: string) => CORE.test(id) && !LOADED_LATER.test(id) }],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/test/setup.ts'],
  },
});
