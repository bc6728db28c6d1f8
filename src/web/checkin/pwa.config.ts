// The check-in page's service worker, built by vite-plugin-pwa (generateSW) into
// dist/web/checkin/sw.js, so its scope is /checkin/ without a Service-Worker-Allowed header.
// Vite puts every entry's chunks into one assets/ folder, so the precache list is the
// check-in entry's own chunk graph (its imports, dynamic imports and their CSS), read from
// the bundle, not a folder glob: the console's megabytes never land on a check-in phone.
// Build-time only (node imports); the page registers /checkin/sw.js itself.
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

type Chunkish = { type: string; fileName: string; facadeModuleId?: string | null; imports?: string[]; dynamicImports?: string[]; viteMetadata?: { importedCss: Set<string>; importedAssets: Set<string> } };

export function checkinServiceWorker(outDir: string): Plugin[] {
  const files = new Set<string>();
  const graph: Plugin = {
    name: 'menkou:checkin-precache-graph',
    apply: 'build',
    generateBundle(_options, bundle) {
      files.clear();
      const chunks = bundle as unknown as Record<string, Chunkish>;
      const entry = Object.values(chunks).find((c) => c.type === 'chunk' && c.facadeModuleId?.replaceAll('\\', '/').endsWith('/checkin/index.html'));
      const visit = (name: string) => {
        if (files.has(name)) return;
        files.add(name);
        const chunk = chunks[name];
        if (!chunk || chunk.type !== 'chunk') return;
        for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(next);
        for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
        for (const asset of chunk.viteMetadata?.importedAssets ?? []) files.add(asset);
      };
      if (entry) visit(entry.fileName);
    },
  };
  const pwa = VitePWA({
    strategies: 'generateSW',
    filename: 'checkin/sw.js',
    scope: '/checkin/',
    manifest: false, // a static file (public/checkin/manifest.webmanifest), linked from the check-in page only
    injectRegister: false,
    includeManifestIcons: false,
    workbox: {
      globDirectory: outDir,
      globPatterns: ['assets/**/*.{js,css}', 'checkin/*.{html,webmanifest,svg,png}'],
      globIgnores: ['checkin/sw.js', 'checkin/workbox-*.js'],
      // Entries are relative to dist/web; the worker lives in /checkin/, so make them absolute.
      manifestTransforms: [async (entries) => ({
        manifest: entries
          .filter((e) => !e.url.startsWith('assets/') || files.has(e.url))
          .map((e) => ({ ...e, url: `/${e.url}` })),
        warnings: [],
      })],
      navigateFallback: '/checkin/index.html',
      navigateFallbackAllowlist: [/^\/checkin(\/|$)/],
      navigateFallbackDenylist: [/^\/api\//],
      // A new build takes over at the next load; the queue is in IndexedDB, not in the cache.
      skipWaiting: true,
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      cacheId: 'menkou-checkin',
      maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
    },
  });
  return [graph, ...pwa];
}
