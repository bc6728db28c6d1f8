// Reads the spreadsheets counties really send: .xlsx (streamed, so 100,000 rows never sit
// in memory at once) and CSV saved by Excel in UTF-8, UTF-8 with BOM, or GB18030/GBK.
import fs from 'node:fs';
import { Transform } from 'node:stream';
import { TextDecoder } from 'node:util';
import { parse as parseCsv } from 'csv-parse';
import type ExcelJS from 'exceljs';
import { domainError } from '../core/errors.js';
import { unquoteFormulaGuard } from './spreadsheet-text.js';

export type RawCell = string | number | boolean | Date | null;
export type SheetRow = { rowNumber: number; cells: RawCell[] };
export type ReadOptions = { sheet?: string; encoding?: string };
export type FileKind = 'xlsx' | 'csv';

const SNIFF_BYTES = 64 * 1024;

function badFile(file: string, zh: string, en: string): Error {
  return domainError({ code: 'bad_file', record: file, zh, en });
}

function sniff(file: string): Buffer {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    throw badFile(file, '无法打开文件', 'cannot open the file');
  }
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const read = fs.readSync(fd, buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

export function detectKind(file: string, head: Buffer): FileKind {
  if (head.length >= 4 && head.readUInt32BE(0) === 0x504b0304) return 'xlsx';
  if (head.length >= 4 && head.readUInt32BE(0) === 0xd0cf11e0) {
    throw badFile(file, '这是旧版 .xls 格式，请另存为 .xlsx 或 CSV', 'this is the old .xls format; save it as .xlsx or CSV');
  }
  if (head.length === 0) throw badFile(file, '文件为空', 'the file is empty');
  if (looksBinary(head)) throw badFile(file, '不是电子表格或 CSV 文件', 'not a spreadsheet or CSV file');
  return 'csv';
}

// A stray NUL in one cell of a text file is that row's problem, refused with its row and
// column; a file is binary (an image, an archive, UTF-16) when control bytes are common.
function looksBinary(head: Buffer): boolean {
  let control = 0;
  for (const byte of head) if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) control += 1;
  return control > Math.max(2, head.length / 100);
}

/**
 * UTF-8 (with or without BOM) when the bytes read as UTF-8, else GB18030 (a superset of
 * GBK). A UTF-8 file with a few broken bytes is still UTF-8: read as GB18030 its every
 * Chinese character would turn into another one, silently. GB18030 text read as UTF-8 is
 * mostly undecodable, so the share of broken sequences tells the two apart.
 */
export function detectEncoding(head: Buffer): string {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  // stream: true leaves out a multi-byte character cut at the end of the sniffed block.
  const text = new TextDecoder('utf-8').decode(head, { stream: true });
  let broken = 0;
  let wide = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd) broken += 1;
    else if (code > 0x7f) wide += 1;
  }
  return broken === 0 || wide >= broken * 10 ? 'utf-8' : 'gb18030';
}

// Not fatal on purpose: a byte sequence that does not decode becomes U+FFFD, which the
// pipeline refuses in the one cell it lands in, naming row and column (and --encoding),
// instead of one broken name failing the whole county's file. ASCII bytes are never
// swallowed by a broken sequence, so commas and quotes, and the rows, stay where they are.
function decoder(encoding: string): Transform {
  let textDecoder: TextDecoder;
  try {
    textDecoder = new TextDecoder(encoding, { ignoreBOM: false });
  } catch {
    throw domainError({ code: 'bad_file', field: 'encoding', zh: `不支持的编码 ${encoding}`, en: `unsupported encoding ${encoding}` });
  }
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      done(null, textDecoder.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, textDecoder.decode());
    },
  });
}

async function* readCsv(input: NodeJS.ReadableStream, file: string, encoding: string): AsyncGenerator<SheetRow> {
  const parser = input
    .pipe(decoder(encoding))
    .pipe(parseCsv({ relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true }));
  let rowNumber = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      rowNumber += 1;
      // The apostrophe our own CSV files put before formula-looking text (see spreadsheet-text).
      for (let i = 0; i < record.length; i += 1) if (record[i].charCodeAt(0) === 0x27) record[i] = unquoteFormulaGuard(record[i]);
      yield { rowNumber, cells: record };
    }
  } catch (error) {
    if (error instanceof Error && 'code' in error && String(error.code).startsWith('CSV_')) {
      throw badFile(file, `CSV 格式错误（第 ${rowNumber + 1} 行附近）`, `malformed CSV near row ${rowNumber + 1}`);
    }
    throw error;
  }
}

function plainCell(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      return result === undefined || typeof result === 'object' ? (result instanceof Date ? result : null) : result;
    }
    if ('hyperlink' in value) return String(value.text ?? '');
    if ('error' in value) return null;
  }
  return String(value);
}

type ExcelReaderInternals = {
  _parseSharedStrings: (entry: NodeJS.ReadableStream) => AsyncGenerator<unknown>;
  _parseWorksheet: (iterator: AsyncIterable<Buffer | string>, sheetNo: string) => Generator<unknown>;
  _parseWorkbook: (entry: NodeJS.ReadableStream) => Promise<void>;
  _parseRels: (entry: NodeJS.ReadableStream) => Promise<void>;
};

