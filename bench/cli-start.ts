// CLI start: `node --import tsx bench/cli-start.ts [--runs=N] [--serve-runs=N] [--workers=N] [--data=DIR] [--keep]`.
// Targets (issue 15): `menkou --help` and every command's `--help` under 0.2 s; `npm start`
// to a listening server under 2 s when the database exists. Each figure is the median of
// N spawns of the real bin/menkou.js (whatever it runs: dist/ when built and current, else
// tsx on the sources). The command list is read from the help output itself, so a new
// command is measured without editing this file. For the server, a PGlite data folder is
// prepared once by a first `serve` (migrations and the demo campaign of --workers, default
// 27,000), then each run spawns `serve --port 0` (and `npm start -- --port 0`), reads the
// port from its "is running" line and times spawn → the first 200 from /api/health.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'bin/menkou.js');
const args = process.argv.slice(2);
const arg = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const runs = Number(arg('runs') ?? 9);
const serveRuns = Number(arg('serve-runs') ?? 5);
const workers = Number(arg('workers') ?? 27_000);
const only = arg('only');

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function timeSpawn(argv: string[]): { ms: number; stdout: string } {
  const started = performance.now();
  const result = spawnSync(process.execPath, [BIN, ...argv], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, COLUMNS: '200' } });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`menkou ${argv.join(' ')} exited ${result.status}: ${result.stderr}`);
  return { ms, stdout: result.stdout };
}

/** Subcommand names listed under "Commands:" in a help text (help itself left out). */
function subcommands(help: string): string[] {
  const section = help.split(/^Commands:\s*$/m)[1];
  if (!section) return [];
  return section
    .split('\n')
    .map((line) => /^ {2}([a-z][\w-]*)/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined && name !== 'help');
}

function allCommands(prefix: string[] = []): string[][] {
  const help = timeSpawn([...prefix, '--help']).stdout;
  return [prefix, ...subcommands(help).flatMap((name) => allCommands([...prefix, name]))];
}

function measureHelp(): Array<{ command: string; ms: number }> {
  const commands = allCommands();
  const rows: Array<{ command: string; ms: number }> = [];
  for (const command of commands) {
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) times.push(timeSpawn([...command, '--help']).ms);
    rows.push({ command: ['menkou', ...command, '--help'].join(' '), ms: median(times) });
  }
  return rows;
}

type Started = { ms: number; stop: () => Promise<void> };

/** Spawns a server, waits for /api/health to answer 200; the time is spawn → that answer. */
async function startServer(command: string, argv: string[], env: NodeJS.ProcessEnv): Promise<Started> {
  const started = performance.now();
  const child = spawn(command, argv, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const base = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /web console: (http:\/\/[\d.]+:\d+)\//.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => reject(new Error(`server exited ${code}: ${output}`)));
  });
  for (;;) {
    const response = await fetch(`${base}/api/health`).catch(() => undefined);
    if (response?.ok) break;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const ms = performance.now() - started;
  return {
    ms,
    stop: async () => {
      // The whole group: `npm start` runs the server as a grandchild.
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    },
  };
}

async function measureServe(): Promise<Array<{ command: string; ms: number }>> {
  const dataDir = arg('data') ?? fs.mkdtempSync(path.join(os.tmpdir(), 'menkou-bench-start-'));
  const env = { ...process.env, MENKOU_DATA_DIR: dataDir, MENKOU_DEMO_WORKERS: String(workers), LOG_LEVEL: 'warn' };
  try {
    if (!fs.existsSync(path.join(dataDir, 'pglite'))) {
      process.stdout.write(`preparing ${dataDir} (migrations, demo of ${workers} workers)…\n`);
      const first = await startServer(process.execPath, [BIN, 'serve', '--port', '0'], env);
      process.stdout.write(`first start (database created, demo built): ${(first.ms / 1000).toFixed(1)} s\n`);
      await first.stop();
    }
    const rows: Array<{ command: string; ms: number }> = [];
    for (const [label, command, argv] of [
      ['node bin/menkou.js serve', process.execPath, [BIN, 'serve', '--port', '0']],
      ['npm start', 'npm', ['start', '--', '--port', '0']],
    ] as const) {
      const times: number[] = [];
      for (let i = 0; i < serveRuns; i += 1) {
        const server = await startServer(command, [...argv], env);
        times.push(server.ms);
        await server.stop();
      }
      rows.push({ command: `${label} → /api/health (database exists)`, ms: median(times) });
    }
    return rows;
  } finally {
    if (!arg('data') && !args.includes('--keep')) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const rows = [...(only === 'serve' ? [] : measureHelp()), ...(only === 'help' ? [] : await measureServe())];
process.stdout.write(`node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, ${runs} runs (help) / ${serveRuns} (serve), median\n\n`);
process.stdout.write('| command | median |\n| --- | --- |\n');
for (const row of rows) process.stdout.write(`| \`${row.command}\` | ${(row.ms / 1000).toFixed(3)} s |\n`);
