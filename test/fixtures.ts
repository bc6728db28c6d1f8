// Real files for the import tests: .xlsx written by exceljs, CSV in UTF-8, UTF-8 with BOM
// and GB18030 (as Excel on a Chinese Windows saves it).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

export type Cell = string | number | Date | null;

export function tempDir(prefix = 'menkou-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function writeXlsx(file: string, rows: Cell[][], sheetName = 'Sheet1'): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  // Not xlsx.writeFile: it ends the file stream when the zip has finished, which can be
  // before the zip's last bytes have been piped through, leaving a truncated workbook.
  await fs.promises.writeFile(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  return file;
}

function csvCell(cell: Cell): string {
  const text = cell === null ? '' : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function writeCsv(file: string, rows: Cell[][], encoding: 'utf-8' | 'utf-8-bom' | 'gb18030'): string {
  const text = rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
  const bytes =
    encoding === 'gb18030'
      ? iconv.encode(text, 'gb18030')
      : Buffer.concat([encoding === 'utf-8-bom' ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
  fs.writeFileSync(file, bytes);
  return file;
}

export async function readXlsx(file: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const rows: string[][] = [];
  workbook.worksheets[0].eachRow((row) => {
    const values = row.values as unknown[];
    rows.push(values.slice(1).map((v) => (v === null || v === undefined ? '' : String(v))));
  });
  return rows;
}

export const WORKER_HEADER: Cell[] = ['序号', '姓名', '身份证号', '手机号', '户籍地', '是否脱贫劳动力', '技能证书', '意向行业', '意向地区', '期望月薪'];
export const JOB_HEADER: Cell[] = ['用人单位', '统一社会信用代码', '工作地点', '岗位名称', '行业', '招聘人数', '月薪', '证书要求', '年龄要求', '联系人', '联系电话', '到岗日期'];
