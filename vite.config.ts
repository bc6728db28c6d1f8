// The web console (src/web) is one Vite project built into dist/web, which the server
// serves beside /api. `npx vite` runs it in development against a server on :3000.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { checkinServiceWorker } from './src/web/checkin/pwa.config.js';

export const WEB_SRC = fileURLToPath(new URL('./src/web', import.meta.url));
export const WEB_OUT = fileURLToPath(new URL('./dist/web', import.meta.url));

export default defineConfig({
  root: WEB_SRC,
  base: '/',
  // The check-in PWA's service worker precaches the /checkin/ bundle only (see pwa.config.ts):
  // the console and /m/ get no service worker, and their HTML is left as it is.
  plugins: [react(), ...checkinServiceWorker(WEB_OUT)],
  // Two entries, each its own bundle: the officers' and employers' console (/) and the
  // check-in PWA (/checkin/). The workers' phone pages (/m/) are built after them by
  // vite.m.config.ts, on preact/compat, kept small for slow 3G.
  build: {
    outDir: WEB_OUT, emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 1600,
    rollupOptions: {
      input: {
        console: `${WEB_SRC}/index.html`,
        checkin: `${WEB_SRC}/checkin/index.html`,
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
  logLevel: 'warn',
});
