// `--errors FILE.xlsx|FILE.csv`: the refused rows as they were, with the reason added,
// ready to be fixed and imported again (the header row is the file's own). The officer
// needs the full identity numbers and phones to correct them, so the file is written
// readable by its owner alone (mode 600).
import ExcelJS from 'exceljs';
import { once } from 'node:events';
import { openPrivateFile } from '../cli/output.js';
import type { ImportOutcome, RowRefusal } from './import-pipeline.js';
import { csvLine } from './spreadsheet-text.js';

export const ERROR_REPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ErrorReportFormat = (typeof ERROR_REPORT_FORMATS)[number];

// Excel holds at most this many characters in a cell (and repairs a file with more).
const EXCEL_CELL_LIMIT = 32_767;

export function refusalText(refusal: RowRefusal): { zh: string; en: string } {
  return {
    zh: refusal.problems.map((p) => `${p.column}：${p.reason.zh}`).join('；'),
    en: refusal.problems.map((p) => `${p.column}: ${p.reason.en}`).join('; '),
  };
}

function reportRows(outcome: ImportOutcome): (string | number)[][] {
  const rows: (string | number)[][] = [[...outcome.headerCells, '原行号 row', '拒绝原因', 'reason']];
  for (const refusal of outcome.refusals) {
    const reason = refusalText(refusal);
    const cells = outcome.headerCells.map((_, index) => (refusal.cells[index] ?? '').slice(0, EXCEL_CELL_LIMIT));
    rows.push([...cells, refusal.rowNumber, reason.zh, reason.en]);
  }
  return rows;
}

export async function writeErrorReport(file: string, outcome: ImportOutcome, format: ErrorReportFormat = 'xlsx'): Promise<void> {
  const { stream } = openPrivateFile(file, '--errors');
  if (format === 'csv') {
    // UTF-8 with a byte-order mark: what Excel on a Chinese Windows opens without garbling.
    stream.write('\ufeff');
    for (const row of reportRows(outcome)) {
      if (!stream.write(csvLine(row))) await once(stream, 'drain');
    }
    stream.end();
    await once(stream, 'finish');
    return;
  }
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet('拒绝的行 refused');
  for (const row of reportRows(outcome)) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
}
