// The import benchmark: `node --import tsx bench/import/run.ts [--only=xlsx,csv,gb] [--no-stages | --stages=read,parse,seal,write] [--write]`.
// Targets (issue): 100,000 rows of .xlsx into the embedded database in ≤ 30 s; 1,000,000
// rows of CSV into PostgreSQL in ≤ 60 s, beside PostgreSQL's own COPY of the same rows.
// Each measurement runs in a child process (honest peak RSS); --write puts the table in
// bench/README.md under "## Import", leaving the other sections alone.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPgCluster } from '../../test/pg-cluster.js';
import { benchFiles, CSV_ROWS, filesExist, generateFiles, GB_ROWS, XLSX_ROWS } from './generate.js';
import type { Measured, Stage, Task } from './measure.js';

const README = path.resolve(import.meta.dirname, '../README.md');
const MEASURE = path.resolve(import.meta.dirname, 'measure.ts');
const XLSX_TARGET_S = 30;
const CSV_TARGET_S = 60;

const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const withStages = !args.includes('--no-stages');
const onlyStages = args.find((a) => a.startsWith('--stages='))?.slice('--stages='.length).split(',');
const stageWanted = (stage: Stage): boolean => withStages && (onlyStages === undefined || onlyStages.includes(stage));
const write = args.includes('--write');

const STAGE_TEXT: Record<Stage, string> = {
  read: 'read only (unzip/XML or decode/CSV)',
  parse: 'read + header + row rules + dedupe',
  seal: 'read + rules + sealing (SM4, HMAC-SM3) + batch layout',
  write: 'database writes alone (rows pre-sealed)',
  import: '**end to end** (`importWorkersFile`)',
  copy: "PostgreSQL's own `COPY workers FROM` (physical limit)",
};

function load(): string {
  return os.loadavg().map((x) => x.toFixed(1)).join(' ');
}

function child(task: Task): Measured {
  const out = execFileSync(process.execPath, ['--import', 'tsx', MEASURE, JSON.stringify(task)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 << 20,
    env: { ...process.env, LOG_LEVEL: 'silent' },
  });
  const lines = out.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]) as Measured;
}

type Line = { label: string; m: Measured; target?: number };
const lines: Line[] = [];

function run(label: string, task: Task, target?: number): Measured {
  const before = load();
  const m = child(task);
  lines.push({ label, m, target });
  const rate = m.rows / (m.ms / 1000);
  console.log(`${label} · ${STAGE_TEXT[task.stage]}: ${(m.ms / 1000).toFixed(1)} s, ${Math.round(rate)} rows/s, ` +
    `CPU ${(m.cpuMs / 1000).toFixed(1)} s${m.serverCpuMs !== undefined ? ` + server ${(m.serverCpuMs / 1000).toFixed(1)} s` : ''}, peak RSS ${m.peakRssMb} MB, imported ${m.imported}, refused ${m.refused}${m.note ? `, ${m.note}` : ''} (load before: ${before})`);
  return m;
}

function row(line: Line): string {
  const { m } = line;
  const seconds = m.ms / 1000;
  const verdict = line.target === undefined ? '' : seconds <= line.target ? ` ✓ (≤ ${line.target} s)` : ` ✗ (target ${line.target} s)`;
  const rate = Math.round(m.rows / seconds).toLocaleString('en-US');
  return `| ${line.label} | ${STAGE_TEXT[m.stage]} | ${m.rows.toLocaleString('en-US')} | ${seconds.toFixed(1)} s${verdict} | ${rate} | ${(m.cpuMs / 1000).toFixed(1)} s | ${m.serverCpuMs === undefined ? '–' : `${(m.serverCpuMs / 1000).toFixed(1)} s`} | ${m.peakRssMb} MB | ${m.note ?? ''} |`;
}

function section(): string {
  const cpu = os.cpus();
  const pgVersion = execFileSync('ls', ['/usr/lib/postgresql']).toString().trim().split('\n').pop();
  return [
    '## Import',
    '',
    '`node --import tsx bench/import/run.ts --write` (files from `bench/import/generate.ts`: demo registrations, unique',
    'identity numbers, a title row above the header, full region names or codes, Chinese catalogue names). Each line is',
    'a child process of its own; peak RSS is that process (the PostgreSQL server is separate). Stage lines are',
    'cumulative, so the difference between two neighbours is the cost of the stage added; "database writes alone"',
    'writes rows sealed beforehand, one batch after another.',
    '',
    '| file → database | measurement | rows | time | rows/s | CPU, importer | CPU, PG server | peak RSS | note |',
    '|---|---|---:|---:|---:|---:|---:|---:|---|',
    ...lines.map(row),
    '',
    `Machine: ${cpu[0]?.model ?? 'unknown'} × ${cpu.length}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, ` +
      `PostgreSQL ${pgVersion} (throwaway cluster, fsync off as in tests), ${new Date().toISOString().slice(0, 10)}; load average at the end ${load()}.`,
    '',
  ].join('\n');
}

/** Replaces only our section: from "## Import" to the next "## " heading (or the end). */
function writeSection(text: string): void {
  const current = fs.existsSync(README) ? fs.readFileSync(README, 'utf8') : '# Benchmarks\n';
  const start = current.search(/^## Import\s*$/m);
  let next: string;
  if (start < 0) {
    next = `${current.trimEnd()}\n\n${text}`;
  } else {
    const after = current.slice(start + 1).search(/^## /m);
    const end = after < 0 ? current.length : start + 1 + after;
    next = `${current.slice(0, start)}${text}${after < 0 ? '' : `\n${current.slice(end)}`}`;
  }
  fs.writeFileSync(README, next.endsWith('\n') ? next : `${next}\n`);
}

const files = benchFiles();
if (!filesExist(files)) await generateFiles(files);
console.log(`load average at start: ${load()} (2-core machines: re-run when it is below 1)`);

const wants = (name: string): boolean => only === undefined || only.split(',').includes(name);
const xlsxLabel = `${(XLSX_ROWS / 1000).toFixed(0)}k .xlsx → PGlite (on disk)`;
const csvLabel = `${(CSV_ROWS / 1e6).toFixed(0)}M CSV (UTF-8) → PostgreSQL`;
const gbLabel = `${(GB_ROWS / 1000).toFixed(0)}k CSV (GB18030) → PostgreSQL`;

if (wants('xlsx')) {
  for (const stage of ['read', 'parse', 'seal', 'write'] as const) if (stageWanted(stage)) run(xlsxLabel, { stage, file: files.xlsx });
  run(xlsxLabel, { stage: 'import', file: files.xlsx }, XLSX_TARGET_S);
}
if (wants('csv') || wants('gb')) {
  const cluster = await startPgCluster();
  try {
    if (wants('csv')) {
      for (const stage of ['read', 'parse', 'seal'] as const) if (stageWanted(stage)) run(csvLabel, { stage, file: files.csv });
      if (stageWanted('write')) run(csvLabel, { stage: 'write', file: files.csv, pgUrl: cluster.url });
      const imported = run(csvLabel, { stage: 'import', file: files.csv, pgUrl: cluster.url }, CSV_TARGET_S);
      run(csvLabel, { stage: 'copy', file: files.csv, pgUrl: imported.dbUrl });
    }
    if (wants('gb')) run(gbLabel, { stage: 'import', file: files.gbCsv, pgUrl: cluster.url });
  } finally {
    cluster.stop();
  }
}

const text = section();
if (write) {
  writeSection(text);
  console.log(`wrote the "## Import" section of ${README}`);
} else {
  console.log(`\n${text}`);
}
