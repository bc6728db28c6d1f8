// CLI start benchmark (issue 15): wall time of `node bin/menkou.js …` for --help and each
// command's --help (the cost of starting that command: its modules load, commander parses,
// nothing else runs), the compiled lib/ build itself, and `npm start` to a listening server
// on an existing database. Prints a markdown table for bench/README.md.
//
//   node --import tsx bench/cli/start.ts [--runs N] [--no-serve]

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { COMMANDS } from '../../src/cli/commands.js';

const args = process.argv.slice(2);
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 7;
const repo = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(repo, 'bin/menkou.js');

function wall(command: string, argv: string[], env: NodeJS.ProcessEnv = process.env): number {
  const started = performance.now();
  const run = spawnSync(command, argv, { cwd: repo, env, encoding: 'utf8' });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`${command} ${argv.join(' ')} exited ${run.status}: ${run.stderr}`);
  return ms;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms: number): string => `${(ms / 1000).toFixed(3)} s`;

/** `npm start` (prestart included) until the server prints that it is running. */
function timeServeStart(dataDir: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('npm', ['start', '--', '--port', String(port)], {
      cwd: repo,
      env: { ...process.env, MENKOU_DATA_DIR: dataDir, MENKOU_DEMO: 'off', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (/is running/.test(out)) {
        const ms = performance.now() - started;
        process.kill(-(child.pid as number), 'SIGTERM');
        child.once('exit', () => resolve(ms));
      }
    });
    child.once('exit', (code) => {
      if (!/is running/.test(out)) reject(new Error(`npm start exited ${code} before listening: ${out}`));
    });
  });
}

const rows: string[] = [];
const build = [0, 1, 2].map(() => wall('node', [path.join(repo, 'scripts/build-cli.mjs'), '--force']));
rows.push(`| \`node scripts/build-cli.mjs --force\` (every file) | ${fmt(median(build))} | ${fmt(Math.min(...build))} |`);
const cases: string[][] = [['--help'], ['--version'], ...COMMANDS.map((c) => [c.name, '--help'])];
for (const argv of cases) {
  wall('node', [BIN, ...argv]);
  const times = Array.from({ length: runs }, () => wall('node', [BIN, ...argv]));
  rows.push(`| \`menkou ${argv.join(' ')}\` | ${fmt(median(times))} | ${fmt(Math.min(...times))} |`);
}
if (!args.includes('--no-serve')) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'menkou-start-'));
  try {
    // The first start creates and migrates the database; the ones after it find it there.
    const first = await timeServeStart(dataDir, 39_000 + (process.pid % 1000));
    const times: number[] = [];
    for (let k = 0; k < 3; k++) times.push(await timeServeStart(dataDir, 39_000 + (process.pid % 1000)));
    rows.push(`| \`npm start\` to listening, new database (created and migrated) | ${fmt(first)} | ${fmt(first)} |`);
    rows.push(`| \`npm start\` to listening, database exists | ${fmt(median(times))} | ${fmt(Math.min(...times))} |`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
process.stdout.write(`load average at end: ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}\n\n`);
process.stdout.write(`| what | median | fastest |\n|---|---|---|\n${rows.join('\n')}\n`);
