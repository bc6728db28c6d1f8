// The import templates: a workbook whose first row is the contract's headers (those the
// CLI's export writes too), required columns marked, for counties and employers to fill.
import ExcelJS from 'exceljs';
import type { ColumnSpec } from '../spreadsheets/header.js';
import { JOB_COLUMNS } from '../jobs/jobs.columns.js';
import { WORKER_COLUMNS } from '../workers/workers.columns.js';
import type { ImportKind } from './import-runs.schema.js';

const COLUMNS: Record<ImportKind, readonly ColumnSpec<string>[]> = { workers: WORKER_COLUMNS, jobs: JOB_COLUMNS };

export const TEMPLATE_NAMES: Record<ImportKind, string> = { workers: '劳动力登记表模板.xlsx', jobs: '岗位需求表模板.xlsx' };

export async function importTemplate(kind: ImportKind): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(kind === 'workers' ? '劳动力登记 workers' : '岗位需求 jobs');
  const columns = COLUMNS[kind];
  sheet.columns = columns.map((c) => ({ header: c.label, key: c.key, width: Math.max(12, c.label.length * 2 + 4) }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    if (c.required) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
    cell.note = c.required ? '必填 / required' : '选填 / optional';
  });
  // Identity numbers and phones must stay text, or Excel turns them into 1.41E+17.
  for (const key of ['idNumber', 'phone', 'contactPhone', 'creditCode']) {
    const column = columns.findIndex((c) => c.key === key);
    if (column >= 0) sheet.getColumn(column + 1).numFmt = '@';
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
