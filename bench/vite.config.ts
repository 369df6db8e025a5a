import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

/** Builds the benchmark page (the app plus Mermaid) into bench/dist, apart from the app's own build. */
export default defineConfig({
  root: 'bench',
  plugins: [react(), tailwindcss()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 5000 },
  preview: { port: 4190, strictPort: true },
});
