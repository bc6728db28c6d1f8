#!/usr/bin/env node
// Compiles the server and CLI sources (src/**/*.ts but the web console and the tests) to
// plain JavaScript in lib/, one file per source, so that `menkou` starts without compiling
// TypeScript (tsx took ~1 s at every start). lib/ mirrors src/ one folder below the
// repository, so paths such as new URL('../../data/…', import.meta.url) still resolve.
//
// lib/.manifest.json records every source's size and modification time at build. The CLI
// uses lib/ only when that record matches the sources exactly (a file added, removed,
// edited, or restored with an older time all count as a change); otherwise it rebuilds
// first, re-compiling only the files that changed. `--force` recompiles everything.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { withLock } from './build-lock.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const SRC = path.join(repo, 'src');
const OUT = path.join(repo, 'lib');
const MANIFEST = path.join(OUT, '.manifest.json');
const LOCK = path.join(repo, 'dist/.cli-build.lock');
const SELF = fileURLToPath(import.meta.url);
/** Bumped when the output's shape changes, so an older lib/ is rebuilt. */
const FORMAT = 1;

/** Source files that belong in lib/, relative to src/, with their size and mtime. */
function sources() {
  const found = {};
  const walk = (dir, rel) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const name = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) {
        if (name !== 'web') walk(path.join(dir, entry.name), name);
        continue;
      }
      if (/\.test\.ts$|\.d\.ts$/.test(entry.name)) continue;
      const stat = fs.statSync(path.join(dir, entry.name));
      found[name] = [stat.size, stat.mtimeMs];
    }
  };
  walk(SRC, '');
  return found;
}

function selfStamp() {
  const stat = fs.statSync(SELF);
  return `${FORMAT}:${stat.size}:${stat.mtimeMs}`;
}

function readManifest() {
  try {
    return JSON.parse(fs.readFileSync(MANIFEST, 'utf8'));
  } catch {
    return null;
  }
}

function sameFiles(a, b) {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    const x = a[key];
    const y = b[key];
    if (!y || x[0] !== y[0] || x[1] !== y[1]) return false;
  }
  return true;
}

/** True when lib/ was built from exactly the sources there are now. */
export function cliIsCurrent(current = sources()) {
  const manifest = readManifest();
  return manifest !== null && manifest.builder === selfStamp() && sameFiles(current, manifest.files);
}

const outputName = (rel) => rel.replace(/\.ts$/, '.js');

/** Writes by rename, so a process reading lib/ meanwhile sees the old file or the new one. */
function writeAtomically(file, data) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, data);
  fs.renameSync(temporary, file);
}

async function compile(force) {
  const { transform } = await import('esbuild');
  const current = sources();
  const previous = force ? null : readManifest();
  const old = previous && previous.builder === selfStamp() ? previous.files : {};
  const changed = Object.keys(current).filter((rel) => {
    const before = old[rel];
    return !before || before[0] !== current[rel][0] || before[1] !== current[rel][1] || !fs.existsSync(path.join(OUT, outputName(rel)));
  });
  await Promise.all(
    changed.map(async (rel) => {
      const from = path.join(SRC, rel);
      const to = path.join(OUT, outputName(rel));
      if (!rel.endsWith('.ts')) return writeAtomically(to, fs.readFileSync(from));
      const result = await transform(fs.readFileSync(from, 'utf8'), {
        loader: 'ts',
        format: 'esm',
        target: 'node20',
        sourcefile: from,
        sourcemap: 'external',
        // The sources are written for verbatimModuleSyntax: every import not marked `type` stays.
        tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
      });
      writeAtomically(`${to}.map`, result.map);
      writeAtomically(to, `${result.code}//# sourceMappingURL=${path.basename(to)}.map\n`);
    }),
  );
  // Outputs whose source is gone would still be importable: remove them.
  const wanted = new Set(Object.keys(current).flatMap((rel) => [outputName(rel), `${outputName(rel)}.map`]));
  const prune = (dir, rel) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const name = rel === '' ? entry.name : `${rel}/${entry.name}`;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) prune(full, name);
      else if (name !== '.manifest.json' && !wanted.has(name)) fs.rmSync(full);
    }
  };
  if (fs.existsSync(OUT)) prune(OUT, '');
  // The manifest records the sources as they were read, so an edit during the build shows.
  writeAtomically(MANIFEST, JSON.stringify({ builder: selfStamp(), files: current }));
  return changed.length;
}

/** Builds lib/ when it is missing or does not match the sources; returns files compiled. */
export async function buildCli({ force = false } = {}) {
  if (!force && cliIsCurrent()) return 0;
  return withLock(LOCK, async () => (!force && cliIsCurrent() ? 0 : compile(force)));
}

/**
 * The CLI's entry module: lib/cli/main.js, built first when stale; the TypeScript source
 * (run through tsx) only when the build cannot run, e.g. esbuild missing.
 */
export async function cliEntry() {
  try {
    await buildCli();
    return { url: pathToFileURL(path.join(OUT, 'cli/main.js')).href, compiled: true };
  } catch (error) {
    if (process.env.MENKOU_DEBUG) process.stderr.write(`build-cli: ${error instanceof Error ? error.stack : String(error)}\n`);
    return { url: pathToFileURL(path.join(SRC, 'cli/main.ts')).href, compiled: false };
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  try {
    const started = performance.now();
    const count = await buildCli({ force: process.argv.includes('--force') });
    process.stdout.write(`lib/: ${count} file(s) compiled in ${((performance.now() - started) / 1000).toFixed(2)} s\n`);
  } catch (error) {
    process.stderr.write(`命令行构建失败 / CLI build failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
