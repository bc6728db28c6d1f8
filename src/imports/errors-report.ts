// `--errors FILE.xlsx`: the refused rows as they were, with the reason added, ready to
// be fixed and imported again (the header row is the file's own).
import ExcelJS from 'exceljs';
import type { ImportOutcome, RowRefusal } from './import-pipeline.js';

export function refusalText(refusal: RowRefusal): { zh: string; en: string } {
  return {
    zh: refusal.problems.map((p) => `${p.column}：${p.reason.zh}`).join('；'),
    en: refusal.problems.map((p) => `${p.column}: ${p.reason.en}`).join('; '),
  };
}

export async function writeErrorReport(file: string, outcome: ImportOutcome): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet('拒绝的行 refused');
  sheet.addRow([...outcome.headerCells, '原行号 row', '拒绝原因', 'reason']).commit();
  for (const refusal of outcome.refusals) {
    const reason = refusalText(refusal);
    const cells = outcome.headerCells.map((_, index) => refusal.cells[index] ?? '');
    sheet.addRow([...cells, refusal.rowNumber, reason.zh, reason.en]).commit();
  }
  sheet.commit();
  await workbook.commit();
}
