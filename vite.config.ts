// The web console (src/web) is one Vite project built into dist/web, which the server
// serves beside /api. `npx vite` runs it in development against a server on :3000.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export const WEB_SRC = fileURLToPath(new URL('./src/web', import.meta.url));
export const WEB_OUT = fileURLToPath(new URL('./dist/web', import.meta.url));

export default defineConfig({
  root: WEB_SRC,
  base: '/',
  plugins: [react()],
  // The worker H5 and check-in PWA will be further entries in build.rollupOptions.input.
  build: { outDir: WEB_OUT, emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 1600 },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
  logLevel: 'warn',
});