async function* utf8Text(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const textDecoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) yield typeof chunk === 'string' ? chunk : textDecoder.decode(chunk, { stream: true });
  const tail = textDecoder.decode();
  if (tail) yield tail;
}

/**
 * Two faults of exceljs's streaming reader, mended for this reader instance only (the
 * library is not patched):
 * - it decodes each inflated chunk of XML on its own, so a Chinese character that straddles
 *   two chunks comes out as U+FFFD: in a 100,000-row workbook a few shared strings ("保安")
 *   were garbled and their rows refused. Its parser passes text through untouched, so we
 *   hand it text decoded across chunk boundaries;
 * - it needs the sheet names (xl/workbook.xml), their relations and the shared strings
 *   before the first worksheet. When one comes later it either fails (no sheet names) or
 *   sets the worksheet aside in a temporary file and then loses the zip entry that follows
 *   (the shared strings: every text cell came back as "[object Object]"). exceljs's own
 *   writer orders its zip entries by timing, so about one workbook in 3,000 it writes (our
 *   exports and refused-row files among them) came out unreadable. The file is on disk, so
 *   we read each such part first through the zip's central directory, with the reader's
 *   own parsers, and the worksheets are then always read as they stream past.
 */
async function adaptReader(workbook: object, file: string): Promise<void> {
  const internals = workbook as ExcelReaderInternals;
  const parseSharedStrings = internals._parseSharedStrings.bind(workbook);
  const parseWorksheet = internals._parseWorksheet.bind(workbook);
  internals._parseSharedStrings = (entry) => {
    entry.setEncoding('utf8');
    return parseSharedStrings(entry);
  };
  internals._parseWorksheet = (iterator, sheetNo) => parseWorksheet(utf8Text(iterator), sheetNo);
  const { default: unzipper } = await import('unzipper');
  const entries = (await unzipper.Open.file(file)).files;
  const firstSheet = entries.findIndex((entry) => /^xl\/worksheets\/sheet\d+\.xml$/.test(entry.path));
  if (firstSheet < 0) return;
  const late = (path: string) => {
    const index = entries.findIndex((entry) => entry.path === path);
    return index > firstSheet ? entries[index] : undefined;
  };
  const rels = late('xl/_rels/workbook.xml.rels');
  if (rels !== undefined) await internals._parseRels(rels.stream());
  const names = late('xl/workbook.xml');
  if (names !== undefined) await internals._parseWorkbook(names.stream());
  const strings = late('xl/sharedStrings.xml');
  if (strings !== undefined) for await (const event of internals._parseSharedStrings(strings.stream())) void event;
}

async function* readXlsx(input: NodeJS.ReadableStream, file: string, sheet: string | undefined): AsyncGenerator<SheetRow> {
  // Loaded on first use: a CSV import (and its worker thread) never pays for exceljs.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.stream.xlsx.WorkbookReader(input as unknown as import('node:stream').Stream, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'ignore',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let found = false;
  try {
    await adaptReader(workbook, file);
    for await (const worksheet of workbook) {
      const name = (worksheet as unknown as { name?: string }).name;
      if (sheet !== undefined && name !== sheet) continue;
      found = true;
      for await (const row of worksheet) {
        const values = row.values as ExcelJS.CellValue[];
        const cells: RawCell[] = [];
        for (let column = 1; column < values.length; column += 1) cells.push(plainCell(values[column]));
        yield { rowNumber: row.number, cells };
      }
      break;
    }
  } catch (error) {
    if (error instanceof Error && 'problem' in error) throw error;
    throw badFile(file, '无法读取该 .xlsx 文件（文件损坏或不是 Excel 工作簿）', 'cannot read this .xlsx file (damaged, or not an Excel workbook)');
  }
  if (!found) {
    throw sheet === undefined
      ? badFile(file, '工作簿中没有工作表', 'the workbook has no worksheet')
      : badFile(file, `找不到工作表“${sheet}”`, `no worksheet named "${sheet}"`);
  }
}

export type SheetSource = {
  kind: FileKind;
  /** The text encoding of a CSV file (named, or detected); undefined for .xlsx. */
  encoding?: string;
  rows: AsyncGenerator<SheetRow>;
  totalBytes: number;
  /** Bytes of the file consumed so far: progress without knowing the row count up front. */
  bytesRead: () => number;
};

export function openSheet(file: string, options: ReadOptions = {}): SheetSource {
  const head = sniff(file);
  const kind = detectKind(file, head);
  const totalBytes = fs.statSync(file).size;
  let bytes = 0;
  // Counted in the pipe rather than by a 'data' listener: a listener would set the file
  // flowing at once, and bytes read before the reader is attached (it loads exceljs
  // first) would be lost.
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  const input = fs.createReadStream(file, { highWaterMark: 256 * 1024 });
  input.on('error', (error) => counter.destroy(error));
  input.pipe(counter);
  const encoding = kind === 'csv' ? (options.encoding ?? detectEncoding(head)) : undefined;
  const rows = encoding === undefined ? readXlsx(counter, file, options.sheet) : readCsv(counter, file, encoding);
  return { kind, encoding, rows, totalBytes, bytesRead: () => bytes };
}

/** A cell as text for the rules; numbers Excel stored as numbers come back as their digits. */
export function cellText(cell: RawCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell.toFixed(0) : String(cell);
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}
