// Benchmark files for the import: `node --import tsx bench/import/generate.ts [--dir DIR]`.
// Registrations come from the demo generator (checksummed, unique identity numbers, the
// demo's regions and wishes) and are written the way county offices fill them in: a
// title row above the header, full region names or codes, catalogue names in Chinese
// joined with the usual separators, some phones stored by Excel as numbers.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { certificateName, industryName } from '../../src/core/catalog.js';
import { createRng, type Rng } from '../../src/core/random.js';
import { fullName, getRegion } from '../../src/core/regions.js';
import { generateDemo } from '../../src/demo/demo.generate.js';
import type { WorkerDraft } from '../../src/workers/workers.parse.js';

export const XLSX_ROWS = 100_000;
export const CSV_ROWS = 1_000_000;
export const GB_ROWS = 100_000;

export type BenchFiles = { dir: string; xlsx: string; csv: string; gbCsv: string };

type Cell = string | number | null;

export const HEADER: string[] = ['序号', '姓名', '身份证号', '手机号', '户籍地', '是否脱贫劳动力', '技能证书', '意向行业', '意向地区', '期望月薪'];
const TITLE = '2021 年春节点对点劳务输出报名表';

export function benchFiles(dir = path.join(os.tmpdir(), 'menkou-bench-import')): BenchFiles {
  return {
    dir,
    xlsx: path.join(dir, `workers-${XLSX_ROWS}.xlsx`),
    csv: path.join(dir, `workers-${CSV_ROWS}.csv`),
    gbCsv: path.join(dir, `workers-${GB_ROWS}-gb18030.csv`),
  };
}

function regionText(rng: Rng, code: string): string {
  // Offices write the full name mostly; some paste the 6-digit code from another system.
  return rng.chance(0.8) ? (fullName(code) ?? code) : code;
}

function phoneCell(rng: Rng, phone: string | null, numbers: boolean): Cell {
  if (phone === null) return null;
  const style = rng.int(0, 19);
  if (numbers && style < 3) return Number(phone); // a column Excel guessed as numeric
  if (style === 3) return `${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`;
  if (style === 4) return `+86 ${phone}`;
  return phone;
}

function wageCell(rng: Rng, wage: number, numbers: boolean): Cell {
  if (wage === 0) return null;
  const style = rng.int(0, 9);
  if (style === 0) return `${wage}元`;
  if (style === 1) return `${(wage / 1000).toFixed(1)}k`;
  return numbers ? wage : String(wage);
}

/** One registration as a spreadsheet row; `numbers` lets numeric-looking cells be numbers (xlsx). */
export function workerCells(rng: Rng, draft: WorkerDraft, serial: number, numbers: boolean): Cell[] {
  return [
    serial,
    draft.name,
    draft.idNumber,
    phoneCell(rng, draft.phone, numbers),
    regionText(rng, draft.regionCode),
    draft.priority ? '是' : '否',
    draft.certificates.map((code) => certificateName(code)?.zh ?? code).join('、'),
    draft.industries.map((code) => industryName(code)?.zh ?? code).join(rng.chance(0.5) ? '，' : '、'),
    draft.destinations.map((code) => getRegion(code)?.name ?? code).join('；'),
    wageCell(rng, draft.minWage, numbers),
  ];
}

function csvField(cell: Cell): string {
  const text = cell === null ? '' : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Writes CSV rows in ~1 MB chunks so a million rows never sit in one string. */
function writeCsv(file: string, rows: Iterable<Cell[]>, encode: (text: string) => Buffer): void {
  const fd = fs.openSync(file, 'w');
  try {
    let chunk = '';
    const flush = (): void => {
      fs.writeSync(fd, encode(chunk));
      chunk = '';
    };
    for (const row of rows) {
      chunk += `${row.map(csvField).join(',')}\r\n`;
      if (chunk.length > 1 << 20) flush();
    }
    flush();
  } finally {
    fs.closeSync(fd);
  }
}

function* rowsOf(drafts: readonly WorkerDraft[], count: number, seed: number, numbers: boolean): Generator<Cell[]> {
  const rng = createRng(seed);
  yield HEADER;
  for (let i = 0; i < count; i += 1) yield workerCells(rng, drafts[i], i + 1, numbers);
}

export async function writeXlsx(file: string, drafts: readonly WorkerDraft[], count: number): Promise<void> {
  // Shared strings on, as Excel itself writes text cells.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: false });
  const sheet = workbook.addWorksheet('报名表');
  sheet.addRow([TITLE]).commit();
  for (const row of rowsOf(drafts, count, 11, true)) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
}

export async function generateFiles(files: BenchFiles, log: (line: string) => void = console.log): Promise<void> {
  fs.mkdirSync(files.dir, { recursive: true });
  let started = performance.now();
  const drafts = generateDemo({ workers: CSV_ROWS, seed: 2021 }).workers;
  log(`generated ${drafts.length} registrations in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  started = performance.now();
  // The xlsx holds the first 100,000 of the million: the CSV run then updates nothing it
  // did not insert, because each run gets a fresh database anyway.
  await writeXlsx(files.xlsx, drafts, XLSX_ROWS);
  log(`${files.xlsx}: ${(fs.statSync(files.xlsx).size / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  started = performance.now();
  writeCsv(files.csv, rowsOf(drafts, CSV_ROWS, 12, false), (text) => Buffer.from(text, 'utf8'));
  log(`${files.csv}: ${(fs.statSync(files.csv).size / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  started = performance.now();
  writeCsv(files.gbCsv, rowsOf(drafts, GB_ROWS, 13, false), (text) => iconv.encode(text, 'gb18030'));
  log(`${files.gbCsv}: ${(fs.statSync(files.gbCsv).size / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

export function filesExist(files: BenchFiles): boolean {
  return [files.xlsx, files.csv, files.gbCsv].every((file) => fs.existsSync(file));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const dirArg = process.argv.indexOf('--dir');
  await generateFiles(benchFiles(dirArg > 0 ? process.argv[dirArg + 1] : undefined));
}
