// The /m/ bundle's JavaScript, gzipped (level 9), as the phone downloads it: every script
// dist/web/m/index.html loads. Build first: `node scripts/build-web.mjs`.
// Run: node --import tsx bench/web/worker-pages.ts
// The first screen's usable time under slow 3G: bench/web/worker-first-screen.ts.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const root = path.resolve('dist/web');
const html = fs.readFileSync(path.join(root, 'm/index.html'), 'utf8');
const scripts = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
let total = 0;
for (const script of scripts) {
  const size = gzipSync(fs.readFileSync(path.join(root, script)), { level: 9 }).length;
  total += size;
  process.stdout.write(`${script}\t${(size / 1024).toFixed(1)} KB gz\n`);
}
process.stdout.write(`/m/ JavaScript total: ${(total / 1024).toFixed(1)} KB gzipped (budget 150 KB)\n`);
if (total > 150 * 1024) process.exitCode = 1;
