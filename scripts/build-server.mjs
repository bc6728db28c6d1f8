#!/usr/bin/env node
// Compiles the server and the CLI (src/**, but not the web console and not the tests) into
// dist/, one .js beside each .ts path (src/cli/main.ts → dist/cli/main.js), so that
// `menkou` starts without compiling TypeScript. The layout keeps every
// import.meta.url-relative path working from dist/ as from src/ (data/ and dist/web are as
// far up from dist/core as from src/core); non-TypeScript modules (thread-bootstrap.mjs)
// are copied. esbuild transpiles as tsx does (no type check: `npm test` runs tsc).
// Built only when missing or older than its inputs, unless `--force`;
// bin/menkou.js uses the build only while `serverIsCurrent()`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withLock } from './build-lock.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const src = path.join(repo, 'src');
const out = path.join(repo, 'dist');
const skipped = new Set([path.join(src, 'web')]);
// The record of the last build: its mtime is when that build started, its content the
// files it wrote (so the next build removes what no longer has a source).
const STAMP = path.join(out, '.server-build.json');
const LOCK = path.join(out, '.server-build.lock');
const EXTRA_INPUTS = [fileURLToPath(import.meta.url), path.join(repo, 'tsconfig.json'), path.join(repo, 'package-lock.json')];

const isTest = (name) => /\.test\.ts$/.test(name);
const isModule = (name) => /\.(ts|mjs|js)$/.test(name) && !name.endsWith('.d.ts') && !isTest(name);

/**
 * The sources, and the newest mtime among them and their folders (a folder's mtime moves
 * when a file in it is added, removed or renamed). Tests do not count: vitest runs them
 * from the sources.
 */
function walk(dir, found = { files: [], newest: 0 }) {
  found.newest = Math.max(found.newest, fs.statSync(dir).mtimeMs);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skipped.has(full)) walk(full, found);
    } else if (isModule(entry.name)) {
      found.files.push(full);
      found.newest = Math.max(found.newest, fs.statSync(full).mtimeMs);
    }
  }
  return found;
}

function newestInput() {
  let newest = walk(src).newest;
  for (const file of EXTRA_INPUTS) newest = Math.max(newest, fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0);
  return newest;
}

/** Whether dist/ holds a build of the sources as they are now (a few ms: stats only). */
export function serverIsCurrent() {
  const built = fs.statSync(STAMP, { throwIfNoEntry: false })?.mtimeMs;
  return built !== undefined && newestInput() <= built;
}

export async function buildServer({ force = false, quiet = false } = {}) {
  if (!force && serverIsCurrent()) return false;
  return withLock(LOCK, async () => {
    if (!force && serverIsCurrent()) return false;
    await runBuild(quiet);
    return true;
  });
}

function previousOutputs() {
  try {
    return JSON.parse(fs.readFileSync(STAMP, 'utf8')).files ?? [];
  } catch {
    return [];
  }
}

async function runBuild(quiet) {
  const say = (line) => quiet || process.stdout.write(`${line}\n`);
  const started = Date.now();
  const previous = previousOutputs();
  // No stamp while files are being replaced: a menkou started meanwhile runs the sources.
  fs.rmSync(STAMP, { force: true });
  const { files } = walk(src);
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: files.filter((file) => file.endsWith('.ts')),
    outdir: out,
    outbase: src,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: quiet ? 'error' : 'warning',
    metafile: true,
  });
  const written = Object.keys(result.metafile.outputs).map((file) => path.relative(out, path.resolve(repo, file)));
  for (const file of files.filter((f) => !f.endsWith('.ts'))) {
    const relative = path.relative(src, file);
    fs.mkdirSync(path.dirname(path.join(out, relative)), { recursive: true });
    fs.copyFileSync(file, path.join(out, relative));
    written.push(relative);
  }
  const kept = new Set(written);
  for (const file of previous) if (!kept.has(file)) fs.rmSync(path.join(out, file), { force: true });
  fs.writeFileSync(STAMP, `${JSON.stringify({ files: written.sort() }, null, 1)}\n`);
  // Dated at the start: a source saved during the build is newer, so the next start rebuilds.
  fs.utimesSync(STAMP, new Date(started), new Date(started));
  say(`服务端已编译 / server compiled to dist/ (${files.length} modules) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  try {
    await buildServer({ force: process.argv.includes('--force') });
  } catch (error) {
    process.stderr.write(`服务端编译失败 / server build failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
