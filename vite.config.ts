/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  build: {
    rolldownOptions: {
      output: {
        // The store and the pure modules it reads are on the first load anyway; shared with lazy
        // chunks, they would otherwise be split into a dozen tiny preloads that gzip worse apart.
        codeSplitting: {
          groups: [{ name: 'core', test: /[\\/]src[\\/](store|persistence|lib)[\\/]|[\\/]src[\\/]domain[\\/][^\\/]+\.ts$|[\\/]node_modules[\\/](zod|react[\\/]jsx-runtime)/ }],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['src/test/setup.ts'],
  },
});
