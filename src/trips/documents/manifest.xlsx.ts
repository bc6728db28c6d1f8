// The manifest as a workbook, for officers who keep their lists in Excel or WPS: the same
// header and table as the PDF, without QR codes, set up to print on A4 with the table
// header on every page.
import ExcelJS from 'exceljs';
import type { TripManifest } from './manifest.types.js';
import { shownId } from './shown-id.js';

export const MANIFEST_COLUMNS = [
  { header: '座位 Seat', width: 9 },
  { header: '姓名 Name', width: 14 },
  { header: '身份证号 ID number', width: 22 },
  { header: '用人单位 Employer', width: 34 },
  { header: '目的地 Destination', width: 20 },
  { header: '上车 Boarded', width: 12 },
] as const;

const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF999999' } };
const box: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const LAST_COLUMN = MANIFEST_COLUMNS.length;

const contact = (c: { name: string; phone: string } | undefined): string => (c ? `${c.name}  ${c.phone}` : '');

function route(manifest: TripManifest): string {
  return manifest.stops.map((s) => `${s.kind === 'pickup' ? '上车' : '下车'} ${s.name} ${s.eta}`).join(' → ');
}

/** One sheet: header block, then the table; the boarded column is left empty to tick. */
export async function renderManifestXlsx(manifest: TripManifest): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'menkou';
  const sheet = workbook.addWorksheet('乘车名单 manifest');
  sheet.columns = MANIFEST_COLUMNS.map((c) => ({ width: c.width }));

  const title = sheet.addRow([`乘车名单 Passenger manifest  ${manifest.tripNumber}`]);
  title.font = { bold: true, size: 16 };
  title.height = 26;
  sheet.mergeCells(title.number, 1, title.number, LAST_COLUMN);
  const campaign = sheet.addRow([manifest.campaign]);
  campaign.font = { color: { argb: 'FF666666' } };
  sheet.mergeCells(campaign.number, 1, campaign.number, LAST_COLUMN);

  // Label in column A, value from B to the end; an empty value keeps its bordered cell to write in.
  const fields: [string, string][] = [
    ['日期 Date', manifest.date],
    ['车次 Trip', manifest.tripNumber],
    ['路线 Route', route(manifest)],
    ['里程 Distance', `${Math.round(manifest.km)} km · ${manifest.vehicle.capacity} 座 seats`],
    ['车牌号 Plate', manifest.vehicle.plate ?? ''],
    ['司机 Driver', contact(manifest.driver)],
    ['随车人员 Escort', contact(manifest.escort)],
  ];
  for (const [label, value] of fields) {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    sheet.mergeCells(row.number, 2, row.number, LAST_COLUMN);
    row.getCell(2).border = box;
    row.getCell(2).alignment = { wrapText: true, vertical: 'middle' };
    if (label.startsWith('路线')) row.height = Math.max(15, 15 * Math.ceil(value.length / 60));
  }
  sheet.addRow([]);

  const header = sheet.addRow(MANIFEST_COLUMNS.map((c) => c.header));
  header.font = { bold: true };
  header.height = 20;
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE4E8EC' } };
    cell.border = box;
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
  });

  const passengers = [...manifest.passengers].sort((a, b) => a.seat - b.seat);
  for (const p of passengers) {
    const row = sheet.addRow([p.seat, p.name, shownId(p.idMasked), p.employer, p.destination, '']);
    row.height = 22;
    for (let c = 1; c <= LAST_COLUMN; c += 1) {
      const cell = row.getCell(c);
      cell.border = box;
      cell.alignment = { vertical: 'middle', wrapText: c === 4 || c === 5, horizontal: c === 1 || c === LAST_COLUMN ? 'center' : 'left' };
    }
  }

  const closing = sheet.addRow([`应到 Expected: ${passengers.length}`, '', '实到 Boarded:', '', '随车人员签字 Escort:', '']);
  closing.font = { bold: true };

  sheet.views = [{ state: 'frozen', ySplit: header.number }];
  sheet.pageSetup = {
    paperSize: 9, // A4
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${header.number}:${header.number}`,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = {
    oddFooter: `&L${manifest.tripNumber} · ${manifest.date}&C第 &P/&N 页 page &P of &N&R门口 menkou`,
  };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
