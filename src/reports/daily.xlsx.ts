// The daily report as the workbook bureaus pass up the chain: a summary sheet (title, region,
// date; each figure with the day before, the change, the target and the rate), then one sheet
// by destination province and one by industry, each closed by a total row.
import ExcelJS from 'exceljs';
import { BY_STEPS, type DailyReport } from './daily.service.js';

export const STEP_LABELS = {
  registered: '登记人数 registered', matched: '已匹配 matched', confirmed: '已确认 confirmed', departed: '已出发 departed',
  arrived: '已到岗 arrived', stillEmployed: '稳定在岗 still employed',
} as const;

export const SUMMARY_HEADER = ['指标 figure', '当日累计 as of the day', '前一日 the day before', '较前日 change', '目标 target', '完成率 rate'];
export const BY_HEADER = (first: string) => [first, ...BY_STEPS.map((s) => STEP_LABELS[s])];
export const SHEETS = ['日报 summary', '按输入省 by destination', '按行业 by industry'] as const;

const thin = { style: 'thin' as const };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

function styleTable(sheet: ExcelJS.Worksheet, fromRow: number, toRow: number, columns: number): void {
  for (let r = fromRow; r <= toRow; r += 1) {
    for (let c = 1; c <= columns; c += 1) sheet.getCell(r, c).border = BORDER;
  }
  const head = sheet.getRow(fromRow);
  head.font = { bold: true };
  head.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  head.eachCell((cell) => { cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } }; });
}

function title(sheet: ExcelJS.Worksheet, report: DailyReport, text: string, columns: number): void {
  sheet.addRow([`${report.region.name}${text}`]);
  sheet.mergeCells(1, 1, 1, columns);
  sheet.getCell(1, 1).font = { bold: true, size: 16 };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  sheet.addRow([`活动 campaign：${report.campaign.name}　地区 region：${report.region.name}（${report.region.code}）　日期 date：${report.date}　统计截至当日 24:00（北京时间）`]);
  sheet.mergeCells(2, 1, 2, columns);
}

function bySheet(book: ExcelJS.Workbook, report: DailyReport, name: string, first: string, suffix: 'Destination' | 'Industry'): void {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 3 }] });
  const header = BY_HEADER(first);
  title(sheet, report, `劳务输出日报 · ${first.split(' ')[0]}`, header.length);
  sheet.addRow(header);
  const objects = BY_STEPS.map((s) => report.figures[`${s}By${suffix}`]);
  const keys = [...new Set(objects.flatMap((o) => Object.keys(o)))]
    .sort((a, b) => (objects[0][b] ?? 0) - (objects[0][a] ?? 0) || a.localeCompare(b));
  for (const key of keys) sheet.addRow([report.names[key] ?? key, ...objects.map((o) => o[key] ?? 0)]);
  const total = sheet.addRow(['合计 total', ...BY_STEPS.map((s) => report.figures[s])]);
  total.font = { bold: true };
  styleTable(sheet, 3, sheet.rowCount, header.length);
  sheet.columns.forEach((col, i) => { col.width = i === 0 ? 22 : 16; });
}

export async function dailyWorkbook(report: DailyReport): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'menkou';
  const sheet = book.addWorksheet(SHEETS[0], { views: [{ state: 'frozen', ySplit: 3 }] });
  title(sheet, report, '劳务输出日报', SUMMARY_HEADER.length);
  sheet.addRow(SUMMARY_HEADER);
  const f = report.figures;
  for (const [step, label] of Object.entries(STEP_LABELS) as [keyof typeof STEP_LABELS, string][]) {
    const withTarget = step === 'confirmed';
    sheet.addRow([label, f[step], f[`${step}Previous`], f[`${step}Change`], withTarget ? f.target ?? '' : '', withTarget && f.progress !== null ? f.progress : '']);
  }
  sheet.addRow(['脱贫劳动力 priority workers', f.priority, f.priorityPrevious, f.priority - f.priorityPrevious, '', f.priorityShare]);
  styleTable(sheet, 3, sheet.rowCount, SUMMARY_HEADER.length);
  for (let r = 4; r <= sheet.rowCount; r += 1) sheet.getCell(r, 6).numFmt = '0.0%';
  sheet.columns.forEach((col, i) => { col.width = i === 0 ? 26 : 16; });
  sheet.addRow([]);
  sheet.addRow(['填报单位 reporting bureau：', report.region.name, '', '审核人 checked by：', '', '']);
  bySheet(book, report, SHEETS[1], '输入省 destination', 'Destination');
  bySheet(book, report, SHEETS[2], '行业 industry', 'Industry');
  return Buffer.from(await book.xlsx.writeBuffer());
}
