#!/usr/bin/env node
// Builds the web console into dist/web when it is missing or older than its sources
// (src/web/**, vite.config.ts, vite.m.config.ts, package-lock.json), so `npm start` and
// `npm test` work on a fresh clone. `--force` always builds. After the build every text
// asset gets .br and .gz siblings, which the server sends as they are (no compression at
// request time).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { withLock } from './build-lock.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const out = path.join(repo, 'dist/web');
const stamp = path.join(out, 'index.html');
const inputs = [path.join(repo, 'src/web'), path.join(repo, 'vite.config.ts'), path.join(repo, 'vite.m.config.ts'), path.join(repo, 'package-lock.json')];

function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

function* files(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

function precompress() {
  for (const file of files(out)) {
    if (!/\.(js|mjs|css|html|svg|json|txt)$/.test(file)) continue;
    const data = fs.readFileSync(file);
    if (data.length < 1024) continue;
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(data, { level: 9 }));
    fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
}

export function webIsCurrent() {
  if (!fs.existsSync(stamp)) return false;
  const built = fs.statSync(stamp).mtimeMs;
  return inputs.every((input) => newestMtime(input) <= built);
}

const LOCK = path.join(repo, 'dist/.web-build.lock');

export async function buildWeb({ force = false, quiet = false } = {}) {
  if (!force && webIsCurrent()) return false;
  return withLock(LOCK, async () => {
    if (!force && webIsCurrent()) return false;
    return runBuild(quiet);
  });
}

async function runBuild(quiet) {
  const say = (line) => quiet || process.stdout.write(`${line}\n`);
  say('正在构建网页工作台 / building the web console (dist/web)…');
  const started = Date.now();
  const { build } = await import('vite');
  // Vite and the React plugin pick React's development build unless NODE_ENV says
  // production, and vitest sets it to "test" for the tests that build the web.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: path.join(repo, 'vite.config.ts'), logLevel: quiet ? 'silent' : 'warn' });
    // After the first: it empties dist/web, this one adds /m/ beside it.
    await build({ configFile: path.join(repo, 'vite.m.config.ts'), logLevel: quiet ? 'silent' : 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  precompress();
  // index.html is the freshness stamp: touched after the compressed copies are written.
  fs.utimesSync(stamp, new Date(), new Date());
  say(`网页工作台已构建 / web console built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  try {
    await buildWeb({ force: process.argv.includes('--force') });
  } catch (error) {
    process.stderr.write(`网页工作台构建失败 / web console build failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
