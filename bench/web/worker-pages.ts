// A phone bundle's JavaScript, gzipped (level 9), as the phone downloads it: every script
// its index.html loads (the entry and its modulepreloads). Build first: `node scripts/build-web.mjs`.
// Run: node --import tsx bench/web/worker-pages.ts [--entry=m|checkin]   (default m, the worker pages)
// The first screen's usable time under slow 3G: bench/web/worker-first-screen.ts.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

// Budgets: the worker pages' from issue 11; the check-in page has none of its own, so the
// same figure is printed beside it for comparison.
const BUDGET_KB = 150;
const entry = process.argv.find((a) => a.startsWith('--entry='))?.slice('--entry='.length) ?? 'm';
if (entry !== 'm' && entry !== 'checkin') throw new Error(`--entry is m or checkin, not ${entry}`);
const root = path.resolve('dist/web');
const html = fs.readFileSync(path.join(root, entry, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
let total = 0;
for (const script of scripts) {
  const size = gzipSync(fs.readFileSync(path.join(root, script)), { level: 9 }).length;
  total += size;
  process.stdout.write(`${script}\t${(size / 1024).toFixed(1)} KB gz\n`);
}
process.stdout.write(`/${entry}/ JavaScript at first load: ${(total / 1024).toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)\n`);
if (entry === 'm' && total > BUDGET_KB * 1024) process.exitCode = 1;
