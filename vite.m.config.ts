// The workers' phone pages (/m/) are built on their own, after the console and the check-in
// PWA (vite.config.ts), with React's API served by preact/compat: the same components, about
// 40 KB less to fetch over slow 3G before the first screen (bench/web/worker-first-screen.ts).
// The console keeps React itself, which antd needs.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const WEB_SRC = fileURLToPath(new URL('./src/web', import.meta.url));
const WEB_OUT = fileURLToPath(new URL('./dist/web', import.meta.url));

export default defineConfig({
  root: WEB_SRC,
  base: '/',
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^react$/, replacement: 'preact/compat' },
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
    ],
  },
  build: {
    outDir: WEB_OUT, emptyOutDir: false, sourcemap: false,
    rollupOptions: { input: { worker: `${WEB_SRC}/m/index.html` } },
  },
  logLevel: 'warn',
});
