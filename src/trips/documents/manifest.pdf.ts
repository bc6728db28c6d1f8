// The printed passenger manifest (乘车名单) an escort carries on the coach: who should be
// aboard, where they sit, a tick for each who boarded, and signatures at the end. It is
// filled in by hand where the plan has no driver, escort or plate yet.
import { block, createDocument, type Doc, drawQr, finish, line } from './pdf-kit.js';
import { shownId } from './shown-id.js';
import type { ManifestPassenger, TripManifest } from './manifest.types.js';

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 36;
const CONTENT = PAGE.width - 2 * MARGIN;
const BOTTOM = PAGE.height - 44; // the footer lives below this
const ROW = 48;
const QR = 42;
const HEAD_ROW = 26;
const CLOSING = 92;

const INK = '#111111';
const MUTED = '#666666';
const RULE = '#b8b8b8';
const ZEBRA = '#f3f5f7';

type Column = { zh: string; en: string; width: number; draw: (doc: Doc, p: ManifestPassenger, x: number, y: number, w: number) => void };

const COLUMNS: Column[] = [
  {
    zh: '座位', en: 'Seat', width: 36,
    draw: (doc, p, x, y, w) => block(style(doc, 'bold', 13), String(p.seat), x, y, w, ROW, { align: 'center' }),
  },
  {
    zh: '姓名', en: 'Name', width: 74,
    draw: (doc, p, x, y, w) => block(style(doc, 'regular', 10.5), p.name, x + 4, y + 3, w - 8, ROW - 6),
  },
  {
    zh: '身份证号', en: 'ID number', width: 110,
    draw: (doc, p, x, y, w) => block(style(doc, 'regular', 9), shownId(p.idMasked), x + 4, y, w - 8, ROW),
  },
  {
    zh: '用人单位', en: 'Employer', width: 127,
    draw: (doc, p, x, y, w) => block(style(doc, 'regular', 8.5), p.employer, x + 4, y + 3, w - 8, ROW - 6),
  },
  {
    zh: '目的地', en: 'Destination', width: 92,
    draw: (doc, p, x, y, w) => block(style(doc, 'regular', 8.5), p.destination, x + 4, y + 3, w - 8, ROW - 6),
  },
  {
    zh: '二维码', en: 'QR', width: 46,
    draw: (doc, p, x, y, w) => drawQr(doc, p.token, x + (w - QR) / 2, y + (ROW - QR) / 2, QR, { level: 'L', quiet: 2 }),
  },
  {
    zh: '上车', en: 'Boarded', width: CONTENT - 36 - 74 - 110 - 127 - 92 - 46,
    draw: (doc, _p, x, y, w) => {
      doc.lineWidth(0.9).strokeColor(INK).rect(x + (w - 13) / 2, y + (ROW - 13) / 2, 13, 13).stroke();
    },
  },
];

function style(doc: Doc, weight: 'regular' | 'bold', size: number, color = INK): Doc {
  return doc.font(weight === 'bold' ? 'cjk-bold' : 'cjk').fontSize(size).fillColor(color);
}

/** A bilingual label over a value, or over a blank line to write on. */
function field(doc: Doc, zh: string, en: string, value: string | undefined, x: number, y: number, width: number): void {
  line(style(doc, 'regular', 8, MUTED), `${zh} ${en}`, x, y, width);
  if (value) line(style(doc, 'regular', 11), value, x, y + 11, width - 8);
  else doc.lineWidth(0.6).strokeColor(INK).moveTo(x, y + 27).lineTo(x + width - 12, y + 27).stroke();
}

const contact = (c: { name: string; phone: string } | undefined): string | undefined => (c ? `${c.name}  ${c.phone}` : undefined);

function firstHeader(doc: Doc, m: TripManifest): number {
  let y = MARGIN;
  style(doc, 'bold', 20).text('乘车名单', MARGIN, y, { lineBreak: false });
  const titleWidth = doc.widthOfString('乘车名单');
  line(style(doc, 'regular', 12, MUTED), 'Passenger manifest', MARGIN + titleWidth + 8, y + 7, 200);
  line(style(doc, 'bold', 15), m.tripNumber, MARGIN + 260, y + 3, CONTENT - 260, { align: 'right' });
  y += 30;
  line(style(doc, 'regular', 9, MUTED), m.campaign, MARGIN, y, CONTENT);
  y += 18;

  const third = CONTENT / 3;
  field(doc, '日期', 'Date', m.date, MARGIN, y, third);
  field(doc, '车次', 'Trip', m.tripNumber, MARGIN + third, y, third);
  field(doc, '车牌号', 'Plate', m.vehicle.plate, MARGIN + 2 * third, y, third);
  y += 36;
  field(doc, '司机', 'Driver', contact(m.driver), MARGIN, y, third);
  field(doc, '随车人员', 'Escort', contact(m.escort), MARGIN + third, y, third);
  field(doc, '座位 · 里程', 'Seats · distance', `${m.vehicle.capacity} 座 seats · ${Math.round(m.km).toLocaleString('en')} km`, MARGIN + 2 * third, y, third);
  y += 40;

  line(style(doc, 'bold', 10), '路线 Route', MARGIN, y, CONTENT);
  y += 16;
  m.stops.forEach((stop, i) => {
    const kind = stop.kind === 'pickup' ? '上车 Pick-up' : '下车 Drop-off';
    line(style(doc, 'regular', 9, MUTED), String(i + 1), MARGIN, y, 14);
    line(style(doc, 'regular', 9, stop.kind === 'pickup' ? INK : MUTED), kind, MARGIN + 16, y, 70);
    line(style(doc, 'regular', 10), stop.name, MARGIN + 90, y - 1, CONTENT - 90 - 120);
    line(style(doc, 'regular', 9), `预计 ETA  ${stop.eta}`, MARGIN + CONTENT - 120, y, 120, { align: 'right' });
    y += 15;
  });
  return y + 8;
}

function runningHeader(doc: Doc, m: TripManifest): number {
  const y = MARGIN;
  line(style(doc, 'bold', 11), `乘车名单 Passenger manifest · ${m.tripNumber}`, MARGIN, y, CONTENT * 0.6);
  const right = `${m.date} · 车牌 Plate ${m.vehicle.plate ?? '________'}`;
  line(style(doc, 'regular', 9, MUTED), right, MARGIN + CONTENT * 0.6, y + 2, CONTENT * 0.4, { align: 'right' });
  doc.lineWidth(0.6).strokeColor(RULE).moveTo(MARGIN, y + 20).lineTo(MARGIN + CONTENT, y + 20).stroke();
  return y + 28;
}

function tableHeader(doc: Doc, y: number): number {
  doc.rect(MARGIN, y, CONTENT, HEAD_ROW).fill('#e4e8ec');
  let x = MARGIN;
  for (const column of COLUMNS) {
    line(style(doc, 'bold', 9), column.zh, x, y + 3, column.width, { align: 'center' });
    line(style(doc, 'regular', 7, MUTED), column.en, x, y + 15, column.width, { align: 'center' });
    x += column.width;
  }
  return y + HEAD_ROW;
}

function row(doc: Doc, passenger: ManifestPassenger, y: number, index: number): void {
  if (index % 2 === 1) doc.rect(MARGIN, y, CONTENT, ROW).fill(ZEBRA);
  let x = MARGIN;
  for (const column of COLUMNS) {
    column.draw(doc, passenger, x, y, column.width);
    x += column.width;
  }
  doc.lineWidth(0.4).strokeColor(RULE).moveTo(MARGIN, y + ROW).lineTo(MARGIN + CONTENT, y + ROW).stroke();
}

function closing(doc: Doc, m: TripManifest, y: number): void {
  y += 14;
  const blank = (x: number, at: number, width: number): void => {
    doc.lineWidth(0.6).strokeColor(INK).moveTo(x, at + 12).lineTo(x + width, at + 12).stroke();
  };
  line(style(doc, 'regular', 10), `应到 Expected: ${m.passengers.length} 人 people`, MARGIN, y, 200);
  line(style(doc, 'regular', 10), '实到 Boarded:', MARGIN + 200, y, 80);
  blank(MARGIN + 274, y, 50);
  line(style(doc, 'regular', 10), '人 people', MARGIN + 330, y, 80);
  y += 28;
  line(style(doc, 'regular', 10), '随车人员签字 Escort:', MARGIN, y, 120);
  blank(MARGIN + 118, y, 130);
  line(style(doc, 'regular', 10), '司机签字 Driver:', MARGIN + 270, y, 100);
  blank(MARGIN + 362, y, 130);
  y += 26;
  line(
    style(doc, 'regular', 7.5, MUTED),
    '身份证号已脱敏；二维码只含签名凭证，不含个人信息。 ID numbers are masked; each QR code holds a signed token, no personal data.',
    MARGIN, y, CONTENT,
  );
}

function footers(doc: Doc, m: TripManifest): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = 0; i < count; i += 1) {
    doc.switchToPage(start + i);
    const y = PAGE.height - 30;
    line(style(doc, 'regular', 8, MUTED), `${m.tripNumber} · ${m.date}`, MARGIN, y, 180);
    line(style(doc, 'regular', 8, INK), `第 ${i + 1}/${count} 页 page ${i + 1} of ${count}`, MARGIN + 180, y, CONTENT - 360, { align: 'center' });
    line(style(doc, 'regular', 8, MUTED), '门口 menkou', MARGIN + CONTENT - 180, y, 180, { align: 'right' });
  }
}

/** A4 manifest, passengers by seat, the table header repeated on every page. */
export async function renderManifestPdf(manifest: TripManifest): Promise<Buffer> {
  const doc = createDocument({
    size: 'A4',
    info: { Title: `乘车名单 Passenger manifest ${manifest.tripNumber}`, Author: 'menkou', Subject: manifest.campaign },
  });
  let y = tableHeader(doc, firstHeader(doc, manifest));
  const passengers = [...manifest.passengers].sort((a, b) => a.seat - b.seat);
  passengers.forEach((passenger, i) => {
    if (y + ROW > BOTTOM) {
      doc.addPage();
      y = tableHeader(doc, runningHeader(doc, manifest));
    }
    row(doc, passenger, y, i);
    y += ROW;
  });
  if (y + CLOSING > BOTTOM) {
    doc.addPage();
    y = runningHeader(doc, manifest);
  }
  closing(doc, manifest, y);
  footers(doc, manifest);
  return finish(doc);
}
